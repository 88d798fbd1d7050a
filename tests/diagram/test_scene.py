"""CirclesScene and CirclesView driven as a user would: clicks, drags, keys, hover."""

import math
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip

from networkcircles.diagram import geometry
from networkcircles.diagram.items import DIMMED_OPACITY, WARMTH_COLOURS, ContactDot, DraggedDot
from networkcircles.diagram.overlay_items import MarkerItem
from networkcircles.diagram.ring_items import RingItem
from networkcircles.diagram.scene import CirclesScene
from networkcircles.diagram.view import CirclesView
from networkcircles.services.followups import Warmth
from networkcircles.store import queries
from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.store.seed import CIRCLE_KEYS, CIRCLE_SEEDS

TODAY = date(2026, 11, 2)
CIRCLES = [
    CircleRow(n + 1, seed.key, seed.name, seed.description, seed.colour, n)
    for n, seed in enumerate(CIRCLE_SEEDS)
]


def make_row(contact_id: int, circle_key: str | None, **fields) -> ContactRow:
    values = {
        "name": f"Person {contact_id}",
        "organization": "Acme",
        "role": "Engineer",
        "email": "",
        "phone": "",
        "tags": "",
        "knows_looking_on": None,
        "last_contacted": None,
        "next_follow_up": None,
        "warmth": 0,
    }
    values.update(fields)
    return ContactRow(id=contact_id, circle_key=circle_key, **values)


# Family 1-3, co-workers 10-11, peers 20, associations none, acquaintances 40; 50-51 unplaced.
ROWS = [
    make_row(1, "family", name="Ana Abbott", last_contacted=date(2026, 10, 20)),
    make_row(2, "family", next_follow_up=date(2026, 10, 1), knows_looking_on=date(2026, 9, 1)),
    make_row(3, "family", next_follow_up=date(2026, 11, 5)),
    make_row(10, "coworkers"),
    make_row(11, "coworkers"),
    make_row(20, "peers"),
    make_row(40, "acquaintances"),
    make_row(50, None),
    make_row(51, None),
]


