"""A real schema-1 store, as people have them, upgrades to today's schema with nothing lost."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from networkcircles.services import contacts
from networkcircles.store import backup, migrations, search, table_rebuild
from networkcircles.store.db import close_store, db, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "schema1-demo.sqlite"


def _schema(path: Path, kinds: tuple[str, ...]) -> dict[str, str]:
    raw = sqlite3.connect(path)
    try:
        marks = ", ".join("?" * len(kinds))
        return {
            name: " ".join(sql.split())
            for name, sql in raw.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type IN ({marks}) AND sql IS NOT NULL",
                kinds,
            )
            if not name.startswith("sqlite_")
        }
    finally:
        raw.close()


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    path = tmp_path / "mine.sqlite"
    shutil.copyfile(FIXTURE, path)
    return path


def test_every_row_survives_the_upgrade(old_store: Path, exact_rows):
    before = exact_rows(old_store)
    assert all(before.values()), "every table of the fixture has rows"
    open_store(old_store)
    try:
        assert db.user_version == migrations.SCHEMA_VERSION
    finally:
        close_store()
    after = exact_rows(old_store)
    # later steps add tables (schema 3: sync state); they start empty
    assert {table: after[table] for table in after.keys() - before.keys()} == {
        "sync_account": [],
        "sync_item": [],
        "event_exception": [],  # schema 4: changed occurrences of recurring events
    }
    # schema 4: attendance gained its occurrence as a last column; the rest is unchanged
    assert {table: after[table] for table in before if table != "attendance"} == {
        table: rows for table, rows in before.items() if table != "attendance"
    }
    assert [row[:-1] for row in after["attendance"]] == before["attendance"]
    with sqlite3.connect(old_store) as raw:
        starts = dict(raw.execute("SELECT id, starts_at FROM event WHERE recurrence != ''"))
        occurrences = raw.execute("SELECT event_id, occurrence FROM attendance").fetchall()
    raw.close()
    assert starts, "the fixture has recurring events with people met there"
    # who was met at a series from before is met at its first occurrence; one-offs keep ""
    assert occurrences == [(event, starts.get(event, "")) for event, _ in occurrences]
    assert any(event in starts for event, _ in occurrences)
    with sqlite3.connect(old_store) as raw:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()


def test_the_upgraded_file_has_the_schema_of_a_new_one(old_store: Path, tmp_path: Path):
    open_store(old_store)
    close_store()
    fresh = tmp_path / "fresh.sqlite"
    open_store(fresh)
    close_store()
    for kinds in (("table",), ("index",), ("trigger",)):
        assert _schema(old_store, kinds) == _schema(fresh, kinds), kinds


def test_search_still_finds_everyone_after_the_upgrade(old_store: Path):
    open_store(old_store)
    try:
        names = dict(db.execute_sql("SELECT id, name FROM contact").fetchall())
        for contact_id, name in names.items():
            assert contact_id in search.matching_ids(name), name
        # and the triggers came back with the rebuilt tables: a new contact is found too
        new_id = contacts.create("Quinlan Zephyrine", "peers")
        assert search.matching_ids("Zephyrine") == {new_id}
    finally:
        close_store()


def test_a_backup_of_the_old_file_comes_first_and_others_are_kept(old_store: Path, exact_rows):
    folder = backup.backup_folder(old_store)
    folder.mkdir()
    earlier = folder / "mine-daily-20261101-090000.sqlite"
    shutil.copyfile(FIXTURE, earlier)
    earlier_bytes = earlier.read_bytes()
    before = exact_rows(old_store)
    open_store(old_store)
    close_store()
    taken = [info for info in backup.list_backups(old_store) if info.kind == "schema1"]
    assert len(taken) == 1
    assert exact_rows(taken[0].path) == before
    with sqlite3.connect(taken[0].path) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    copy.close()
    assert earlier.read_bytes() == earlier_bytes


def test_deleted_ids_are_never_given_again(old_store: Path):
    open_store(old_store)
    try:
        highest = db.execute_sql("SELECT max(id) FROM contact").fetchone()[0]
        gone = contacts.delete(highest)
        newcomer = contacts.create("Newcomer", None)
        assert newcomer > highest
        assert contacts.restore(gone) == highest  # undo puts the old one back, no collision
    finally:
        close_store()


def test_a_rebuild_with_foreign_keys_on_is_refused(store: Path):
    sql = table_rebuild.table_sql(db, "contact")
    with pytest.raises(table_rebuild.RebuildFailed):
        table_rebuild.rebuild(db, "contact", sql)


def test_a_step_that_would_lose_rows_leaves_the_old_version(
    old_store: Path, monkeypatch, exact_rows
):
    """The runner itself counts rows: a step that drops any is rolled back whole."""
    before = exact_rows(old_store)

    def careless(store):
        store.execute_sql("DELETE FROM interaction WHERE id = (SELECT min(id) FROM interaction)")

    monkeypatch.setitem(migrations.STEPS, 2, careless)
    with pytest.raises(table_rebuild.RebuildFailed):
        open_store(old_store)
    close_store()
    assert exact_rows(old_store) == before
    with sqlite3.connect(old_store) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    raw.close()


def test_a_naive_rebuild_would_have_cascaded(old_store: Path):
    """Why foreign keys go off: the same rebuild with them on deletes every child row."""
    raw = sqlite3.connect(old_store)
    raw.execute("PRAGMA foreign_keys = ON")
    children = raw.execute("SELECT count(*) FROM contact_email").fetchone()[0]
    raw.execute("BEGIN")
    raw.execute('CREATE TABLE "contact_new" AS SELECT * FROM contact')
    raw.execute("DROP TABLE contact")
    assert raw.execute("SELECT count(*) FROM contact_email").fetchone()[0] < children
    raw.execute("ROLLBACK")
    raw.close()
