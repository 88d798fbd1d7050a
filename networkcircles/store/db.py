"""How a store file is opened: checked, locked, connected and brought to the current schema.

The top of the store: it uses migrations.py for the schema, lock.py for the one writer and
sqlite_file.py for the header. The Database itself and which file is open live below, in
connection.py (models bind to it there); they are re-exported here for the layers above.
"""

import errno
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from networkcircles.safe_files import NotARegularFile, check_input, open_input, protect
from networkcircles.store import integrity, migrations
from networkcircles.store.connection import current_path, db, is_read_only, opened, read_only_reason
from networkcircles.store.errors import (
    NoStore,
    NotAStore,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
)
from networkcircles.store.lock import LockBusy, StoreLock
from networkcircles.store.sqlite_file import (
    APPLICATION_ID,
    HEADER_SIZE,
    header_fault,
    hot_wal,
    in_wal_mode,
    read_only_uri,
    restrict_to_owner,
)

__all__ = [
    "APPLICATION_ID",
    "PRAGMAS",
    "READ_ONLY_PRAGMAS",
    "close_store",
    "current_path",
    "db",
    "finish_opening",
    "is_read_only",
    "open_store",
    "read_only_reason",
    "read_only_uri",
    "refuse_if_not_ours",
    "why_read_only",
]

WAL_PAGES = 4000

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",  # WAL: atomic, no fsync per edit; see README (Durability)
    # The commit that passes this many pages of WAL copies them into the file and syncs it,
    # on the window's thread: 5 to 90 ms under load. The window copies the WAL on a thread
    # of its own when the user pauses (ui/idle_checkpoint.py), so this is the bound for
    # edits without a pause: 4,000 pages (16 MiB), a bulk move of 300 at 10k writes 79.
    "wal_autocheckpoint": WAL_PAGES,
}

# A read-only window: no WAL switch (it is already WAL), and SQLite refuses every write.
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "query_only": 1}


def refuse_if_not_ours(path: Path, check_later: bool = False) -> integrity.CheckUnderWay | None:
    """Raise unless `path` is a networkcircles store we can read, without writing a byte.

    `check_later`: when opening the file writes nothing to it (ours, of this schema, in WAL
    mode already, no -wal left over to take in), its quick check is started on a thread of
    its own and returned under way (finish_opening waits for it); else it is run now."""
    header = _read_header(path)
    if not header:
        return None  # an empty file is what touch() leaves: a new store
    wal = hot_wal(path)
    fault = header_fault(header, path.stat().st_size, wal)
    if fault is not None:
        raise NotAStore(path, fault)
    app_id, version, names = _probe(path, wal)
    if app_id != APPLICATION_ID:
        if app_id == 0 and not names and version == 0:
            return None  # an empty SQLite file: nobody's data, safe to make ours
        raise NotAStore(path, "other_program")
    current = version == migrations.SCHEMA_VERSION
    missing = sorted(migrations.tables_of_this_version() - names) if current else []
    if check_later and current and not missing and not wal and in_wal_mode(header):
        return integrity.CheckUnderWay(path)
    _refuse_if_damaged(path, lambda: integrity.quick_check(path, wal))
    if version == 0:  # ours, yet never finished: create_fresh sets both in one transaction
        raise NotAStore(path, "no_schema_version")
    if version > migrations.SCHEMA_VERSION:
        raise StoreTooNew(path, version, migrations.SCHEMA_VERSION)
    if missing:
        raise NotAStore(path, "tables_missing", tables=", ".join(missing))
    return None


def _refuse_if_damaged(path: Path, check: Callable[[], str]) -> None:
    """NotAStore unless the quick check `check` finds the file sound."""
    try:
        found = check()
    except sqlite3.DatabaseError as error:
        raise NotAStore(path, "damaged", detail=str(error)) from error
    if found != "ok":
        raise NotAStore(path, "damaged", detail=found)


def _read_header(path: Path) -> bytes:
    try:
        with open_input(path) as handle:  # a pipe or a device is refused, never opened
            return handle.read(HEADER_SIZE)
    except NotARegularFile as error:
        raise NotAStore(path, "not_regular", what=error.kind) from error
    except OSError as error:
        raise NotAStore(path, "unreadable", detail=error.strerror or str(error)) from error


def _probe(path: Path, wal: bool) -> tuple[int, int, set[str]]:
    """The file's application id, schema version and table names."""
    try:
        # immutable: no lock, no -wal or -shm beside a file we may be about to refuse. But
        # after a crash the last commits are still in the -wal, and the file alone may be
        # half checkpointed: read it with its WAL then (mode=ro still writes nothing to it).
        probe = sqlite3.connect(read_only_uri(path, immutable=not wal), uri=True)
        try:
            app_id: int = probe.execute("PRAGMA application_id").fetchone()[0]
            version: int = probe.execute("PRAGMA user_version").fetchone()[0]
            names = {str(row[0]) for row in probe.execute("SELECT name FROM sqlite_master")}
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise NotAStore(path, "damaged", detail=str(error)) from error
    return app_id, version, names


def _check_regular(path: Path) -> bool:
    """True when `path` is a regular file, False when nothing is there; NotAStore for a
    folder, a pipe, a device or a socket (stat only: nothing is opened)."""
    try:
        check_input(path)
    except FileNotFoundError:
        return False
    except NotARegularFile as error:
        raise NotAStore(path, "not_regular", what=error.kind) from None
    except OSError as error:
        raise NotAStore(path, "unreadable", detail=error.strerror or str(error)) from None
    return True


