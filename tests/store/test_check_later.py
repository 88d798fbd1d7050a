"""Opening the window's network with its quick check under way (open_store(check_later=True)):
which files are checked on a thread, and that nothing is written before the check passed."""

import sqlite3
import threading
from pathlib import Path

import pytest

from networkcircles.services import contacts
from networkcircles.store import db as store_db
from networkcircles.store import integrity, queries
from networkcircles.store.db import close_store, finish_opening, open_store
from networkcircles.store.errors import NotAStore


@pytest.fixture
def closed_store(store: Path) -> Path:
    """A store holding one contact, closed (checkpointed, no -wal beside it)."""
    contacts.create("Ana Abbott", "family")
    close_store()
    return store


@pytest.fixture
def held_check(monkeypatch):
    """The quick check waits for `release` before it says what it found (`verdict`)."""
    release, verdict, started = threading.Event(), {"found": "ok"}, []
    real = integrity.quick_check

    def held(path: Path, wal: bool) -> str:
        started.append((path, threading.current_thread().name))
        found = real(path, wal)
        release.wait(10)
        return verdict["found"] if found == "ok" else found

    monkeypatch.setattr(integrity, "quick_check", held)
    return release, verdict, started


def test_no_write_reaches_the_file_before_its_check_has_passed(closed_store, held_check):
    release, _verdict, started = held_check
    before = closed_store.read_bytes()
    open_store(closed_store, check_later=True)
    assert started == [(closed_store.resolve(), "quick_check")]  # on a thread of its own
    assert [row.name for row in queries.contact_rows()] == ["Ana Abbott"]  # reads go on
    with pytest.raises(Exception, match="readonly"):
        contacts.create("Ben Brown", "peers")
    assert closed_store.read_bytes() == before
    release.set()
    finish_opening()
    contacts.create("Ben Brown", "peers")  # once it passed, the store takes writes
    assert sorted(row.name for row in queries.contact_rows()) == ["Ana Abbott", "Ben Brown"]
    close_store()


def test_a_fault_found_after_the_network_was_read_closes_it_untouched(closed_store, held_check):
    release, verdict, _started = held_check
    folder = closed_store.parent
    before = {entry.name: entry.read_bytes() for entry in folder.iterdir()}
    verdict["found"] = "*** in database main ***\nPage 7: btreeInitPage() returns error code 11"
    open_store(closed_store, check_later=True)
    assert len(queries.contact_rows()) == 1
    release.set()
    with pytest.raises(NotAStore, match="the file is damaged") as refused:
        finish_opening()
    assert "Page 7" in refused.value.reason
    assert store_db.db.is_closed()
    assert {entry.name: entry.read_bytes() for entry in folder.iterdir()} == before


FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("kind", ["rollback journal", "older schema", "hot wal"])
def test_a_file_that_opening_writes_to_is_checked_first(kind, closed_store, held_check):
    """Switching a file to WAL, migrating it or taking in a -wal left by a crash writes to
    it: such a file is checked before anything is written, as every file was."""
    release, _verdict, started = held_check
    release.set()
    if kind == "rollback journal":
        raw = sqlite3.connect(closed_store)
        raw.execute("PRAGMA journal_mode = delete")
        raw.close()
    elif kind == "older schema":
        closed_store.write_bytes((FIXTURES / "schema1-demo.sqlite").read_bytes())
    else:  # a writer killed with commits in its -wal
        raw = sqlite3.connect(closed_store)
        raw.execute("PRAGMA wal_autocheckpoint = 0")
        raw.execute("UPDATE contact SET name = 'Ana B. Abbott'")
        raw.commit()
        wal = Path(f"{closed_store}-wal").read_bytes()
        raw.close()  # the last connection checkpoints: put the -wal back as a crash left it
        Path(f"{closed_store}-wal").write_bytes(wal)
    open_store(closed_store, check_later=True)
    assert started == [(closed_store.resolve(), "MainThread")]  # before it was opened
    assert store_db.opened.check is None  # nothing left to wait for
    finish_opening()
    if kind == "hot wal":
        assert queries.contact_rows()[0].name == "Ana B. Abbott"
    close_store()


def test_a_check_under_way_is_dropped_with_its_store(closed_store, held_check, tmp_path):
    release, _verdict, _started = held_check
    open_store(closed_store, check_later=True)
    other = tmp_path / "other.sqlite"
    open_store(other)  # File > Open while the first check still runs
    assert store_db.opened.check is None
    contacts.create("Cleo Cole", "peers")
    release.set()
    finish_opening()  # nothing to wait for
    close_store()
