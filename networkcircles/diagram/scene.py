"""CirclesScene: the rings, the tray and a dot per contact, and what the user does to them.

The scene only draws and reports. It never writes to the store: a dot dropped on another
ring emits contact_dropped, the window pushes an undo command, and the dot moves when the
window calls update_contact. Where each dot sits comes from geometry.py.

Dots are records in a grid, not items (items.py says why): a fine grid answers "which dot
is under the cursor" by looking at a few cells, and the tiles of a coarse grid draw them
(hit_grid.py). Changing one contact touches its record, its grid cells and the tiles it left
and joined.

The keyboard cursor (CirclesView's keys move it) is the scene's too, written in keyboard.py;
what the mouse does (clicks, hover tooltips, drag and drop) is in pointer.py, and the lines
from introducer to introduced in referral_lines.py; the associations ring, whose members gather
round a marker per association, is seated by association_ring.py. The rings' items, the
"possible" band and the tray, with their anchors, are in ring_furniture.py; what the names
layer asks of the dots, in name_feed.py.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from datetime import date
from itertools import compress
from operator import attrgetter

from PySide6.QtCore import (
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Signal,
)
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QGraphicsScene,
    QWidget,
)

from networkcircles.diagram import geometry
from networkcircles.diagram.association_ring import AssociationRing
from networkcircles.diagram.hit_grid import CELL, HitGrid
from networkcircles.diagram.items import (
    MARK_BITS,
    TILE,
    ContactDot,
    DraggedDot,
    TileItem,
    Veil,
    style_of,
)
from networkcircles.diagram.keyboard import KeyboardCursor
from networkcircles.diagram.keys import (
    ASSOCIATIONS,
    CENTRE,
    CONTACT,
    RING,
    TRAY,
    WISHES,
    Cursor,
    Key,
)
from networkcircles.diagram.name_feed import NameFeed
from networkcircles.diagram.overlay_items import FocusItem, LinesItem, MarkerItem, NamesItem
from networkcircles.diagram.pointer import Pointer, Press
from networkcircles.diagram.referral_lines import ReferralLines
from networkcircles.diagram.ring_furniture import RingFurniture
from networkcircles.diagram.ring_items import (
    CentreItem,
    PossibleBandItem,
    RingItem,
    RingLabel,
    TrayItem,
)
from networkcircles.services.followups import Warmth, warmth_status
from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.text import isolate

MARKS = frozenset(MARK_BITS)
FEW = 8  # contacts updated one by one; past this many, each tile is regrouped once for all
# A bulk update redraws a tile's summary whole past this many squares: patching each square
# looks at every dot of the tile, and past three a whole redraw costs less (measured at 10,000).
PATCH_BULK = 3
# The bulk paths' stepwise forms (set_contacts_in_steps) pause after this many dots: the
# window's loop then decides whether it is time to let the event loop run.
STEP = 500
REPAINT_AROUND_MOST = 8  # dots of a tile entering or leaving a search repainted one by one


_ID = attrgetter("id")
# What a dot's look depends on when it has no mark and no wish (_PlainStyles).
_PLAIN_KEY = attrgetter("last_contacted", "next_follow_up", "knows_looking_on")


class _PlainStyles(dict[tuple[date | None, date | None, date | None], int]):
    """The look of a dot with no mark and no wish on `today`, by its row's _PLAIN_KEY:
    each key's worked out the first time it is looked up."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self._today = today

    def __missing__(self, key: tuple[date | None, date | None, date | None]) -> int:
        last, follow_up, knows_since = key
        warmth = warmth_status(last, follow_up, self._today)
        style = self[key] = style_of(warmth, knows_since is not None)
        return style


