"""SQLite's quick check of a store file: run at once, or on a thread of its own.

The check reads the whole file (0.1-0.7 s at 50,000 contacts). SQLite runs it in one call,
which lets go of Python's lock, so while the window reads and seats the network the check can
run on the other core. db.open_store(check_later=True) starts it that way, and
db.finish_opening() waits for its verdict.
"""

import sqlite3
import threading
from pathlib import Path

from networkcircles.store.sqlite_file import read_only_uri


def quick_check(path: Path, wal: bool) -> str:
    """ "ok", or the first fault SQLite's quick check finds in the file at `path`.
    sqlite3.DatabaseError when the file cannot even be read that far."""
    # immutable: no lock, no -wal or -shm beside a file we may be about to refuse. But after
    # a crash the last commits are still in the -wal (`wal`): read the file with it then.
    probe = sqlite3.connect(read_only_uri(path, immutable=not wal), uri=True)
    try:
        return str(probe.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        probe.close()


class CheckUnderWay:
    """quick_check of a file with no -wal to read, on a thread of its own from creation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._found = ""
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._found = quick_check(self.path, wal=False)
        except BaseException as error:  # handed to the thread that waits for the verdict
            self._error = error

    def verdict(self) -> str:
        """Wait for the check: what quick_check returned, or raise what it raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found
