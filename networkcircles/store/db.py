"""The app's one peewee Database and how a store file is opened."""

import errno
import os
import sqlite3
import stat
from pathlib import Path

from peewee import SqliteDatabase

from networkcircles.safe_files import NotARegularFile, check_input, protect
from networkcircles.store.errors import (
    NoStore,
    NotAStore,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
)
from networkcircles.store.lock import LockBusy, StoreLock

db = SqliteDatabase(None)  # models bind to this at import; open_store() gives it a file

# "NCIR" as a big-endian int: marks a file as ours in its SQLite header.
APPLICATION_ID = 0x4E434952

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",  # WAL: atomic, no fsync per edit; see README (Durability)
}

# A read-only window: no WAL switch (it is already WAL), and SQLite refuses every write.
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "query_only": 1}

_SQLITE_MAGIC = b"SQLite format 3\x00"


class _Opened:
    """What open_store() last opened: the file, whether read-only, and our write lock."""

    path: Path | None = None
    read_only = False
    why_read_only: str | None = None  # a StoreReadOnly.WHY_* key, or None: locked elsewhere
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
    from networkcircles.safe_files import open_input
    from networkcircles.store.migrations import SCHEMA_VERSION, tables_of_this_version

    try:
        with open_input(path) as handle:  # a pipe or a device is refused, never opened
            header = handle.read(100)
    except NotARegularFile as error:
        raise NotAStore(path, error.strerror) from error
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
            names = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
            if app_id == APPLICATION_ID:
                check = probe.execute("PRAGMA quick_check").fetchone()[0]
            else:
                check = "ok"
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise NotAStore(path, f"the file is damaged ({error})") from error
    if app_id != APPLICATION_ID:
        if app_id == 0 and not names and version == 0:
            return  # an empty SQLite file: nobody's data, safe to make ours
        raise NotAStore(path, "it is an SQLite database of another program")
    if check != "ok":
        raise NotAStore(path, f"the file is damaged ({check})")
    if version == 0:  # ours, yet never finished: create_fresh sets both in one transaction
        raise NotAStore(path, "the file is damaged (it has no schema version)")
    if version > SCHEMA_VERSION:
        raise StoreTooNew(path, version, SCHEMA_VERSION)
    if version == SCHEMA_VERSION:
        missing = sorted(tables_of_this_version() - names)
        if missing:
            raise NotAStore(path, f"the file is damaged (table {', '.join(missing)} is missing)")


def _check_regular(path: Path) -> bool:
    """True when `path` is a regular file, False when nothing is there; NotAStore for a
    folder, a pipe, a device or a socket (stat only: nothing is opened)."""
    try:
        check_input(path)
    except FileNotFoundError:
        return False
    except NotARegularFile as error:
        raise NotAStore(path, error.strerror) from None
    except OSError as error:
        raise NotAStore(path, f"it cannot be read ({error.strerror})") from None
    return True


def why_read_only(path: Path) -> str | None:
    """Why this process must not write the store at `path` (a StoreReadOnly.WHY_* key), or
    None when it may. Judged from the file's mode bits and owner, not from what the process
    could force: root can write a chmod 444 file, but the user asked for it to be left alone.
    """
    try:
        found = os.stat(path)
    except FileNotFoundError:
        found = None
    if found is not None:
        if hasattr(os, "geteuid") and found.st_uid != os.geteuid():
            return StoreReadOnly.WHY_OWNER
        if not found.st_mode & stat.S_IWUSR:
            return StoreReadOnly.WHY_FILE
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return StoreReadOnly.WHY_PLACE
    except (OSError, AttributeError):
        pass
    if not os.access(folder, os.W_OK):
        return StoreReadOnly.WHY_PLACE
    return None


