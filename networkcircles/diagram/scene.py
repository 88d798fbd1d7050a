"""CirclesScene: the rings, the tray and a dot per contact, and what the user does to them.

The scene only draws and reports. It never writes to the store: a dot dropped on another
ring emits contact_dropped, the window pushes an undo command, and the dot moves when the
window calls update_contact. Where each dot sits comes from geometry.py.

Dots are records in a grid, not items (items.py says why): a fine grid answers "which dot
is under the cursor" by looking at a few cells, and the tiles of a coarse grid draw them.
Changing one contact touches its record, its grid cells and the tiles it left and joined.

The keyboard cursor (CirclesView's keys move it) is the scene's too: which dot, ring or "you"
has the keyboard's attention, drawn as a dashed FocusItem, and described in words for screen
readers (cursor_description).
"""

import html
import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLineF,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from networkcircles.diagram import geometry
from networkcircles.diagram.association_layout import (
    MARKER_HALF_WIDTH,
    MARKER_SPACE,
    layout_associations,
)
from networkcircles.diagram.items import (
    DIMMED,
    MARK_BITS,
    TILE,
    CentreItem,
    ContactDot,
    DraggedDot,
    FocusItem,
    LinesItem,
    MarkerItem,
    NamesItem,
    PossibleBandItem,
    RingItem,
    RingLabel,
    TileItem,
    TrayItem,
    selection_reach,
    style_of,
)
from networkcircles.services.followups import Warmth, warmth_status
from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.text import isolate

MARGIN = 40.0  # scene space kept around the rings and the tray
HIT_SLACK_PIXELS = 4.0  # a click this close to a small dot still counts as on it
TRAY = ""  # the tray's key in signals: "not in any circle"
WISHES = "\x00wishes"  # the group of the "possible" band (never a circle key)
ASSOCIATIONS = "associations"  # the ring whose dots gather round their associations
CELL = 16.0  # the hit-test grid's cell size, scene units
MAX_RADIUS = max(geometry.DOT_DIAMETERS) / 2
MARKS = frozenset(MARK_BITS)
CONTACT, RING, CENTRE = "contact", "ring", "centre"  # what the keyboard cursor is on

