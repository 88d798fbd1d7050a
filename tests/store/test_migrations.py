"""The migration runner: back up first, then upgrade step by step, atomically."""

import sqlite3
import stat
from pathlib import Path

import pytest
from peewee import TextField
from playhouse.migrate import SqliteMigrator, migrate

from networkcircles.store import migrations
from networkcircles.store.db import close_store, db, open_store
from networkcircles.store.errors import StoreTooNew


def _pretend_next_version(monkeypatch) -> int:
    """Pretend this app knows one more schema version that adds a column."""
    new_version = migrations.SCHEMA_VERSION + 1

    def add_column(store):
        migrate(SqliteMigrator(store).add_column("contact", "nickname", TextField(default="")))

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", new_version)
    monkeypatch.setitem(migrations.STEPS, new_version, add_column)
    return new_version


def _old_store(path: Path) -> None:
    from networkcircles.services import contacts

    open_store(path)
    contacts.create("Ben Baker", "family")
    close_store()


def test_an_older_store_is_backed_up_then_upgraded(store_path: Path, monkeypatch):
    _old_store(store_path)
    next_version = _pretend_next_version(monkeypatch)
    open_store(store_path)
    try:
        assert db.user_version == next_version
        columns = [c.name for c in db.get_columns("contact")]
        assert "nickname" in columns
    finally:
        close_store()
    backups = list((store_path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == next_version - 1
        assert copy.execute("SELECT name FROM contact").fetchall() == [("Ben Baker",)]
    copy.close()


def test_a_failing_step_leaves_the_old_version(store_path: Path, monkeypatch):
    _old_store(store_path)
    broken_version = migrations.SCHEMA_VERSION + 1

    def broken(store):
        db.execute_sql("ALTER TABLE contact ADD COLUMN half_done TEXT")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", broken_version)
    monkeypatch.setitem(migrations.STEPS, broken_version, broken)
    with pytest.raises(RuntimeError):
        open_store(store_path)
    close_store()
    with sqlite3.connect(store_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == broken_version - 1
        columns = [row[1] for row in raw.execute("PRAGMA table_info(contact)")]
    raw.close()
    assert "half_done" not in columns


def test_the_runner_refuses_a_newer_file(store_path: Path):
    open_store(store_path)
    try:
        db.user_version = migrations.SCHEMA_VERSION + 3
        with pytest.raises(StoreTooNew):
            migrations.upgrade(db, store_path)
    finally:
        close_store()


def test_seeding_again_keeps_the_users_rings_and_puts_back_a_missing_one(store):
    from networkcircles.store.models import Circle
    from networkcircles.store.seed import CIRCLE_SEEDS

    first, last = CIRCLE_SEEDS[0].key, CIRCLE_SEEDS[-1].key
    Circle.update(name="My people").where(Circle.key == first).execute()
    Circle.delete().where(Circle.key == last).execute()
    migrations.seed_circles()
    rings = {c.key: c.name for c in Circle.select()}
    assert len(rings) == len(CIRCLE_SEEDS)
    assert rings[first] == "My people"
    assert rings[last] == CIRCLE_SEEDS[-1].name