def open_store(
    path: Path | str,
    read_only: bool = False,
    wait: float = 0.0,
    create: bool = True,
    may_read_only: bool = False,
    role: str = "window",
) -> Path:
    """Open (or create) the store at `path` and bring it to the current schema.

    For writing, this process takes the store's lock first (store/lock.py), waiting up to
    `wait` seconds; StoreLocked if another window or process keeps it. `read_only` takes no
    lock, never migrates and lets SQLite refuse every write. `create=False`: a missing file
    is NoStore, and nothing is made. A store this process must not write (write-protected,
    another user's, in a read-only place) is StoreReadOnly, or opened read-only when
    `may_read_only`. `role` names this writer in the lock file ("window", "import", ...).
    """
    from networkcircles.store import migrations

    path = Path(path).expanduser().resolve()
    exists = _check_regular(path)
    if not exists and not create:
        raise NoStore(path)
    if read_only:
        return _open_read_only(path)
    if exists:
        refuse_if_not_ours(path)
    why = why_read_only(path) if exists or path.parent.is_dir() else None
    if why is not None:
        if exists and may_read_only and path.stat().st_size:
            return _open_read_only(path, why)
        raise StoreReadOnly(path, why)
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(path, f"its folder cannot be made ({error.strerror})") from None
    held = _Opened.lock
    lock = held if held is not None and held.store == path else StoreLock(path, role)
    try:
        lock.acquire(wait)
    except LockBusy as busy:
        raise StoreLocked(path, busy.holder) from None
    except OSError as error:  # no lock file can be made beside it: a read-only place
        full = error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
        if not full and error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise StoreError(path, f"its lock file cannot be made ({error.strerror})") from None
        why = StoreReadOnly.WHY_FULL if full else StoreReadOnly.WHY_PLACE
        if exists and may_read_only and path.stat().st_size:
            return _open_read_only(path, why)
        raise StoreReadOnly(path, why) from None
    if not exists:
        try:
            path.touch(mode=0o600)  # personal data: owner-only before SQLite writes a byte
        except OSError as error:
            lock.release()
            raise StoreError(path, f"it cannot be created ({error.strerror})") from None
    if not db.is_closed():
        db.close()  # File > Open switches files
    if held is not None and held is not lock:
        held.release()
    _Opened.path, _Opened.read_only, _Opened.lock = path, False, lock
    _Opened.why_read_only = None
    protect(_files_of(path))
    try:
        db.init(str(path), pragmas=PRAGMAS, timeout=5)  # timeout: seconds to wait on a lock
        db.connect()
        migrations.upgrade(db, path)
    except BaseException:
        close_store()
        raise
    _restrict_to_owner(path)
    return path


def _open_read_only(path: Path, why: str | None = None) -> Path:
    """`why`: the StoreReadOnly.WHY_* key when the file or its place cannot be written;
    None when another process holds it for writing."""
    from networkcircles.store.migrations import SCHEMA_VERSION

    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(path, "there is no network in it yet, so it cannot be opened read-only")
    refuse_if_not_ours(path)
    if not db.is_closed():
        db.close()
    if _Opened.lock is not None:
        _Opened.lock.release()
        _Opened.lock = None
    _Opened.path, _Opened.read_only, _Opened.why_read_only = path, True, why
    protect(_files_of(path))
    # SQLite reads a WAL file read-only only if its -shm can be made or is there; in a
    # read-only place with none, read the file as it is (nobody can be writing there).
    shm = Path(f"{path}-shm").exists() and Path(f"{path}-wal").exists()
    immutable = why in (StoreReadOnly.WHY_PLACE, StoreReadOnly.WHY_FULL) and not shm
    db.init(read_only_uri(path, immutable), uri=True, pragmas=READ_ONLY_PRAGMAS, timeout=5)
    try:
        db.connect()
        version = db.user_version
    except Exception as error:
        close_store()
        raise StoreError(path, f"it cannot be read ({error})") from None
    if version != SCHEMA_VERSION:
        close_store()
        raise StoreError(path, "it must be upgraded first, which cannot be done read-only")
    return path


def _files_of(path: Path) -> list[Path]:
    """The store file and what SQLite and the lock keep beside it: never an output."""
    return [path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal", ".lock"))]


def close_store() -> None:
    """Close the database and release (delete) its lock file."""
    protect(())
    if not db.is_closed():
        db.close()
    if _Opened.lock is not None:
        _Opened.lock.release()
        _Opened.lock = None


def current_path() -> Path | None:
    return _Opened.path


def is_read_only() -> bool:
    """True when the open store was opened read-only (another window is writing to it, or
    the file or its place cannot be written: read_only_reason() says which)."""
    return _Opened.read_only and not db.is_closed()


def read_only_reason() -> str | None:
    """A StoreReadOnly.WHY_* key, or None (not read-only, or locked by another writer)."""
    return _Opened.why_read_only if is_read_only() else None


def _restrict_to_owner(path: Path) -> None:
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
