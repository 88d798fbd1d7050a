"""What the names layer asks the scene (name_feed.py): the dots in a rectangle, by either
road, how far apart each group's dots sit, a contact's name, and what names must not cover."""

from PySide6.QtCore import QRectF
from test_scene import CIRCLES, TODAY, make_row  # noqa: F401 (TODAY: the scene fixture's)

from networkcircles.diagram import geometry
from networkcircles.diagram.keys import TRAY
from networkcircles.diagram.scene import CirclesScene

# Two family members, a crowded acquaintances ring, three unplaced.
ROWS = [
    make_row(1, "family", name="Ana Abbott"),
    make_row(2, "family"),
    *(make_row(100 + n, "acquaintances") for n in range(400)),
    *(make_row(900 + n, None) for n in range(3)),
]


def seen(scene: CirclesScene, keys: set[str], rect: QRectF) -> set[int]:
    """The dots of these groups inside rect, by looking at every dot."""
    return {
        cid
        for cid in scene.contact_ids()
        if (d := scene.dot(cid)).group in keys and rect.contains(d.x, d.y)
    }


def test_a_few_members_in_a_wide_rect_are_found_through_the_members(scene):
    rect = scene.sceneRect()
    assert {d.contact_id for d in scene._named_dots({"family"}, rect)} == {1, 2}
    assert seen(scene, {"family"}, rect) == {1, 2}


def test_a_crowded_ring_in_a_small_rect_is_found_through_the_tiles(scene):
    anchor = scene.dot_position(100)
    rect = QRectF(anchor.x() - 60, anchor.y() - 60, 120, 120)
    found = scene._named_dots({"acquaintances", "family"}, rect)
    assert 100 in {d.contact_id for d in found}
    assert {d.contact_id for d in found} == seen(scene, {"acquaintances", "family"}, rect)
    assert len(found) < 400


def test_a_dot_being_dragged_is_not_named(scene):
    scene._unplace(scene.dot(1))  # as a drag takes it out of its tile
    assert {d.contact_id for d in scene._named_dots({"family"}, scene.sceneRect())} == {2}


def test_the_tray_is_packed_and_a_sparse_ring_spreads_its_people_out(scene):
    spacings = scene._spacings()
    pitch = scene._seating[TRAY].diameter * (1 + geometry.DOT_GAP)
    assert spacings[TRAY] == pitch
    family = scene._seating["family"]
    family_pitch = family.diameter * (1 + geometry.DOT_GAP)
    assert family_pitch < spacings["family"] <= 12 * family_pitch
    assert spacings["acquaintances"] < spacings["family"]
    assert "peers" not in spacings  # nobody there: nothing to name


def test_names_come_from_the_rows(scene):
    assert scene._name_of(1) == "Ana Abbott"
    assert scene._name_of(12345) == ""


def test_names_leave_the_titles_and_you_visible_but_not_hidden_items(scene):
    obstacles = scene._name_obstacles()
    # "you", a title per circle and the "possible" band's title.
    assert len(obstacles) == 1 + len(CIRCLES) + 1
    assert scene._centre.sceneBoundingRect() in obstacles
    scene._labels["family"].setVisible(False)
    assert len(scene._name_obstacles()) == len(CIRCLES) + 1
