"""The app's one peewee Database and how a store file is opened."""

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from networkcircles.store.errors import NotAStore, StoreTooNew

db = SqliteDatabase(None)  # models bind to this at import; open_store() gives it a file

# "NCIR" as a big-endian int: marks a file as ours in its SQLite header.
APPLICATION_ID = 0x4E434952

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",  # an edit shown as saved must survive a power cut
}

_SQLITE_MAGIC = b"SQLite format 3\x00"


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
    try:
        # immutable: no lock, no -wal or -shm beside a file we may be about to refuse
        probe = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
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


def open_store(path: Path | str) -> Path:
    """Open (or create) the store at `path` and bring it to the current schema."""
    from networkcircles.store import migrations

    path = Path(path).expanduser().resolve()
    if path.exists():
        refuse_if_not_ours(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)  # personal data: owner-only before SQLite writes a byte
    if not db.is_closed():
        db.close()  # File > Open switches files
    db.init(str(path), pragmas=PRAGMAS, timeout=5)  # timeout: seconds to wait on a lock
    db.connect()
    migrations.upgrade(db, path)
    _restrict_to_owner(path)
    return path


def close_store() -> None:
    if not db.is_closed():
        db.close()


def current_path() -> Path | None:
    return Path(db.database) if db.database else None


def _restrict_to_owner(path: Path) -> None:
    """SQLite creates -wal and -shm beside the file with the umask's mode: narrow them too."""
    for suffix in ("", "-wal", "-shm"):
        sibling = Path(f"{path}{suffix}")
        if sibling.exists():
            os.chmod(sibling, 0o600)