@pytest.fixture
def english():
    """Fixed month names, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def at(view: CirclesView, point: QPointF) -> QPoint:
    return view.mapFromScene(point)


def click(qtbot, view: CirclesView, point: QPointF, button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(view.viewport(), button, pos=at(view, point))


def send_mouse(view, kind: QEvent.Type, pos: QPoint, button, buttons) -> None:
    viewport = view.viewport()
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def drag(view: CirclesView, start: QPointF, end: QPointF, steps: int = 6, check=None) -> None:
    """Press on `start`, move in steps with the left button held, release on `end`."""
    left = Qt.MouseButton.LeftButton
    begin, finish = at(view, start), at(view, end)
    send_mouse(view, QEvent.Type.MouseButtonPress, begin, left, left)
    for n in range(1, steps + 1):
        step = begin + (finish - begin) * (n / steps)
        send_mouse(view, QEvent.Type.MouseMove, step, Qt.MouseButton.NoButton, left)
    if check is not None:
        check()
    send_mouse(view, QEvent.Type.MouseButtonRelease, finish, left, Qt.MouseButton.NoButton)


def ring_of(scene: CirclesScene, point: QPointF) -> str | None:
    layout = geometry.make_layout(CIRCLE_KEYS)
    return geometry.ring_at(layout, geometry.Point(point.x(), point.y()))


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


# Building the picture.


def test_rings_are_labelled_with_names_and_counts_and_empty_rings_stay(scene):
    rings = [item for item in scene.items() if isinstance(item, RingItem)]
    assert sorted(ring.key for ring in rings) == sorted(CIRCLE_KEYS)
    assert plain(scene.ring_label("family")) == "Family and friends · 3"
    assert plain(scene.ring_label("associations")) == "Professional and trade associations · 0"
    assert plain(scene.ring_label("")) == "Unplaced · 2"


def test_every_dot_sits_in_its_ring_or_the_tray(scene):
    assert scene.contact_ids() == {row.id for row in ROWS}
    for row in ROWS:
        pos = scene.dot_position(row.id)
        if row.circle_key is None:
            assert scene.tray_rect().contains(pos)
        else:
            assert ring_of(scene, pos) == row.circle_key
    assert scene.dot_position(999) is None


def test_dots_take_their_size_from_the_geometry(scene):
    ring = geometry.make_layout(CIRCLE_KEYS).ring("family")
    assert scene.dot(1).diameter == geometry.dot_diameter(ring, 3)


def test_dot_colour_shows_warmth_and_a_mark_shows_who_knows(scene):
    assert scene.dot(1).warmth is Warmth.RECENT
    assert scene.dot(2).warmth is Warmth.OVERDUE
    assert scene.dot(3).warmth is Warmth.DUE
    assert scene.dot(10).warmth is Warmth.NEVER
    assert scene.dot(2).knows_looking and not scene.dot(1).knows_looking


def test_dots_are_painted_in_their_warmth_colour(scene):
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    source = scene.sceneRect()
    scene.render(painter, image.rect().toRectF(), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    for contact_id in (1, 3, 10):  # no centre mark on these
        pos = scene.dot_position(contact_id)
        x = (pos.x() - source.left()) / source.width() * image.width()
        y = (pos.y() - source.top()) / source.height() * image.height()
        pixel = QColor(image.pixel(int(x), int(y)))
        expected = WARMTH_COLOURS[scene.dot(contact_id).warmth]
        assert abs(pixel.red() - expected.red()) < 40, contact_id
        assert abs(pixel.green() - expected.green()) < 40, contact_id
        assert abs(pixel.blue() - expected.blue()) < 40, contact_id


def test_demo_network_is_drawn_whole(demo_store, qtbot):
    scene = CirclesScene()
    scene.set_circles(queries.circles())
    rows = queries.contact_rows()
    scene.set_contacts(rows, TODAY)
    assert scene.contact_ids() == {row.id for row in rows}
    for key in CIRCLE_KEYS:
        count = sum(row.circle_key == key for row in rows)
        assert plain(scene.ring_label(key)).endswith(f"· {count}")
    positions = [scene.dot_position(row.id) for row in rows]
    assert len({(p.x(), p.y()) for p in positions}) == len(rows)


def test_ten_thousand_contacts_are_records_in_tiles(qtbot):
    """How fast: tests/benchmarks/test_timings.py."""
    keys = [*CIRCLE_KEYS, None]
    rows = [make_row(n, keys[n % len(keys)]) for n in range(1, 10_001)]
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(rows, TODAY)
    assert len(scene.contact_ids()) == 10_000
    scene.set_contacts(rows[:5000], TODAY)  # a rebuild replaces the old dots
    assert scene.contact_ids() == {row.id for row in rows[:5000]}
    assert sum(len(tile.dots) for tile in scene.tile_items()) == 5000
    assert not any(isinstance(item, ContactDot) for item in scene.items())  # records, not items


# Changes from the window.


def test_set_circles_again_regroups_the_dots(scene):
    scene.set_circles(CIRCLES[:2])
    assert ring_of(scene, scene.dot_position(10)) == "coworkers"
    assert scene.tray_rect().contains(scene.dot_position(20))  # its ring is gone
    assert plain(scene.ring_label("")) == "Unplaced · 4"
    with pytest.raises(KeyError):
        scene.ring_anchor("peers")
    scene.set_circles(CIRCLES)
    assert ring_of(scene, scene.dot_position(20)) == "peers"


def test_contacts_before_circles_wait_in_the_tray(qtbot):
    scene = CirclesScene()
    scene.set_contacts(ROWS, TODAY)
    assert all(scene.tray_rect().contains(scene.dot_position(row.id)) for row in ROWS)
    scene.set_circles(CIRCLES)
    assert ring_of(scene, scene.dot_position(1)) == "family"


def test_update_contact_moves_the_dot_to_its_new_ring_only(scene):
    untouched = {cid: scene.dot_position(cid) for cid in (10, 11, 40, 50, 51)}
    scene.update_contact(ROWS[0]._replace(circle_key="peers"))
    assert ring_of(scene, scene.dot_position(1)) == "peers"
    assert plain(scene.ring_label("family")).endswith("· 2")
    assert plain(scene.ring_label("peers")).endswith("· 2")
    assert {cid: scene.dot_position(cid) for cid in untouched} == untouched


def test_update_contact_into_and_out_of_the_tray(scene):
    scene.update_contact(ROWS[0]._replace(circle_key=None))
    assert scene.tray_rect().contains(scene.dot_position(1))
    assert plain(scene.ring_label("")) == "Unplaced · 3"
    scene.update_contact(ROWS[7]._replace(circle_key="associations"))
    assert ring_of(scene, scene.dot_position(50)) == "associations"
    assert plain(scene.ring_label("")) == "Unplaced · 2"


def test_update_contact_adds_a_new_contact_and_restyles_a_changed_one(scene):
    scene.update_contact(make_row(99, "coworkers", last_contacted=TODAY))
    assert 99 in scene.contact_ids()
    assert ring_of(scene, scene.dot_position(99)) == "coworkers"
    assert scene.dot(99).warmth is Warmth.RECENT
    scene.update_contact(ROWS[3]._replace(next_follow_up=TODAY - timedelta(days=1)))
    assert scene.dot(10).warmth is Warmth.OVERDUE


def test_remove_contact(scene):
    dot = scene.dot(20)
    scene.remove_contact(20)
    assert 20 not in scene.contact_ids()
    assert scene.dot_position(20) is None
    assert all(dot not in tile.dots.values() for tile in scene.tile_items())
    assert plain(scene.ring_label("peers")).endswith("· 0")
    scene.remove_contact(20)  # already gone: nothing happens


def colour_of(scene: CirclesScene, contact_id: int) -> QColor:
    """The colour painted at a dot's centre, the scene drawn on white at 1:1 around it."""
    centre = scene.dot_position(contact_id)
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    source = QRectF(centre.x() - 20, centre.y() - 20, 40, 40)
    scene.render(painter, image.rect().toRectF(), source)
    painter.end()
    return QColor(image.pixel(20, 20))


