"""Work that need not delay the first picture of a window runs right after it."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Runs callbacks once a widget has painted for the first time."""

    def __init__(self, widget: QWidget, callbacks: tuple[Callable[[], object], ...]) -> None:
        super().__init__(widget)
        self._callbacks = callbacks
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer fires once the paint under way, children included, is done.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        for callback in self._callbacks:
            callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, *callbacks: Callable[[], object]) -> None:
    _FirstPaint(widget, callbacks)
