"""How the store words what SQLite reported when an open store fails."""

import sqlite3
from pathlib import Path

from peewee import DatabaseError

from networkcircles.store.errors import database_trouble


def test_a_damaged_file_is_named_with_what_sqlite_said(tmp_path: Path) -> None:
    """The reason quotes SQLite's own words, not the end of the cause chain ("None")."""
    try:
        try:
            raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.DatabaseError as cause:
            raise DatabaseError(cause) from cause
    except DatabaseError as error:
        failed = database_trouble(tmp_path / "n.sqlite", error)
    assert failed.reason == "the file is damaged (database disk image is malformed)"


def test_a_full_disk_further_down_the_chain_is_named(tmp_path: Path) -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active") from None
    except sqlite3.OperationalError as error:
        error.__context__ = sqlite3.OperationalError("database or disk is full")
        failed = database_trouble(tmp_path / "n.sqlite", error)
    assert failed.reason == "the disk is full; nothing was changed"
