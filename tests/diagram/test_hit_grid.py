"""The hit-test grid and the tiles (diagram/hit_grid.py): every seated dot sits in the one
tile and the one cell that hold its centre, through adds, moves, drags and removals, and
the grid answers "which dots are here" exactly as a look at every dot would."""

import random
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from networkcircles.diagram.hit_grid import CELL, HIT_SLACK_PIXELS
from networkcircles.diagram.items import TILE
from networkcircles.diagram.scene import CirclesScene
from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.store.seed import CIRCLE_KEYS, CIRCLE_SEEDS

TODAY = date(2026, 11, 2)
CIRCLES = [
    CircleRow(n + 1, seed.key, seed.name, seed.description, seed.colour, n)
    for n, seed in enumerate(CIRCLE_SEEDS)
]


def make_row(contact_id: int, circle_key: str | None) -> ContactRow:
    return ContactRow(
        id=contact_id,
        circle_key=circle_key,
        name=f"Person {contact_id}",
        organization="",
        role="",
        email="",
        phone="",
        tags="",
        knows_looking_on=None,
        last_contacted=None,
        next_follow_up=None,
        warmth=0,
    )


# 300 people over the five rings and the tray: enough for dots to share tiles and cells.
ROWS = [make_row(n, [*CIRCLE_KEYS, None][n % 6]) for n in range(1, 301)]


