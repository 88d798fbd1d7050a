"""The WAL copied into the store file on a thread of its own once the user pauses editing.

SQLite copies the WAL into the file at the commit that passes db.WAL_PAGES, on the thread
that commits: the window's, so an edit now and then stalled for the copy and its sync (7 to
44 ms under load for a bulk move of 300 at 10,000 contacts). Copied while the user pauses,
the WAL starts over and edits seldom reach that bound.
"""

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from networkcircles.store.checkpoint import copy_wal_into_file
from networkcircles.store.db import current_path, db, is_read_only
from networkcircles.ui import collector as gc_switch

IDLE_MS = 2000  # no write for this long: the user paused
POLL_MS = 10  # how often the window's thread looks whether the copy is done
HOLDER = "checkpoint"  # its hold on the garbage-collector switch (collector.py)


class _Run:
    """One copy under way: its thread, and whether it still holds the collector switch.
    Plain Python, so the end of the QObject that started it can still finish it."""

    def __init__(self, path: Path) -> None:
        self.thread = threading.Thread(
            target=copy_wal_into_file, args=(path,), name="idle checkpoint", daemon=True
        )
        self.holding = False

    def start(self) -> None:
        # No collection meanwhile: the thread allocates a little, and a collection it set
        # off would run there and could destroy a Qt object of the window's (collector.py).
        gc_switch.hold(HOLDER)
        self.holding = True
        self.thread.start()

    def finish(self) -> None:
        """Wait for the copy (tens of ms at most) and let go of the switch."""
        self.thread.join()
        if self.holding:
            self.holding = False
            gc_switch.release(HOLDER)


class IdleCheckpoint(QObject):
    """Call wrote() after each write the window makes; IDLE_MS after the last one, the WAL
    of the store open then is copied on a thread, unless the store is read-only or another
    file by then, or a background job is running (then it waits for the next pause)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._run: _Run | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._copy)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)
        runs: list[_Run] = []  # shared with _finish_all, which must not hold self
        self._runs = runs
        self.destroyed.connect(lambda *_: _finish_all(runs))

    def wrote(self, *_announced: object) -> None:
        """A write was made (connected to the bridge's signals, whatever they carry)."""
        self._path = current_path()
        self._idle.start()  # starts over: IDLE_MS after the last write

    def busy(self) -> bool:
        """Whether a copy is under way."""
        return self._run is not None

    def wait(self) -> None:
        """Let a copy under way end (the window is closing, or a test looks)."""
        if self._run is not None:
            self._poll.stop()
            self._end()

    def _copy(self) -> None:
        path = self._path
        if path is None or path != current_path() or db.is_closed() or is_read_only():
            return
        if self._run is not None or gc_switch.is_held_by(gc_switch.JOB):
            self._idle.start()  # a copy or a job still runs: the next pause
            return
        run = self._run = _Run(path)
        self._runs.append(run)
        run.start()
        self._poll.start()

    def _look(self) -> None:
        if self._run is not None and not self._run.thread.is_alive():
            self._poll.stop()
            self._end()

    def _end(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            run.finish()
            self._runs.remove(run)


def _finish_all(runs: list[_Run]) -> None:
    """Its QObject is going: a copy still under way is waited for, its switch let go."""
    for run in runs:
        run.finish()
    runs.clear()
