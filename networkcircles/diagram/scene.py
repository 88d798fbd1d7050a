"""CirclesScene: the rings, the tray and one dot per contact, and what the user does to them.

The scene only draws and reports. It never writes to the store: a dot dropped on another
ring emits contact_dropped, the window pushes an undo command, and the dot moves when the
window calls update_contact. Where each dot sits comes from geometry.py.
"""

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QTransform
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
from networkcircles.diagram.items import (
    DOT_Z,
    DRAGGED_Z,
    CentreItem,
    ContactDot,
    RingItem,
    RingLabel,
    TrayItem,
)
from networkcircles.services.followups import Warmth, warmth_status
from networkcircles.store.queries import CircleRow, ContactRow

MARGIN = 40.0  # scene space kept around the rings and the tray
HIT_SLACK_PIXELS = 4.0  # a click this close to a small dot still counts as on it
TRAY = ""  # the tray's key in signals: "not in any circle"


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


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

    Key "" stands for the unplaced tray wherever a circle key is expected.

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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The BSP index keeps hover and click hit tests fast with thousands of mostly still dots.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._layout = geometry.make_layout(())
        self._circles: dict[str, CircleRow] = {}
        self._rings: dict[str, RingItem] = {}
        self._labels: dict[str, RingLabel] = {}
        self._centre = CentreItem(geometry.CENTRE_RADIUS - 12)
        self.addItem(self._centre)
        self._tray: geometry.Tray = geometry.make_tray(self._layout)
        self._tray_item: TrayItem | None = None
        self._rows: dict[int, ContactRow] = {}
        self._dots: dict[int, ContactDot] = {}
        self._members: dict[str, set[int]] = {TRAY: set()}
        self._today = date.today()
        self._chosen: int | None = None
        self._highlighted: set[int] | None = None
        self._press: _Press | None = None
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
        self._build_tray()
        self._regroup()

    def set_contacts(self, rows: list[ContactRow], today: date) -> None:
        """Replace every dot; `today` decides each dot's warmth until the next call."""
        self._cancel_drag()
        self._today = today
        old = list(self._dots.values())
        self._dots, self._rows = {}, {row.id: row for row in rows}
        # Swapping many items in and out of a BSP tree one by one rebuilds it over and over:
        # drop the index for the bulk change and let Qt build it once afterwards.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        for dot in old:
            self.removeItem(dot)
        for row in rows:
            dot = ContactDot(row.id, 1.0)
            self._style(dot, row)
            self._dots[row.id] = dot
            self.addItem(dot)
        self._regroup()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def update_contact(self, row: ContactRow) -> None:
        """A contact was added or changed: restyle its dot, re-seat the rings it left or joined."""
        if self._press is not None and self._press.contact_id == row.id:
            self._cancel_drag()
        old = self._rows.get(row.id)
        self._rows[row.id] = row
        dot = self._dots.get(row.id)
        if dot is None:
            dot = ContactDot(row.id, 1.0)
            self._dots[row.id] = dot
            self.addItem(dot)
        self._style(dot, row)
        was, now = (self._group_of(old) if old else None), self._group_of(row)
        if was != now:
            if was is not None:
                self._members[was].discard(row.id)
                self._seat_group(was)
            self._members[now].add(row.id)
            self._seat_group(now)
            self._relabel()

    def remove_contact(self, contact_id: int) -> None:
        row = self._rows.pop(contact_id, None)
        dot = self._dots.pop(contact_id, None)
        if self._press is not None and self._press.contact_id == contact_id:
            self._press = None
        if dot is not None:
            self.removeItem(dot)
        if row is not None:
            group = self._group_of(row)
            self._members[group].discard(contact_id)
            self._seat_group(group)
            self._relabel()

    def select_contact(self, contact_id: int | None) -> None:
        """Draw the selection ring on one dot (or none). Emits nothing."""
        if self._chosen in self._dots:
            self._dots[self._chosen].set_chosen(False)
        self._chosen = contact_id
        if contact_id in self._dots:
            self._dots[contact_id].set_chosen(True)

    def set_highlighted(self, contact_ids: set[int] | None) -> None:
        """Dim every dot not in `contact_ids` (search matches); None shows all normally."""
        self._highlighted = None if contact_ids is None else set(contact_ids)
        for contact_id, dot in self._dots.items():
            dot.set_dimmed(self._is_dimmed(contact_id))

    # Where things are, for the window and for tests.

    def ring_anchor(self, key: str) -> QPointF:
        """A point of the ring (or, for "", the tray) that no dot covers."""
        if key == TRAY:
            return self.tray_anchor()
        anchor = self._layout.ring(key).anchor()
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
        return dot.pos() if dot is not None else None

    def dot(self, contact_id: int) -> ContactDot | None:
        return self._dots.get(contact_id)

    def contact_ids(self) -> set[int]:
        return set(self._dots)

    def ring_label(self, key: str) -> str:
        """The label text shown on a ring ("" for the tray's title)."""
        if key == TRAY:
            return self._tray_item.title if self._tray_item else ""
        return self._labels[key].text

    def tooltip_text(self, contact_id: int) -> str:
        """The hover summary of a contact, as rich text."""
        row = self._rows[contact_id]
        lines = [f"<b>{html.escape(row.name)}</b>"]
        work = " · ".join(part for part in (row.role, row.organization) if part)
        if work:
            lines.append(html.escape(work))
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
        return "<br>".join(lines)

    # Seating.

    def _group_of(self, row: ContactRow) -> str:
        return row.circle_key if row.circle_key in self._circles else TRAY

    def _regroup(self) -> None:
        """Sort every contact into its ring or the tray again and seat them all."""
        self._members = {key: set() for key in (TRAY, *self._circles)}
        for row in self._rows.values():
            self._members[self._group_of(row)].add(row.id)
        for key in self._members:
            self._seat_group(key)
        self._relabel()

    def _seat_group(self, key: str) -> None:
        ids = self._members[key]
        if key == TRAY:
            seats = geometry.place_tray(self._tray, ids, TrayItem.HEADER)
            diameter = geometry.tray_diameter(self._tray, len(ids), TrayItem.HEADER)
        else:
            ring = self._layout.ring(key)
            seats = geometry.place_ring(ring, ids)
            diameter = geometry.dot_diameter(ring, len(ids))
        dragged = self._press.contact_id if self._press and self._press.dragging else None
        for contact_id, seat in seats.items():
            dot = self._dots[contact_id]
            dot.set_diameter(diameter)
            if contact_id != dragged:
                dot.setPos(seat.x, seat.y)  # a no-op in Qt when the seat is unchanged

    def _seat_of(self, contact_id: int) -> QPointF:
        key = self._group_of(self._rows[contact_id])
        if key == TRAY:
            seat = geometry.place_tray(self._tray, self._members[key], TrayItem.HEADER)[contact_id]
        else:
            seat = geometry.place_ring(self._layout.ring(key), self._members[key])[contact_id]
        return QPointF(seat.x, seat.y)

    def _style(self, dot: ContactDot, row: ContactRow) -> None:
        warmth = warmth_status(row.last_contacted, row.next_follow_up, self._today)
        dot.set_look(warmth, row.knows_looking_on is not None)
        dot.set_chosen(row.id == self._chosen)
        dot.set_dimmed(self._is_dimmed(row.id))

    def _is_dimmed(self, contact_id: int) -> bool:
        return self._highlighted is not None and contact_id not in self._highlighted

    def _build_tray(self) -> None:
        if self._tray_item is not None:
            self.removeItem(self._tray_item)
        self._tray = geometry.make_tray(self._layout)
        self._tray_item = TrayItem(self.tray_rect())
        self.addItem(self._tray_item)
        outer = self._layout.outer_radius
        right = self._tray.left + self._tray.width
        # A fixed scene rect: Qt need not measure every dot to find the scene's extent.
        self.setSceneRect(
            QRectF(
                -outer - MARGIN, -outer - MARGIN, right + outer + 2 * MARGIN, 2 * (outer + MARGIN)
            )
        )

    def _relabel(self) -> None:
        for key, label in self._labels.items():
            name = self._circles[key].name
            label.set_text(f"{name}\u00a0·\u00a0{len(self._members.get(key, ()))}")
        if self._tray_item is not None:
            count = len(self._members.get(TRAY, ()))
            self._tray_item.set_title(self.tr("Unplaced · {count}").format(count=count))

    # What is where.

    def _dot_at(self, pos: QPointF, widget: QWidget | None) -> ContactDot | None:
        for item in self.items(pos, deviceTransform=QTransform()):
            if isinstance(item, ContactDot):
                return item
        slack = HIT_SLACK_PIXELS / _scale_of(widget)
        near = self.items(QRectF(pos.x() - slack, pos.y() - slack, 2 * slack, 2 * slack))
        dots = [item for item in near if isinstance(item, ContactDot)]
        if not dots:
            return None
        return min(dots, key=lambda d: (d.pos() - pos).manhattanLength() - d.diameter / 2)

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
        self._press = _Press(dot.contact_id, event.screenPos(), pos, pos - dot.pos())
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        press = self._press
        held = bool(event.buttons() & Qt.MouseButton.LeftButton)
        if press is None or press.contact_id is None or not held:
            super().mouseMoveEvent(event)  # hover for the dots
            return
        dot = self._dots.get(press.contact_id)
        if dot is None:
            return
        if not press.dragging and _moved(press.screen, event.screenPos()):
            press.dragging = True
            dot.setZValue(DRAGGED_Z)
        if press.dragging:
            dot.setPos(event.scenePos() - press.grab_offset)
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if press.contact_id is not None:
            if press.dragging:
                self.drop_contact(press.contact_id, event.scenePos())
            else:
                self.contact_clicked.emit(press.contact_id)
        elif not _moved(press.screen, event.screenPos()):
            place = self._place_at(press.scene)
            if place == "centre":
                self.centre_clicked.emit()
            elif place is not None:
                self.ring_clicked.emit(place)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = None  # the release that follows is not another click
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
            return
        place = self._place_at(pos)
        if place is not None and place != "centre" and place != self._group_of(row):
            self.contact_dropped.emit(contact_id, place)
        # Back to its seat: the old one, or the new one if the window already moved it.
        dot = self._dots.get(contact_id)
        if dot is not None and contact_id in self._rows:
            dot.setZValue(DOT_Z)
            dot.setPos(self._seat_of(contact_id))

    def _cancel_drag(self) -> None:
        press, self._press = self._press, None
        if press is not None and press.dragging and press.contact_id in self._dots:
            dot = self._dots[press.contact_id]
            dot.setZValue(DOT_Z)
            dot.setPos(self._seat_of(press.contact_id))


def _moved(start: QPoint, end: QPoint) -> bool:
    return (end - start).manhattanLength() >= QApplication.startDragDistance()


def _scale_of(widget: QWidget | None) -> float:
    """Screen pixels per scene unit in the view that sent an event (1 without one)."""
    view = widget.parent() if widget is not None else None
    if isinstance(view, QGraphicsView):
        return max(view.transform().m11(), 1e-6)
    return 1.0
