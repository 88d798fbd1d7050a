"""One read-only state for the window: every editing control observes it.

A network opens read-only when another window is writing to it, or when the file or its
place cannot be written (store/db.py). The window owns one `ReadOnlyState`; it follows the
open store (`refresh()` on every network switch) and says so through `changed(bool)`.
What edits observes it:

- `guard(widgets)`: editing controls are kept disabled while read-only, even when their
  panel enables them again for a new selection (an event filter on EnabledChange), and
  get back the state their panel last asked for when the network becomes writable.
- `guard_panel(panel, spare=...)`: the same for every input of a panel (buttons, fields,
  boxes), but for the ones that only look (filters, "show who"), and a calendar's own.
- the undo stack: nothing is ever left on it while read-only; a command pushed anyway
  (its write refused by SQLite) is dropped, and `refused` tells the window to say why.
- `observe_dialog(dialog)`: a dialog that edits finds its window's state and guards its
  OK or Save button the same way (a dialog opened from a list while read-only shows what
  it would change, but cannot change it).

The state is the Qt property `readOnly` (notify: `changed`), so anything can bind to it; a
guarded control shows why it is off in its tooltip, and gets its own tooltip back when the
network becomes writable.
"""

from collections.abc import Iterable

from PySide6.QtCore import Property, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from networkcircles.store.db import is_read_only, read_only_reason
from networkcircles.store.errors import StoreReadOnly

INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


class ReadOnlyState(QObject):
    """Whether the open network is read-only, as the Qt property `readOnly`.

    Signals: changed(bool) when it changes (True: read-only now); refused() when an edit
    was attempted and dropped."""

    changed = Signal(bool)
    refused = Signal()

    def __init__(self, parent: QObject, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_state")
        self._read_only = is_read_only()
        self._wanted: dict[QWidget, bool] = {}  # what each guarded control's panel asked for
        self._tooltips: dict[QWidget, str] = {}  # each guarded control's own tooltip
        self._switching = False
        self._undo_stack = undo_stack
        if undo_stack is not None:
            undo_stack.indexChanged.connect(self._drop_refused_commands)

    def _get_read_only(self) -> bool:
        return self._read_only

    readOnly = Property(bool, _get_read_only, notify=changed)  # noqa: N815 (Qt's naming)

    @property
    def read_only(self) -> bool:
        return self._read_only

    @staticmethod
    def of(widget: QWidget) -> "ReadOnlyState | None":
        """The state of the window `widget` is in (or was opened from), None outside one."""
        window: QWidget | None = widget
        while window is not None:
            found = window.findChild(
                ReadOnlyState, "read_only_state", Qt.FindChildOption.FindDirectChildrenOnly
            )
            if isinstance(found, ReadOnlyState):
                return found
            window = window.parentWidget()
        return None

    def reason(self) -> str:
        """Why, in words for the status bar."""
        why = read_only_reason()
        if why == StoreReadOnly.WHY_FILE:
            return self.tr("This network is read-only: the file is write-protected.")
        if why == StoreReadOnly.WHY_OWNER:
            return self.tr("This network is read-only: it belongs to another user.")
        if why == StoreReadOnly.WHY_FULL:
            return self.tr("This network is read-only: its disk is full.")
        if why == StoreReadOnly.WHY_PLACE:
            return self.tr("This network is read-only: its folder or disk cannot be written to.")
        return self.tr("This network is open read-only: another window is editing it.")

    def refresh(self) -> None:
        """Follow the open store (after opening or switching networks)."""
        read_only = is_read_only()
        if read_only == self._read_only:
            return
        self._read_only = read_only
        for widget in list(self._wanted):
            self._apply(widget)
        if read_only and self._undo_stack is not None:
            self._undo_stack.clear()  # commands of a writable network cannot run here
        self.changed.emit(read_only)

    # guarding controls

    def guard(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            if widget in self._wanted:
                continue
            self._wanted[widget] = widget.isEnabledTo(widget.parentWidget() or widget)
            self._tooltips[widget] = widget.toolTip()
            widget.installEventFilter(self)
            widget.destroyed.connect(lambda _=None, w=widget: self._forget(w))
            self._apply(widget)

    def _forget(self, widget: QWidget) -> None:
        self._wanted.pop(widget, None)
        self._tooltips.pop(widget, None)

    def guard_panel(self, panel: QWidget, spare: Iterable[QWidget] = ()) -> list[QWidget]:
        """Guard every input of `panel` but those in `spare` (and a calendar's own
        navigation); returns what was guarded."""
        spared = set(spare)
        calendars = panel.findChildren(QCalendarWidget)
        found: list[QWidget] = [
            widget
            for widget in panel.findChildren(QWidget)
            if isinstance(widget, INPUTS)
            and widget not in spared
            and not any(calendar.isAncestorOf(widget) for calendar in calendars)
        ]
        self.guard(found)
        return found

    def guarded(self) -> list[QWidget]:
        return list(self._wanted)

    def _apply(self, widget: QWidget) -> None:
        self._switching = True
        try:
            widget.setEnabled(self._wanted.get(widget, True) and not self._read_only)
            own = self._tooltips.get(widget, "")
            widget.setToolTip(self._why(own) if self._read_only else own)
        finally:
            self._switching = False

    def _why(self, own: str) -> str:
        """A guarded control's tooltip while read-only: why it is off, then what it does."""
        return f"{self.reason()}\n\n{own}" if own else self.reason()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()  # every event of a guarded control comes here: the cheap test first
        if (
            kind not in (QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange)
            or self._switching
            or not isinstance(watched, QWidget)
            or watched not in self._wanted
        ):
            return False
        widget = watched
        if kind == QEvent.Type.EnabledChange:
            # What the panel asked for: "explicitly disabled" is Qt's WA_ForceDisabled.
            self._wanted[widget] = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            if self._read_only and widget.isEnabled():
                self._apply(widget)
        else:
            # The panel gave it a tooltip of its own: keep that, and say why while read-only.
            self._tooltips[widget] = widget.toolTip()
            if self._read_only:
                self._apply(widget)
        return False

    # dialogs

    def guard_dialog(self, dialog: QDialog) -> list[QWidget]:
        """Guard what accepts `dialog` (its OK, Save or Apply button); returns it."""
        accepting = (
            QDialogButtonBox.ButtonRole.AcceptRole,
            QDialogButtonBox.ButtonRole.YesRole,
            QDialogButtonBox.ButtonRole.ApplyRole,
        )
        found: list[QWidget] = [
            button
            for box in dialog.findChildren(QDialogButtonBox)
            for button in box.buttons()
            if box.buttonRole(button) in accepting
        ]
        self.guard(found)
        dialog.finished.connect(lambda _result: self._unguard(found))
        return found

    def _unguard(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            if widget in self._wanted:
                widget.removeEventFilter(self)
                self._forget(widget)

    # the undo stack

    def _drop_refused_commands(self) -> None:
        stack = self._undo_stack
        if self._read_only and stack is not None and stack.count():
            # Never clear inside push(): after it returns, on the next turn of the loop.
            QTimer.singleShot(0, self._clear_stack)
            self.refused.emit()

    def _clear_stack(self) -> None:
        if self._read_only and self._undo_stack is not None:
            self._undo_stack.clear()


def observe_dialog(dialog: QDialog) -> None:
    """Let a dialog that edits follow the read-only state of the window it was opened from:
    while the network is read-only its OK or Save button is off, and says why."""
    parent = dialog.parentWidget()
    state = ReadOnlyState.of(parent) if parent is not None else None
    if state is not None:
        state.guard_dialog(dialog)