def test_set_highlighted_dims_the_others(scene, qtbot):
    full = colour_of(scene, 1)  # Ana, contacted recently: a filled green disc
    scene.set_highlighted({1, 20})
    assert not scene.is_dimmed(1) and not scene.is_dimmed(20)
    assert scene.is_dimmed(10)
    assert colour_of(scene, 1) == full  # a match keeps its colour
    scene.set_highlighted({20})
    # Painted faintly: the same colour at DIMMED_OPACITY over the white paper.
    faint, expected = colour_of(scene, 1), 255 - DIMMED_OPACITY * (255 - full.red())
    assert abs(faint.red() - expected) < 12, (faint.getRgb(), full.getRgb())
    assert abs(faint.green() - (255 - DIMMED_OPACITY * (255 - full.green()))) < 12
    scene.update_contact(make_row(98, "peers"))
    assert scene.is_dimmed(98)  # the search still holds for newcomers
    scene.set_highlighted(None)
    assert not any(scene.is_dimmed(cid) for cid in scene.contact_ids())


def test_each_keystroke_dims_exactly_the_dots_outside_its_matches(scene):
    """One search after another restyles only the dots entering or leaving the matches;
    after each, every dot is dimmed exactly when it is outside them, newcomers and
    removals in between included."""
    everyone = set(scene.contact_ids())
    steps = [{1, 10, 20, 30}, {1, 10, 20}, {10}, set(), {20, 30, 97}, None, {1}, {1, 98}]
    for n, matches in enumerate(steps):
        scene.set_highlighted(matches)
        if n == 3:
            scene.update_contact(make_row(98, "peers"))  # joins while nobody matches
            everyone.add(98)
        if n == 4:
            scene.remove_contact(30)
            everyone.discard(30)
        dimmed = {cid for cid in scene.contact_ids() if scene.is_dimmed(cid)}
        assert dimmed == (set() if matches is None else everyone - matches), n


def marked(scene: CirclesScene) -> list[QPointF]:
    """Where selection or hover rings (MarkerItems) are drawn."""
    return [item.pos() for item in scene.items() if isinstance(item, MarkerItem)]


