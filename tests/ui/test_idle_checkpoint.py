"""The WAL is copied into the store file on a thread of its own once the user pauses, not by
an edit's commit on the window's thread."""

import gc
import sqlite3
import threading
from pathlib import Path

import pytest

from networkcircles.services import contacts
from networkcircles.store import checkpoint, queries
from networkcircles.store.db import close_store, db, open_store, read_only_uri
from networkcircles.ui import collector as gc_switch
from networkcircles.ui import idle_checkpoint
from networkcircles.ui.main_window import MainWindow

PAUSE_MS = 100


def _in_file_alone(path: Path) -> dict[int, str | None]:
    """Each contact's circle as the store file holds it without its WAL."""
    raw = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        return dict(
            raw.execute(
                "SELECT contact.id, circle.key FROM contact "
                "LEFT JOIN circle ON circle.id = contact.circle_id"
            ).fetchall()
        )
    finally:
        raw.close()


@pytest.fixture
def copies(monkeypatch) -> list[tuple[Path, bool]]:
    """Each copy made: the file, and whether it ran off the window's thread."""
    made: list[tuple[Path, bool]] = []
    real = checkpoint.copy_wal_into_file

    def spy(path: Path) -> bool:
        made.append((path, threading.current_thread() is not threading.main_thread()))
        return real(path)

    monkeypatch.setattr(idle_checkpoint, "copy_wal_into_file", spy)
    monkeypatch.setattr(idle_checkpoint, "IDLE_MS", PAUSE_MS)
    return made


@pytest.fixture
def window(store: Path, qtbot, copies):  # copies: the short pause, before the window
    with db.atomic():
        for n in range(400):
            contacts.create(f"Person {n}", ("peers", "family", None)[n % 3])
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.bridge.idle_checkpoint.wait()
    shown.close()


def _paused(window, qtbot) -> None:
    qtbot.waitUntil(
        lambda: (
            not window.bridge.idle_checkpoint.busy()
            and not window.bridge.idle_checkpoint._idle.isActive()
        ),
        timeout=5000,
    )


def test_a_bulk_move_and_its_undo_reach_the_file_after_a_pause(window, store, copies, qtbot):
    """The commit leaves the file alone (the WAL has it); the pause copies it, on another
    thread, once for both steps; the collector is back on afterwards."""
    chosen = [row.id for row in queries.contact_rows() if row.circle_key == "peers"][:100]
    before = _in_file_alone(store)
    window.move_contacts(chosen, "associations")
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert _in_file_alone(store) == before  # the edit is in the WAL only, so far
    assert copies == []
    _paused(window, qtbot)
    assert copies == [(store, True)]
    moved = _in_file_alone(store)
    assert {moved[i] for i in chosen} == {"associations"}
    assert {i: c for i, c in moved.items() if i not in chosen} == {
        i: c for i, c in before.items() if i not in chosen
    }
    assert not gc_switch.is_held() and gc.isenabled()
    # And the window goes on editing the same file: the next edit, then its own pause.
    window.undo_stack.undo()
    _paused(window, qtbot)
    assert len(copies) == 2
    assert _in_file_alone(store) == before


def test_no_copy_while_a_job_runs_it_waits_for_the_next_pause(window, store, copies, qtbot):
    gc_switch.hold(gc_switch.JOB)
    try:
        window.move_contacts([queries.contact_rows()[0].id], "associations")
        qtbot.wait(3 * PAUSE_MS)
        assert copies == []
    finally:
        gc_switch.release(gc_switch.JOB)
    _paused(window, qtbot)
    assert copies == [(store, True)]


def test_no_copy_of_a_store_closed_or_switched_meanwhile(window, store, copies, qtbot, tmp_path):
    window.move_contacts([queries.contact_rows()[0].id], "associations")
    close_store()
    qtbot.wait(3 * PAUSE_MS)
    assert copies == []
    open_store(tmp_path / "other.sqlite")  # the window stays; the store is another file now
    try:
        qtbot.wait(3 * PAUSE_MS)
        assert copies == []
    finally:
        close_store()
    open_store(store)  # for the fixture's close


def test_the_copy_creates_no_file_and_copies_the_wal(tmp_path: Path):
    missing = tmp_path / "gone.sqlite"
    assert checkpoint.copy_wal_into_file(missing) is False
    assert list(tmp_path.iterdir()) == []
    store = tmp_path / "network.sqlite"
    open_store(store)
    try:
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the new file's tables
        contact_id = contacts.create("Ana Abbott", "peers")
        assert _in_file_alone(store).get(contact_id) is None
        assert checkpoint.copy_wal_into_file(store) is True
        assert _in_file_alone(store)[contact_id] == "peers"
    finally:
        close_store()
