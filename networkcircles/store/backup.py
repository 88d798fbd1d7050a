"""Consistent copies of a store file, made with SQLite's online backup."""

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

BACKUP_FOLDER = "backups"


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def copy_to(db: SqliteDatabase, target: Path) -> Path:
    """Write a consistent snapshot of the open database to `target`, owner-only."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch(mode=0o600)
    os.chmod(target, 0o600)
    destination = sqlite3.connect(str(target))
    try:
        # A live WAL database copied file by file can lose its last commits; backup() cannot.
        db.connection().backup(destination)
    finally:
        destination.close()
    return target


def copy_before_migration(db: SqliteDatabase, path: Path, found_version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_folder(path) / f"{path.stem}-schema{found_version}-{stamp}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = target.with_name(f"{path.stem}-schema{found_version}-{stamp}-{counter}.sqlite")
    return copy_to(db, target)
