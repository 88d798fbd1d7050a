"""The associations ring: each association drawn as a marker of its own, with its members
seated round it (association_layout.py works out where), instead of plain seats.

AssociationRing is a part of CirclesScene (its base class), split out as a concern of its own:
it keeps the associations (_associations) and their markers (_association_items), and the
scene's seating calls _seat_associations for that ring.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from networkcircles.diagram import geometry
from networkcircles.diagram.association_layout import (
    MARKER_HALF_WIDTH,
    MARKER_SPACE,
    AssociationLayout,
    layout_associations,
)
from networkcircles.diagram.keys import ASSOCIATIONS
from networkcircles.diagram.ring_items import RingLabel


class AssociationRing:
    """The associations ring's part of CirclesScene (see the module's docstring)."""

    _associations: tuple[list[tuple[int, str]], dict[int | None, list[int]]] | None
    _association_items: list[RingLabel]
    # The last layout worked out, with what it was worked out from: a reload that leaves
    # the ring's members as they were (an import into the tray) does not work it out again.
    _association_layout: tuple[geometry.Ring, object, object, AssociationLayout] | None = None
    if TYPE_CHECKING:  # the scene's, for the type checker only (they would hide Qt's)
        from networkcircles.store.queries import CircleRow

        _seating: dict[str, geometry.Seating]
        _members: dict[str, set[int]]
        _layout: geometry.Layout
        _circles: dict[str, CircleRow]

        def _seat_group(self, key: str, spare: int = 0) -> None: ...

        def _put_markers(self) -> None: ...

        def _draw_lines(self) -> None: ...

        def addItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802 (Qt's name)

        def removeItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802 (Qt's name)

    def set_associations(
        self, names: list[tuple[int, str]] | None, groups: dict[int | None, list[int]]
    ) -> None:
        """Draw each association as a marker of its own on the associations ring, with its
        members seated round it (diagram.association_layout); None goes back to plain seats."""
        wanted = None if names is None else (list(names), dict(groups))
        if wanted == self._associations and ASSOCIATIONS in self._seating:
            return  # as seated already (a reload seats the ring with these in set_contacts)
        self._associations = wanted
        if ASSOCIATIONS in self._members:
            self._seat_group(ASSOCIATIONS)
            self._put_markers()
            self._draw_lines()

    def association_markers(self) -> dict[str, QPointF]:
        """Each association marker's name and where it is drawn."""
        return {item.text: item.pos() for item in self._association_items}

    def _seat_associations(self, ids: set[int]) -> geometry.Seating:
        """Members round their association's marker; a newcomer re-seats the ring."""
        assert self._associations is not None  # the scene seats this way only when set
        names, groups = self._associations
        ring = self._layout.ring(ASSOCIATIONS)
        placed: set[int] = set()
        current: dict[int | None, list[int]] = {}
        for org_id, members in groups.items():
            if org_id is None:
                continue
            current[org_id] = [cid for cid in members if cid in ids and cid not in placed]
            placed.update(current[org_id])
        rest = sorted(ids - placed)
        if rest:
            current[None] = rest
        made = self._association_layout
        if made is not None and made[0] == ring and made[1] == names and made[2] == current:
            layout = made[3]
        else:
            layout = layout_associations(ring, names, current)
            self._association_layout = (ring, list(names), current, layout)
        for item in self._association_items:
            self.removeItem(item)
        self._association_items = []
        colour = QColor(self._circles[ASSOCIATIONS].colour)
        for marker in layout.markers:
            if marker.organization_id is None:
                continue
            item = RingLabel(colour, 2 * MARKER_HALF_WIDTH, 2 * MARKER_SPACE)
            item.set_text(marker.name)
            item.setPos(marker.point.x, marker.point.y)
            self.addItem(item)
            self._association_items.append(item)
        if not layout.xs or layout.member_slots is None:
            return geometry.seat_ring(ring, ids)
        taken = bytearray(len(layout.xs))
        for slot in (*layout.covered, *layout.member_slots.values()):
            taken[slot] = 1  # seats under a marker stay taken: nobody sits on a label
        # Hashed like any ring: someone who joins later takes a free seat, nobody moves.
        return geometry.Seating(
            list(layout.xs),
            list(layout.ys),
            layout.diameter,
            True,
            taken,
            dict(layout.member_slots),
        )
