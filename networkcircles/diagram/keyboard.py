"""The diagram's keyboard cursor: which dot, ring or "you" has the keyboard's attention,
moved by CirclesView's keys, drawn as a dashed FocusItem and described in words for screen
readers (cursor_description).

KeyboardCursor is a part of CirclesScene (its base class), split out as a concern of its own:
it reads the scene's seating (_dots, _members, _circles, _layout) and emits the scene's
signals, and keeps only the cursor's own state (_cursor, _cursor_shown, _focus, _orders).

The cursor is on a dot (CONTACT, id), a ring (RING, key: a circle's key, "" for the tray,
WISHES for the people-to-meet band) or "you" (CENTRE, None). The places run from "you"
outwards: the circles innermost first, the people-to-meet band, the tray. move_cursor goes
round a ring by angle (clockwise from the top; the tray in reading order), to the nearest dot
of the next place out or in, or from place to place. Landing on a dot emits contact_clicked,
so the window selects it; select_contact moves the cursor along without a signal, so cursor
and selection agree.
"""

import math
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF
from PySide6.QtGui import QPainterPath

from networkcircles.diagram import geometry
from networkcircles.diagram.items import ContactDot, selection_reach
from networkcircles.diagram.keys import CENTRE, CONTACT, RING, TRAY, WISHES, Cursor
from networkcircles.diagram.overlay_items import FocusItem
from networkcircles.services.followups import Warmth


def _tr(text: str) -> str:
    return QCoreApplication.translate("diagram", text)


def _id(key: int | str | None) -> int:
    """The key of a (CONTACT, id) cursor: a contact's id."""
    return cast(int, key)


def _group(key: int | str | None) -> str:
    """The key of a (RING, key) cursor: a circle's key, TRAY or WISHES."""
    return cast(str, key)


