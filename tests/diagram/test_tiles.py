"""The tiles that draw the dots: after an edit or a keystroke a tile redraws only around the
dots that changed, and the picture is the one a tile drawn afresh shows."""

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from test_scene import CIRCLES, TODAY, make_row
from test_scene_marks import zoomed_in_view

from networkcircles.diagram.items import TILE_MARGIN, TileItem
from networkcircles.diagram.labels import overlaps
from networkcircles.diagram.scene import CirclesScene
from networkcircles.diagram.view import CirclesView
from networkcircles.store.seed import CIRCLE_KEYS

ROWS = [make_row(n, CIRCLE_KEYS[n % len(CIRCLE_KEYS)]) for n in range(1, 3001)]


def picture(tile: TileItem, zoom: float = 0.5) -> QImage:
    """The tile painted zoomed out past its summary scale (`zoom` of it), as the view would."""
    scale = tile.summary_scale() * zoom
    side = int((TILE_MARGIN * 2 + 128) * scale) + 2
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setWorldTransform(
        QTransform.fromScale(scale, scale).translate(TILE_MARGIN, TILE_MARGIN)
    )
    tile.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def afresh(tile: TileItem, zoom: float = 0.5) -> QImage:
    fresh = TileItem(tile.key, tile.veil)
    fresh.dots = dict(tile.dots)
    return picture(fresh, zoom)


def summary_of(tile: TileItem) -> int:
    """Which summary picture the tile holds: a new one means it was drawn whole again."""
    assert tile._summary is not None
    return tile._summary[0].cacheKey() >> 32  # the pixmap's serial: painting on it keeps it


@pytest.fixture
def scene(qtbot) -> CirclesScene:
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(ROWS, TODAY)
    for tile in scene.tile_items():
        picture(tile)
    return scene


def busiest(scene: CirclesScene) -> TileItem:
    return max(scene.tile_items(), key=lambda tile: len(tile.dots))


def test_a_moved_dot_redraws_only_its_old_and_new_places_in_the_summaries(scene):
    tile = busiest(scene)
    moved = next(iter(tile.dots.values()))
    row = next(row for row in ROWS if row.id == moved.contact_id)
    others = {key: summary_of(t) for key, t in ((t.key, t) for t in scene.tile_items())}
    target = "acquaintances" if row.circle_key != "acquaintances" else "peers"
    scene.update_contact(row._replace(circle_key=target))  # the move
    assert moved.contact_id not in tile.dots
    new_tile = next(t for t in scene.tile_items() if moved.contact_id in t.dots)
    for changed in (tile, new_tile):
        assert picture(changed).constBits() == afresh(changed).constBits()
        assert summary_of(changed) == others[changed.key]  # patched, not drawn whole again
    scene.update_contact(row)  # and its undo
    back = next(t for t in scene.tile_items() if moved.contact_id in t.dots)
    for changed in (tile, new_tile, back):
        assert picture(changed).constBits() == afresh(changed).constBits()
    assert summary_of(tile) == others[tile.key]


def test_a_restyled_dot_is_regrouped_on_its_own(scene):
    tile = busiest(scene)
    dot = next(iter(tile.dots.values()))
    row = next(row for row in ROWS if row.id == dot.contact_id)
    before = summary_of(tile)
    scene.update_contact(row._replace(last_contacted=TODAY))
    assert any(dot.style == style for style, _, _, _ in tile._grouped())
    assert picture(tile).constBits() == afresh(tile).constBits()
    assert summary_of(tile) == before


def test_a_keystroke_regroups_no_dot_and_redraws_no_summary(scene):
    """A search dims through the scene's veil: its first letter (nearly every dot leaves the
    matches), each next letter and clearing it all keep every tile's groups and summary,
    and each tile paints as one drawn afresh under the same veil."""
    every = {row.id for row in ROWS}
    keys = {tile.key: summary_of(tile) for tile in scene.tile_items()}
    groups = {tile.key: tile._grouped() for tile in scene.tile_items()}
    for matches in (every - {1}, every - {1, 2, 3}, {4, 5, 6}, set(), None):
        scene.set_highlighted(matches)
        for tile in scene.tile_items():
            assert picture(tile).constBits() == afresh(tile).constBits()
            assert picture(tile, 2.0).constBits() == afresh(tile, 2.0).constBits()
            assert summary_of(tile) == keys[tile.key]
            assert tile._grouped() is groups[tile.key]
        dimmed = {contact_id for contact_id in every if scene.is_dimmed(contact_id)}
        assert dimmed == (set() if matches is None else every - matches)


# The names beside the dots, zoomed in: a moved dot re-places only the names round it.


def names_are_right(view: CirclesView, scene: CirclesScene) -> None:
    """No name overlaps another or any dot, and every name is inside the view."""
    placed = scene._names.placed
    width, height = view.viewport().width(), view.viewport().height()
    transform = view.viewportTransform()
    inverse = transform.inverted()[0]
    rects = list(placed.items())
    for n, (contact_id, rect) in enumerate(rects):
        assert rect[0] >= 0 and rect[1] >= 0 and rect[2] <= width and rect[3] <= height, rect
        for other_id, other in rects[n + 1 :]:
            assert not overlaps(rect, other), (contact_id, other_id)
        area = inverse.mapRect(QRectF(QPointF(rect[0], rect[1]), QPointF(rect[2], rect[3])))
        for dot in scene.dots_near(*area.getCoords()):
            centre = transform.map(QPointF(dot.x, dot.y))
            r = dot.diameter * transform.m11() / 2
            disc = (centre.x() - r, centre.y() - r, centre.x() + r, centre.y() + r)
            assert not overlaps(rect, disc), (contact_id, dot.contact_id)


