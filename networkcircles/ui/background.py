"""Long work off the GUI thread: a worker thread with its own database connection, a progress
dialog with Cancel, and the result (or the error) handed back on the GUI thread.

As in Anki's CollectionOp, the window keeps painting while the work runs; unlike it, the
caller reads on in a straight line: `run_in_background` waits in a local event loop (as
QDialog.exec does) and returns the work's result or raises the work's error. While it waits,
the user's clicks and keys are held back from every window but the progress dialog, so no
edit can slip in beside the worker's transaction.

peewee keeps one connection per thread: the worker opens its own on the same file (WAL lets
the window read meanwhile) and closes it when done.

Long pure work that writes nothing to the store (an import's planning, a big export or PDF)
goes to a child process instead (run_in_child, services/child_process.py): a worker thread
running Python shares the interpreter lock with the window's thread, which then waits for
it between events; a child has its own.
"""

import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from networkcircles.services.child_process import ChildDied, ChildJob
from networkcircles.store.db import db
from networkcircles.ui import collector as gc_switch

T = TypeVar("T")
Progress = Callable[[int, int], bool]  # (done, total) -> False once the user cancelled

SHOW_AFTER_MS = 400  # work done sooner never shows a dialog
# While a worker runs Python, the GUI thread needs the interpreter lock for every event it
# handles in Python (the input filter, timers, progress); by default a running thread keeps
# the lock up to 5 ms before handing it over, which made exporting 10,000 contacts stall
# the window for seconds. A shorter turn while the work runs keeps the window answering:
# at 0.1 ms the longest stall of importing 10,000 vCards at 10k is 95-105 ms (0.5 ms:
# 350-390 ms), exporting 30 ms (70-190), for about 10% more time on a whole-network PDF.
SWITCH_INTERVAL_S = 0.0001
REPORT_EVERY_S = 0.05  # progress reaches the GUI at most this often
COLLECT_EVERY_MS = 20  # the GUI thread's own look at the young generations while work runs

_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Drop,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.Close,
}

# While run_in_slices applies a change, the pointer is held too: hovering a dot that is half
# way between two seats must not show it, nor a drag begin.
_POINTER = {
    QEvent.Type.MouseMove,
    QEvent.Type.HoverEnter,
    QEvent.Type.HoverMove,
    QEvent.Type.HoverLeave,
    QEvent.Type.Enter,
    QEvent.Type.Leave,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.DragLeave,
    QEvent.Type.ContextMenu,
    QEvent.Type.ToolTip,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.TabletRelease,
}
SLICE_S = 0.012  # run_in_slices works this long, then lets the event loop run


@dataclass(frozen=True)
class Finished(Generic[T]):
    """What the work returned, and whether the user pressed Cancel meanwhile (the work
    decides what a cancel means: apply_plan rolls back, a read just ends unused)."""

    result: T
    cancelled: bool


