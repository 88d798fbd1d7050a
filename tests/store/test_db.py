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
            "family",
            "coworkers",
            "peers",
            "associations",
            "acquaintances",
        ]
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


# Hostile places (issue 14): read-only stores, search in them, control characters.


def _store_with(path: Path, *names: str) -> None:
    from networkcircles.services import contacts

    open_store(path)
    for name in names:
        contacts.create(name, "peers")
    close_store()


def test_a_write_protected_store_opens_read_only_and_is_never_chmodded(store_path: Path):
    from networkcircles.store.db import is_read_only, read_only_reason
    from networkcircles.store.errors import StoreReadOnly
    from networkcircles.store.queries import stats

    _store_with(store_path, "Ana Abbott")
    store_path.chmod(0o444)
    before = store_path.read_bytes()
    with pytest.raises(StoreReadOnly, match="write-protected"):
        open_store(store_path)  # a writer is told why; root could write, but must not
    assert not Path(f"{store_path}.lock").exists()
    open_store(store_path, may_read_only=True)
    try:
        assert is_read_only() and read_only_reason() == StoreReadOnly.WHY_FILE
        assert stats()["contacts"] == 1
    finally:
        close_store()
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o444
    assert store_path.read_bytes() == before


def test_a_store_of_another_user_is_only_read(store_path: Path):
    import os

    from networkcircles.store.errors import StoreReadOnly

    if os.geteuid() != 0:
        pytest.skip("chown to another user needs root")
    _store_with(store_path, "Ana Abbott")
    os.chown(store_path, 65534, 65534)  # nobody
    with pytest.raises(StoreReadOnly, match="another user"):
        open_store(store_path)
    open_store(store_path, may_read_only=True)
    close_store()
    assert store_path.stat().st_uid == 65534


def test_a_missing_store_is_not_created_when_only_reading(tmp_path: Path):
    from networkcircles.store.errors import NoStore

    missing = tmp_path / "typo" / "network.sqlite"
    with pytest.raises(NoStore):
        open_store(missing, create=False)
    assert list(tmp_path.iterdir()) == []


def test_nul_and_control_characters_in_a_search_match_without_error(store):
    from networkcircles.services import contacts
    from networkcircles.store.search import matching_ids

    ana = contacts.create("Ana Abbott", "peers")
    assert matching_ids("ana\x00") == {ana}
    assert matching_ids("a\x00b") == set() or matching_ids("a\x00b") == {ana}
    assert matching_ids("\x00\x1b") is None  # nothing to search for


def test_a_read_only_window_finds_contacts_another_process_added(store_path: Path):
    """Only a writer catches the search index up: a read-only search must still see the
    contacts queued since (here: added and closed without a search)."""
    from networkcircles.store.search import matching_ids

    _store_with(store_path, "Ana Abbott")
    open_store(store_path)
    matching_ids("ana")  # the index is current for Ana
    from networkcircles.services import contacts

    bo = contacts.create("Bo Berg", "peers", organization="Acme Widgets")
    close_store()  # Bo is only in the queue now
    open_store(store_path, read_only=True)
    try:
        assert matching_ids("bo") == {bo}
        assert matching_ids("acme wid") == {bo}
        assert len(matching_ids("a")) == 2
    finally:
        close_store()