def test_select_contact_draws_one_selection_ring_and_emits_nothing(scene, qtbot):
    with qtbot.assertNotEmitted(scene.contact_clicked):
        scene.select_contact(3)
        assert marked(scene) == [scene.dot_position(3)]
        scene.select_contact(40)
        assert marked(scene) == [scene.dot_position(40)]
        scene.select_contact(None)
        assert marked(scene) == []
    scene.select_contact(10)
    scene.set_contacts(ROWS, TODAY)  # a rebuild keeps the selection
    assert marked(scene) == [scene.dot_position(10)]
    assert scene.chosen_id() == 10


def test_tooltip_text(scene, english):
    first = scene.tooltip_text(1)
    assert "Ana Abbott" in first
    assert "Engineer" in first and "Acme" in first
    assert "Last contact: 20 Oct 2026" in first
    second = scene.tooltip_text(2)
    assert "Never contacted" in second
    assert "overdue" in second
    assert "Knows you are looking" in second


def test_tooltip_escapes_names(scene):
    scene.update_contact(make_row(97, "peers", name="<b>Bo</b> & Co"))
    assert "&lt;b&gt;Bo&lt;/b&gt; &amp; Co" in scene.tooltip_text(97)


def test_hovering_a_dot_shows_its_tooltip(view, scene, qtbot, english):
    pos = at(view, scene.dot_position(1))
    viewport = view.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert "Ana Abbott" in QToolTip.text()
    assert "20 Oct 2026" in QToolTip.text()
    QToolTip.hideText()


# Clicks.


@pytest.mark.parametrize("key", CIRCLE_KEYS)
def test_clicking_a_ring_emits_its_key(view, scene, qtbot, key):
    with qtbot.waitSignal(scene.ring_clicked, timeout=1000) as blocker:
        click(qtbot, view, scene.ring_anchor(key))
    assert blocker.args == [key]


def test_clicking_empty_ring_space_off_the_anchor(view, scene, qtbot):
    layout = geometry.make_layout(CIRCLE_KEYS)
    ring = layout.ring("associations")  # empty: any point of the band is empty space
    point = QPointF(ring.middle * math.cos(2.0), ring.middle * math.sin(2.0))
    with qtbot.waitSignal(scene.ring_clicked, timeout=1000) as blocker:
        click(qtbot, view, point)
    assert blocker.args == ["associations"]


def test_clicking_the_centre(view, scene, qtbot):
    with (
        qtbot.waitSignal(scene.centre_clicked, timeout=1000),
        qtbot.assertNotEmitted(scene.ring_clicked),
    ):
        click(qtbot, view, scene.centre_anchor())


def test_clicking_the_tray_emits_the_empty_key(view, scene, qtbot):
    with qtbot.waitSignal(scene.ring_clicked, timeout=1000) as blocker:
        click(qtbot, view, scene.tray_anchor())
    assert blocker.args == [""]


def test_clicking_a_dot_emits_its_id_not_the_ring(view, scene, qtbot):
    with (
        qtbot.waitSignal(scene.contact_clicked, timeout=1000) as blocker,
        qtbot.assertNotEmitted(scene.ring_clicked),
        qtbot.assertNotEmitted(scene.contact_dropped),
    ):
        click(qtbot, view, scene.dot_position(20))
    assert blocker.args == [20]
    dot = scene.dot(20)
    assert scene.dot_position(20) == QPointF(dot.x, dot.y)  # still in its seat


def test_clicking_just_beside_a_small_dot_still_hits_it(view, scene, qtbot):
    radius = scene.dot(20).diameter / 2
    beside = scene.dot_position(20) + QPointF(radius + 2 / view.zoom_factor(), 0)
    with qtbot.waitSignal(scene.contact_clicked, timeout=1000) as blocker:
        click(qtbot, view, beside)
    assert blocker.args == [20]


def test_double_clicking_a_dot(view, scene, qtbot):
    with qtbot.waitSignal(scene.contact_double_clicked, timeout=1000) as blocker:
        qtbot.mouseDClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, scene.dot_position(11))
        )
    assert blocker.args == [11]


def test_double_clicking_empty_ring_space(view, scene, qtbot):
    anchor = scene.ring_anchor("coworkers")
    with qtbot.waitSignal(scene.ring_double_clicked, timeout=1000) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, anchor))
    key, pos = blocker.args
    assert key == "coworkers"
    assert (pos - anchor).manhattanLength() < 3
    assert ring_of(scene, pos) == "coworkers"


