"""One writer per store: an OS lock on a `<store>.lock` file beside it.

Why not SQLite's own locking: in WAL mode SQLite lets one writer and many readers share a
file and only holds a write lock for the length of a transaction, so a second window would
open happily and both would write over what the other shows. `locking_mode=EXCLUSIVE` keeps
the lock but answers a second opener with a bare "database is locked", naming nobody, and
shuts out readers too. Why not QLockFile: the store never imports Qt.

So the writer holds `flock` (POSIX) or `msvcrt.locking` (Windows) on `<store>.lock`, which
holds "pid hostname role" for the message (role: "window", or the command-line command).
The kernel drops the lock when the holder dies, even on SIGKILL or a power cut, so a lock
left behind by a crash is stale by construction: the next opener takes it and writes its
own pid. The file is deleted on release (close_store(); the command line always calls it).
"""

import contextlib
import errno
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

POLL_SECONDS = 0.05
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the text, so others can still read who holds it


@dataclass(frozen=True)
class Holder:
    """Who holds a store open for writing, as its lock file says."""

    pid: int | None
    hostname: str
    role: str = "window"

    def __str__(self) -> str:
        if self.pid is None:
            return "another program"
        here = self.hostname in ("", socket.gethostname())
        return f"pid {self.pid}" if here else f"pid {self.pid} on {self.hostname}"


class LockBusy(Exception):
    """Another process holds the lock; `holder` says who, as far as the file tells."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(str(holder))
        self.holder = holder


def lock_path(store: Path) -> Path:
    return Path(f"{store}.lock")


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":  # pragma: no cover
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(store: Path) -> Holder:
    """What the lock file says about its holder (it may be stale: see `StoreLock.acquire`)."""
    try:
        text = lock_path(store).read_text(encoding="utf-8", errors="replace")[:300]
    except OSError:
        return Holder(None, "")
    pid_text, _, rest = text.strip().partition(" ")
    hostname, _, role = rest.strip().partition(" ")
    role = "".join(c for c in role.strip() if c.isalnum() or c == "-")[:20] or "window"
    try:
        return Holder(int(pid_text), hostname.strip(), role)
    except ValueError:
        return Holder(None, "")


class StoreLock:
    """The write lock of one store file. `acquire()` then `release()`; re-entrant per object."""

    def __init__(self, store: Path, role: str = "window") -> None:
        self.store = Path(store)
        self.path = lock_path(self.store)
        self.role = role
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock, polling up to `wait` seconds; raise LockBusy if someone keeps it."""
        if self._fd is not None:
            return
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            fd = self._open_and_lock()
            if fd is not None:
                self._fd = fd
                try:
                    self._write_holder()
                except BaseException:  # a full disk: take nothing, leave nothing behind
                    self.release()
                    raise
                return
            if time.monotonic() >= deadline:
                raise LockBusy(read_holder(self.store))
            time.sleep(POLL_SECONDS)

    def _open_and_lock(self) -> int | None:
        # O_NOFOLLOW: a symlink planted at <store>.lock is refused, never written through.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return None
            # A releasing holder deletes the file after we opened it: our lock is then on a
            # file nobody else will find, so start again with the one now at the path.
            if not _same_file(fd, self.path):
                _unlock(fd)
                os.close(fd)
                return self._open_and_lock()
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _write_holder(self) -> None:
        assert self._fd is not None
        text = f"{os.getpid()} {socket.gethostname()} {self.role}\n".encode()
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, text)
        os.fsync(self._fd)
        if sys.platform != "win32":
            os.fchmod(self._fd, 0o600)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform != "win32":
                self.path.unlink(missing_ok=True)  # while still locked: see _open_and_lock
            _unlock(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - cannot unlink an open file there
            with contextlib.suppress(OSError):
                self.path.unlink()


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)
