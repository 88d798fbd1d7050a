"""What the names layer (NamesItem, overlay_items.py) asks the scene: which dots lie in a
rectangle, what each is called, how far apart each group's dots sit, and what a name beside
a dot must leave visible.

NameFeed is a part of CirclesScene (its base class), split out as a concern of its own: it
only reads the scene's dots, groups, seatings, rows and furniture; the scene hands these
methods to NamesItem when it makes it.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from networkcircles.diagram import geometry
from networkcircles.diagram.items import TILE, ContactDot, TileItem
from networkcircles.diagram.keys import ASSOCIATIONS, Key


class NameFeed:
    """The names layer's questions, answered from the scene (see the module's docstring)."""

    if TYPE_CHECKING:  # the scene's, for the type checker only (they would hide Qt's)
        from networkcircles.diagram.ring_items import RingLabel
        from networkcircles.store.queries import ContactRow

        _dots: dict[int, ContactDot]
        _tiles: dict[Key, TileItem]
        _members: dict[str, set[int]]
        _seating: dict[str, geometry.Seating]
        _rows: dict[int, ContactRow]
        _associations: tuple[list[tuple[int, str]], dict[int | None, list[int]]] | None
        _association_items: list[RingLabel]
        _labels: dict[str, RingLabel]
        _band_label: RingLabel | None
        _centre: QGraphicsItem

    def _spacings(self) -> dict[str, float]:
        """About how far apart neighbouring dots of each group are: seats are diameter x
        (1 + gap) apart, and a ring that uses a share of them spreads its people out."""
        found: dict[str, float] = {}
        for key, seating in self._seating.items():
            count = len(self._members.get(key, ()))
            if count and seating.capacity:
                load = min(count / seating.capacity, 1.0)
                pitch = seating.diameter * (1 + geometry.DOT_GAP)
                packed = not seating.hashed or (key == ASSOCIATIONS and self._associations)
                if packed:  # the tray, and members gathered round their association
                    found[key] = pitch
                else:
                    found[key] = min(pitch / load**0.5, 12 * pitch)
        return found

    def _named_dots(self, keys: set[str], rect: QRectF) -> list[ContactDot]:
        """The dots of these groups inside `rect`: through the tiles in sight, or through the
        groups' members, whichever looks at fewer dots."""
        members = [self._members.get(key, set()) for key in keys]
        by_members = sum(len(ids) for ids in members)
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        tiles = [
            tile
            for tx in range(int(x0 // TILE), int(x1 // TILE) + 1)
            for ty in range(int(y0 // TILE), int(y1 // TILE) + 1)
            if (tile := self._tiles.get((tx, ty))) is not None
        ]
        if sum(len(tile.dots) for tile in tiles) < by_members:
            return [
                d
                for tile in tiles
                for d in tile.dots.values()
                if d.group in keys and x0 <= d.x <= x1 and y0 <= d.y <= y1
            ]
        dots = self._dots
        found = []
        for ids in members:
            for contact_id in ids:
                d = dots[contact_id]
                if d.tile is not None and x0 <= d.x <= x1 and y0 <= d.y <= y1:
                    found.append(d)
        return found

    def _name_of(self, contact_id: int) -> str:
        row = self._rows.get(contact_id)
        return row.name if row is not None else ""

    def _name_obstacles(self) -> list[QRectF]:
        """What names beside dots must leave visible: ring titles, markers and "you"."""
        items = [self._centre, *self._labels.values(), *self._association_items, self._band_label]
        return [item.sceneBoundingRect() for item in items if item is not None and item.isVisible()]