@pytest.fixture
def big_scene(qtbot) -> CirclesScene:
    keys = [*CIRCLE_KEYS, None]
    # 1010 a ring: a ring title's count keeps its digits, so its box keeps its size.
    rows = [make_row(n, keys[n % len(keys)]) for n in range(1, 6061)]
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(rows, TODAY)
    return scene


def test_a_moved_dot_places_only_the_names_round_it_again(big_scene, qtbot, monkeypatch):
    from networkcircles.diagram import overlay_items

    placings = []
    real = overlay_items.place_labels
    monkeypatch.setattr(
        overlay_items, "place_labels", lambda *a, **k: (placings.append(1), real(*a, **k))[1]
    )
    view = zoomed_in_view(big_scene, qtbot)
    names = big_scene._names
    assert 12 in names.placed
    names_are_right(view, big_scene)
    before = len(placings)
    big_scene.update_contact(make_row(12, "acquaintances"))  # out of sight
    view.grab()
    assert 12 not in names.placed
    names_are_right(view, big_scene)
    big_scene.update_contact(make_row(12, "family"))  # its undo: back among the others
    view.grab()
    names_are_right(view, big_scene)
    for contact_id in (13, 19, 25):  # co-workers moved in among the family
        big_scene.update_contact(make_row(contact_id, "family"))
    view.grab()
    names_are_right(view, big_scene)
    assert len(placings) == before  # no whole placement again


def test_a_dot_dropped_under_a_name_sends_that_name_elsewhere(big_scene, qtbot):
    view = zoomed_in_view(big_scene, qtbot)
    placed = big_scene._names.placed
    named = next(iter(placed))
    rect = placed[named]
    spot = view.mapToScene(int((rect[0] + rect[2]) / 2), int((rect[1] + rect[3]) / 2))
    dot = big_scene.dot(5)  # an unplaced contact, far away: dropped as a drag would
    assert dot is not None
    big_scene._unplace(dot)
    dot.x, dot.y = spot.x(), spot.y()
    big_scene._place(dot)
    view.grab()
    names_are_right(view, big_scene)
    assert big_scene._names.placed.get(named) != rect


def test_the_first_paint_groups_the_dots_without_the_records_an_edit_keeps(qtbot):
    """A tile's first paint (at start-up, every dot of the network) groups its dots as the
    lists it draws from, and no more. The records an edit keeps up to date (each dot's look
    and seat, and the dots by look) are made from those lists at the first edit, equal, and
    in the same order, to records made dot by dot."""
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(ROWS, TODAY)
    tile = busiest(scene)
    picture(tile)
    assert tile._looks is None and not tile._seated  # not made by the paint
    expected_looks: dict[tuple[int, float], dict[int, tuple[float, float]]] = {}
    expected_seated = {}
    for contact_id, dot in tile.dots.items():
        expected_seated[contact_id] = (dot.style, dot.diameter, dot.x, dot.y)
        expected_looks.setdefault((dot.style, dot.diameter), {})[contact_id] = (dot.x, dot.y)
    looks, seated = tile._kept()
    assert seated == expected_seated
    in_order = [(look, list(members.items())) for look, members in looks.items()]
    assert in_order == [(look, list(found.items())) for look, found in expected_looks.items()]


def test_a_search_then_a_move_then_clearing_it_paint_as_tiles_drawn_afresh(scene):
    """The user's sequence after start-up: a letter typed (the tiles dim under the veil), a
    contact moved meanwhile, the search cleared: each tile paints as one drawn afresh."""
    tile = busiest(scene)
    moved = next(iter(tile.dots.values()))
    row = next(row for row in ROWS if row.id == moved.contact_id)
    every = {row.id for row in ROWS}
    scene.set_highlighted(every - {moved.contact_id, 2, 3})
    for each in scene.tile_items():
        assert picture(each).constBits() == afresh(each).constBits()
    target = "acquaintances" if row.circle_key != "acquaintances" else "peers"
    scene.update_contact(row._replace(circle_key=target, last_contacted=TODAY))
    for matches in (every - {moved.contact_id, 2, 3}, None):
        scene.set_highlighted(matches)
        for each in scene.tile_items():
            assert picture(each).constBits() == afresh(each).constBits()
            assert picture(each, 2.0).constBits() == afresh(each, 2.0).constBits()


def test_a_search_over_unmade_records_paints_as_over_made_ones(scene):
    """Under a search, a tile whose records are not made yet (since the first paint, no
    edit) works out its lit and dimmed dots from its groups: the same groups, in the same
    order, and the same picture as a tile whose records are made; and it makes none."""
    every = {row.id for row in ROWS}
    for matches in (every - {1, 2, 3}, set(range(1, 3001, 7)), {4, 5, 6}, set()):
        scene.set_highlighted(matches)
        for tile in scene.tile_items():
            made = TileItem(tile.key, tile.veil)
            made.dots = dict(tile.dots)
            made._grouped()
            made._kept()
            for zoom in (0.5, 2.0):
                assert picture(tile, zoom).constBits() == picture(made, zoom).constBits()
            assert tile._lit(tile._grouped())[1] == made._lit(made._grouped())[1]
            assert tile._dimmed(tile._grouped()) == made._dimmed(made._grouped())
            assert tile._looks is None  # the search made no records
