"""Only regular files are read or written: the checks every input and output file passes.

A FIFO given as a file blocks a reader forever, a device (`/dev/zero`) feeds it without end,
and an output renamed over a device node, a FIFO or a symlink replaces it with a regular
file. So inputs are checked with stat() before they are opened (and again with fstat()
after), and outputs are written to a temporary file beside their target, which replaces
the target only if it is still a regular file or absent. No Qt here: the store, the
services and the command line use it alike.
"""

import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


class NotARegularFile(OSError):
    """`path` is a folder, a pipe, a device or a socket: refused before a byte moves.

    An OSError, so every caller that words a failed open or write words this one too;
    `kind` says what the path is ("folder", "pipe", "device", "socket", "special file").
    """

    def __init__(self, path: Path, kind: str) -> None:
        self.reason = f"it is a {kind}, not a regular file"  # its strerror, typed as a str
        super().__init__(errno.EINVAL, self.reason, str(path))
        self.path = Path(path)
        self.kind = kind


class WouldReplaceNetwork(OSError):
    """An output path names the open network's own file (or its -wal, -shm or lock)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EEXIST, "it is the open network's own file", str(path))
        self.path = Path(path)


_protected: set[Path] = set()  # the open store's files: store/db.py keeps this current


def protect(paths: Iterable[Path]) -> None:
    """Outputs may never replace these (the open network's files); replaces the last set."""
    _protected.clear()
    _protected.update(Path(path).resolve() for path in paths)


def protected() -> frozenset[Path]:
    """The files protect() last named (a child process that writes an output takes them)."""
    return frozenset(_protected)


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def check_input(path: Path | str) -> os.stat_result:
    """The stat of `path` (its symlinks followed) if it is a regular file; else raise
    NotARegularFile (or the OSError of a missing or unreadable path)."""
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode):
        raise NotARegularFile(Path(path), kind_of(found.st_mode))
    return found


def open_input(path: Path | str) -> io.BufferedReader:
    """A binary reading handle on a regular file; never blocks on a pipe swapped in."""
    check_input(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):  # swapped between the stat and the open
            raise NotARegularFile(Path(path), kind_of(found.st_mode))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def output_target(path: Path | str) -> Path:
    """Where writing `path` really goes: the path itself, or the regular file a symlink
    names. Raises NotARegularFile for a folder, pipe, device or socket (or a symlink to
    one), so nothing of the kind is ever replaced."""
    path = Path(path).expanduser()
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(found.st_mode):
        target = path.resolve()
        try:
            found = os.stat(target)
        except FileNotFoundError:
            return target  # a dangling link: the file it names is created
        path = target
    if not stat.S_ISREG(found.st_mode):
        raise NotARegularFile(path, kind_of(found.st_mode))
    if path.resolve() in _protected:
        raise WouldReplaceNetwork(path)
    return path


def write_atomically(path: Path | str, data: bytes | str, mode: int = 0o600) -> Path:
    """Write `data` to `path` whole or not at all; returns the file written.

    The bytes go to a temporary file beside the target, are flushed to disk, and the
    temporary file then replaces the target, only if that is still a regular file or
    absent. On any failure (a full disk too) the temporary file is removed and the target
    is as it was. The file gets `mode` (owner-only: it holds personal data).
    """
    target = output_target(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        output_target(target)  # still regular or absent just before the rename
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
