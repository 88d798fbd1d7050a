"""The diagram by keyboard: the cursor round and across the rings, Enter, the menu key,
Delete, what a screen reader hears, and warmth told by shape as well as colour."""

import math
from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from networkcircles.diagram.items import (
    SHAPE_MIN_PIXELS,
    SPRITES,
    WARMTH_COLOURS,
    WARMTHS,
    warmth_shape,
)
from networkcircles.diagram.overlay_items import FocusItem
from networkcircles.diagram.scene import CENTRE, CONTACT, RING, CirclesScene
from networkcircles.diagram.view import CirclesView
from networkcircles.services.followups import Warmth
from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.store.seed import CIRCLE_SEEDS

TODAY = date(2026, 11, 2)
CIRCLES = [
    CircleRow(n + 1, seed.key, seed.name, seed.description, seed.colour, n)
    for n, seed in enumerate(CIRCLE_SEEDS)
]


def row(contact_id: int, circle_key: str | None, name: str, **fields) -> ContactRow:
    values = {
        "organization": "",
        "role": "",
        "email": "",
        "phone": "",
        "tags": "",
        "knows_looking_on": None,
        "last_contacted": None,
        "next_follow_up": None,
        "warmth": 0,
    }
    values.update(fields)
    return ContactRow(id=contact_id, circle_key=circle_key, name=name, **values)


# Family 1-4, co-workers 10-11, peers 20; associations and acquaintances empty; 50 unplaced.
ROWS = [
    row(
        1,
        "family",
        "Ana Abbott",
        next_follow_up=date(2026, 10, 1),
        knows_looking_on=date(2026, 9, 1),
    ),
    row(2, "family", "Ben Baker", last_contacted=date(2026, 10, 30)),
    row(3, "family", "Cy Cole"),
    row(4, "family", "Di Dunn"),
    row(10, "coworkers", "Ed Eames"),
    row(11, "coworkers", "Flo Fox"),
    row(20, "peers", "Gus Grey"),
    row(50, None, "Hal Hart"),
]
FAMILY = {1, 2, 3, 4}


@pytest.fixture
def view(qtbot, scene, view) -> CirclesView:
    """conftest's view, focused the way a keyboard user reaches it."""
    view.activateWindow()
    qtbot.waitUntil(view.hasFocus)  # the window's first focus: no cursor drawn yet...
    assert not scene.is_cursor_shown()
    view.clearFocus()
    view.setFocus(Qt.FocusReason.TabFocusReason)  # ...but tabbing in draws it
    return view


