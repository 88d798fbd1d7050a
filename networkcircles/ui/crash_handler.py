"""One handler for the unexpected: any exception that reaches the event loop, or a failed
undo command, becomes a dialog that says what failed and a traceback in the error log.

Like qutebrowser's crashsignal: sys.excepthook is replaced once at start-up, so nothing
disappears into stderr. Services write in one transaction each, so after such an error the
store is as it was before the action that failed.
"""

import errno
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import peewee
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from networkcircles import error_log
from networkcircles.store.db import current_path
from networkcircles.store.errors import StoreError, database_trouble
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.error_text import refusal_text
from networkcircles.ui.read_only import ReadOnlyState
from networkcircles.values import InvalidValue

_DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


def known_trouble(error: BaseException) -> str | None:
    """One sentence for the failures a user can act on (a full disk, a damaged or vanished
    store), or None for a bug, which only the log can explain."""
    if isinstance(error, (sqlite3.Error, peewee.DatabaseError)):
        return refusal_text(database_trouble(current_path() or Path("network"), error))
    if isinstance(error, InvalidValue):  # a service's refusal: why, in the user's language
        return refusal_text(error)
    if isinstance(error, StoreError):  # why the store failed, in the user's language
        return refusal_text(error)
    if isinstance(error, OSError) and error.errno in _DISK_FULL:
        return _tr("The disk is full: {path} could not be written.").format(
            path=error.filename or ""
        )
    return None


class CrashHandler(QObject):
    """Shows unexpected errors to the user and logs them in the data folder."""

    def __init__(
        self, parent: QObject | None = None, folder: Callable[[], Path] | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._showing = False  # a second error while the dialog is open is only logged

    def install(self) -> None:
        sys.excepthook = self.handle_exception

    def handle_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        error.__traceback__ = trace
        self.report(_tr("Something went wrong"), "", error)

    def watch_commands(
        self, bridge: StoreBridge, stack: QUndoStack, read_only: ReadOnlyState | None = None
    ) -> None:
        """A failed undo or redo: say so, and clear the history, which no longer matches. On a
        read-only network the failure is the refusal `read_only` words for every edit (the
        status bar's reason), not an error."""

        def failed(step: str, what: str, error: BaseException) -> None:
            # Not now: the stack is inside its own undo() or redo() call.
            QTimer.singleShot(0, stack.clear)
            if read_only is not None and read_only.read_only:
                read_only.refused.emit()
                return
            # Worded whole for each step: Qt's English "undo" or "redo" never inside a
            # sentence of the user's language. `what` is the command's text, already theirs.
            if step == "undo":
                title = _tr("Could not be undone")
                lead = _tr(
                    "“{what}” could not be undone. Your network is as it was before; the undo "
                    "history was cleared, since it no longer matches."
                )
            else:
                title = _tr("Could not be done")
                lead = _tr(
                    "“{what}” could not be done. Your network is as it was before; the undo "
                    "history was cleared, since it no longer matches."
                )
            self.report(title, lead.format(what=what), error)

        bridge.command_failed.connect(failed)

    def report(self, title: str, lead: str, error: BaseException) -> str:
        """Tell the user (`lead`, then what failed) and, for a bug, log the traceback.
        Returns the message shown."""
        trouble = known_trouble(error)
        if trouble is None:
            trouble = _tr("An unexpected error: {error} ({kind}).").format(
                error=error_log.summary(error), kind=type(error).__name__
            )
            # The command line's log too: error_log finds the data folder without Qt.
            log = error_log.record(error, self._folder() if self._folder else None, title)
            if log is not None:
                trouble += " " + _tr("The details are in {path}.").format(path=log)
        message = f"{lead}\n\n{trouble}" if lead else trouble
        print(f"networkcircles: {message}", file=sys.stderr)
        if self._showing or QApplication.instance() is None:
            return message
        self._showing = True
        try:
            self.show_dialog(QApplication.activeWindow(), title, message)
        finally:
            self._showing = False
        return message

    @staticmethod
    def show_dialog(parent: QWidget | None, title: str, message: str) -> None:
        """The modal box itself (tests replace it, as they do every question)."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote user text
        box.exec()
