"""What the mouse does on the diagram: a press followed until its release tells a click from
a drag; a dragged dot follows the cursor and, let go over another ring, asks for a move
(contact_dropped) and snaps back until the window moves it; double-clicks, right-clicks and
hover tooltips (written on demand).

Pointer is a part of CirclesScene (its base class), split out as a concern of its own: it
keeps the press being followed (_press) and works through the scene's dots, hit grid
(_dot_at), places (_place_at) and signals.
"""

import html
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from networkcircles.diagram import geometry
from networkcircles.diagram.items import ContactDot, DraggedDot
from networkcircles.diagram.keys import TRAY
from networkcircles.services.followups import Warmth, warmth_status
from networkcircles.text import isolate


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


@dataclass(slots=True)
class Press:
    """A left-button press being followed until its release."""

    contact_id: int | None  # None: the press was on the background
    screen: QPoint
    scene: QPointF
    grab_offset: QPointF  # from the dot's centre to the cursor, so the dot doesn't jump
    dragging: bool = False


if TYPE_CHECKING:  # the scene it is a part of, for the type checker only
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from networkcircles.store.queries import CircleRow, ContactRow

    _SceneBase = QGraphicsScene
else:
    _SceneBase = object


class Pointer(_SceneBase):
    """The mouse's part of CirclesScene (see the module's docstring)."""

    _press: "Press | None"  # the press being followed, if any
    if TYPE_CHECKING:  # the scene's, for the type checker only (they would hide its own)
        drags_enabled: bool
        _rows: dict[int, ContactRow]
        _dots: dict[int, ContactDot]
        _circles: dict[str, CircleRow]
        _layout: geometry.Layout
        _wishes: dict[int, str]
        _marks: dict[int, frozenset[str]]
        _today: date
        _chosen: int | None
        _dragged: DraggedDot
        contact_clicked: SignalInstance
        contact_double_clicked: SignalInstance
        ring_clicked: SignalInstance
        centre_clicked: SignalInstance
        centre_double_clicked: SignalInstance
        ring_double_clicked: SignalInstance
        contact_dropped: SignalInstance
        contact_menu_requested: SignalInstance
        ring_menu_requested: SignalInstance

        def _dot_at(self, pos: QPointF, widget: QWidget | None) -> ContactDot | None: ...

        def _place_at(self, pos: QPointF) -> str | None: ...

        def _group_of(self, row: ContactRow) -> str: ...

        def _hover(self, contact_id: int | None) -> None: ...

        def _place(self, dot: ContactDot, refresh: bool = True) -> tuple[int, int]: ...

        def _unplace(self, dot: ContactDot, refresh: bool = True) -> None: ...

        def _put_markers(self) -> None: ...

        def _draw_lines(self) -> None: ...

        def _drag_lines(self) -> None: ...

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

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        pos = event.scenePos()
        dot = self._dot_at(pos, event.widget())
        if dot is None:
            # Ignored, so the view may pan; the release still tells a click from a pan.
            self._press = Press(None, event.screenPos(), pos, QPointF())
            event.ignore()
            return
        self._press = Press(dot.contact_id, event.screenPos(), pos, pos - QPointF(dot.x, dot.y))
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
        if not press.dragging and self.drags_enabled and _moved(press.screen, event.screenPos()):
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
        dot = self._dots.get(press.contact_id) if press.contact_id is not None else None
        if dot is not None and dot.tile is None:
            self._place(dot)
        self._put_markers()
        self._draw_lines()


def _moved(start: QPoint, end: QPoint) -> bool:
    return (end - start).manhattanLength() >= QApplication.startDragDistance()
