"""The app's one peewee Database and how a store file is opened."""

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from networkcircles.store.errors import NotAStore, StoreError, StoreLocked, StoreTooNew
from networkcircles.store.lock import LockBusy, StoreLock

db = SqliteDatabase(None)  # models bind to this at import; open_store() gives it a file

# "NCIR" as a big-endian int: marks a file as ours in its SQLite header.
APPLICATION_ID = 0x4E434952

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",  # an edit shown as saved must survive a power cut
}

# A read-only window: no WAL switch (it is already WAL), and SQLite refuses every write.
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "query_only": 1}

_SQLITE_MAGIC = b"SQLite format 3\x00"


class _Opened:
    """What open_store() last opened: the file, whether read-only, and our write lock."""

    path: Path | None = None
    read_only = False
    lock: StoreLock | None = None


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """A `mode=ro` URI for sqlite3; as_uri() escapes the '?', '#' and '%' a name may hold."""
    return f"{Path(path).resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def _hot_wal(path: Path) -> bool:
    """A -wal beside the file holds commits not yet copied in (the app was killed)."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


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


def refuse_if_not_ours(path: Path) -> None:
    """Raise unless `path` is a networkcircles store we can read, without writing a byte."""
    from networkcircles.store.migrations import SCHEMA_VERSION

    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise NotAStore(path, f"it cannot be read ({error.strerror})") from error
    if not header:
        return  # an empty file is what touch() leaves: a new store
    if not header.startswith(_SQLITE_MAGIC):
        raise NotAStore(path, "it is not a networkcircles network (not an SQLite database)")
    if len(header) < 100:
        raise NotAStore(path, "the file is damaged (cut off inside its header)")
    hot_wal = _hot_wal(path)
    if not hot_wal and _cut_off(header, path.stat().st_size):
        raise NotAStore(path, "the file is damaged (it is cut off)")
    try:
        # immutable: no lock, no -wal or -shm beside a file we may be about to refuse. But
        # after a crash the last commits are still in the -wal, and the file alone may be
        # half checkpointed: read it with its WAL then (mode=ro still writes nothing to it).
        probe = sqlite3.connect(read_only_uri(path, immutable=not hot_wal), uri=True)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id == APPLICATION_ID:
                check = probe.execute("PRAGMA quick_check").fetchone()[0]
            else:
                check = "ok"
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise NotAStore(path, f"the file is damaged ({error})") from error
    if app_id != APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return  # an empty SQLite file: nobody's data, safe to make ours
        raise NotAStore(path, "it is an SQLite database of another program")
    if check != "ok":
        raise NotAStore(path, f"the file is damaged ({check})")
    if version > SCHEMA_VERSION:
        raise StoreTooNew(path, version, SCHEMA_VERSION)


def open_store(path: Path | str, read_only: bool = False, wait: float = 0.0) -> Path:
    """Open (or create) the store at `path` and bring it to the current schema.

    For writing, this process takes the store's lock first (store/lock.py), waiting up to
    `wait` seconds; StoreLocked if another window or process keeps it. `read_only` takes no
    lock, never migrates and lets SQLite refuse every write.
    """
    from networkcircles.store import migrations

    path = Path(path).expanduser().resolve()
    if read_only:
        return _open_read_only(path)
    if path.exists():
        refuse_if_not_ours(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    held = _Opened.lock
    lock = held if held is not None and held.store == path else StoreLock(path)
    try:
        lock.acquire(wait)
    except LockBusy as busy:
        raise StoreLocked(path, busy.holder) from None
    if not path.exists():
        path.touch(mode=0o600)  # personal data: owner-only before SQLite writes a byte
    if not db.is_closed():
        db.close()  # File > Open switches files
    if held is not None and held is not lock:
        held.release()
    _Opened.path, _Opened.read_only, _Opened.lock = path, False, lock
    try:
        db.init(str(path), pragmas=PRAGMAS, timeout=5)  # timeout: seconds to wait on a lock
        db.connect()
        migrations.upgrade(db, path)
    except BaseException:
        close_store()
        raise
    _restrict_to_owner(path)
    return path


def _open_read_only(path: Path) -> Path:
    from networkcircles.store.migrations import SCHEMA_VERSION

    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(path, "there is no network in it yet, so it cannot be opened read-only")
    refuse_if_not_ours(path)
    if not db.is_closed():
        db.close()
    if _Opened.lock is not None:
        _Opened.lock.release()
    _Opened.path, _Opened.read_only, _Opened.lock = path, True, None
    db.init(read_only_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS, timeout=5)
    db.connect()
    if db.user_version != SCHEMA_VERSION:
        close_store()
        raise StoreError(path, "it must be upgraded first, which cannot be done read-only")
    return path


def close_store() -> None:
    if not db.is_closed():
        db.close()
    if _Opened.lock is not None:
        _Opened.lock.release()
        _Opened.lock = None


def current_path() -> Path | None:
    return _Opened.path


def is_read_only() -> bool:
    """True when the open store was opened read-only (another window is writing to it)."""
    return _Opened.read_only and not db.is_closed()


def _restrict_to_owner(path: Path) -> None:
    """SQLite creates -wal and -shm beside the file with the umask's mode: narrow them too."""
    for suffix in ("", "-wal", "-shm"):
        sibling = Path(f"{path}{suffix}")
        if sibling.exists():
            os.chmod(sibling, 0o600)
