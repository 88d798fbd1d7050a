"""Opening store files: new, ours, foreign, damaged, too new; and the file's permissions."""

import sqlite3
import stat
from pathlib import Path

import pytest

from networkcircles.store.db import APPLICATION_ID, close_store, db, open_store
from networkcircles.store.errors import NotAStore, StoreTooNew
from networkcircles.store.migrations import SCHEMA_VERSION
from networkcircles.store.queries import circles


def test_a_new_store_is_owner_only_and_seeded(store_path: Path):
    open_store(store_path)
    try:
        assert stat.S_IMODE(store_path.stat().st_mode) == 0o600
        assert [c.key for c in circles()] == [
            "family", "coworkers", "peers", "associations", "acquaintances",
        ]  # fmt: skip
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.user_version == SCHEMA_VERSION
    finally:
        close_store()


def test_reopening_keeps_the_data(store_path: Path):
    from networkcircles.services import contacts

    open_store(store_path)
    contact_id = contacts.create("Ana Abbott", "peers")
    close_store()
    open_store(store_path)
    try:
        assert contacts.contact_details(contact_id).circle_key == "peers"
    finally:
        close_store()


def _refused(path: Path, error: type[Exception]) -> str:
    before = path.read_bytes()
    with pytest.raises(error) as raised:
        open_store(path)
    assert path.read_bytes() == before, "a refused file must stay byte for byte the same"
    assert not Path(f"{path}-wal").exists()
    return raised.value.reason


def test_a_text_file_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes\n")
    assert "not an SQLite database" in _refused(path, NotAStore)


def test_another_programs_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE songs (title TEXT)")
        other.execute("INSERT INTO songs VALUES ('x')")
    other.close()
    assert "another program" in _refused(path, NotAStore)


def test_a_truncated_store_is_refused_untouched(store_path: Path, tmp_path: Path):
    from networkcircles.services.demo import create_demo

    open_store(store_path)
    create_demo(size=200)
    close_store()
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(store_path.read_bytes()[: store_path.stat().st_size // 2])
    assert "damaged" in _refused(cut, NotAStore)


def test_a_newer_store_is_refused_untouched(store_path: Path):
    open_store(store_path)
    close_store()
    with sqlite3.connect(store_path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    reason = _refused(store_path, StoreTooNew)
    assert "newer networkcircles" in reason