def grid_is_whole(scene: CirclesScene) -> None:
    """Each seated dot is in exactly the tile and the cell its centre falls in; nothing else
    is in any tile or cell."""
    in_tiles = {}
    for tile in scene.tile_items():
        for contact_id, dot in tile.dots.items():
            assert contact_id not in in_tiles, f"{contact_id} is in two tiles"
            in_tiles[contact_id] = tile.key
            assert tile.key == (int(dot.x // TILE), int(dot.y // TILE))
    in_cells = {}
    for key, ids in scene._hit_cells().items():
        for contact_id in ids:
            assert contact_id not in in_cells, f"{contact_id} is in two cells"
            in_cells[contact_id] = key
    seated = {cid for cid in scene.contact_ids() if cid != scene.dragged_id()}
    assert set(in_tiles) == seated
    assert set(in_cells) == seated
    for contact_id in seated:
        dot = scene.dot(contact_id)
        assert in_cells[contact_id] == (int(dot.x // CELL), int(dot.y // CELL))
        assert dot.tile == in_tiles[contact_id]


def test_every_dot_is_in_its_tile_and_cell(scene):
    grid_is_whole(scene)


def test_moves_adds_and_removals_keep_the_grid_whole(scene):
    chance = random.Random(18)
    for contact_id in chance.sample(range(1, 301), 40):
        scene.update_contact(make_row(contact_id, chance.choice([*CIRCLE_KEYS, None])))
    grid_is_whole(scene)
    for contact_id in range(301, 361):  # newcomers, some making a ring's dots smaller
        scene.update_contact(make_row(contact_id, "peers"))
    grid_is_whole(scene)
    for contact_id in chance.sample(range(1, 361), 50):
        scene.remove_contact(contact_id)
    grid_is_whole(scene)
    scene.set_circles(CIRCLES)  # everyone seated again
    grid_is_whole(scene)


def test_dots_in_finds_exactly_the_dots_inside(scene):
    chance = random.Random(7)
    rect = scene.sceneRect()
    for _ in range(50):
        x = chance.uniform(rect.left(), rect.right())
        y = chance.uniform(rect.top(), rect.bottom())
        area = QRectF(x, y, chance.uniform(1, 400), chance.uniform(1, 400))
        found = sorted(dot.contact_id for dot in scene.dots_in(area))
        expected = sorted(
            cid
            for cid in scene.contact_ids()
            if area.left() <= scene.dot(cid).x <= area.right()
            and area.top() <= scene.dot(cid).y <= area.bottom()
        )
        assert found == expected


def test_the_dot_at_a_point_is_the_nearest_within_reach(scene):
    """At scale 1 a point hits the dot whose edge is nearest, within HIT_SLACK_PIXELS."""
    chance = random.Random(3)
    for contact_id in chance.sample(sorted(scene.contact_ids()), 60):
        dot = scene.dot(contact_id)
        offset = chance.uniform(0, dot.diameter / 2 + HIT_SLACK_PIXELS)
        point = QPointF(dot.x + offset, dot.y)
        gaps = {
            cid: ((d.x - point.x()) ** 2 + (d.y - point.y()) ** 2) ** 0.5 - d.diameter / 2
            for cid in scene.contact_ids()
            for d in [scene.dot(cid)]
        }
        nearest = min(gaps, key=gaps.get)
        hit = scene._dot_at(point, None)
        assert hit is not None and gaps[hit.contact_id] == pytest.approx(gaps[nearest])


def test_nothing_is_hit_far_from_every_dot(scene):
    assert scene._dot_at(scene.centre_anchor(), None) is None
    assert scene._dot_at(scene.tray_anchor(), None) is None
    corner = scene.sceneRect().topLeft() + QPointF(1, 1)
    assert scene._dot_at(corner, None) is None


def test_a_dragged_dot_leaves_the_grid_and_comes_back(scene):
    dot = scene.dot(7)
    start = QPointF(dot.x, dot.y)

    def mouse(kind: QEvent.Type, pos: QPointF) -> QGraphicsSceneMouseEvent:
        event = QGraphicsSceneMouseEvent(kind)
        event.setScenePos(pos)
        event.setScreenPos(QPoint(int(pos.x() * 10), int(pos.y() * 10)))  # well past a click
        event.setButton(Qt.MouseButton.LeftButton)
        event.setButtons(Qt.MouseButton.LeftButton)
        return event

    scene.mousePressEvent(mouse(QEvent.Type.GraphicsSceneMousePress, start))
    scene.mouseMoveEvent(mouse(QEvent.Type.GraphicsSceneMouseMove, start + QPointF(30, 30)))
    assert scene.dragged_id() == 7
    grid_is_whole(scene)  # seated dots only: the dragged one is in no tile and no cell
    under = scene._dot_at(start, None)
    assert under is None or under.contact_id != 7
    scene.drop_contact(7, start)  # let go where it came from: back to its seat
    assert scene.dragged_id() is None
    grid_is_whole(scene)
    assert scene._dot_at(start, None).contact_id == 7


def test_a_fresh_scene_makes_its_hit_grid_when_first_asked_as_seating_would(qtbot):
    """Seating a whole network (start-up) leaves the fine grid unmade: the first paint does
    not need it. The first hit test makes it from the tiles, cell for cell and in the same
    order as a grid kept up to date through the seating."""
    lazy = CirclesScene()
    lazy.set_circles(CIRCLES)
    lazy.set_contacts(ROWS, TODAY)
    assert lazy._cells is None  # the seating left it unmade
    kept = CirclesScene()
    kept.set_circles(CIRCLES)
    kept._hit_cells()  # made (empty) before the dots come: the seating fills it
    kept.set_contacts(ROWS, TODAY)
    assert kept._cells
    dot = lazy.dot(7)
    assert dot is not None
    assert lazy._dot_at(QPointF(dot.x, dot.y), None) is dot
    assert lazy._cells == kept._cells  # the same ids in each cell, in the same order
    grid_is_whole(lazy)


def test_a_contact_moved_before_the_first_hit_test_is_found_at_its_new_seat(scene):
    """Edits before the mouse ever touched the diagram (a move from the list, a removal),
    then a click: the grid made then holds every dot where it is now, none where it was."""
    before = scene.dot(7)
    assert before is not None
    old = QPointF(before.x, before.y)
    scene.update_contact(make_row(7, "family" if before.group == "peers" else "peers"))
    gone = scene.dot(8)
    assert gone is not None
    where_gone = QPointF(gone.x, gone.y)
    scene.remove_contact(8)
    moved = scene.dot(7)
    assert moved is not None and (moved.x, moved.y) != (old.x(), old.y())
    assert scene._dot_at(QPointF(moved.x, moved.y), None) is moved
    for point in (old, where_gone):
        hit = scene._dot_at(point, None)
        assert hit is None or hit.contact_id not in (7, 8)
    grid_is_whole(scene)