class KeyboardCursor:
    """The keyboard cursor's part of CirclesScene (see the module's docstring)."""

    _cursor: Cursor | None
    _cursor_shown: bool
    _focus: tuple[tuple[object, ...], FocusItem] | None
    _orders: dict[str | None, tuple[list[int], dict[int, int]]]  # by angle, per group
    if TYPE_CHECKING:  # the scene's, for the type checker only (they would hide Qt's)
        from PySide6.QtCore import SignalInstance
        from PySide6.QtWidgets import QGraphicsItem

        from networkcircles.store.queries import CircleRow, ContactRow

        _rows: dict[int, ContactRow]
        _dots: dict[int, ContactDot]
        _members: dict[str, set[int]]
        _circles: dict[str, CircleRow]
        _layout: geometry.Layout
        _wishes: dict[int, str]
        _marks: dict[int, frozenset[str]]
        _chosen: int | None
        contact_clicked: SignalInstance
        contact_double_clicked: SignalInstance
        ring_clicked: SignalInstance
        centre_clicked: SignalInstance
        centre_double_clicked: SignalInstance
        contact_menu_requested: SignalInstance
        ring_menu_requested: SignalInstance
        contact_delete_requested: SignalInstance
        cursor_moved: SignalInstance

        def addItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802 (Qt's name)

        def removeItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802 (Qt's name)

        def dot_position(self, contact_id: int) -> QPointF | None: ...

        def ring_anchor(self, key: str) -> QPointF: ...

        def possible_anchor(self) -> QPointF: ...

        def centre_anchor(self) -> QPointF: ...

        def tray_rect(self) -> QRectF: ...

    def cursor(self) -> Cursor | None:
        """What the keyboard cursor is on: (CONTACT, id), (RING, key), (CENTRE, None)."""
        return self._cursor

    def set_cursor(self, kind: str, key: int | str | None = None) -> None:
        """Put the keyboard cursor on a dot, a ring or "you" without selecting anything."""
        self._set_cursor((kind, key), select=False)

    def set_cursor_shown(self, shown: bool) -> None:
        """Draw the cursor (the view does while it has the keyboard's focus) or not."""
        if shown and self._valid_cursor() is None:
            chosen = self._chosen if self._chosen in self._dots else None
            self._cursor = (CONTACT, chosen) if chosen is not None else (CENTRE, None)
            self.cursor_moved.emit()
        self._cursor_shown = shown
        self._put_focus()

    def is_cursor_shown(self) -> bool:
        return self._cursor_shown

    def move_cursor(self, direction: str) -> bool:
        """Move the keyboard cursor; False when there is nowhere to go that way.

        "next"/"previous": the next dot round the ring clockwise or back (from a ring
        itself: its first or last dot). "outwards"/"inwards": the nearest dot of the next
        place out or in, or that place itself when it is empty or the cursor is on a place.
        "place_outwards"/"place_inwards": the next place itself. "centre": "you".
        """
        cursor = self._valid_cursor() or (CENTRE, None)
        kind, key = cursor
        places = self._places()
        if direction == "centre":
            return self._set_cursor((CENTRE, None))
        if kind == CENTRE:
            if direction in ("outwards", "place_outwards") and places:
                return self._set_cursor((RING, places[0]))
            return False
        group = self._dots[_id(key)].group if kind == CONTACT else _group(key)
        if direction in ("next", "previous"):
            ids, index = self._order(group)
            if not ids:
                return False
            step = 1 if direction == "next" else -1
            if kind == RING:
                return self._set_cursor((CONTACT, ids[0 if step == 1 else -1]))
            return self._set_cursor((CONTACT, ids[(index[_id(key)] + step) % len(ids)]))
        if direction not in ("outwards", "inwards", "place_outwards", "place_inwards"):
            raise ValueError(direction)
        n = places.index(_group(group)) + (1 if direction.endswith("outwards") else -1)
        if n < 0:
            return self._set_cursor((CENTRE, None))
        if n >= len(places):
            return False
        target = places[n]
        if kind == CONTACT and not direction.startswith("place"):
            position = self.dot_position(_id(key))
            nearest = None if position is None else self._nearest(target, position)
            if nearest is not None:
                return self._set_cursor((CONTACT, nearest))
        return self._set_cursor((RING, target))

    def activate_cursor(self) -> bool:
        """Enter: open the dot (contact_double_clicked), filter by the ring (ring_clicked)
        or open your pitch ("you": centre_double_clicked)."""
        cursor = self._valid_cursor()
        if cursor is None:
            return False
        kind, key = cursor
        if kind == CONTACT:
            self.contact_double_clicked.emit(key)
        elif kind == CENTRE:
            self.centre_double_clicked.emit()
        elif key == WISHES:
            return False  # a click there does nothing either
        else:
            self.ring_clicked.emit(key)
        return True

    def click_cursor(self) -> bool:
        """Space: what a click on the cursor's item does."""
        cursor = self._valid_cursor()
        if cursor is None:
            return False
        kind, key = cursor
        if kind == CONTACT:
            self.contact_clicked.emit(key)
        elif kind == CENTRE:
            self.centre_clicked.emit()
        elif key == WISHES:
            return False
        else:
            self.ring_clicked.emit(key)
        return True

    def request_cursor_menu(self, screen_pos: QPoint) -> bool:
        """The Menu key: the context menu of the cursor's dot or circle, at `screen_pos`."""
        cursor = self._valid_cursor()
        if cursor is None:
            return False
        kind, key = cursor
        if kind == CONTACT:
            self.contact_menu_requested.emit(key, screen_pos)
        elif kind == RING and key in self._circles:
            self.ring_menu_requested.emit(key, screen_pos)
        else:
            return False
        return True

    def request_cursor_delete(self) -> bool:
        """Delete: ask to delete the cursor's contact (contact_delete_requested)."""
        cursor = self._valid_cursor()
        if cursor is None or cursor[0] != CONTACT:
            return False
        self.contact_delete_requested.emit(cursor[1])
        return True

    def cursor_point(self) -> QPointF | None:
        """Where the cursor's item is: a dot's centre, a ring's label, "you", the tray's title."""
        cursor = self._valid_cursor()
        if cursor is None:
            return None
        kind, key = cursor
        if kind == CONTACT:
            return self.dot_position(_id(key))
        if kind == CENTRE:
            return self.centre_anchor()
        return self.possible_anchor() if key == WISHES else self.ring_anchor(_group(key))

    def cursor_rect(self) -> QRectF:
        """What to keep in sight of the cursor's item (empty without a cursor)."""
        cursor, point = self._valid_cursor(), self.cursor_point()
        if cursor is None or point is None:
            return QRectF()
        kind, key = cursor
        if kind == CONTACT:
            reach = selection_reach(self._dots[_id(key)].diameter) + 4
        else:
            reach = geometry.CENTRE_RADIUS
        return QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach)

    def cursor_description(self) -> str:
        """The cursor's item in words, for screen readers: a contact's name, circle and state,
        or a ring's name and how many people it holds."""
        cursor = self._valid_cursor()
        if cursor is None:
            return ""
        kind, key = cursor
        if kind == CENTRE:
            return _tr("You, at the centre")
        if kind == RING:
            count = len(self._members.get(_group(key), ()))
            # Two forms, not %n: without an English .qm, Qt's %n would read "1 people".
            one, many = _tr("{place}, 1 person"), _tr("{place}, {count} people")
            text = one if count == 1 else many
            return text.format(place=self._place_name(_group(key), ring=True), count=count)
        contact_id = _id(key)
        row, dot = self._rows[contact_id], self._dots[contact_id]
        parts = [row.name or _tr("Unnamed contact"), self._place_name(dot.group)]
        parts.append(
            {
                Warmth.RECENT: _tr("contacted recently"),
                Warmth.DUE: _tr("follow-up due"),
                Warmth.OVERDUE: _tr("follow-up overdue"),
                Warmth.NEVER: _tr("never contacted"),
            }[dot.warmth]
        )
        if dot.knows_looking:
            parts.append(_tr("knows you are looking"))
        marks = self._marks.get(contact_id, frozenset())
        if "tell" in marks:
            parts.append(_tr("worth telling about your search"))
        if "leave_out" in marks:
            parts.append(_tr("leave out: passes gossip along"))
        if key in self._wishes:
            parts.append(_tr("someone you want to meet"))
        ids, index = self._order(dot.group)
        if key in index:
            parts.append(_tr("{n} of {count}").format(n=index[key] + 1, count=len(ids)))
        return ", ".join(parts)

    def _place_name(self, key: str | None, ring: bool = False) -> str:
        if key == TRAY or key is None:
            return _tr("Unplaced")
        if key == WISHES:
            return _tr("People to meet")
        name = self._circles[key].name
        return _tr("{circle} ring").format(circle=name) if ring else name

    def _places(self) -> list[str]:
        """The groups from "you" outwards: the circles, the people-to-meet band, the tray."""
        return [*(ring.key for ring in self._layout.rings), WISHES, TRAY]

    def _valid_cursor(self) -> Cursor | None:
        """The cursor, if what it is on is still there."""
        cursor = self._cursor
        if cursor is None:
            return None
        kind, key = cursor
        if kind == CONTACT and key in self._dots and self._dots[key].group is not None:
            return cursor
        if kind == RING and (key in self._circles or key in (TRAY, WISHES)):
            return cursor
        return cursor if kind == CENTRE else None

    def _set_cursor(self, cursor: Cursor, select: bool = True) -> bool:
        if cursor == self._cursor:
            return False
        self._cursor = cursor
        self._put_focus()
        self.cursor_moved.emit()
        if select and cursor[0] == CONTACT:
            self.contact_clicked.emit(cursor[1])
        return True

    def _order(self, key: str | None) -> tuple[list[int], dict[int, int]]:
        """A group's dots in keyboard order, clockwise from the top (the tray: by rows),
        worked out once per seating: sorting a full ring on every key press would lag."""
        found = self._orders.get(key)
        if found is None:
            members = self._members.get(key, set()) if key is not None else set()
            dots = [self._dots[contact_id] for contact_id in members]
            if key == TRAY:
                dots.sort(key=lambda d: (d.y, d.x, d.contact_id))
            else:
                dots.sort(
                    key=lambda d: (
                        math.atan2(d.x, -d.y) % math.tau,
                        math.hypot(d.x, d.y),
                        d.contact_id,
                    )
                )
            ids = [dot.contact_id for dot in dots]
            found = self._orders[key] = (ids, {contact_id: n for n, contact_id in enumerate(ids)})
        return found

    def _nearest(self, key: str, point: QPointF) -> int | None:
        """The dot of a group nearest to `point`."""
        best, best_gap = None, math.inf
        x, y = point.x(), point.y()
        for contact_id in self._members.get(key, ()):
            dot = self._dots[contact_id]
            gap = (dot.x - x) ** 2 + (dot.y - y) ** 2
            if gap < best_gap:
                best, best_gap = contact_id, gap
        return best

    def _put_focus(self) -> None:
        """The dashed focus ring where the cursor is, while the view has the focus."""
        cursor = self._valid_cursor() if self._cursor_shown else None
        wanted: tuple[object, ...] | None = None
        centre = QPointF()  # the cursor's dot's
        if cursor is not None:
            kind, key = cursor
            if kind == CONTACT:
                seated = self.dot_position(_id(key))
                assert seated is not None  # a valid cursor's dot is seated
                centre = seated
                wanted = (kind, key, centre.x(), centre.y(), self._dots[_id(key)].diameter)
            else:
                wanted = (*cursor, id(self._layout))  # new rings, a new outline
        current = self._focus
        if (current[0] if current else None) == wanted:
            return
        if current is not None:
            self.removeItem(current[1])
        self._focus = None
        if wanted is None or cursor is None:
            return
        kind, key = cursor
        if kind == CONTACT:
            diameter = self._dots[_id(key)].diameter
            radius = selection_reach(diameter) + max(diameter * 0.2, 2.0)
            item = FocusItem.round(centre, radius)
        elif kind == CENTRE:
            item = FocusItem.round(QPointF(0, 0), geometry.CENTRE_RADIUS - 6)
        elif key == TRAY:
            path = QPainterPath()
            path.addRoundedRect(self.tray_rect().adjusted(4, 4, -4, -4), 10, 10)
            item = FocusItem(path)
        else:
            ring = self._layout.possible if key == WISHES else self._layout.ring(_group(key))
            path = QPainterPath()
            path.addEllipse(QPointF(0, 0), ring.outer - 3, ring.outer - 3)
            path.addEllipse(QPointF(0, 0), ring.inner + 3, ring.inner + 3)
            item = FocusItem(path)
        self.addItem(item)
        self._focus = (wanted, item)
