"""Work that need not delay the first picture of a window runs right after it."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from networkcircles.ui import collector as gc_switch

JOB_RETRY_MS = 20  # how soon start-up work looks again whether a running job is over


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
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        for callback in self._callbacks:
            callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, *callbacks: Callable[[], object]) -> None:
    _FirstPaint(widget, callbacks)


class StartUpWork(QObject):
    """A window's start-up work that need not delay its first picture (icon fonts, the
    diagram's marks, what is due): after the first paint, one piece per turn of the event
    loop, so that clicks, keys and repaints get in between the pieces.

    Signals: finished() once, when the window has painted and every piece has run (the
    panels in sight have filled in)."""

    finished = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._queue: list[Callable[[], object]] = []
        self._painted = False
        self._running = False
        self.done = False
        after_first_paint(widget, self._start)

    def add(self, *callbacks: Callable[[], object]) -> None:
        """Queue work for after the first paint (or after the work queued before it)."""
        self._queue.extend(callbacks)
        if self._painted and not self._running:
            self._schedule()

    def _start(self) -> None:
        self._painted = True
        # The network as read and painted lives until another file or a bulk change: out of
        # the collector's sight from here, the collections the pieces set off do not walk its
        # rows and dots (at 10k, 33-41 -> 6 ms of collecting before the window is complete).
        gc_switch.freeze()
        self._schedule()

    def _schedule(self) -> None:
        self._running = True
        # Each timer has this object as its context: Qt drops it if the window (and this
        # with it) is deleted meanwhile, and no piece runs over a window that is gone.
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if gc_switch.is_held_by(gc_switch.JOB):  # a job's wait loop or a sliced reload:
            QTimer.singleShot(JOB_RETRY_MS, self, self._next)  # no piece reads a half-done network
            return
        if self._queue:
            self._queue.pop(0)()
            QTimer.singleShot(0, self, self._next)
            return
        self._running = False
        if not self.done:
            self.done = True
            gc_switch.freeze()  # the network as read and shown: out of the collector's sight
            self.finished.emit()
