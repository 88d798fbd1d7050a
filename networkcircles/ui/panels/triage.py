"""Sorting the unplaced tray one by one: keys 1-5 choose a circle, S skips, Backspace goes back."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.ui.panels.lazy import postponed
from networkcircles.ui.text import isolate, literal, no_mnemonic, plain_label
from networkcircles.ui.translation import shown_circles

_CIRCLE_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3, Qt.Key.Key_5: 4}


class TriagePanel(QWidget):
    """Shows unplaced contacts one at a time; never writes to the store itself.

    Signals: circle_chosen(contact_id, circle_key) when the user picks a circle; the main
    window moves the contact (undoably) and calls refresh(), even from inside the signal.
    """

    circle_chosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triage_panel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._order: list[int] = []  # everyone met this session, in the order shown
        self._index = 0
        self._unplaced: set[int] = set()
        self._given_tray: tuple[set[int], list[int]] | None = None  # read elsewhere, unused
        self._circles = shown_circles(queries.circles())

        layout = QVBoxLayout(self)
        self.position_label = QLabel()
        self.position_label.setObjectName("position")
        self.name_label = plain_label()  # a name from a vCard is never markup
        self.name_label.setObjectName("name")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setObjectName("details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.position_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details_label, 1)

        self.circle_buttons: list[QPushButton] = []
        buttons = QVBoxLayout()
        for number, circle in enumerate(self._circles[:5], start=1):
            button = QPushButton(f"{number}  {no_mnemonic(isolate(circle.name))}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys must reach the panel
            button.setToolTip(literal(circle.description))
            button.clicked.connect(lambda _=False, i=number - 1: self.choose(i))
            buttons.addWidget(button)
            self.circle_buttons.append(button)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"))
        self.skip_button = QPushButton(self.tr("Skip (S)"))
        for button in (self.back_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        self.back_button.clicked.connect(self.go_back)
        self.skip_button.clicked.connect(self.skip)
        layout.addLayout(row)
        self.refresh()

    # ---- state -------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return self._order[self._index] if self._index < len(self._order) else None

    def reset(self) -> None:
        """Another network is open: its circles on the buttons, its tray from the start."""
        self._circles = shown_circles(queries.circles())
        for number, (button, circle) in enumerate(
            zip(self.circle_buttons, self._circles, strict=False), start=1
        ):
            button.setText(f"{number}  {no_mnemonic(isolate(circle.name))}")
            button.setToolTip(literal(circle.description))
        self._order, self._index, self._unplaced = [], 0, set()
        self.forget_tray()
        self.refresh()

    def refresh(self, tray: tuple[set[int], list[int]] | None = None) -> None:
        """Re-read the tray: keep the person shown, drop the deleted, append newcomers.
        `tray`: (every id, the unplaced ids in id order) already read (the window reads it
        off the GUI thread after an import); kept for a postponed refresh until
        forget_tray()."""
        if tray is not None:
            self._given_tray = tray
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        given, self._given_tray = self._given_tray, None
        # ids only: not every contact's row
        existing, unplaced = contacts.tray() if given is None else given
        self._unplaced = set(unplaced)
        current = self.current_id()
        self._order = [cid for cid in self._order if cid in existing]
        known = set(self._order)
        self._order += [cid for cid in unplaced if cid not in known]
        if current is not None and current in self._order:
            self._index = self._order.index(current)
        else:
            self._index = min(self._index, len(self._order))
        self._skip_placed()
        self._show()

    def forget_tray(self) -> None:
        """The store changed since a tray was given to refresh(): the next one reads it."""
        self._given_tray = None

    def _skip_placed(self) -> None:
        # Moving forward lands on someone still unplaced (others may have been placed elsewhere).
        while self._index < len(self._order) and self._order[self._index] not in self._unplaced:
            self._index += 1

    def choose(self, circle_index: int) -> None:
        contact_id = self.current_id()
        if contact_id is None or circle_index >= len(self._circles):
            return
        self._unplaced.discard(contact_id)
        self._index += 1
        self._skip_placed()
        self._show()
        # Emitted last: a handler that calls refresh() finds the panel already moved on.
        self.circle_chosen.emit(contact_id, self._circles[circle_index].key)

    def skip(self) -> None:
        if self.current_id() is None:
            return
        self._index += 1
        self._skip_placed()
        self._show()

    def go_back(self) -> None:
        if self._index > 0:
            self._index -= 1
            self._show()

    # ---- drawing -----------------------------------------------------------------------

    def _show(self) -> None:
        contact_id = self.current_id()
        remaining = len(self._unplaced)
        details = queries.contact_details(contact_id) if contact_id is not None else None
        for button in self.circle_buttons:
            button.setEnabled(details is not None)
        self.skip_button.setEnabled(details is not None)
        self.back_button.setEnabled(self._index > 0)
        if details is None:
            self.position_label.setText(self.tr("%n left to sort", "", remaining))
            self.name_label.setText(self.tr("Nobody left to sort"))
            self.details_label.setText(
                self.tr("Everyone who came in has a circle. Backspace goes back to change one.")
                if self._order
                else self.tr("Imported contacts wait here until you give each a circle.")
            )
            return
        self.position_label.setText(
            self.tr("%1 of %2 · %n left to sort", "", remaining)
            .replace("%1", str(self._index + 1))
            .replace("%2", str(len(self._order)))
        )
        self.name_label.setText(details.name)
        lines = []
        if details.circle_key:
            name = next((c.name for c in self._circles if c.key == details.circle_key), "")
            lines.append(self.tr("Now in: %1").replace("%1", isolate(name)))
        work = " · ".join(isolate(part) for part in (details.role, details.organization) if part)
        if work:
            lines.append(work)
        for item in details.emails + details.phones:
            lines.append(
                f"{isolate(item.value)}  ({isolate(item.label)})" if item.label else item.value
            )
        for text in (
            details.address,
            details.website,
            details.linkedin,
            details.how_known,
            details.notes,
        ):
            if text:
                lines.append(text)
        if details.tags:
            lines.append(self.tr("Tags: %1").replace("%1", isolate(details.tags)))
        self.details_label.setText("\n".join(lines))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _CIRCLE_KEYS:
            self.choose(_CIRCLE_KEYS[key])
        elif key == Qt.Key.Key_S:
            self.skip()
        elif key == Qt.Key.Key_Backspace:
            self.go_back()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
