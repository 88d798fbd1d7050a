"""A store file as SQLite lays it out on disk: its header, its read-only URI, its modes.

The bottom of the store: db.py (opening), backup.py (copies) and migrations.py (the schema
stamp) all read files through these, and none of them is imported here.
"""

import os
import stat
from pathlib import Path

# "NCIR" as a big-endian int: marks a file as ours in its SQLite header.
APPLICATION_ID = 0x4E434952

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100  # the database header at the start of every SQLite file


def header_fault(header: bytes, size: int, hot_wal: bool = False) -> str | None:
    """Why an SQLite file whose first HEADER_SIZE bytes are `header` and whose length is
    `size` is not a whole SQLite file (a NotAStore kind, errors.REASONS), or None when header
    and size agree.

    With `hot_wal` (a -wal beside it holds commits not yet copied in) a short file is not
    judged: the checkpoint that was cut off may be what makes it short.
    """
    if not header.startswith(SQLITE_MAGIC):
        return "not_sqlite"
    if len(header) < HEADER_SIZE:
        return "header_cut_off"
    if not hot_wal and _cut_off(header, size):
        return "cut_off"
    return None


def _cut_off(header: bytes, size: int) -> bool:
    """True when the file is shorter than its own header says, or not whole pages."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True
    pages = int.from_bytes(header[28:32], "big")
    # The page count is only valid when "version-valid-for" matches the change counter.
    counted = pages and header[92:96] == header[24:28]
    return size % page_size != 0 or bool(counted and size < pages * page_size)


def in_wal_mode(header: bytes) -> bool:
    """The header's read and write versions say WAL: switching it to WAL writes nothing."""
    return header[18:20] == b"\x02\x02"


def hot_wal(path: Path) -> bool:
    """A -wal beside the file holds commits not yet copied in (the app was killed)."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """A `mode=ro` URI for sqlite3; as_uri() escapes the '?', '#' and '%' a name may hold."""
    return f"{Path(path).resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def restrict_to_owner(path: Path) -> None:
    """SQLite creates -wal and -shm beside the file with the umask's mode: narrow them too.
    Only files of ours that are regular files: never a link's target or a device."""
    for suffix in ("", "-wal", "-shm"):
        sibling = Path(f"{path}{suffix}")
        try:
            found = os.lstat(sibling)
            if stat.S_ISREG(found.st_mode) and found.st_mode & 0o077:
                os.chmod(sibling, 0o600)
        except OSError:
            pass  # gone, or not ours to change: the file's own mode still holds
