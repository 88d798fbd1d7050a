"""SIGKILL during `demo` and during backups: whole or nothing, and no broken backup offered.

The loop lives in tests/stress/kill_demo_backup.py (run it there with more kills).
"""

import importlib.util
import signal
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

_spec = importlib.util.spec_from_file_location(
    "kill_demo_backup", Path(__file__).resolve().parents[1] / "stress" / "kill_demo_backup.py"
)
kill_demo_backup = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kill_demo_backup)


@pytest.mark.timeout(240)
def test_kills_leave_whole_demos_and_whole_backups(tmp_path: Path):
    figures = kill_demo_backup.run(tmp_path, kills=4, seed=3, size=300)
    print(figures.summary())
    assert figures.problems == []
    assert figures.demo_kills == 4 and figures.backup_kills == 4
    assert figures.backups_checked > 0


def test_a_cut_off_backup_is_neither_offered_nor_counted(store: Path):
    from networkcircles.store import backup
    from networkcircles.store.db import db

    whole = backup.backup_now(db, store, backup.DAILY)
    cut = whole.with_name(whole.name.replace("daily", "schema1"))
    cut.write_bytes(whole.read_bytes()[:5000])  # an older version's copy, killed half-way
    assert [info.path for info in backup.list_backups(store)] == [whole]
    for _ in range(backup.KEEP):
        backup.backup_now(db, store, backup.BEFORE_RESTORE)
    assert len(backup.list_backups(store)) == backup.KEEP  # the broken one took no place


def test_a_partial_copy_left_by_a_kill_is_cleared_by_the_next_backup(store: Path):
    from networkcircles.store import backup
    from networkcircles.store.db import db

    folder = backup.backup_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{store.stem}-daily-20261130-101010.sqlite.partial"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert backup.list_backups(store) == []
    backup.backup_now(db, store, backup.DAILY)
    assert not partial.exists()


def test_a_kill_before_the_first_commit_counts_as_nothing_and_the_demo_finishes(tmp_path: Path):
    """A kill between the switch to WAL (which writes the header) and the schema's first
    commit leaves an SQLite file with no tables: nothing was built, and opening it again
    makes it a network (the loop read it as a half-built one and failed at random)."""
    import sqlite3

    from networkcircles.cli import main
    from networkcircles.store.db import close_store

    store = tmp_path / "killed.sqlite"
    raw = sqlite3.connect(store)
    raw.execute("PRAGMA journal_mode = wal")
    raw.close()
    assert store.stat().st_size > 0
    assert not any(kill_demo_backup._counts(store).values())
    try:
        assert main(["demo", "--db", str(store), "--size", "30", "--seed", "5"]) == 0
    finally:
        close_store()
    assert kill_demo_backup._counts(store)["contact"] == 30
