"""The scene's extra marks, referral lines and wishes; cheap edits; names at high zoom."""

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

# The same small network and helpers as test_scene.py (pytest puts this folder on the path).
from test_scene import CIRCLES, ROWS, TODAY, drag, make_row, plain

from networkcircles.diagram import geometry
from networkcircles.diagram.items import DASHED, LEAVE_OUT, TELL, WARMTH_COLOURS
from networkcircles.diagram.scene import WISHES, CirclesScene
from networkcircles.diagram.view import CirclesView
from networkcircles.services.followups import Warmth
from networkcircles.store.seed import CIRCLE_KEYS


def render(scene: CirclesScene, source, size: int = 200) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, image.rect().toRectF(), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def around(scene: CirclesScene, contact_id: int, reach: float = 10.0):
    from PySide6.QtCore import QRectF

    centre = scene.dot_position(contact_id)
    return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)


# Marks.


def test_marks_change_the_dots_look_and_tooltip(scene):
    scene.set_marks(
        {40: frozenset({"leave_out"}), 10: frozenset({"tell"}), 11: frozenset({"wish", "unknown"})}
    )
    assert scene.dot(40).style & LEAVE_OUT
    assert scene.dot(10).style & TELL
    assert scene.dot(11).style & DASHED
    assert scene.marks(11) == frozenset({"wish"})  # unknown marks are dropped
    assert "gossip" in scene.tooltip_text(40)
    scene.set_marks({})
    assert not any(scene.dot(cid).style & (LEAVE_OUT | TELL | DASHED) for cid in (10, 11, 40))


def test_a_leave_out_dot_is_a_square_not_only_a_colour(scene):
    plain_dot = render(scene, around(scene, 40))
    scene.set_marks({40: frozenset({"leave_out"})})
    square = render(scene, around(scene, 40))
    # A disc leaves its bounding square's corners empty; the crossed square fills them.
    corner = 100 - 100 * scene.dot(40).diameter * 0.4 / 10
    at = int(corner)
    assert QColor(plain_dot.pixel(at, at)).lightness() > 200
    assert QColor(square.pixel(at, at)).lightness() < 200
    # ...and it keeps its warmth colour inside
    assert plain_dot != square


def test_marks_survive_a_rebuild_and_an_update(scene):
    scene.set_marks({20: frozenset({"tell"})})
    scene.set_contacts(ROWS, TODAY)
    assert scene.dot(20).style & TELL
    scene.update_contact(ROWS[5]._replace(last_contacted=TODAY))
    assert scene.dot(20).style & TELL and scene.dot(20).warmth is Warmth.RECENT


# Referral lines.


def test_referral_lines_join_introducer_and_introduced(scene):
    assert scene.referral_lines() == []
    scene.set_referral_lines([(1, 40), (10, 20), (1, 999)])  # 999: nobody, no line
    lines = scene.referral_lines()
    assert len(lines) == 2
    ends = [(line.p1(), line.p2()) for line in lines]
    assert (scene.dot_position(1), scene.dot_position(40)) in ends
    scene.set_referral_lines(None)  # the View menu's toggle off
    assert scene.referral_lines() == []


def test_lines_follow_a_dragged_dot_and_a_moved_contact(view, scene, qtbot):
    scene.set_referral_lines([(1, 40)])
    target = scene.ring_anchor("peers")

    def follows():
        (line,) = scene.referral_lines()
        assert (line.p1() - target).manhattanLength() < 3

    drag(view, scene.dot_position(1), target, check=follows)
    scene.update_contact(ROWS[0]._replace(circle_key="coworkers"))
    (line,) = scene.referral_lines()
    assert line.p1() == scene.dot_position(1)


# Wishes.


def test_wishes_wait_dashed_in_the_possible_band(scene):
    scene.set_wishes([(50, "Ana Abbott"), (51, "")])
    layout = geometry.make_layout(CIRCLE_KEYS)
    for contact_id in (50, 51):
        pos = scene.dot_position(contact_id)
        assert geometry.in_possible_band(layout, geometry.Point(pos.x(), pos.y()))
        assert scene.dot(contact_id).style & DASHED
    assert "Ana Abbott might introduce you" in scene.tooltip_text(50)
    assert plain(scene.ring_label(WISHES)).endswith("· 2")
    assert plain(scene.ring_label("")) == "Unplaced · 0"
    scene.set_wishes([])
    assert scene.tray_rect().contains(scene.dot_position(50))