def test_double_clicking_the_centre(view, scene, qtbot):
    with qtbot.waitSignal(scene.centre_double_clicked, timeout=1000):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, QPointF(0, 0)))


def _context_menu(view, point: QPointF) -> QPoint:
    pos = at(view, point)
    viewport = view.viewport()
    global_pos = viewport.mapToGlobal(pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, global_pos)
    QApplication.sendEvent(viewport, event)
    return global_pos


def test_right_click_on_a_dot_asks_for_its_menu(view, scene, qtbot):
    with qtbot.waitSignal(scene.contact_menu_requested, timeout=1000) as blocker:
        global_pos = _context_menu(view, scene.dot_position(40))
    assert blocker.args == [40, global_pos]


def test_right_click_on_a_ring_asks_for_its_menu(view, scene, qtbot):
    with qtbot.waitSignal(scene.ring_menu_requested, timeout=1000) as blocker:
        global_pos = _context_menu(view, scene.ring_anchor("peers"))
    assert blocker.args == ["peers", global_pos]


def test_right_click_on_the_tray_or_centre_asks_for_no_ring_menu(view, scene, qtbot):
    with qtbot.assertNotEmitted(scene.ring_menu_requested):
        _context_menu(view, scene.tray_anchor())
        _context_menu(view, scene.centre_anchor())


# Dragging.


def test_dragging_a_dot_to_another_ring_reports_the_drop(view, scene, qtbot):
    start = scene.dot_position(1)
    target = scene.ring_anchor("peers")

    def follows_cursor():
        assert (scene.dot_position(1) - target).manhattanLength() < 3

    with (
        qtbot.waitSignal(scene.contact_dropped, timeout=1000) as blocker,
        qtbot.assertNotEmitted(scene.contact_clicked),
        qtbot.assertNotEmitted(scene.ring_clicked),
    ):
        drag(view, start, target, check=follows_cursor)
    assert blocker.args == [1, "peers"]
    # The window didn't move the contact, so the dot goes home.
    assert scene.dot_position(1) == start


def test_dropping_on_the_tray_reports_the_empty_key(view, scene, qtbot):
    with qtbot.waitSignal(scene.contact_dropped, timeout=1000) as blocker:
        drag(view, scene.dot_position(40), scene.tray_anchor())
    assert blocker.args == [40, ""]


def test_dragging_out_of_the_tray_onto_a_ring(view, scene, qtbot):
    with qtbot.waitSignal(scene.contact_dropped, timeout=1000) as blocker:
        drag(view, scene.dot_position(50), scene.ring_anchor("associations"))
    assert blocker.args == [50, "associations"]


def test_when_the_window_moves_the_contact_the_dot_takes_its_new_seat(view, scene, qtbot):
    def window(contact_id: int, key: str) -> None:
        row = next(row for row in ROWS if row.id == contact_id)
        scene.update_contact(row._replace(circle_key=key or None))

    scene.contact_dropped.connect(window)
    drag(view, scene.dot_position(10), scene.ring_anchor("acquaintances"))
    assert ring_of(scene, scene.dot_position(10)) == "acquaintances"
    assert scene.dot_position(10) != scene.ring_anchor("acquaintances")  # seated, not left there
    assert plain(scene.ring_label("acquaintances")).endswith("· 2")


@pytest.mark.parametrize(
    "where",
    [
        lambda scene: scene.ring_anchor("family"),  # its own ring
        lambda scene: scene.centre_anchor(),
        lambda scene: QPointF(-scene.sceneRect().width(), 0),  # outside everything
        lambda scene: scene.sceneRect().bottomRight() - QPointF(2, 2),  # a corner, no ring
    ],
    ids=["same ring", "centre", "far outside", "corner"],
)
def test_a_dot_dropped_nowhere_new_snaps_back(view, scene, qtbot, where):
    start = scene.dot_position(2)
    with (
        qtbot.assertNotEmitted(scene.contact_dropped),
        qtbot.assertNotEmitted(scene.contact_clicked),
    ):
        drag(view, start, where(scene))
    assert scene.dot_position(2) == start
    # Back in its tile, and the lifted copy that followed the cursor is gone.
    assert scene.dragged_id() is None
    assert 2 in next(tile for tile in scene.tile_items() if tile.key == scene.dot(2).tile).dots
    assert not any(isinstance(i, DraggedDot) and i.isVisible() for i in scene.items())