class _Worker(QThread):
    """Runs `work` on its own thread and connection. Signals: progressed(done, total),
    ended(result, error) (both queued to the GUI thread)."""

    progressed = Signal(int, int)
    ended = Signal(object, object)

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._work = work
        self.cancel_asked = threading.Event()
        self._reported = 0.0

    def report(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self._reported >= REPORT_EVERY_S or done >= total:
            self._reported = now
            self.progressed.emit(done, total)
        return not self.cancel_asked.is_set()

    def run(self) -> None:
        result, error = None, None
        try:
            db.connect(reuse_if_open=True)  # this thread's own connection
            try:
                result = self._work(self.report)
            finally:
                db.close()
        except BaseException as caught:  # handed to the GUI thread, raised there
            error = caught
        self.ended.emit(result, error)

    def cancel(self) -> None:
        self.cancel_asked.set()


class _ChildWorker(QThread):
    """Runs `job(*args)` in a child process and relays its answer from this thread, which
    waits in the pipe (off the interpreter lock) and unpickles what comes. The signals are
    _Worker's (the child reports no progress: the dialog shows it busy)."""

    progressed = Signal(int, int)
    ended = Signal(object, object)

    def __init__(self, job: Callable[..., object], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._job = job
        self._args = args
        self.cancel_asked = threading.Event()
        self._child: ChildJob | None = None
        self._started = threading.Event()

    def run(self) -> None:
        result, error = None, None
        try:
            if not self.cancel_asked.is_set():
                self._child = ChildJob(self._job, self._args)
                self._started.set()
                if self.cancel_asked.is_set():  # asked while it started
                    self._child.kill()
                kind, value = self._child.answer()
                if kind == "done":
                    result = value
                else:
                    error = value
        except ChildDied as died:
            if not self.cancel_asked.is_set():  # killed on Cancel: no result, no error
                error = died
        except BaseException as caught:  # handed to the GUI thread, raised there
            error = caught
        self.ended.emit(result, error)

    def cancel(self) -> None:
        """Kill the child: its reader then sees the pipe close and the run ends."""
        self.cancel_asked.set()
        if self._started.is_set() and self._child is not None:
            self._child.kill()


class _HoldInput(QObject):
    """Swallows the user's input to every window but the progress dialog (None: to every
    window); `held`: the kinds of event held (the keys, the buttons, the wheel, drops, close)."""

    def __init__(self, dialog: QWidget | None, held: set[QEvent.Type] = _INPUT) -> None:
        super().__init__()
        self._dialog = dialog
        self._held = held

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if event.type() not in self._held:
            return False
        if isinstance(watched, QWidget) and watched.window() is self._dialog:
            # Its Cancel button and Escape cancel (when it has them); closing is not allowed.
            return event.type() == QEvent.Type.Close
        return True


def collect_young() -> None:
    """What Python's own collector would do next in the young generations, done here (on
    the calling thread). While a worker runs, automatic collection is off (it could run on
    the worker and destroy a GUI object there); the GUI thread calls this every
    COLLECT_EVERY_MS instead, so the objects the work makes are looked at a few thousand at a
    time, not all at once in one long collection after it ends. The oldest generation waits
    for the end, as before."""
    threshold0, threshold1, _ = gc.get_threshold()
    count0, count1, _ = gc.get_count()
    if count1 >= threshold1:
        gc.collect(1)
    elif count0 >= threshold0:
        gc.collect(0)


_QOBJECT_TYPES_KNOWN = False


def know_qobject_types() -> None:
    """Once per process, before the first input filter (_HoldInput) is installed. The
    filter is handed every event's receiver, and the first receiver of a class with no
    Python binding (QLineEdit's QWidgetLineControl, whose cursor blinks) makes PySide look
    through every QObject subclass for the nearest one it knows, creating their Python
    types and enums on the way: some 15 ms, in the middle of the job's first second, where
    it met the progress dialog's showing (46-76 ms stalls importing 10,000 vCards at 10k).
    Here it is done where the job starts, on a line edit of our own."""
    global _QOBJECT_TYPES_KNOWN
    if _QOBJECT_TYPES_KNOWN:
        return
    _QOBJECT_TYPES_KNOWN = True
    from PySide6.QtWidgets import QLineEdit

    QLineEdit().findChildren(QObject)  # its line control, handed to Python: the look done


def _tr(text: str) -> str:
    return QCoreApplication.translate("Background", text)


def run_in_background(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Progress], T],
    cancellable: bool = True,
    collect_meanwhile: bool = True,
) -> Finished[T]:
    """Run `work(progress)` on a worker thread while the window keeps painting; a progress
    dialog (with Cancel unless not `cancellable`) shows if it takes longer than
    SHOW_AFTER_MS. Returns once the work ended; an error it raised is raised here, on the
    GUI thread. `collect_meanwhile`: the GUI thread collects young garbage while the work
    runs (collect_young); pass False for work that makes Qt objects of its own, which must
    then be let go on the worker (as the PDF's writer and painter are)."""
    return _wait_for(parent, title, label, _Worker(work), cancellable, collect_meanwhile)


def run_in_child(
    parent: QWidget | None,
    title: str,
    label: str,
    job: Callable[..., T],
    args: tuple[Any, ...],
    cancellable: bool = True,
) -> Finished[T]:
    """As run_in_background, but `job(*args)` runs in a child process (services.
    child_process), so the window's thread never waits for the interpreter lock while it
    works: for long pure work (an import's planning, a PDF) that writes nothing to the store.
    `job` is a module-level function and its arguments and result pickle. Cancel kills the
    child (Finished.cancelled, no result); a child that dies is a ChildDied error here."""
    return _wait_for(parent, title, label, _ChildWorker(job, args), cancellable, True)