def test_dropping_a_wish_on_a_ring_emits_contact_dropped(view, scene, qtbot):
    scene.set_wishes([(50, "Ana Abbott")])
    with qtbot.waitSignal(scene.contact_dropped, timeout=1000) as blocker:
        drag(view, scene.dot_position(50), scene.ring_anchor("peers"))
    assert blocker.args == [50, "peers"]
    with qtbot.assertNotEmitted(scene.contact_dropped):
        scene.drop_contact(50, scene.tray_anchor())  # not in a circle: nothing to move
        scene.drop_contact(50, scene.possible_anchor())
    # once the window places them, they leave the band for the ring
    scene.update_contact(ROWS[7]._replace(circle_key="peers"))
    assert ring_key(scene, 50) == "peers"
    assert not scene.dot(50).style & DASHED


def ring_key(scene, contact_id):
    pos = scene.dot_position(contact_id)
    return geometry.ring_at(geometry.make_layout(CIRCLE_KEYS), geometry.Point(pos.x(), pos.y()))


def test_the_legend_explains_the_marks_once_there_are_some(view, scene):
    plain_entries = len(view.legend_entries())
    scene.set_marks({40: frozenset({"leave_out"})})
    texts = [text for text, _ in view.legend_entries()]
    assert len(texts) > plain_entries
    assert any("gossip" in text for text in texts)
    assert any("meet" in text for text in texts)
    assert any("Introduced" in text for text in texts)
    assert not view.grab().isNull()


# Cheap edits, big networks.


@pytest.fixture
def big_scene(qtbot) -> CirclesScene:
    keys = [*CIRCLE_KEYS, None]
    rows = [make_row(n, keys[n % len(keys)]) for n in range(1, 6001)]
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(rows, TODAY)
    return scene


def zoomed_in_view(scene: CirclesScene, qtbot, legend: bool = True) -> CirclesView:
    """A 900x700 view of `scene` twelve zoom steps in, centred on contact 12, painted once:
    close enough that names show."""
    view = CirclesView(scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    if not legend:
        view.set_legend_visible(False)
    for _ in range(12):
        view.zoom_in()
    view.centerOn(scene.dot_position(12))
    view.grab()
    return view


def test_moving_one_contact_moves_one_dot(big_scene):
    before = {cid: big_scene.dot_position(cid) for cid in big_scene.contact_ids()}
    big_scene.update_contact(make_row(7, "family"))  # was a co-worker
    moved = {cid for cid, pos in before.items() if big_scene.dot_position(cid) != pos}
    assert moved == {7}
    assert ring_key(big_scene, 7) == "family"
    big_scene.update_contact(make_row(7, "coworkers"))  # and back: its old seat was free
    moved = {cid for cid, pos in before.items() if big_scene.dot_position(cid) != pos}
    assert moved == set()


class PaintedRegions(QObject):
    """The regions the viewport repaints."""

    def __init__(self, viewport) -> None:
        super().__init__()
        self.rects: list = []
        viewport.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.rects += list(event.region())
        return False


def test_restyling_one_contact_repaints_one_dot(big_scene, qtbot):
    view = CirclesView(big_scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    painted = PaintedRegions(view.viewport())
    big_scene.update_contact(make_row(12, "family", last_contacted=TODAY))  # same ring
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=1000)
    reach = view.mapFromScene(QRectF(0, 0, 2 * big_scene.dot(12).diameter + 16, 1)).boundingRect()
    assert all(r.width() <= reach.width() + 4 for r in painted.rects), painted.rects


def test_adding_and_removing_keep_everyone_else_seated(big_scene):
    before = {cid: big_scene.dot_position(cid) for cid in big_scene.contact_ids()}
    big_scene.update_contact(make_row(9001, "acquaintances"))
    big_scene.remove_contact(3)
    after = {cid: big_scene.dot_position(cid) for cid in big_scene.contact_ids()}
    assert {cid for cid in after if cid in before and after[cid] != before[cid]} == set()


def test_clicks_hit_the_right_dot_among_thousands(big_scene):
    for contact_id in (1, 777, 4242, 5999):
        pos = big_scene.dot_position(contact_id)
        found = big_scene._dot_at(pos + QPointF(0.05, 0.05), None)
        assert found is not None and found.contact_id == contact_id


def test_zoomed_out_a_dense_ring_is_summarised_in_its_warmth_colours(big_scene, qtbot):
    view = CirclesView(big_scene)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    image = view.grab().toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, 400, 3) for y in range(0, 300, 3)}
    never = WARMTH_COLOURS[Warmth.NEVER]
    assert any(
        abs(QColor(c).red() - never.red()) < 30 and abs(QColor(c).blue() - never.blue()) < 30
        for c in colours
    )