def why_read_only(path: Path) -> str | None:
    """Why this process must not write the store at `path` (a StoreReadOnly.WHY_* key), or
    None when it may. Judged from the file's mode bits and owner, not from what the process
    could force: root can write a chmod 444 file, but the user asked for it to be left alone.
    """
    try:
        found: os.stat_result | None = os.stat(path)
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
    check_later: bool = False,
) -> Path:
    """Open (or create) the store at `path` and bring it to the current schema.

    For writing, this process takes the store's lock first (store/lock.py), waiting up to
    `wait` seconds; StoreLocked if another window or process keeps it. `read_only` takes no
    lock, never migrates and lets SQLite refuse every write. `create=False`: a missing file
    is NoStore, and nothing is made. A store this process must not write (write-protected,
    another user's, in a read-only place) is StoreReadOnly, or opened read-only when
    `may_read_only`. `role` names this writer in the lock file ("window", "import", ...).

    `check_later`: the file's quick check may still be under way when this returns (see
    refuse_if_not_ours), and until finish_opening() has seen it pass the store refuses
    every write. The window reads and seats the network meanwhile.
    """
    path = Path(path).expanduser().resolve()
    exists = _check_regular(path)
    if not exists and not create:
        raise NoStore(path)
    if read_only:
        return _open_read_only(path)
    under_way = refuse_if_not_ours(path, check_later) if exists else None
    why = why_read_only(path) if exists or path.parent.is_dir() else None
    try:
        if why is not None:
            raise StoreReadOnly(path, why)
        if not exists:
            _make_folder(path)
        lock = _take_lock(path, role, wait)
    except StoreReadOnly as refused:
        if exists and may_read_only and path.stat().st_size:
            return _open_read_only(path, refused.why)
        raise
    if not exists:
        _create_file(path, lock)
    _switch_to(path, lock, read_only=False)
    try:
        db.init(str(path), pragmas=PRAGMAS, timeout=5)  # timeout: seconds to wait on a lock
        db.connect()
        if under_way is not None:
            db.execute_sql("PRAGMA query_only = 1")  # nothing written before the check passed
        migrations.upgrade(db, path)
    except BaseException:
        close_store()
        if under_way is not None:  # a damaged file may fail here first: say that it is
            _refuse_if_damaged(path, under_way.verdict)
        raise
    if under_way is None:
        restrict_to_owner(path)
    opened.check = under_way
    return path


def finish_opening() -> None:
    """Wait for the quick check open_store(check_later=True) left under way. Once it has
    passed, the store takes writes. A fault closes the store and raises NotAStore, as
    open_store does for a file it checks first; nothing was written to the file."""
    under_way = opened.check
    if under_way is None:
        return
    opened.check = None
    try:
        _refuse_if_damaged(under_way.path, under_way.verdict)
    except NotAStore:
        close_store()
        raise
    db.execute_sql("PRAGMA query_only = 0")
    restrict_to_owner(under_way.path)


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(path, "folder_not_made", detail=error.strerror) from None


def _take_lock(path: Path, role: str, wait: float) -> StoreLock:
    """This process's write lock on `path` (the one it holds already, if it is that file's).
    StoreLocked when another writer keeps it; StoreReadOnly when no lock file can be made."""
    held = opened.lock
    lock = held if held is not None and held.store == path else StoreLock(path, role)
    try:
        lock.acquire(wait)
    except LockBusy as busy:
        raise StoreLocked(path, busy.holder) from None
    except OSError as error:  # no lock file can be made beside it: a read-only place
        full = error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
        if not full and error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise StoreError(path, "lock_not_made", detail=error.strerror) from None
        why = StoreReadOnly.WHY_FULL if full else StoreReadOnly.WHY_PLACE
        raise StoreReadOnly(path, why) from None
    return lock


def _create_file(path: Path, lock: StoreLock) -> None:
    try:
        path.touch(mode=0o600)  # personal data: owner-only before SQLite writes a byte
    except OSError as error:
        lock.release()
        raise StoreError(path, "not_created", detail=error.strerror) from None


def _switch_to(path: Path, lock: StoreLock | None, read_only: bool, why: str | None = None) -> None:
    """Close whatever is open (File > Open switches files) and note `path` as the open one;
    a lock held on another file is let go."""
    if not db.is_closed():
        db.close()
    if opened.lock is not None and opened.lock is not lock:
        opened.lock.release()
    opened.path, opened.read_only, opened.lock = path, read_only, lock
    opened.why_read_only, opened.check = why, None
    protect(_files_of(path))


def _open_read_only(path: Path, why: str | None = None) -> Path:
    """`why`: the StoreReadOnly.WHY_* key when the file or its place cannot be written;
    None when another process holds it for writing."""
    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(path, "empty_read_only")
    refuse_if_not_ours(path)
    _switch_to(path, None, read_only=True, why=why)
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
        raise StoreError(path, "unreadable", detail=str(error)) from None
    if version != migrations.SCHEMA_VERSION:
        close_store()
        raise StoreError(path, "needs_upgrade")
    return path


def _files_of(path: Path) -> list[Path]:
    """The store file and what SQLite and the lock keep beside it: never an output."""
    return [path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal", ".lock"))]


def close_store() -> None:
    """Close the database and release (delete) its lock file."""
    protect(())
    opened.check = None
    if not db.is_closed():
        db.close()
    if opened.lock is not None:
        opened.lock.release()
        opened.lock = None
