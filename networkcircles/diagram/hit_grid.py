"""The diagram's two grids: a fine one of cells that answers "which dot is under the
cursor" by looking at a few cells, not every dot, and a coarse one of tiles (TileItem), each
drawing the dots seated in it. Changing one contact touches its grid cells and the tiles it
left and joined.

HitGrid is a part of CirclesScene (its base class), split out as a concern of its own: it
keeps the grids (_tiles, _cells) and reads the scene's dots (_dots, dragged_id). The scene's
seating loop fills both grids inline, for speed, with the same keys as _place; seating a
whole network at once leaves the fine grid to be made when first asked for (_hit_cells).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from networkcircles.diagram import geometry
from networkcircles.diagram.items import TILE, ContactDot, TileItem, Veil
from networkcircles.diagram.keys import Key

HIT_SLACK_PIXELS = 4.0  # a click this close to a small dot still counts as on it
CELL = 16.0  # the hit-test grid's cell size, scene units
MAX_RADIUS = max(geometry.DOT_DIAMETERS) / 2


def _cell(x: float, y: float, size: float) -> Key:
    return int(x // size), int(y // size)


class HitGrid:
    """The grids' part of CirclesScene (see the module's docstring)."""

    _tiles: dict[Key, TileItem]
    _cells: dict[Key, list[int]] | None  # None: not made yet (_hit_cells)
    _veil: Veil  # a search's matches, which each tile dims the others under
    if TYPE_CHECKING:  # the scene's, for the type checker only (they would hide Qt's)
        from networkcircles.diagram.overlay_items import NamesItem

        _dots: dict[int, ContactDot]
        _names: NamesItem

        def addItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802 (Qt's name)

        def removeItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802 (Qt's name)

        def dragged_id(self) -> int | None: ...

    def tile_items(self) -> list[TileItem]:
        return list(self._tiles.values())

    def dots_in(self, rect: QRectF) -> list[ContactDot]:
        """The dots seated inside `rect` (scene coordinates), through the tile grid."""
        left, top = _cell(rect.left(), rect.top(), TILE)
        right, bottom = _cell(rect.right(), rect.bottom(), TILE)
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        found = []
        for tx in range(left, right + 1):
            for ty in range(top, bottom + 1):
                tile = self._tiles.get((tx, ty))
                if tile is not None:
                    found += [d for d in tile.dots.values() if x0 <= d.x <= x1 and y0 <= d.y <= y1]
        return found

    def dots_near(self, left: float, top: float, right: float, bottom: float) -> list[ContactDot]:
        """The dots whose disc may reach into this scene rectangle, through the fine grid:
        a few cells, however many dots the diagram holds."""
        reach = MAX_RADIUS
        x0, y0 = _cell(left - reach, top - reach, CELL)
        x1, y1 = _cell(right + reach, bottom + reach, CELL)
        cells, dots = self._hit_cells(), self._dots
        found = []
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                ids = cells.get((cx, cy))
                if ids:
                    found += [dots[i] for i in ids if i in dots]
        return found

    def _place(self, dot: ContactDot, refresh: bool = True, names: bool = False) -> Key:
        """Put a dot in its tile and grid cell. `refresh`: the tile regroups it and repaints
        round it now (else the caller does); the names round it make room (`names`: they do
        even without `refresh`, else they are all placed again when next painted)."""
        key = _cell(dot.x, dot.y, TILE)
        tile = self._tiles.get(key)
        if tile is None:
            tile = self._tiles[key] = TileItem(key, self._veil)
            self.addItem(tile)
        tile.dots[dot.contact_id] = dot
        dot.tile = key
        cells = self._cells
        if cells is not None:  # else made with the dot in it when first asked for
            cell = _cell(dot.x, dot.y, CELL)
            found = cells.get(cell)
            if found is None:
                cells[cell] = [dot.contact_id]
            else:
                found.append(dot.contact_id)
        if refresh:
            tile.refresh(dot)
        if refresh or names:
            # The names round it make room (the grid has it now), the rest stay.
            self._names.dot_came(dot)
        else:
            self._names.invalidate()
        return key

    def _unplace(self, dot: ContactDot, refresh: bool = True, names: bool = False) -> None:
        if dot.tile is None:
            return
        if refresh or names:
            self._names.dot_left(dot)
        else:
            self._names.invalidate()
        tile = self._tiles.get(dot.tile)
        if tile is not None:
            tile.dots.pop(dot.contact_id, None)
            if refresh:
                tile.refresh(dot)
        dot.tile = None
        cells = self._cells  # read now: dot_left may have made them
        cell = cells.get(_cell(dot.x, dot.y, CELL)) if cells is not None else None
        if cell is not None and dot.contact_id in cell:
            cell.remove(dot.contact_id)

    def _hit_cells(self) -> dict[Key, list[int]]:
        """The fine grid, made from the tiles when first asked for: seating a whole network
        at once (start-up) leaves it unmade, as the first paint does not need it (at 50,000
        contacts it costs 25-30 ms); from then on each dot placed or taken away keeps it up
        to date. A cell lies in one tile (TILE is a multiple of CELL), so its ids come in
        the order its tile holds them, the order they were placed in."""
        cells = self._cells
        if cells is None:
            cells = self._cells = {}
            for tile in self._tiles.values():
                for contact_id, dot in tile.dots.items():
                    key = (int(dot.x // CELL), int(dot.y // CELL))
                    found = cells.get(key)
                    if found is None:
                        cells[key] = [contact_id]
                    else:
                        found.append(contact_id)
        return cells

    def _clear_tiles(self) -> None:
        for tile in self._tiles.values():
            self.removeItem(tile)
        self._tiles, self._cells = {}, None
        for dot in self._dots.values():
            dot.tile = None

    def _dot_at(self, pos: QPointF, widget: QWidget | None) -> ContactDot | None:
        """The dot under `pos`, or the nearest within a few pixels: a look at the grid
        cells around it, not a scan of every dot."""
        slack = HIT_SLACK_PIXELS / _scale_of(widget)
        reach = MAX_RADIUS + slack
        x, y = pos.x(), pos.y()
        left, top = _cell(x - reach, y - reach, CELL)
        right, bottom = _cell(x + reach, y + reach, CELL)
        best, best_gap = None, slack
        dots, dragged, cells = self._dots, self.dragged_id(), self._hit_cells()
        for cx in range(left, right + 1):
            for cy in range(top, bottom + 1):
                for contact_id in cells.get((cx, cy), ()):
                    dot = dots[contact_id]
                    gap = ((dot.x - x) ** 2 + (dot.y - y) ** 2) ** 0.5 - dot.diameter / 2
                    if gap <= best_gap and contact_id != dragged:
                        best, best_gap = dot, gap
        return best


def _scale_of(widget: QWidget | None) -> float:
    """Screen pixels per scene unit in the view that sent an event (1 without one)."""
    view = widget.parent() if widget is not None else None
    if isinstance(view, QGraphicsView):
        return max(view.transform().m11(), 1e-6)
    return 1.0
