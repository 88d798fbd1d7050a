"""The app's one peewee Database, and which file it has open.

Models, queries and the search index bind to `db` here; opening, migrating and restoring a
file (db.py, migrations.py, restoring.py) sit above them and set `opened` when they switch.
"""

from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from networkcircles.store.integrity import CheckUnderWay
from networkcircles.store.lock import StoreLock

db = SqliteDatabase(None)  # models bind to this at import; db.open_store() gives it a file


@dataclass
class OpenedStore:
    """What open_store() last opened: the file, whether read-only, and our write lock."""

    path: Path | None = None
    read_only: bool = False
    why_read_only: str | None = None  # a StoreReadOnly.WHY_* key, or None: locked elsewhere
    lock: StoreLock | None = None
    check: CheckUnderWay | None = None  # its quick check, while still under way


opened = OpenedStore()


def current_path() -> Path | None:
    return opened.path


def is_read_only() -> bool:
    """True when the open store was opened read-only (another window is writing to it, or
    the file or its place cannot be written: read_only_reason() says which)."""
    return opened.read_only and not db.is_closed()


def read_only_reason() -> str | None:
    """A StoreReadOnly.WHY_* key, or None (not read-only, or locked by another writer)."""
    return opened.why_read_only if is_read_only() else None