def press(qtbot, view: CirclesView, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(view, key, modifier)


def clockwise(scene: CirclesScene, contact_id: int) -> float:
    """The angle of a dot from the top of the rings, clockwise on screen (y grows down)."""
    point = scene.dot_position(contact_id)
    return math.atan2(point.x(), -point.y()) % math.tau


def test_tabbing_in_shows_a_cursor_on_you(view, scene):
    assert scene.cursor() == (CENTRE, None)
    assert scene.is_cursor_shown()
    focus = [item for item in scene.items() if isinstance(item, FocusItem)]
    assert len(focus) == 1
    assert view.cursor_description() == "You, at the centre"


def test_arrows_go_round_a_ring_clockwise_and_back(view, scene, qtbot):
    press(qtbot, view, Qt.Key.Key_Up)  # from "you" to the innermost ring itself
    assert scene.cursor() == (RING, "family")
    visited = []
    for _ in FAMILY:
        with qtbot.waitSignal(scene.contact_clicked, timeout=1000) as blocker:
            press(qtbot, view, Qt.Key.Key_Right)
        assert scene.cursor() == (CONTACT, blocker.args[0])  # landing selects it
        visited.append(blocker.args[0])
    assert set(visited) == FAMILY
    angles = [clockwise(scene, contact_id) for contact_id in visited]
    assert angles == sorted(angles)  # clockwise from the top
    press(qtbot, view, Qt.Key.Key_Right)  # round again to the first
    assert scene.cursor() == (CONTACT, visited[0])
    press(qtbot, view, Qt.Key.Key_Left)
    assert scene.cursor() == (CONTACT, visited[-1])


def test_up_and_down_go_to_the_nearest_dot_of_the_next_ring(view, scene, qtbot):
    scene.set_cursor(CONTACT, 1)
    press(qtbot, view, Qt.Key.Key_Up)
    here = scene.dot_position(1)
    distances = {cid: math.dist(_xy(scene.dot_position(cid)), _xy(here)) for cid in (10, 11)}
    nearest = min(distances, key=distances.get)
    assert scene.cursor() == (CONTACT, nearest)
    press(qtbot, view, Qt.Key.Key_Up)
    assert scene.cursor() == (CONTACT, 20)  # the only fellow job seeker
    press(qtbot, view, Qt.Key.Key_Up)
    assert scene.cursor() == (RING, "associations")  # empty: the ring itself
    assert view.cursor_description() == "Professional and trade associations ring, 0 people"
    press(qtbot, view, Qt.Key.Key_Down)  # from a ring, rings
    assert scene.cursor() == (RING, "peers")
    assert view.cursor_description() == "Fellow job seekers ring, 1 person"
    press(qtbot, view, Qt.Key.Key_PageDown)
    assert scene.cursor() == (RING, "coworkers")
    press(qtbot, view, Qt.Key.Key_Right)
    press(qtbot, view, Qt.Key.Key_Down)
    assert scene.cursor()[0] == CONTACT and scene.cursor()[1] in FAMILY
    press(qtbot, view, Qt.Key.Key_Down)  # inside the innermost ring: "you"
    assert scene.cursor() == (CENTRE, None)
    scene.set_cursor(CONTACT, 20)
    press(qtbot, view, Qt.Key.Key_Home)
    assert scene.cursor() == (CENTRE, None)


def _xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()


def test_the_tray_and_the_wish_band_are_places_too(view, scene, qtbot):
    scene.set_cursor(RING, "acquaintances")
    press(qtbot, view, Qt.Key.Key_Up)
    assert view.cursor_description() == "People to meet, 0 people"
    press(qtbot, view, Qt.Key.Key_Up)
    assert view.cursor_description() == "Unplaced, 1 person"
    press(qtbot, view, Qt.Key.Key_Right)
    assert scene.cursor() == (CONTACT, 50)
    assert view.cursor_description().startswith("Hal Hart, Unplaced, never contacted")


def test_enter_opens_space_selects(view, scene, qtbot):
    scene.set_cursor(CONTACT, 2)
    with qtbot.waitSignal(scene.contact_double_clicked, timeout=1000) as blocker:
        press(qtbot, view, Qt.Key.Key_Return)
    assert blocker.args == [2]
    with qtbot.waitSignal(scene.contact_clicked, timeout=1000) as blocker:
        press(qtbot, view, Qt.Key.Key_Space)
    assert blocker.args == [2]
    scene.set_cursor(RING, "peers")
    with qtbot.waitSignal(scene.ring_clicked, timeout=1000) as blocker:
        press(qtbot, view, Qt.Key.Key_Enter)
    assert blocker.args == ["peers"]
    press(qtbot, view, Qt.Key.Key_Home)
    with qtbot.waitSignal(scene.centre_double_clicked, timeout=1000):
        press(qtbot, view, Qt.Key.Key_Return)
    with qtbot.waitSignal(scene.centre_clicked, timeout=1000):
        press(qtbot, view, Qt.Key.Key_Escape)  # as before: back to everyone


def test_the_menu_key_opens_the_menu_where_the_item_is(view, scene, qtbot):
    scene.set_cursor(CONTACT, 3)
    with qtbot.waitSignal(scene.contact_menu_requested, timeout=1000) as blocker:
        press(qtbot, view, Qt.Key.Key_Menu)
    where = view.viewport().mapToGlobal(view.mapFromScene(scene.dot_position(3)))
    assert blocker.args == [3, where]
    scene.set_cursor(RING, "coworkers")
    with qtbot.waitSignal(scene.ring_menu_requested, timeout=1000) as blocker:
        press(qtbot, view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args[0] == "coworkers"


def test_delete_asks_for_the_dot_under_the_cursor(view, scene, qtbot):
    scene.set_cursor(CONTACT, 4)
    with qtbot.waitSignal(scene.contact_delete_requested, timeout=1000) as blocker:
        press(qtbot, view, Qt.Key.Key_Delete)
    assert blocker.args == [4]
    scene.remove_contact(4)  # the window deletes it: the cursor falls back to its ring
    assert scene.cursor() == (RING, "family")


def test_the_description_names_the_contact_circle_and_state(view, scene, qtbot):
    view.setAccessibleName("Network diagram")
    scene.set_cursor(RING, "family")
    scene.set_marks({1: frozenset({"tell"})})
    press(qtbot, view, Qt.Key.Key_Right)
    first = scene.cursor()[1]
    while scene.cursor() != (CONTACT, 1):
        press(qtbot, view, Qt.Key.Key_Right)
        assert scene.cursor() != (CONTACT, first), "Ana never came round"
    text = view.cursor_description()
    assert text.startswith(
        "Ana Abbott, Family and friends, follow-up overdue, knows you are looking, "
        "worth telling about your search, "
    )
    assert text.endswith(" of 4")
    assert view.accessibleName() == text  # what a screen reader reads as the cursor moves
    assert view.accessibleDescription().startswith("Network diagram: ")
    view.clearFocus()
    assert view.accessibleName() == "Network diagram"  # the window's name when away
    assert not [item for item in scene.items() if isinstance(item, FocusItem)]


def test_selection_elsewhere_brings_the_cursor_along(view, scene, qtbot):
    with qtbot.assertNotEmitted(scene.contact_clicked):
        scene.select_contact(11)
    assert scene.cursor() == (CONTACT, 11)
    focus = next(item for item in scene.items() if isinstance(item, FocusItem))
    assert focus.sceneBoundingRect().center() == scene.dot_position(11)


def test_a_click_hides_the_cursor_until_a_key(view, scene, qtbot):
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.mapFromScene(scene.ring_anchor("peers")),
    )
    assert not scene.is_cursor_shown()
    press(qtbot, view, Qt.Key.Key_Home)
    assert scene.is_cursor_shown()


def test_the_view_keeps_the_cursor_in_sight(view, scene, qtbot):
    for _ in range(8):
        view.zoom_in()
    scene.set_cursor(CONTACT, 50)  # the tray, far right
    press(qtbot, view, Qt.Key.Key_Space)
    assert view.viewport().rect().contains(view.mapFromScene(scene.dot_position(50)))


# Shape, not colour only.


def sprite(warmth: Warmth, pixels: float) -> tuple[QImage, int]:
    ink, base = QColor("black"), QColor("white")
    pixmap, half = SPRITES.get(WARMTHS.index(warmth), pixels, ink, base)
    return pixmap.toImage(), half


def near(colour: QColor, wanted: QColor, slack: int = 40) -> bool:
    return all(
        abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_each_warmth_has_its_own_shape():
    assert len({warmth_shape(warmth) for warmth in WARMTHS}) == len(WARMTHS)
    radius = 14
    looks = {}
    for warmth in WARMTHS:
        image, half = sprite(warmth, 2 * radius)
        colour = WARMTH_COLOURS[warmth]
        centre = image.pixelColor(half, half)
        top = image.pixelColor(half, half - radius // 2)
        bottom = image.pixelColor(half, half + radius // 2)
        rim = image.pixelColor(half + radius - 2, half)
        looks[warmth] = (centre.name(), top.name(), bottom.name(), rim.name())
        if warmth is Warmth.RECENT:
            assert near(centre, colour) and near(top, colour) and near(bottom, colour)
        elif warmth is Warmth.DUE:  # the lower half filled, the upper pale
            assert near(bottom, colour) and not near(top, colour)
            assert top.lightness() > bottom.lightness()
        elif warmth is Warmth.OVERDUE:  # filled, with a heavy dark outline
            assert near(centre, colour) and rim.lightness() < 60
        else:  # hollow: the colour only round the rim
            assert centre.lightness() > 220 and near(rim, colour)
    assert len(set(looks.values())) == len(WARMTHS)


def test_tiny_dots_are_plain_discs():
    # A few pixels wide, a hole or a half would smear: colour alone there (draw_dot says why).
    image, half = sprite(Warmth.NEVER, SHAPE_MIN_PIXELS - 1)
    assert near(image.pixelColor(half, half), WARMTH_COLOURS[Warmth.NEVER], 60)


def test_the_legend_shows_the_shapes(view):
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    view.drawForeground(painter, view.viewport().rect().toRectF())
    painter.end()
    assert [text for text, _ in view.legend_entries()][:4] == [
        "Contacted recently",
        "Follow-up due",
        "Follow-up overdue",
        "Never contacted",
    ]


# In the window: one stop in the tab order.


def test_tab_reaches_the_diagram_and_leaves_it(demo_store, qtbot):
    from networkcircles.store.db import close_store
    from networkcircles.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    try:
        view = window.diagram_view
        window.contact_list.table.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        # The diagram stands just after the contact list's table in the tab order.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert view.hasFocus()
        assert window.scene.is_cursor_shown()
        qtbot.keyClick(view, Qt.Key.Key_Up)
        qtbot.keyClick(view, Qt.Key.Key_Right)
        chosen = window.scene.cursor()[1]
        assert window.selected_id == chosen  # arriving on a dot selects it everywhere
        assert window.contact_details.contact_id() == chosen
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert not view.hasFocus()  # Tab moves on to the person's details
        assert window.details_dock.isAncestorOf(QApplication.focusWidget())
        assert not window.scene.is_cursor_shown()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert view.hasFocus()
    finally:
        window.close()
        close_store()