class _NetworkStyles:
    """The looks of a whole network's dots (CirclesScene._style_for), a row or a list of
    rows at a time. A contact with no mark, no wish and no warmth given (not `special`)
    looks as its last contact, next follow-up and "knows I'm looking" make it look: each
    distinct three is worked out once (at 50,000 contacts, a few thousand instead of
    50,000), and a list of rows is looked up by map(), in C, not by a Python call per row."""

    def __init__(
        self,
        style_for: Callable[[ContactRow, Warmth | None], int],
        today: date,
        special: Set[int],
        warmths: Mapping[int, Warmth],
    ) -> None:
        self._style_for, self._special, self._warmths = style_for, special, warmths
        self._plain = _PlainStyles(today)

    def of(self, row: ContactRow) -> int:
        if row.id in self._special:
            return self._style_for(row, self._warmths.get(row.id))
        return self._plain[_PLAIN_KEY(row)]

    def of_rows(self, rows: Sequence[ContactRow]) -> list[int]:
        found = list(map(self._plain.__getitem__, map(_PLAIN_KEY, rows)))
        special = self._special
        if special:
            for n in compress(range(len(rows)), map(special.__contains__, map(_ID, rows))):
                found[n] = self.of(rows[n])
        return found


class CirclesScene(
    KeyboardCursor,
    HitGrid,
    Pointer,
    ReferralLines,
    AssociationRing,
    RingFurniture,
    NameFeed,
    QGraphicsScene,
):
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

    The keyboard cursor's methods come from KeyboardCursor (keyboard.py).
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
        self.drags_enabled = True  # False on a read-only network: a dot cannot be moved
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
        self._cells: dict[Key, list[int]] | None = None  # made when first asked for
        self._marks: dict[int, frozenset[str]] = {}
        self._wishes: dict[int, str] = {}
        # The associations ring: (organisation id, name) and member ids per organisation,
        # set by the window; None seats that ring like any other.
        self._associations: tuple[list[tuple[int, str]], dict[int | None, list[int]]] | None = None
        self._association_items: list[RingLabel] = []
        self._pairs: list[tuple[int, int]] | None = None
        self._today = date.today()
        self._styled_circles: set[str] = set()  # the circles the dots' styles were made with
        self._chosen: int | None = None
        self._hovered: int | None = None
        self._veil = Veil()  # the search's matches, which every tile reads as it paints
        self._press: Press | None = None
        self._markers: dict[bool, tuple[tuple[float, float, float], MarkerItem] | None] = {
            False: None,
            True: None,
        }
        self._cursor: Cursor | None = None
        self._cursor_shown = False
        self._focus: tuple[tuple[object, ...], FocusItem] | None = None
        self._orders: dict[str | None, tuple[list[int], dict[int, int]]] = {}  # by angle, per group
        self._dragged = DraggedDot()
        self._lines = LinesItem()
        self._live_lines = LinesItem(live=True)
        self._names = NamesItem(
            self._named_dots, self._name_of, self._spacings, self._name_obstacles, self.dots_near
        )
        for item in (self._dragged, self._lines, self._live_lines, self._names):
            self.addItem(item)
        self._build_tray()

    # The window's side: what to show.

    def set_circles(self, circles: list[CircleRow]) -> None:
        """Draw one ring per circle, innermost first by position; re-seat any dots."""
        ordered = sorted(circles, key=lambda circle: circle.position)
        self._circles = {circle.key: circle for circle in ordered}
        self._layout = geometry.make_layout([circle.key for circle in ordered])
        self._draw_rings()
        self._regroup()

    def circles(self) -> list[CircleRow]:
        """The circles drawn, innermost first (as set_circles last had them)."""
        return list(self._circles.values())

    def set_contacts(
        self, rows: list[ContactRow], today: date, warmths: Mapping[int, Warmth] | None = None
    ) -> None:
        """Show exactly these contacts; `today` decides each dot's warmth until the next call
        (`warmths`: each contact's on that day, when worked out already, off the GUI thread).

        Seated from scratch as a fresh window seats them, but a contact whose row is as
        before keeps its dot (and its style, on the same day): after an import of 10,000
        into the tray, or its undo, only the dots that come, go or move touch the tiles."""
        for _ in self.set_contacts_in_steps(rows, today, warmths):
            pass

    def set_contacts_in_steps(
        self, rows: list[ContactRow], today: date, warmths: Mapping[int, Warmth] | None = None
    ) -> Iterator[None]:
        """set_contacts, pausing every STEP dots (MainWindow._network_changed lets the event
        loop run between pauses, input held and the window not painted). Between two pauses
        the scene is half way: nothing but this generator may touch it until it ends."""
        self._cancel_drag()
        kept_styles = today == self._today and self._styled_circles == set(self._circles)
        self._today = today
        self._styled_circles = set(self._circles)
        before_rows, before_dots = self._rows, self._dots
        self._rows = {row.id: row for row in rows}
        self._dots = {}
        touched: set[Key] = set()
        yield from self._unplace_gone(before_dots, touched)
        dots, looks = self._dots, self._network_styles(warmths or {})
        for start in range(0, len(rows), STEP):
            if start:
                yield
            chunk = rows[start : start + STEP]
            if not before_dots:  # a fresh scene (start-up): every dot is new
                ids = list(map(_ID, chunk))
                dots.update(zip(ids, map(ContactDot, ids, looks.of_rows(chunk)), strict=True))
                continue
            for row in chunk:
                found = before_dots.get(row.id)
                if found is None:
                    dots[row.id] = ContactDot(row.id, looks.of(row))
                    continue
                dots[row.id] = found
                if kept_styles and before_rows.get(row.id) == row:
                    continue
                style = looks.of(row)
                if style != found.style:  # no call per row: a new day brings every row here
                    self._restyle(found, style, touched)
        self._hover(None)
        yield from self._regroup_in_steps(clear=False)
        for key in touched:
            tile = self._tiles.get(key)
            if tile is not None:  # emptied ones are gone (_regroup)
                tile.changed()
                tile.update()

    def prepare_paint_in_steps(self) -> Iterator[None]:
        """What the views' next paint would work out first for each tile in sight (its
        dots by look, its summary when zoomed out), a tile at a time: after a reload the
        window runs this in slices before it paints (MainWindow._network_changed)."""
        for view in self.views():
            viewport = view.viewport()
            transform = view.viewportTransform()
            if transform.isRotating():
                continue  # drawn sprite by sprite: nothing to work out ahead
            seen = transform.inverted()[0].mapRect(QRectF(viewport.rect()))
            for tile in list(self._tiles.values()):
                if tile.scene() is self and tile.sceneBoundingRect().intersects(seen):
                    tile.prepare(viewport, transform.m11())
                    yield

    def _unplace_gone(self, before: dict[int, ContactDot], touched: set[Key]) -> Iterator[None]:
        """Take the dots of contacts no longer in self._rows out of their tiles and grid
        cells, all at once (an import's undo takes 10,000); the tiles they left go into
        `touched`. Pauses every STEP dots."""
        rows, tiles = self._rows, self._tiles
        gone: set[int] = set()
        cells: set[Key] = set()
        for n, (contact_id, dot) in enumerate(before.items(), start=1):
            if n % STEP == 0:
                yield
            if contact_id in rows or dot.tile is None:
                continue
            gone.add(contact_id)
            tile = tiles.get(dot.tile)
            if tile is not None:
                tile.dots.pop(contact_id, None)
                touched.add(dot.tile)
            dot.tile = None
            cells.add((int(dot.x // CELL), int(dot.y // CELL)))
        grid = self._cells  # None: made from the tiles, which they left, when asked for
        if grid is not None:
            for n, key in enumerate(cells, start=1):
                if n % STEP == 0:
                    yield
                found = grid.get(key)
                if found is not None:
                    grid[key] = [i for i in found if i not in gone]
        if gone:
            self._names.invalidate()

    def update_contact(self, row: ContactRow) -> None:
        """A contact was added or changed: restyle its dot; if it changed ring, seat it in
        the new one (nobody else moves unless the ring needs smaller dots)."""
        self.update_contacts([row])

    def update_contacts(self, rows: list[ContactRow]) -> None:
        """Contacts were added or changed (a bulk move, an import): update_contact for each,
        with the ring titles, the lines and the markers brought up to date once."""
        moved: set[int] = set()
        if len(rows) > FEW:
            moved = self._update_many(rows)
        else:
            for row in rows:
                if self._update_one(row):
                    moved.add(row.id)
        if moved:
            self._relabel()
            self._moved_lines(moved)
        touched = {row.id for row in rows}
        cursor = self._cursor
        if (
            self._chosen in touched
            or self._hovered in touched
            or (cursor is not None and cursor[0] == CONTACT and cursor[1] in touched)
        ):
            self._put_markers()

    def _update_one(self, row: ContactRow) -> bool:
        """Restyle and, if it changed group, re-seat one contact's dot; whether it moved."""
        if self._press is not None and self._press.contact_id == row.id:
            self._cancel_drag()
        before = self._rows.get(row.id)
        self._rows[row.id] = row
        if before is None or before.name != row.name:
            self._names.invalidate()  # placed again only for a new name: a restyle keeps them
        dot = self._dots.get(row.id)
        if dot is None:
            dot = self._dots[row.id] = ContactDot(row.id)
        self._restyle(dot, self._style_for(row))
        was, now = dot.group, self._group_of(row)
        if was == now:
            return False
        if was is not None:
            self._orders.pop(was, None)
            self._members[was].discard(row.id)
            self._seating[was].remove(row.id)
            # The freed seat stays free: the others keep theirs.
        self._members[now].add(row.id)
        self._seat_one(now, dot)
        return True

    def _restyle(self, dot: ContactDot, style: int, touched: set[Key] | None = None) -> None:
        """Give a dot its look. If that changes it, its tile redraws it now, or, given
        `touched`, the tile is noted there for the caller to regroup once for many dots."""
        if style == dot.style:
            return
        dot.style = style
        if dot.tile is None:
            return
        if touched is None:
            self._tiles[dot.tile].refresh(dot)
        else:
            touched.add(dot.tile)

    def _update_many(self, rows: list[ContactRow]) -> set[int]:
        """_update_one for many contacts (a bulk move), seated as one at a time would seat
        them, in the same order, but each tile regrouped and repainted once for all the
        dots it lost, gained or restyled, not once per dot: the ids of those that moved."""
        changed: dict[Key, dict[int, ContactDot]] = {}  # by tile, the dots it must regroup
        arrivals: dict[str, list[ContactDot]] = {}
        for row in rows:
            contact_id = row.id
            if self._press is not None and self._press.contact_id == contact_id:
                self._cancel_drag()
            before = self._rows.get(contact_id)
            self._rows[contact_id] = row
            if before is None or before.name != row.name:
                self._names.invalidate()
            dot = self._dots.get(contact_id)
            if dot is None:
                dot = self._dots[contact_id] = ContactDot(contact_id)
            style = self._style_for(row)
            if style != dot.style:
                dot.style = style
                if dot.tile is not None:
                    changed.setdefault(dot.tile, {})[contact_id] = dot
            was, now = dot.group, self._group_of(row)
            if was == now:
                continue
            if was is not None:
                self._orders.pop(was, None)
                self._members[was].discard(contact_id)
                self._seating[was].remove(contact_id)
            self._members[now].add(contact_id)
            arrivals.setdefault(now, []).append(dot)
        moved: set[int] = set()
        names = self._names.names_placed()  # else each dot's move just drops the placement
        for key, dots in arrivals.items():
            moved.update(dot.contact_id for dot in dots)
            self._orders.pop(key, None)
            seating = self._seating.get(key)
            if seating is None or not seating.fits(len(self._members[key])):
                self._seat_group(key)  # smaller dots for everyone: rare, as the ring grows
                self._moved_lines(self._members[key])
                continue
            for dot in dots:
                seat = seating.add(dot.contact_id)
                dot.group = key
                self._shift_dot(dot, (seat.x, seat.y, seating.diameter), changed, names)
        for tile_key, found in changed.items():
            tile = self._tiles.get(tile_key)
            if tile is not None:
                tile.restyled(list(found.values()), PATCH_BULK)
                tile.update()
        return moved

    def _shift_dot(
        self,
        dot: ContactDot,
        seat: tuple[float, float, float],
        changed: dict[Key, dict[int, ContactDot]],
        names: bool,
    ) -> None:
        """_move_dot for _update_many, to `seat` (x, y, diameter): the tiles it leaves and
        joins are noted in `changed` (regrouped and repainted once, after all the moves),
        not refreshed now; `names`: the names round it make room."""
        if dot.tile is not None and seat == (dot.x, dot.y, dot.diameter):
            return
        if dot.tile is not None:
            changed.setdefault(dot.tile, {})[dot.contact_id] = dot
            self._unplace(dot, refresh=False, names=names)
        dot.x, dot.y, dot.diameter = seat
        if self.dragged_id() == dot.contact_id:
            return  # its tile takes it back when it is let go
        tile_key = self._place(dot, refresh=False, names=names)
        changed.setdefault(tile_key, {})[dot.contact_id] = dot

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

    def set_highlighted(self, contact_ids: Iterable[int] | None) -> None:
        """Dim every dot not in `contact_ids` (search matches); None shows all normally.

        No dot changes its look: the tiles paint under the scene's veil (items.Veil). A
        search's first letter, or clearing it, repaints every tile; from one search to the
        next only the tiles holding dots that enter or leave the matches repaint."""
        veil = self._veil
        before = veil.matches
        shown = None if contact_ids is None else frozenset(contact_ids)  # a frozenset: itself
        if shown is before:  # the list's search gives the same set while its matches stay
            return
        veil.matches = shown
        if shown is None:
            for each in self._tiles.values():
                each.unveiled()
            return
        if before is None:
            for each in self._tiles.values():
                each.update()
            return
        dots, tiles = self._dots, self._tiles
        touched: dict[Key, list[ContactDot]] = {}
        for contact_id in before.symmetric_difference(shown):
            dot = dots.get(contact_id)
            if dot is not None and dot.tile is not None:
                touched.setdefault(dot.tile, []).append(dot)
        for key, changed in touched.items():
            tile = tiles.get(key)
            if tile is None:
                continue
            if len(changed) > REPAINT_AROUND_MOST:
                tile.update()
            else:  # a few dots: the squares around them, not the whole tile
                for dot in changed:
                    tile.repaint_around(dot)

    def is_dimmed(self, contact_id: int) -> bool:
        """Whether the contact's dot is dimmed: a search is under way and it is no match."""
        return self._veil.dims(contact_id)

    def set_marks(self, marks: dict[int, frozenset[str]]) -> None:
        """Extra marks per contact: "leave_out" (passes gossip: a crossed square),
        "tell" (a tick), "wish" (a dashed outline). Replaces the marks set before."""
        before, self._marks = self._marks, {}
        changed = {**dict.fromkeys(before, frozenset()), **marks}
        if len(changed) <= FEW:
            self.update_marks(changed)
            return
        # Thousands at start-up: each tile with restyled dots is grouped afresh and repainted
        # once, not a square repainted per dot, and stacks its looks as a window that read
        # the marks first (one dot at a time, a look could end up above another).
        restyled: set[Key] = set()
        rows, dots, kept = self._rows, self._dots, self._marks
        for contact_id, found in changed.items():
            found = frozenset(found) & MARKS
            if found:
                kept[contact_id] = found
            row, dot = rows.get(contact_id), dots.get(contact_id)
            if row is None or dot is None:
                continue
            style = self._style_for(row)
            if style != dot.style:
                dot.style = style
                if dot.tile is not None:
                    restyled.add(dot.tile)
        for key in restyled:
            tile = self._tiles.get(key)
            if tile is not None:
                tile.changed()
                tile.update()

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
            if row is not None and dot is not None:
                self._restyle(dot, self._style_for(row))

    def marks(self, contact_id: int) -> frozenset[str]:
        return self._marks.get(contact_id, frozenset())

    def set_wishes(self, wishes: list[tuple[int, str]], reseat: bool = False) -> None:
        """People you want to meet, each with who might introduce you ("" if nobody yet):
        drawn dashed in the "possible" band until they are placed in a circle.

        An edit leaves the other dots where they are (a freed seat stays free). `reseat`
        (the whole network read again: start-up, an import, its undo): the tray and the band
        are seated from scratch, so a window that read the network at start-up and one that
        read it after an import seat the same people alike."""
        before, self._wishes = self._wishes, dict(wishes)
        if not reseat:
            for contact_id in set(before) | set(self._wishes):
                row = self._rows.get(contact_id)
                if row is not None:
                    self.update_contact(row)
            return
        touched: set[Key] = set()
        moved: set[int] = set()
        for contact_id in set(before).symmetric_difference(self._wishes):
            row, dot = self._rows.get(contact_id), self._dots.get(contact_id)
            if row is None or dot is None:
                continue
            self._restyle(dot, self._style_for(row), touched)
            group = self._group_of(row)
            if group != dot.group:
                if dot.group is not None:
                    self._members[dot.group].discard(contact_id)
                self._members[group].add(contact_id)
                moved.add(contact_id)
        if moved:
            self._seat_group(TRAY)
            self._seat_group(WISHES)
            self._relabel()
            self._put_markers()
            self._moved_lines(moved | self._members[TRAY] | self._members[WISHES])
        for key in touched:
            tile = self._tiles.get(key)
            if tile is not None:
                tile.changed()
                tile.update()

    def group_members(self, key: str) -> set[int]:
        """The ids of the contacts seated in one ring ("" the tray)."""
        return set(self._members.get(key, ()))

    def has_marks(self) -> bool:
        """Whether any dot carries a mark, a wish or a line: the legend then explains them."""
        return bool(self._marks or self._wishes or self._pairs)

    def names_follow_view(self, viewport: QWidget, transform: QTransform) -> None:
        """A view of this scene scrolled (CirclesView.scrollContentsBy): see
        NamesItem.follow_view."""
        self._names.follow_view(viewport, transform)

    # Where things are, for the window and for tests.

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

    # Seating.

    def _group_of(self, row: ContactRow) -> str:
        if row.circle_key in self._circles:
            return row.circle_key
        return WISHES if row.id in self._wishes else TRAY

    def _regroup(self, clear: bool = True) -> None:
        """Sort every contact into its ring, the tray or the wish band and seat them all.
        Not `clear`: the dots already in their tiles stay there unless their seat moved
        (set_contacts: the seats are the same as from scratch, fewer tiles change)."""
        for _ in self._regroup_in_steps(clear):
            pass

    def _regroup_in_steps(self, clear: bool = True) -> Iterator[None]:
        """_regroup, pausing every STEP contacts."""
        members: dict[str, set[int]] = {key: set() for key in (TRAY, WISHES, *self._circles)}
        group_of = self._group_of
        for n, row in enumerate(self._rows.values(), start=1):
            if n % STEP == 0:
                yield
            members[group_of(row)].add(row.id)
        self._members = members
        if clear:
            self._clear_tiles()
        self._seating = {}
        for key in self._members:
            yield from self._seat_group_in_steps(key)
        if not clear:  # tiles whose dots all left go, as a fresh scene never had them
            for emptied in [key for key, tile in self._tiles.items() if not tile.dots]:
                self.removeItem(self._tiles.pop(emptied))
        self._relabel()
        self._put_markers()
        self._draw_lines()

    def _seat_group(self, key: str, spare: int = 0) -> None:
        """Seat a whole group again (a new dot size), `spare` seats for one more."""
        for _ in self._seat_group_in_steps(key, spare):
            pass

    def _seat_group_in_steps(self, key: str, spare: int = 0) -> Iterator[None]:
        """_seat_group, pausing every STEP dots."""
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
        self._names.invalidate()
        dots, diameter, xs, ys = self._dots, seating.diameter, seating.xs, seating.ys
        dragged = self.dragged_id()
        touched: set[Key] = set()
        tiles, cells = self._tiles, self._cells
        for n, (contact_id, slot) in enumerate(seating.slot_of.items(), start=1):
            if n % STEP == 0:
                yield
                cells = self._cells
            x, y = xs[slot], ys[slot]
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
                tile = tiles[tile_key] = TileItem(tile_key, self._veil)
                self.addItem(tile)
            tile.dots[contact_id] = dot
            dot.tile = tile_key
            touched.add(tile_key)
            if cells is None:
                continue  # the grid is made from the tiles when first asked for (_hit_cells)
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

    def _style_for(self, row: ContactRow, warmth: Warmth | None = None) -> int:
        """The dot's look; `warmth`: the row's on self._today, if worked out already."""
        if warmth is None:
            warmth = warmth_status(row.last_contacted, row.next_follow_up, self._today)
        marks = self._marks.get(row.id, ())
        style = style_of(warmth, row.knows_looking_on is not None, marks)
        if row.id in self._wishes and row.circle_key not in self._circles:
            style |= MARK_BITS["wish"]
        return style

    def _network_styles(self, warmths: Mapping[int, Warmth]) -> "_NetworkStyles":
        """_style_for for a whole network (`warmths`: each row's, where worked out)."""
        special = self._marks.keys() | self._wishes.keys() | warmths.keys()
        return _NetworkStyles(self._style_for, self._today, special, warmths)

    def _relabel(self) -> None:
        """The ring titles with their counts, all at one size: the largest at which every
        title fits its box (the "possible" band's too), so none reads smaller than another."""
        texts: list[tuple[RingLabel, str]] = []
        for key, label in self._labels.items():
            name = self._circles[key].name
            texts.append((label, f"{isolate(name)}\u00a0·\u00a0{len(self._members.get(key, ()))}"))
        if self._band_label is not None:
            count = len(self._members.get(WISHES, ()))
            texts.append(
                (self._band_label, self.tr("People to meet · {count}").format(count=count))
            )
        if texts:
            size = min(label.fitting_size(text) for label, text in texts)
            for label, text in texts:
                label.set_text(text, size)
        if self._tray_item is not None:
            count = len(self._members.get(TRAY, ()))
            self._tray_item.set_title(self.tr("Unplaced · {count}").format(count=count))

    def _put_markers(self) -> None:
        """The selection and hover rings where they belong now; only changed ones repaint."""
        for hover, contact_id in ((False, self._chosen), (True, self._hovered)):
            dot = self._dots.get(contact_id) if contact_id is not None else None
            centre = self.dot_position(dot.contact_id) if dot is not None else None
            wanted = None
            if dot is not None and centre is not None:
                wanted = (centre.x(), centre.y(), dot.diameter)
            current = self._markers[hover]
            if (current[0] if current else None) == wanted:
                continue
            if current is not None:
                self.removeItem(current[1])
            self._markers[hover] = None
            if dot is not None and centre is not None and wanted is not None:
                marker = MarkerItem(centre, dot.diameter, hover)
                self.addItem(marker)
                self._markers[hover] = (wanted, marker)
        self._put_focus()

    def _hover(self, contact_id: int | None) -> None:
        if contact_id != self._hovered:
            self._hovered = contact_id
            self._put_markers()