def test_names_show_beside_dots_when_zoomed_in(big_scene, qtbot):
    view = CirclesView(big_scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_legend_visible(False)
    names = big_scene._names

    def names_drawn() -> bool:
        names.show()
        with_names = view.grab().toImage()
        names.hide()
        without = view.grab().toImage()
        names.show()
        return with_names != without

    assert not names_drawn()  # fitted, thousands of dots: no room for names
    for _ in range(12):
        view.zoom_in()
    view.centerOn(big_scene.dot_position(12))
    assert names_drawn()


def test_a_small_network_has_names_at_once(view, scene):
    view.set_legend_visible(False)
    with_names = view.grab().toImage()
    scene._names.hide()
    assert view.grab().toImage() != with_names


def test_updating_some_marks_leaves_the_others(scene):
    scene.set_marks({40: frozenset({"leave_out"}), 10: frozenset({"tell"})})
    scene.update_marks({10: frozenset(), 20: frozenset({"wish"})})
    assert scene.marks(40) == {"leave_out"}
    assert scene.marks(10) == frozenset()
    assert scene.marks(20) == {"wish"}
    scene.set_marks({})
    assert (scene.marks(40), scene.marks(20)) == (frozenset(), frozenset())


def test_a_bulk_move_counts_the_rings_once(big_scene, monkeypatch):
    """300 people moved in one step: their dots move, the ring titles are counted once."""
    relabels = []
    real = CirclesScene._relabel
    monkeypatch.setattr(CirclesScene, "_relabel", lambda self: (relabels.append(1), real(self)))
    peers = sorted(big_scene.group_members("peers"))[:300]
    big_scene.update_contacts([make_row(cid, "family") for cid in peers])
    assert len(relabels) == 1
    assert all(ring_key(big_scene, cid) == "family" for cid in peers)
    family = len(big_scene.group_members("family"))
    assert big_scene.ring_label("family").endswith(f"\u00a0{family}")


def test_names_are_placed_once_until_the_view_or_the_dots_change(big_scene, qtbot, monkeypatch):
    """Hovering or selecting repaints the names already placed; zooming or moving a dot
    places them again, and no name covers a dot that has none."""
    from networkcircles.diagram import overlay_items
    from networkcircles.diagram.labels import overlaps

    placings = []
    real = overlay_items.place_labels
    monkeypatch.setattr(
        overlay_items, "place_labels", lambda *a, **k: (placings.append(1), real(*a, **k))[1]
    )
    view = zoomed_in_view(big_scene, qtbot)
    names = big_scene._names
    assert names.placed and placings
    before = len(placings)
    big_scene.select_contact(12)  # a marker: a small repaint over the names
    view.grab()
    assert len(placings) == before
    transform = view.viewportTransform()
    for contact_id, rect in names.placed.items():
        for other in big_scene.dots_near(
            *transform.inverted()[0]
            .mapRect(QRectF(QPointF(rect[0], rect[1]), QPointF(rect[2], rect[3])))
            .getCoords()
        ):
            if other.contact_id in names.placed or other.contact_id == contact_id:
                continue
            centre = transform.map(QPointF(other.x, other.y))
            r = other.diameter * transform.m11() / 2
            disc = (centre.x() - r, centre.y() - r, centre.x() + r, centre.y() + r)
            assert not overlaps(rect, disc), (contact_id, other.contact_id)
    big_scene.update_contact(make_row(12, "family", name="Someone Else Entirely"))
    view.grab()
    assert len(placings) == before + 1
    # An edit that keeps the name and the ring (a logged call, a flag) only restyles.
    big_scene.update_contact(
        make_row(12, "family", name="Someone Else Entirely", last_contacted=TODAY)
    )
    view.grab()
    assert len(placings) == before + 1


def test_ring_titles_share_one_readable_size(big_scene):
    """Every ring's title (and the "possible" band's) at one size, the largest at which
    each fits its box, and that size readable: no inner ring's title shrinks alone."""
    from networkcircles.diagram.items import LABEL_PIXEL_SIZE

    labels = [*big_scene._labels.values(), big_scene._band_label]
    sizes = {label.pixel_size for label in labels}
    assert sizes == {LABEL_PIXEL_SIZE}
    for label in labels:
        assert label.boundingRect().width() <= label._width + 2, label.text
    # A count with more digits keeps them equal.
    big_scene.update_contacts([make_row(n, "family") for n in range(1, 1200)])
    assert len({label.pixel_size for label in labels}) == 1


def test_names_stay_inside_the_view(big_scene, qtbot):
    """A dot near the edge of the view gets its name on the side that shows, or none: never
    a name cut by the edge ("itri Quispe")."""
    view = zoomed_in_view(big_scene, qtbot)
    placed = big_scene._names.placed
    assert placed
    width, height = view.viewport().width(), view.viewport().height()
    for rect in placed.values():
        left, top, right, bottom = rect
        assert left >= 0 and top >= 0 and right <= width and bottom <= height, rect


def test_a_pan_places_only_the_names_of_new_ground(big_scene, qtbot, monkeypatch):
    """Panning a zoomed-in view keeps the names already placed (they slide with the dots)
    and places only those of the strip brought into sight; every name shown stays inside
    the view and clear of other names and of dots."""
    from networkcircles.diagram import overlay_items
    from networkcircles.diagram.labels import overlaps

    asked: list[int] = []
    real = overlay_items.place_labels
    monkeypatch.setattr(
        overlay_items,
        "place_labels",
        lambda r, *a, **k: (asked.append(len(r)), real(r, *a, **k))[1],
    )
    view = zoomed_in_view(big_scene, qtbot, legend=False)
    names = big_scene._names
    first, asked[:] = sum(asked), []
    assert names.placed and first
    bar = view.horizontalScrollBar()
    width, height = view.viewport().width(), view.viewport().height()
    for _ in range(6):
        before = dict(names.placed)
        start = bar.value()
        bar.setValue(start + 40)
        shift = bar.value() - start
        view.viewport().repaint()
        placed = names.placed
        assert placed
        transform = view.viewportTransform()
        inverse = transform.inverted()[0]
        for contact_id, rect in placed.items():
            left, top, right, bottom = rect
            assert left >= 0 and top >= 0 and right <= width and bottom <= height, rect
            if contact_id in before and before[contact_id][0] - shift > 60:
                # away from the edges a name slides with its dot
                old = before[contact_id]
                assert rect == pytest.approx((old[0] - shift, old[1], old[2] - shift, old[3]))
            for other_id, other in placed.items():
                assert other_id == contact_id or not overlaps(rect, other)
            box = inverse.mapRect(QRectF(QPointF(left, top), QPointF(right, bottom)))
            for dot in big_scene.dots_near(*box.getCoords()):
                centre = transform.map(QPointF(dot.x, dot.y))
                r = dot.diameter * transform.m11() / 2
                disc = (centre.x() - r, centre.y() - r, centre.x() + r, centre.y() + r)
                assert not overlaps(rect, disc), (contact_id, dot.contact_id)
    # Six pans of 40 pixels asked about far fewer dots than the one placement of the view.
    assert sum(asked) < first / 2, (sum(asked), first)
