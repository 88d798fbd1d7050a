"""The tiles that draw the dots: after an edit or a keystroke a tile redraws only around the
dots that changed, and the picture is the one a tile drawn afresh shows."""

from dataclasses import replace

import pytest
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from test_scene import CIRCLES, TODAY, make_row

from networkcircles.diagram.items import DIMMED, TILE_MARGIN, TileItem
from networkcircles.diagram.scene import CirclesScene
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


def afresh(tile: TileItem) -> QImage:
    fresh = TileItem(tile.key)
    fresh.dots = dict(tile.dots)
    return picture(fresh)


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
    scene.update_contact(replace(row, circle_key=target))  # the move
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
    scene.update_contact(replace(row, last_contacted=TODAY))
    assert any(dot.style == style for style, _, _, _ in tile._grouped())
    assert picture(tile).constBits() == afresh(tile).constBits()
    assert summary_of(tile) == before


def test_a_keystroke_redraws_only_the_dots_entering_or_leaving_the_matches(scene):
    every = {row.id for row in ROWS}
    scene.set_highlighted(every - {1})  # nearly all match: few dots change per tile
    for tile in scene.tile_items():
        picture(tile)
    keys = {tile.key: summary_of(tile) for tile in scene.tile_items()}
    scene.set_highlighted(every - {1, 2, 3})
    for tile in scene.tile_items():
        assert picture(tile).constBits() == afresh(tile).constBits()
        assert summary_of(tile) == keys[tile.key]
    for contact_id in (1, 2, 3, 4):
        dot = scene.dot(contact_id)
        assert dot is not None and dot.is_dimmed == (contact_id != 4)
    dimmed = {
        dot.contact_id for t in scene.tile_items() for dot in t.dots.values() if dot.style & DIMMED
    }
    assert dimmed == {1, 2, 3}
