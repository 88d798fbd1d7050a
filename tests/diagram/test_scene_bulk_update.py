"""A bulk update of the scene (300 selected contacts moved as one step, or moved back by its
undo): each tile the moved dots leave or join is regrouped and repainted once for all of
them, not once per dot, and the scene ends exactly as the same updates made one at a time
leave it: every seat, size, look, tile, grid cell and title, and the picture drawn."""

from datetime import timedelta

from shown_view import shown_view
from test_scene import CIRCLES, TODAY, make_row

from networkcircles.diagram.items import TileItem
from networkcircles.diagram.scene import CirclesScene
from networkcircles.diagram.view import CirclesView

KEYS = ["family", "coworkers", "peers", "associations", "acquaintances", None]
ROWS = [
    make_row(n, KEYS[n % len(KEYS)], last_contacted=TODAY - timedelta(n % 40))
    for n in range(1, 3001)
]


def _scene() -> CirclesScene:
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(ROWS, TODAY)
    return scene


def _state(scene: CirclesScene) -> dict[str, object]:
    dots = {}
    for contact_id in scene.contact_ids():
        dot = scene.dot(contact_id)
        assert dot is not None
        dots[contact_id] = (dot.x, dot.y, dot.diameter, dot.group, dot.style, dot.tile)
    tiles = {key: sorted(tile.dots) for key, tile in scene._tiles.items() if tile.dots}
    cells = {key: sorted(ids) for key, ids in scene._hit_cells().items() if ids}
    titles = [scene.ring_label(key) for key in ("", *(c.key for c in CIRCLES))]
    # What each tile draws: its dots grouped by look, as a tile grouping them afresh has it.
    looks = {}
    for key, tile in scene._tiles.items():
        fresh = TileItem(key)
        fresh.dots = dict(tile.dots)
        drawn = _looks(tile)
        assert drawn == _looks(fresh)
        looks[key] = drawn
    return {"dots": dots, "tiles": tiles, "cells": cells, "titles": titles, "looks": looks}


def _looks(tile: TileItem) -> list[tuple[int, float, list[tuple[float, float]]]]:
    groups = tile._grouped()
    return sorted((s, d, sorted(zip(xs, ys, strict=True))) for s, d, xs, ys in groups)


def _moves() -> list:
    """300 peers to acquaintances, with some restyled and renamed on the way, and 40 of the
    tray placed in the family ring."""
    peers = [row for row in ROWS if row.circle_key == "peers"][:300]
    moved = [row._replace(circle_key="acquaintances") for row in peers]
    moved[0] = moved[0]._replace(next_follow_up=TODAY - timedelta(3))  # overdue now
    moved[1] = moved[1]._replace(name="Someone Else")
    unplaced = [row for row in ROWS if row.circle_key is None][:40]
    return moved + [row._replace(circle_key="family") for row in unplaced]


def test_a_bulk_update_ends_as_the_same_updates_one_at_a_time(qtbot, monkeypatch):
    one_by_one, bulk = _scene(), _scene()
    moves = _moves()
    for row in moves:
        one_by_one.update_contact(row)
    regrouped = []
    real = TileItem.restyled
    monkeypatch.setattr(
        TileItem,
        "restyled",
        lambda self, dots, *most: (regrouped.append(self.key), real(self, dots, *most)),
    )
    bulk.update_contacts(moves)
    # Each tile regrouped once for all its dots (it was twice per dot: where it left, where
    # it arrived), and only the tiles the moves touched.
    assert len(regrouped) == len(set(regrouped))
    assert len(regrouped) < len(moves) // 4
    assert _state(bulk) == _state(one_by_one)
    # And back, as its undo does.
    undo = [next(row for row in ROWS if row.id == moved.id) for moved in moves]
    for row in undo:
        one_by_one.update_contact(row)
    bulk.update_contacts(undo)
    assert _state(bulk) == _state(one_by_one)


def test_a_bulk_move_into_a_full_ring_seats_the_ring_again(qtbot):
    """So many join one ring that its dots must shrink: everyone in it is seated again at
    the new size, each in a seat of its own, and the grids follow."""
    scene = _scene()
    family = scene.group_members("family")
    diameter = scene.dot(next(iter(family))).diameter
    joining = [row._replace(circle_key="family") for row in ROWS if row.circle_key == "peers"]
    scene.update_contacts(joining)
    members = scene.group_members("family")
    assert members == family | {row.id for row in joining}
    sizes = {scene.dot(i).diameter for i in members}
    assert len(sizes) == 1 and sizes.pop() < diameter
    seats = {(scene.dot(i).x, scene.dot(i).y) for i in members}
    assert len(seats) == len(members)
    for contact_id in members:
        dot = scene.dot(contact_id)
        assert scene._tiles[dot.tile].dots[contact_id] is dot
        assert scene.dots_near(dot.x, dot.y, dot.x, dot.y).count(dot) == 1
    assert scene.ring_label("family").endswith(f"\u00a0{len(members)}")


def test_the_picture_after_a_bulk_move_is_the_one_drawn_afresh(qtbot):
    """The tiles' summaries (fitted, the dots are too small to draw one by one) patched or
    redrawn after a bulk move and its undo show what summaries drawn from scratch show."""
    scene = _scene()
    view = shown_view(qtbot, scene, 700, 600, legend=False)
    view.grab()  # the summaries exist before the move
    assert any(tile._summary is not None for tile in scene.tile_items())
    for rows in (_moves(), ROWS):
        scene.update_contacts(rows)
        patched = view.grab().toImage()
        for tile in scene.tile_items():
            tile._summary = None  # drawn again from scratch, from the same dots
        assert view.grab().toImage() == patched


def test_a_bulk_move_makes_room_among_the_names_only_where_names_are_placed(qtbot, monkeypatch):
    """Fitted, no ring has room for names: the moved dots do not each ask the names layer to
    make room (it just places again when next painted, which costs nothing then). Zoomed in,
    the names round each moved dot make room, and none overlaps a dot or another name."""
    from test_scene_marks import zoomed_in_view
    from test_tiles import names_are_right

    from networkcircles.diagram.overlay_items import NamesItem

    came: list[int] = []
    real = NamesItem.dot_came
    monkeypatch.setattr(
        NamesItem, "dot_came", lambda self, dot: (came.append(dot.contact_id), real(self, dot))
    )
    fitted = _scene()
    view = CirclesView(fitted)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert not fitted._names.names_placed()
    fitted.update_contacts(_moves())
    assert came == []
    view.grab()
    assert fitted._names.placed == {}

    near = _scene()
    zoomed = zoomed_in_view(near, qtbot)
    assert near._names.names_placed() and near._names.placed
    moves = [row for row in _moves() if row.name == f"Person {row.id}"]  # a rename re-places all
    near.update_contacts(moves)
    assert set(came) == {row.id for row in moves}
    zoomed.grab()
    names_are_right(zoomed, near)
