"""The lines from introducer to introduced on the diagram (the View menu's toggle): still
ones in one LinesItem, and those of a dragged dot, redrawn as it moves, in another.

ReferralLines is a part of CirclesScene (its base class), split out as a concern of its own:
it keeps the pairs (_pairs) and its two LinesItems (_lines, _live_lines), and reads where the
scene's dots are (dot_position, dragged_id).
"""

from PySide6.QtCore import QLineF


class ReferralLines:
    """The referral lines' part of CirclesScene (see the module's docstring)."""

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
        still, live = [], []
        for a, b in self._pairs:
            ends = self.dot_position(a), self.dot_position(b)
            if ends[0] is None or ends[1] is None:
                continue
            (live if dragged in (a, b) else still).append(QLineF(*ends))
        self._lines.set_lines(still)
        self._live_lines.set_lines(live)

    def _moved_lines(self, ids: set[int]) -> None:
        if self._pairs and any(a in ids or b in ids for a, b in self._pairs):
            self._draw_lines()

    def _drag_lines(self) -> None:
        dragged = self.dragged_id()
        if not self._pairs or dragged is None:
            return
        live = []
        for a, b in self._pairs:
            if dragged in (a, b):
                ends = self.dot_position(a), self.dot_position(b)
                if ends[0] is not None and ends[1] is not None:
                    live.append(QLineF(*ends))
        self._live_lines.set_lines(live)