Key = tuple[int, int]
Cursor = tuple[str, int | str | None]  # (CONTACT, id), (RING, key) or (CENTRE, None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("diagram", text)


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _cell(x: float, y: float, size: float) -> Key:
    return int(x // size), int(y // size)


@dataclass(slots=True)
class _Press:
    """A left-button press being followed until its release."""

    contact_id: int | None  # None: the press was on the background
    screen: QPoint
    scene: QPointF
    grab_offset: QPointF  # from the dot's centre to the cursor, so the dot doesn't jump
    dragging: bool = False


class CirclesScene(QGraphicsScene):
    """The five rings, "you" in the middle, the unplaced tray, and a dot per contact.

    Key "" stands for the unplaced tray wherever a circle key is expected. People you want
    to meet (set_wishes) wait in a dashed "possible" band outside the last ring.

    Signals:
        contact_clicked(int): a dot was clicked (pressed and released without moving).
        contact_double_clicked(int): a dot was double-clicked.
        ring_clicked(str): a ring's empty space was clicked ("" for the tray's).
        centre_clicked(): "you" was clicked (the view's Esc also emits it).
        centre_double_clicked(): "you" was double-clicked.
        ring_double_clicked(str, QPointF): empty space of a ring ("" for the tray), scene pos.
        contact_dropped(int, str): a dot let go over another ring (its key) or the tray ("").
        contact_menu_requested(int, QPoint): right-click on a dot, at this screen position.
        ring_menu_requested(str, QPoint): right-click on a ring (not the tray), screen pos.
        contact_delete_requested(int): Delete pressed with the keyboard cursor on a dot.
        cursor_moved(): the keyboard cursor is on another dot, ring or "you" (cursor()).

    The keyboard cursor is on a dot (CONTACT, id), a ring (RING, key: a circle's key, ""
    for the tray, WISHES for the people-to-meet band) or "you" (CENTRE, None). The places
    run from "you" outwards: the circles innermost first, the people-to-meet band, the tray.
    move_cursor goes round a ring by angle (clockwise from the top; the tray in reading
    order), to the nearest dot of the next place out or in, or from place to place.
    Landing on a dot emits contact_clicked, so the window selects it; select_contact moves
    the cursor along without a signal, so cursor and selection agree.
    """

    contact_clicked = Signal(int)
    contact_double_clicked = Signal(int)
    ring_clicked = Signal(str)
    centre_clicked = Signal()
    centre_double_clicked = Signal()
    ring_double_clicked = Signal(str, QPointF)
    contact_dropped = Signal(int, str)
    contact_menu_requested = Signal(int, QPoint)
    ring_menu_requested = Signal(str, QPoint)
    contact_delete_requested = Signal(int)
    cursor_moved = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A hundred-odd items: scanning them beats keeping a BSP tree up to date.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._layout = geometry.make_layout(())
        self._circles: dict[str, CircleRow] = {}
        self._rings: dict[str, RingItem] = {}
        self._labels: dict[str, RingLabel] = {}
        self._centre = CentreItem(geometry.CENTRE_RADIUS - 12)
        self.addItem(self._centre)
        self._band: PossibleBandItem | None = None
        self._band_label: RingLabel | None = None
        self._tray: geometry.Tray = geometry.make_tray(self._layout)
        self._tray_item: TrayItem | None = None
        self._rows: dict[int, ContactRow] = {}
        self._dots: dict[int, ContactDot] = {}
        self._members: dict[str, set[int]] = {TRAY: set(), WISHES: set()}
        self._seating: dict[str, geometry.Seating] = {}
        self._tiles: dict[Key, TileItem] = {}
        self._cells: dict[Key, list[int]] = {}
        self._marks: dict[int, frozenset[str]] = {}
        self._wishes: dict[int, str] = {}
        # The associations ring: (organisation id, name) and member ids per organisation,
        # set by the window; None seats that ring like any other.
        self._associations: tuple[list, dict] | None = None
        self._association_items: list[RingLabel] = []
        self._pairs: list[tuple[int, int]] | None = None
        self._today = date.today()
        self._chosen: int | None = None
        self._hovered: int | None = None
        self._highlighted: set[int] | None = None
        self._press: _Press | None = None
        self._markers: dict[bool, tuple[tuple, MarkerItem] | None] = {False: None, True: None}
        self._cursor: Cursor | None = None
        self._cursor_shown = False
        self._focus: tuple[tuple, FocusItem] | None = None
        self._orders: dict[str, tuple[list[int], dict[int, int]]] = {}  # by angle, per group
        self._dragged = DraggedDot()
        self._lines = LinesItem()
        self._live_lines = LinesItem(live=True)
        self._names = NamesItem(self.dots_in, self._name_of, self._spacings, self._name_obstacles)
        for item in (self._dragged, self._lines,
                     self._live_lines, self._names):  # fmt: skip
            self.addItem(item)
        self._build_tray()

    # The window's side: what to show.

    def set_circles(self, circles: list[CircleRow]) -> None:
        """Draw one ring per circle, innermost first by position; re-seat any dots."""
        for item in [*self._rings.values(), *self._labels.values()]:
            self.removeItem(item)
        ordered = sorted(circles, key=lambda circle: circle.position)
        self._circles = {circle.key: circle for circle in ordered}
        self._layout = geometry.make_layout([circle.key for circle in ordered])
        self._rings, self._labels = {}, {}
        for ring in self._layout.rings:
            colour = QColor(self._circles[ring.key].colour)
            self._rings[ring.key] = RingItem(ring.key, ring.inner, ring.outer, colour, ring.index)
            self.addItem(self._rings[ring.key])
            label = RingLabel(colour, *geometry.label_size(ring.inner, ring.outer))
            anchor = ring.label_anchor()
            label.setPos(anchor.x, anchor.y)
            self._labels[ring.key] = label
            self.addItem(label)
        self._build_band()
        self._build_tray()
        self._regroup()

    def set_contacts(self, rows: list[ContactRow], today: date) -> None:
        """Replace every dot; `today` decides each dot's warmth until the next call."""
        self._cancel_drag()
        self._today = today
        self._rows = {row.id: row for row in rows}
        self._dots = {}
        for row in rows:
            dot = ContactDot(self, row.id)
            dot.style = self._style_for(row)
            self._dots[row.id] = dot
        self._hover(None)
        self._regroup()

    def update_contact(self, row: ContactRow) -> None:
        """A contact was added or changed: restyle its dot; if it changed ring, seat it in
        the new one (nobody else moves unless the ring needs smaller dots)."""
        if self._press is not None and self._press.contact_id == row.id:
            self._cancel_drag()
        self._rows[row.id] = row
        dot = self._dots.get(row.id)
        if dot is None:
            dot = self._dots[row.id] = ContactDot(self, row.id)
        style = self._style_for(row)
        if style != dot.style:
            dot.style = style
            if dot.tile is not None:
                self._tiles[dot.tile].refresh(dot)
        was, now = dot.group, self._group_of(row)
        if was != now:
            if was is not None:
                self._orders.pop(was, None)
                self._members[was].discard(row.id)
                self._seating[was].remove(row.id)
                # The freed seat stays free: the others keep theirs.
            self._members[now].add(row.id)
            self._seat_one(now, dot)
            self._relabel()
            self._moved_lines({row.id})
        if row.id in (self._chosen, self._hovered) or self._cursor == (CONTACT, row.id):
            self._put_markers()

    def remove_contact(self, contact_id: int) -> None:
        row = self._rows.pop(contact_id, None)
        dot = self._dots.pop(contact_id, None)
        if self._press is not None and self._press.contact_id == contact_id:
            self._cancel_drag()
            self._press = None
        if dot is None:
            return
        self._unplace(dot)
        if dot.group is not None:
            self._members[dot.group].discard(contact_id)
            self._seating[dot.group].remove(contact_id)
            self._orders.pop(dot.group, None)
        if self._cursor == (CONTACT, contact_id):
            # The cursor falls back to the ring the dot was in.
            self._cursor = (RING, dot.group) if dot.group is not None else (CENTRE, None)
            self._put_markers()
            self.cursor_moved.emit()
        if row is not None:
            self._relabel()
        if contact_id == self._hovered:
            self._hover(None)
        if contact_id == self._chosen:
            self._put_markers()
        self._moved_lines({contact_id})

    def select_contact(self, contact_id: int | None) -> None:
        """Draw the selection ring on one dot (or none), and bring the keyboard cursor
        along to it. Emits cursor_moved only."""
        self._chosen = contact_id
        if contact_id in self._dots and self._cursor != (CONTACT, contact_id):
            self._cursor = (CONTACT, contact_id)
            self._put_markers()
            self.cursor_moved.emit()
            return
        self._put_markers()

    def set_highlighted(self, contact_ids: set[int] | None) -> None:
        """Dim every dot not in `contact_ids` (search matches); None shows all normally."""
        self._highlighted = None if contact_ids is None else set(contact_ids)
        shown = self._highlighted
        changed: set[Key] = set()
        for contact_id, dot in self._dots.items():
            dimmed = shown is not None and contact_id not in shown
            if dimmed != bool(dot.style & DIMMED):
                dot.style ^= DIMMED
                if dot.tile is not None:
                    changed.add(dot.tile)
        for key in changed:
            self._tiles[key].update()

    def set_marks(self, marks: dict[int, frozenset[str]]) -> None:
        """Extra marks per contact: "leave_out" (passes gossip: a crossed square),
        "tell" (a tick), "wish" (a dashed outline). Replaces the marks set before."""
        before, self._marks = self._marks, {}
        self.update_marks({**dict.fromkeys(before, frozenset()), **marks})

    def update_marks(self, marks: dict[int, frozenset[str]]) -> None:
        """Change the marks of just these contacts (an empty set clears theirs): an edit
        restyles its own dots, not every marked one."""
        for contact_id, found in marks.items():
            found = frozenset(found) & MARKS
            if found:
                self._marks[contact_id] = found
            else:
                self._marks.pop(contact_id, None)
            row, dot = self._rows.get(contact_id), self._dots.get(contact_id)
            if row is None or dot is None:
                continue
            style = self._style_for(row)
            if style != dot.style:
                dot.style = style
                if dot.tile is not None:
                    self._tiles[dot.tile].refresh(dot)

    def marks(self, contact_id: int) -> frozenset[str]:
        return self._marks.get(contact_id, frozenset())

    def set_wishes(self, wishes: list[tuple[int, str]]) -> None:
        """People you want to meet, each with who might introduce you ("" if nobody yet):
        drawn dashed in the "possible" band until they are placed in a circle."""
        before, self._wishes = self._wishes, dict(wishes)
        for contact_id in set(before) | set(self._wishes):
            row = self._rows.get(contact_id)
            if row is not None:
                self.update_contact(row)

    def set_associations(
        self, names: list[tuple[int, str]] | None, groups: dict[int | None, list[int]]
    ) -> None:
        """Draw each association as a marker of its own on the associations ring, with its
        members seated round it (diagram.association_layout); None goes back to plain seats."""
        self._associations = None if names is None else (list(names), dict(groups))
        if ASSOCIATIONS in self._members:
            self._seat_group(ASSOCIATIONS)
            self._put_markers()
            self._draw_lines()

    def group_members(self, key: str) -> set[int]:
        """The ids of the contacts seated in one ring ("" the tray)."""
        return set(self._members.get(key, ()))

    def association_markers(self) -> dict[str, QPointF]:
        """Each association marker's name and where it is drawn."""
        return {item.text: item.pos() for item in self._association_items}

    def set_referral_lines(self, pairs: list[tuple[int, int]] | None) -> None:
        """Lines from introducer to introduced; None hides them (the View menu's toggle)."""
        self._pairs = None if pairs is None else list(pairs)
        self._draw_lines()

    def referral_lines(self) -> list[QLineF]:
        """The lines drawn now, static and following a dragged dot."""
        return self._lines.lines + self._live_lines.lines

    def has_marks(self) -> bool:
        """Whether any dot carries a mark, a wish or a line: the legend then explains them."""
        return bool(self._marks or self._wishes or self._pairs)

    # Where things are, for the window and for tests.

    def ring_anchor(self, key: str) -> QPointF:
        """A point of the ring (or, for "", the tray) that no dot covers."""
        if key == TRAY:
            return self.tray_anchor()
        anchor = self._layout.ring(key).anchor()
        return QPointF(anchor.x, anchor.y)

    def possible_anchor(self) -> QPointF:
        """A point of the "possible" band that no dot covers (its label)."""
        anchor = self._layout.possible.anchor()
        return QPointF(anchor.x, anchor.y)

    def centre_anchor(self) -> QPointF:
        return QPointF(0.0, 0.0)

    def tray_anchor(self) -> QPointF:
        """A point in the tray's title bar, right of the title: never under a dot."""
        return QPointF(self._tray.left + self._tray.width - 16, self._tray.top + 20)

    def tray_rect(self) -> QRectF:
        tray = self._tray
        return QRectF(tray.left, tray.top, tray.width, tray.height)

    def dot_position(self, contact_id: int) -> QPointF | None:
        dot = self._dots.get(contact_id)
        if dot is None:
            return None
        if self.dragged_id() == contact_id:
            return self._dragged.pos()
        return QPointF(dot.x, dot.y)

    def dot(self, contact_id: int) -> ContactDot | None:
        return self._dots.get(contact_id)

    def contact_ids(self) -> set[int]:
        return set(self._dots)

    def chosen_id(self) -> int | None:
        return self._chosen

    def hovered_id(self) -> int | None:
        return self._hovered

    def dragged_id(self) -> int | None:
        press = self._press
        return press.contact_id if press is not None and press.dragging else None

    def tile_items(self) -> list[TileItem]:
        return list(self._tiles.values())

    def ring_label(self, key: str) -> str:
        """The label text shown on a ring ("" for the tray's title)."""
        if key == TRAY:
            return self._tray_item.title if self._tray_item else ""
        if key == WISHES:
            return self._band_label.text if self._band_label else ""
        return self._labels[key].text

    def tooltip_text(self, contact_id: int) -> str:
        """The hover summary of a contact, as rich text."""
        row = self._rows[contact_id]
        lines = [f"<b>{html.escape(row.name)}</b>"]
        work = " · ".join(isolate(part) for part in (row.role, row.organization) if part)
        if work:
            lines.append(html.escape(work))
        if contact_id in self._wishes:
            introducer = self._wishes[contact_id]
            lines.append(
                self.tr("Someone you want to meet; {name} might introduce you").format(
                    name=html.escape(isolate(introducer))
                )
                if introducer
                else self.tr("Someone you want to meet; nobody to introduce you yet")
            )
        if row.last_contacted is None:
            lines.append(self.tr("Never contacted"))
        else:
            lines.append(self.tr("Last contact: {day}").format(day=_day(row.last_contacted)))
        if row.next_follow_up is not None:
            warmth = warmth_status(row.last_contacted, row.next_follow_up, self._today)
            text = (
                self.tr("Follow-up overdue since {day}")
                if warmth is Warmth.OVERDUE
                else self.tr("Follow-up on {day}")
            )
            lines.append(text.format(day=_day(row.next_follow_up)))
        if row.knows_looking_on is not None:
            lines.append(
                self.tr("Knows you are looking (told {day})").format(day=_day(row.knows_looking_on))
            )
        marks = self._marks.get(contact_id, frozenset())
        if "leave_out" in marks:
            lines.append(self.tr("Leave out: passes gossip along"))
        if "tell" in marks:
            lines.append(self.tr("Worth telling about your search"))
        return "<br>".join(lines)

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

    # Seating.

    def _group_of(self, row: ContactRow) -> str:
        if row.circle_key in self._circles:
            return row.circle_key
        return WISHES if row.id in self._wishes else TRAY

    def _regroup(self) -> None:
        """Sort every contact into its ring, the tray or the wish band and seat them all."""
        self._members = {key: set() for key in (TRAY, WISHES, *self._circles)}
        for row in self._rows.values():
            self._members[self._group_of(row)].add(row.id)
        self._clear_tiles()
        self._seating = {}
        for key in self._members:
            self._seat_group(key)
        self._relabel()
        self._put_markers()
        self._draw_lines()

    def _seat_group(self, key: str, spare: int = 0) -> None:
        """Seat a whole group again (a new dot size), `spare` seats for one more."""
        ids = self._members[key]
        self._orders.pop(key, None)
        if key == TRAY:
            seating = geometry.seat_tray(self._tray, ids, TrayItem.HEADER, spare)
        elif key == ASSOCIATIONS and self._associations is not None:
            seating = self._seat_associations(ids)
        else:
            ring = self._layout.possible if key == WISHES else self._layout.ring(key)
            seating = geometry.seat_ring(ring, ids, spare)
        self._seating[key] = seating
        dots, diameter = self._dots, seating.diameter
        dragged = self.dragged_id()
        touched: set[Key] = set()
        tiles, cells = self._tiles, self._cells
        for contact_id, (x, y) in seating.coordinates().items():
            dot = dots[contact_id]
            dot.group = key
            if dot.tile is not None:
                if (x, y, diameter) == (dot.x, dot.y, dot.diameter):
                    continue
                touched.add(dot.tile)
                self._unplace(dot, refresh=False)
            dot.x, dot.y, dot.diameter = x, y, diameter
            if contact_id == dragged:
                continue
            # _place(), inlined: this loop seats tens of thousands at start-up.
            tile_key = (int(x // TILE), int(y // TILE))
            tile = tiles.get(tile_key)
            if tile is None:
                tile = tiles[tile_key] = TileItem(tile_key)
                self.addItem(tile)
            tile.dots[contact_id] = dot
            dot.tile = tile_key
            touched.add(tile_key)
            cell_key = (int(x // CELL), int(y // CELL))
            cell = cells.get(cell_key)
            if cell is None:
                cells[cell_key] = [contact_id]
            else:
                cell.append(contact_id)
        for tile_key in touched:  # one repaint per tile, not one per dot
            tile = self._tiles[tile_key]
            tile.changed()
            tile.update()

    def _seat_associations(self, ids: set[int]) -> geometry.Seating:
        """Members round their association's marker; a newcomer re-seats the ring."""
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
        layout = layout_associations(ring, names, current)
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
        if not layout.xs:
            return geometry.seat_ring(ring, ids)
        taken = bytearray(len(layout.xs))
        for slot in (*layout.covered, *layout.member_slots.values()):
            taken[slot] = 1  # seats under a marker stay taken: nobody sits on a label
        # Hashed like any ring: someone who joins later takes a free seat, nobody moves.
        return geometry.Seating(list(layout.xs), list(layout.ys), layout.diameter, True, taken,
                                dict(layout.member_slots))  # fmt: skip

    def _seat_one(self, key: str, dot: ContactDot) -> None:
        self._orders.pop(key, None)
        seating = self._seating.get(key)
        count = len(self._members[key])
        if seating is None or not seating.fits(count):
            self._seat_group(key)  # smaller dots for everyone: rare, as the ring grows
            self._moved_lines(self._members[key])
            return
        seat = seating.add(dot.contact_id)
        dot.group = key
        self._move_dot(dot, seat.x, seat.y, seating.diameter)

    def _move_dot(self, dot: ContactDot, x: float, y: float, diameter: float) -> None:
        if dot.tile is not None and (x, y, diameter) == (dot.x, dot.y, dot.diameter):
            return
        self._unplace(dot)
        dot.x, dot.y, dot.diameter = x, y, diameter
        if self.dragged_id() == dot.contact_id:
            return  # its tile takes it back when it is let go
        self._place(dot)

    def _place(self, dot: ContactDot, refresh: bool = True) -> Key:
        key = _cell(dot.x, dot.y, TILE)
        tile = self._tiles.get(key)
        if tile is None:
            tile = self._tiles[key] = TileItem(key)
            self.addItem(tile)
        tile.dots[dot.contact_id] = dot
        dot.tile = key
        if refresh:
            tile.refresh(dot)
        cell = _cell(dot.x, dot.y, CELL)
        found = self._cells.get(cell)
        if found is None:
            self._cells[cell] = [dot.contact_id]
        else:
            found.append(dot.contact_id)
        return key

    def _unplace(self, dot: ContactDot, refresh: bool = True) -> None:
        if dot.tile is None:
            return
        tile = self._tiles.get(dot.tile)
        if tile is not None:
            tile.dots.pop(dot.contact_id, None)
            if refresh:
                tile.refresh(dot)
        dot.tile = None
        cell = self._cells.get(_cell(dot.x, dot.y, CELL))
        if cell is not None and dot.contact_id in cell:
            cell.remove(dot.contact_id)

    def _clear_tiles(self) -> None:
        for tile in self._tiles.values():
            self.removeItem(tile)
        self._tiles, self._cells = {}, {}
        for dot in self._dots.values():
            dot.tile = None

    def _style_for(self, row: ContactRow) -> int:
        warmth = warmth_status(row.last_contacted, row.next_follow_up, self._today)
        marks = self._marks.get(row.id, ())
        style = style_of(warmth, row.knows_looking_on is not None, marks)
        if row.id in self._wishes and row.circle_key not in self._circles:
            style |= MARK_BITS["wish"]
        if self._highlighted is not None and row.id not in self._highlighted:
            style |= DIMMED
        return style

    def _spacings(self) -> dict[str, float]:
        """About how far apart neighbouring dots of each group are: seats are diameter x
        (1 + gap) apart, and a ring that uses a share of them spreads its people out."""
        found = {}
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

    def _name_of(self, contact_id: int) -> str:
        row = self._rows.get(contact_id)
        return row.name if row is not None else ""

    def _build_band(self) -> None:
        for item in (self._band, self._band_label):
            if item is not None:
                self.removeItem(item)
        band = self._layout.possible
        self._band = PossibleBandItem(band.inner, band.outer)
        self.addItem(self._band)
        # No colour of its own: dashed, it takes a muted ink from the palette.
        self._band_label = RingLabel(None, *geometry.label_size(band.inner, band.outer),
                                     dashed=True)  # fmt: skip
        anchor = band.label_anchor()
        self._band_label.setPos(anchor.x, anchor.y)
        self.addItem(self._band_label)

    def _build_tray(self) -> None:
        if self._tray_item is not None:
            self.removeItem(self._tray_item)
        self._tray = geometry.make_tray(self._layout)
        self._tray_item = TrayItem(self.tray_rect())
        self.addItem(self._tray_item)
        outer = self._layout.extent
        right = self._tray.left + self._tray.width
        # A fixed scene rect: Qt need not measure every item to find the scene's extent.
        rect = QRectF(
            -outer - MARGIN, -outer - MARGIN, right + outer + 2 * MARGIN, 2 * (outer + MARGIN)
        )
        self.setSceneRect(rect)
        self._names.set_bounds(rect)

    def _name_obstacles(self) -> list[QRectF]:
        """What names beside dots must leave visible: ring titles, markers and "you"."""
        items = [self._centre, *self._labels.values(), *self._association_items, self._band_label]
        return [item.sceneBoundingRect() for item in items if item is not None and item.isVisible()]

    def _relabel(self) -> None:
        for key, label in self._labels.items():
            name = self._circles[key].name
            label.set_text(f"{isolate(name)}\u00a0·\u00a0{len(self._members.get(key, ()))}")
        if self._tray_item is not None:
            count = len(self._members.get(TRAY, ()))
            self._tray_item.set_title(self.tr("Unplaced · {count}").format(count=count))
        if self._band_label is not None:
            count = len(self._members.get(WISHES, ()))
            self._band_label.set_text(self.tr("People to meet · {count}").format(count=count))

    def _put_markers(self) -> None:
        """The selection and hover rings where they belong now; only changed ones repaint."""
        for hover, contact_id in ((False, self._chosen), (True, self._hovered)):
            dot = self._dots.get(contact_id) if contact_id is not None else None
            centre = self.dot_position(contact_id) if dot is not None else None
            wanted = None if centre is None else (centre.x(), centre.y(), dot.diameter)
            current = self._markers[hover]
            if (current[0] if current else None) == wanted:
                continue
            if current is not None:
                self.removeItem(current[1])
            self._markers[hover] = None
            if wanted is not None:
                marker = MarkerItem(centre, dot.diameter, hover)
                self.addItem(marker)
                self._markers[hover] = (wanted, marker)
        self._put_focus()

    def _hover(self, contact_id: int | None) -> None:
        if contact_id != self._hovered:
            self._hovered = contact_id
            self._put_markers()

    # The keyboard cursor.

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
        group = self._dots[key].group if kind == CONTACT else key
        if direction in ("next", "previous"):
            ids, index = self._order(group)
            if not ids:
                return False
            step = 1 if direction == "next" else -1
            if kind == RING:
                return self._set_cursor((CONTACT, ids[0 if step == 1 else -1]))
            return self._set_cursor((CONTACT, ids[(index[key] + step) % len(ids)]))
        if direction not in ("outwards", "inwards", "place_outwards", "place_inwards"):
            raise ValueError(direction)
        n = places.index(group) + (1 if direction.endswith("outwards") else -1)
        if n < 0:
            return self._set_cursor((CENTRE, None))
        if n >= len(places):
            return False
        target = places[n]
        if kind == CONTACT and not direction.startswith("place"):
            nearest = self._nearest(target, self.dot_position(key))
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
            return self.dot_position(key)
        if kind == CENTRE:
            return self.centre_anchor()
        return self.possible_anchor() if key == WISHES else self.ring_anchor(key)

    def cursor_rect(self) -> QRectF:
        """What to keep in sight of the cursor's item (empty without a cursor)."""
        point = self.cursor_point()
        if point is None:
            return QRectF()
        kind, key = self._cursor
        if kind == CONTACT:
            reach = selection_reach(self._dots[key].diameter) + 4
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
            count = len(self._members.get(key, ()))
            # Two forms, not %n: without an English .qm, Qt's %n would read "1 people".
            one, many = _tr("{place}, 1 person"), _tr("{place}, {count} people")
            text = one if count == 1 else many
            return text.format(place=self._place_name(key, ring=True), count=count)
        row, dot = self._rows[key], self._dots[key]
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
        marks = self._marks.get(key, frozenset())
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
            dots = [self._dots[contact_id] for contact_id in self._members.get(key, ())]
            if key == TRAY:
                dots.sort(key=lambda d: (d.y, d.x, d.contact_id))
            else:
                dots.sort(key=lambda d: (math.atan2(d.x, -d.y) % math.tau,
                                         math.hypot(d.x, d.y), d.contact_id))  # fmt: skip
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
        wanted: tuple | None = None
        if cursor is not None:
            kind, key = cursor
            if kind == CONTACT:
                centre = self.dot_position(key)
                wanted = (kind, key, centre.x(), centre.y(), self._dots[key].diameter)
            else:
                wanted = (*cursor, id(self._layout))  # new rings, a new outline
        current = self._focus
        if (current[0] if current else None) == wanted:
            return
        if current is not None:
            self.removeItem(current[1])
        self._focus = None
        if wanted is None:
            return
        kind, key = cursor
        if kind == CONTACT:
            diameter = self._dots[key].diameter
            radius = selection_reach(diameter) + max(diameter * 0.2, 2.0)
            item = FocusItem.round(QPointF(wanted[2], wanted[3]), radius)
        elif kind == CENTRE:
            item = FocusItem.round(QPointF(0, 0), geometry.CENTRE_RADIUS - 6)
        elif key == TRAY:
            path = QPainterPath()
            path.addRoundedRect(self.tray_rect().adjusted(4, 4, -4, -4), 10, 10)
            item = FocusItem(path)
        else:
            ring = self._layout.possible if key == WISHES else self._layout.ring(key)
            path = QPainterPath()
            path.addEllipse(QPointF(0, 0), ring.outer - 3, ring.outer - 3)
            path.addEllipse(QPointF(0, 0), ring.inner + 3, ring.inner + 3)
            item = FocusItem(path)
        self.addItem(item)
        self._focus = (wanted, item)

    # Referral lines.

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

    # What is where.

    def _dot_at(self, pos: QPointF, widget: QWidget | None) -> ContactDot | None:
        """The dot under `pos`, or the nearest within a few pixels: a look at the grid
        cells around it, not a scan of every dot."""
        slack = HIT_SLACK_PIXELS / _scale_of(widget)
        reach = MAX_RADIUS + slack
        x, y = pos.x(), pos.y()
        left, top = _cell(x - reach, y - reach, CELL)
        right, bottom = _cell(x + reach, y + reach, CELL)
        best, best_gap = None, slack
        dots, dragged = self._dots, self.dragged_id()
        for cx in range(left, right + 1):
            for cy in range(top, bottom + 1):
                for contact_id in self._cells.get((cx, cy), ()):
                    dot = dots[contact_id]
                    gap = ((dot.x - x) ** 2 + (dot.y - y) ** 2) ** 0.5 - dot.diameter / 2
                    if gap <= best_gap and contact_id != dragged:
                        best, best_gap = dot, gap
        return best

    def _place_at(self, pos: QPointF) -> str | None:
        """What lies under `pos` besides dots: a ring key, TRAY, "centre", or None."""
        key = geometry.ring_at(self._layout, geometry.Point(pos.x(), pos.y()))
        if key == "":
            return "centre"
        if key is not None:
            return key
        return TRAY if self.tray_rect().contains(pos) else None

    # Mouse and help events.

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        pos = event.scenePos()
        dot = self._dot_at(pos, event.widget())
        if dot is None:
            # Ignored, so the view may pan; the release still tells a click from a pan.
            self._press = _Press(None, event.screenPos(), pos, QPointF())
            event.ignore()
            return
        self._press = _Press(dot.contact_id, event.screenPos(), pos, pos - QPointF(dot.x, dot.y))
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        press = self._press
        held = bool(event.buttons() & Qt.MouseButton.LeftButton)
        if press is None or press.contact_id is None or not held:
            if not held:
                dot = self._dot_at(event.scenePos(), event.widget())
                self._hover(dot.contact_id if dot is not None else None)
            super().mouseMoveEvent(event)
            return
        dot = self._dots.get(press.contact_id)
        if dot is None:
            return
        if not press.dragging and _moved(press.screen, event.screenPos()):
            self._dragged.take(dot)
            self._unplace(dot)
            press.dragging = True
            self._hover(None)
            self._draw_lines()
        if press.dragging:
            self._dragged.setPos(event.scenePos() - press.grab_offset)
            self._drag_lines()
            if press.contact_id == self._chosen:
                self._put_markers()
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        press = self._press
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            self._press = None
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if press.contact_id is not None:
            if press.dragging:
                self.drop_contact(press.contact_id, event.scenePos())
            else:
                self._press = None
                self.contact_clicked.emit(press.contact_id)
        else:
            self._press = None
            if not _moved(press.screen, event.screenPos()):
                place = self._place_at(press.scene)
                if place == "centre":
                    self.centre_clicked.emit()
                elif place is not None:
                    self.ring_clicked.emit(place)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._cancel_drag()  # the release that follows is not another click
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        pos = event.scenePos()
        dot = self._dot_at(pos, event.widget())
        if dot is not None:
            self.contact_double_clicked.emit(dot.contact_id)
            return
        place = self._place_at(pos)
        if place == "centre":
            self.centre_double_clicked.emit()
        elif place is not None:
            self.ring_double_clicked.emit(place, pos)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        pos = event.scenePos()
        dot = self._dot_at(pos, event.widget())
        place = self._place_at(pos)
        if dot is not None:
            self.contact_menu_requested.emit(dot.contact_id, event.screenPos())
        elif place in self._circles:  # the tray has no circle to rename or recolour
            self.ring_menu_requested.emit(place, event.screenPos())
        else:
            event.ignore()
            return
        event.accept()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        # Tooltips are written on demand, so 10,000 dots don't each carry a string.
        pos = event.scenePos()
        dot = self._dot_at(pos, event.widget())
        if dot is not None:
            text = self.tooltip_text(dot.contact_id)
        else:
            place = self._place_at(pos)
            if place in self._circles:
                circle = self._circles[place]
                text = f"<b>{html.escape(circle.name)}</b><br>{html.escape(circle.description)}"
            elif place == TRAY:
                text = self.tr("Contacts not yet in a circle: drag them onto a ring.")
            elif geometry.in_possible_band(self._layout, geometry.Point(pos.x(), pos.y())):
                text = self.tr("People you want to meet: drag one onto a ring once you have.")
            else:
                text = ""
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
        else:
            QToolTip.hideText()
        event.accept()

    # Dropping.

    def drop_contact(self, contact_id: int, pos: QPointF) -> None:
        """A dragged dot let go with the cursor at `pos`: report a move, or snap it back."""
        row = self._rows.get(contact_id)
        if row is None:
            self._cancel_drag()
            return
        place = self._place_at(pos)
        group = self._group_of(row)
        if place == TRAY and row.circle_key is None:
            place = None  # a wish is not in a circle already: nothing to move
        if place is not None and place != "centre" and place != group:
            self.contact_dropped.emit(contact_id, place)
        # Back to its seat: the old one, or the new one if the window already moved it.
        self._cancel_drag()

    def _cancel_drag(self) -> None:
        press, self._press = self._press, None
        if press is None or not press.dragging:
            return
        self._dragged.hide()
        dot = self._dots.get(press.contact_id)
        if dot is not None and dot.tile is None:
            self._place(dot)
        self._put_markers()
        self._draw_lines()


def _moved(start: QPoint, end: QPoint) -> bool:
    return (end - start).manhattanLength() >= QApplication.startDragDistance()


def _scale_of(widget: QWidget | None) -> float:
    """Screen pixels per scene unit in the view that sent an event (1 without one)."""
    view = widget.parent() if widget is not None else None
    if isinstance(view, QGraphicsView):
        return max(view.transform().m11(), 1e-6)
    return 1.0
