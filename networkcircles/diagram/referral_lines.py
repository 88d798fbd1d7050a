"""The lines from introducer to introduced on the diagram (the View menu's toggle): still
ones in one LinesItem, and those of a dragged dot, redrawn as it moves, in another.

ReferralLines is a part of CirclesScene (its base class), split out as a concern of its own:
it keeps the pairs (_pairs) and its two LinesItems (_lines, _live_lines), and reads where the
scene's dots are (dot_position, dragged_id).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF

from networkcircles.diagram.overlay_items import LinesItem


class ReferralLines:
    """The referral lines' part of CirclesScene (see the module's docstring)."""

    _pairs: list[tuple[int, int]] | None
    _lines: LinesItem
    _live_lines: LinesItem
    if TYPE_CHECKING:  # the scene's, for the type checker only (they would hide its own)

        def dragged_id(self) -> int | None: ...

        def dot_position(self, contact_id: int) -> QPointF | None: ...

    def set_referral_lines(self, pairs: list[tuple[int, int]] | None) -> None:
        """Lines from introducer to introduced; None hides them (the View menu's toggle)."""
        self._pairs = None if pairs is None else list(pairs)
        self._draw_lines()

    def referral_lines(self) -> list[QLineF]:
        """The lines drawn now, static and following a dragged dot."""
        return self._lines.lines + self._live_lines.lines

    def _draw_lines(self) -> None:
        if not self._pairs:
            self._lines.set_lines([])
            self._live_lines.set_lines([])
            return
        dragged = self.dragged_id()
        still: list[QLineF] = []
        live: list[QLineF] = []
        for a, b in self._pairs:
            start, end = self.dot_position(a), self.dot_position(b)
            if start is None or end is None:
                continue
            (live if dragged in (a, b) else still).append(QLineF(start, end))
        self._lines.set_lines(still)
        self._live_lines.set_lines(live)

    def _moved_lines(self, ids: set[int]) -> None:
        if self._pairs and any(a in ids or b in ids for a, b in self._pairs):
            self._draw_lines()

    def _drag_lines(self) -> None:
        dragged = self.dragged_id()
        if not self._pairs or dragged is None:
            return
        live: list[QLineF] = []
        for a, b in self._pairs:
            if dragged in (a, b):
                start, end = self.dot_position(a), self.dot_position(b)
                if start is not None and end is not None:
                    live.append(QLineF(start, end))
        self._live_lines.set_lines(live)
