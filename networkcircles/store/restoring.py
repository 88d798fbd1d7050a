"""Putting a backup (backup.py) back into the open store, then migrating it like any file.

Above db.py and migrations.py: a restore checks the chosen file as opening does, and brings
an older backup to the current schema.
"""

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from networkcircles.store import backup as backups
from networkcircles.store import migrations
from networkcircles.store.db import refuse_if_not_ours
from networkcircles.store.errors import NotAStore
from networkcircles.store.sqlite_file import read_only_uri, restrict_to_owner


def restore(db: SqliteDatabase, path: Path, backup: Path) -> Path:
    """Put `backup` into the open store at `path`; return the backup of what was there.

    The chosen file is checked first (ours, whole, not newer); the current contents are
    backed up; then SQLite's backup API copies the chosen file into the live database, in
    one step, so a crash leaves either the old or the restored network. An older backup is
    migrated afterwards like any older file.
    """
    backup = Path(backup)
    refuse_if_not_ours(backup)
    if backup.stat().st_size == 0:
        raise NotAStore(backup, "backup_empty")
    before = backups.copy_before_restore(db, path)
    source = sqlite3.connect(read_only_uri(backup, immutable=True), uri=True)
    try:
        source.backup(db.connection())
    finally:
        source.close()
    migrations.upgrade(db, path)
    restrict_to_owner(path)
    backups.prune(path, spare=backup)
    return before