def test_drop_contact_directly(scene, qtbot):
    with qtbot.waitSignal(scene.contact_dropped, timeout=1000) as blocker:
        scene.drop_contact(3, scene.ring_anchor("coworkers"))
    assert blocker.args == [3, "coworkers"]
    with qtbot.assertNotEmitted(scene.contact_dropped):
        scene.drop_contact(3, scene.ring_anchor("family"))
        scene.drop_contact(50, scene.tray_anchor())


def test_dragging_the_background_pans_and_is_no_click(view, scene, qtbot):
    for _ in range(4):
        view.zoom_in()
    before = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    start = view.mapToScene(view.viewport().rect().center())
    end = view.mapToScene(view.viewport().rect().center() + QPoint(-120, -80))
    with qtbot.assertNotEmitted(scene.ring_clicked), qtbot.assertNotEmitted(scene.centre_clicked):
        drag(view, start, end)
    after = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert after != before


# The view.


def test_zoom_in_and_out_change_the_transform(view):
    fitted = view.zoom_factor()
    view.zoom_in()
    assert view.zoom_factor() == pytest.approx(fitted * 1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom_factor() == pytest.approx(fitted / 1.25)


def test_zoom_has_limits(view):
    fitted = view.zoom_factor()
    for _ in range(40):
        view.zoom_out()
    assert view.zoom_factor() >= fitted * 0.5 - 1e-9
    for _ in range(80):
        view.zoom_in()
    assert view.zoom_factor() <= 24.0 + 1e-9


def test_fit_all_shows_every_ring_and_the_tray(view, scene):
    for _ in range(5):
        view.zoom_in()
    view.fit_all()
    shown = view.viewport().rect().adjusted(-1, -1, 1, 1)
    outer = geometry.make_layout(CIRCLE_KEYS).outer_radius
    for point in (QPointF(-outer, 0), QPointF(0, outer), scene.tray_rect().bottomRight()):
        assert shown.contains(view.mapFromScene(point))


def test_the_view_stays_fitted_when_resized_until_the_user_zooms(view, qtbot):
    fitted = view.zoom_factor()
    view.resize(450, 350)
    qtbot.waitUntil(lambda: view.zoom_factor() < fitted * 0.6, timeout=1000)
    view.zoom_in()
    zoomed = view.zoom_factor()
    view.resize(900, 700)
    qtbot.wait(50)
    assert view.zoom_factor() == pytest.approx(zoomed)


def test_plus_and_minus_keys_zoom(view, qtbot):
    fitted = view.zoom_factor()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom_factor() > fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom_factor() < fitted


def test_wheel_zooms_around_the_cursor(view, scene, qtbot):
    under = scene.ring_anchor("peers")
    pos = at(view, under)
    viewport = view.viewport()
    event = QWheelEvent(
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    fitted = view.zoom_factor()
    QApplication.sendEvent(viewport, event)
    assert view.zoom_factor() == pytest.approx(fitted * 1.25)
    assert (view.mapFromScene(under) - pos).manhattanLength() <= 2


def test_escape_emits_centre_clicked(view, scene, qtbot):
    with qtbot.waitSignal(scene.centre_clicked, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_the_view_renders_with_and_without_legend(view):
    with_legend = view.grab().toImage()
    view.set_legend_visible(False)
    without = view.grab().toImage()
    assert with_legend != without


def test_hovering_a_dot_repaints_only_that_dot(view, scene, qtbot):
    dirty: list = []
    scene.changed.connect(lambda rects: dirty.extend(rects))
    qtbot.wait(20)
    dirty.clear()
    dot_at = scene.dot_position(20)
    send_mouse(
        view,
        QEvent.Type.MouseMove,
        at(view, scene.dot_position(20)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
    )
    qtbot.waitUntil(lambda: bool(dirty), timeout=1000)
    assert scene.hovered_id() == 20
    ring = next(i for i in scene.items() if isinstance(i, MarkerItem) and i.pos() == dot_at)
    bounds = ring.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    assert all(bounds.contains(rect) for rect in dirty), (bounds, dirty)