def _wait_for(
    parent: QWidget | None,
    title: str,
    label: str,
    worker: "_Worker | _ChildWorker",
    cancellable: bool,
    collect_meanwhile: bool,
) -> Finished[Any]:
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("run_in_background needs the QApplication running")
    know_qobject_types()
    dialog = QProgressDialog(label, _tr("Cancel") if cancellable else "", 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    outcome: dict[str, object] = {}

    def progressed(done: int, total: int) -> None:
        if dialog.maximum() != max(total, 1):
            dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def ended(result: object, error: object) -> None:
        outcome.update(result=result, error=error)

    def cancel() -> None:
        worker.cancel()
        dialog.setLabelText(_tr("Cancelling…"))

    worker.progressed.connect(progressed)
    worker.ended.connect(ended)
    dialog.canceled.connect(cancel)
    hold = _HoldInput(dialog)
    app.installEventFilter(hold)
    collecting = gc.isenabled()
    switch_interval = sys.getswitchinterval()
    collector = QTimer()
    collector.setInterval(COLLECT_EVERY_MS)
    collector.timeout.connect(collect_young)
    # No garbage collection while the worker runs: Python collects in whichever thread
    # happens to allocate, and a Qt object made on the GUI thread must never be destroyed
    # on the worker's (a segfault seen in CI). Cycles wait until the work is done. The switch
    # is shared with the sync worker (ui/collector.py), which tells a sync a job is running.
    gc_switch.hold(gc_switch.JOB)
    try:
        dialog.setValue(0)  # starts the dialog's show-after timer
        if isinstance(worker, _Worker):  # a child's reader waits in the pipe, off the lock
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        if collecting and collect_meanwhile:
            collector.start()
        worker.start()
        # Not QEventLoop.exec(): it returns at once once anything called QApplication.exit().
        while not outcome:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        worker.wait()
    finally:
        sys.setswitchinterval(switch_interval)
        collector.stop()
        if collecting:
            collect_young()  # what the work left since the last look, before the next edit
        gc_switch.release(gc_switch.JOB)
        app.removeEventFilter(hold)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        worker.deleteLater()
    error = outcome["error"]
    if isinstance(error, BaseException):
        raise error
    return Finished(outcome["result"], worker.cancel_asked.is_set())


class _HoldPaint(QObject):
    """Holds back a window's repaint: Qt asks for it with one UpdateRequest to the window,
    and gathers every region made dirty meanwhile until it is handled. `release` asks
    again, so what changed under the hold is painted in one go, and nothing else."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self._held = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            self._held = True
            return True
        return False

    def release(self) -> None:
        self._window.removeEventFilter(self)
        if self._held:
            self._held = False  # released once
            QCoreApplication.postEvent(self._window, QEvent(QEvent.Type.UpdateRequest))


def run_in_slices(window: QWidget, steps: Iterator[object]) -> None:
    """Run `steps` (a generator that pauses where its work may be cut) on the GUI thread, a
    slice of about SLICE_S at a time, letting the event loop run between slices so the
    window never freezes for the whole of it (MainWindow applies a reload this way).

    Meanwhile nothing may act on the half-done work: the user's input waits in the window
    system's queue (processEvents with ExcludeUserInputEvents) and is handled once the last
    slice is done; whatever is delivered anyway (a key or a click sent from code, the
    pointer's hover) is swallowed, as while a worker runs. `window` (a top-level one) is
    not painted until the last slice: it shows the old state, then repaints what changed
    in one go, in a turn of its own before this returns (inside painted_once: when that
    block ends)."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("run_in_slices needs the QApplication running")
    know_qobject_types()
    hold = _HoldInput(None, _INPUT | _POINTER)
    app.installEventFilter(hold)
    paint = _HoldPaint(window)
    window.installEventFilter(paint)
    # Timers still fire between slices: held as a job, a sync falling due or ending now
    # waits for the last slice (ui/sync_controller.py), and so does the start-up work.
    gc_switch.hold(gc_switch.JOB)
    try:
        ends = time.perf_counter() + SLICE_S
        for _ in steps:
            if time.perf_counter() >= ends:
                app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                ends = time.perf_counter() + SLICE_S
        # The last slice, the repaint and what the caller does next (after an import: the
        # triage brought forward, whose own repaint would paint all that is held) each in a
        # turn of their own: in one go they stalled the window 52-56 ms at 10k.
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        paint.release()
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        gc_switch.release(gc_switch.JOB)
        app.removeEventFilter(hold)
        paint.release()


@contextmanager
def painted_once(window: QWidget) -> Iterator[Callable[[], None]]:
    """Hold `window`'s (a top-level one's) repaints for the length of the block, a
    run_in_slices inside it included, then paint all that changed in one go: the block's
    last work, the repaint and what the caller does next each in a turn of their own. For
    a change made of parts that each repaint most of the window: after an import, the
    reload and then the triage brought forward, whose tab appearing lays out the docks and
    repaints the whole window again (some 15 ms at 10k). The block gets a function that
    lets the event loop run (user input waits), to put its parts in turns of their own."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("painted_once needs the QApplication running")

    def next_turn() -> None:
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    paint = _HoldPaint(window)
    window.installEventFilter(paint)
    try:
        yield next_turn
        next_turn()
    finally:
        paint.release()
    next_turn()
