"""Backups: daily on the first start, before migrations and restores, the last 10 kept, restore."""

import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from networkcircles.services import contacts
from networkcircles.store import backup, queries, restoring
from networkcircles.store.db import close_store, db, open_store
from networkcircles.store.errors import NotAStore


@pytest.fixture(autouse=True)
def _close():
    yield
    close_store()


def _names() -> list[str]:
    return [row.name for row in queries.contact_rows()]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_first_start_of_a_day_backs_up_once(store: Path):
    assert backup.daily_backup(db, store) is None  # an empty network: nothing to lose
    contacts.create("Ana Abbott", "family")
    first = backup.daily_backup(db, store)
    assert first is not None and first.parent == store.parent / "backups"
    assert _mode(first) == 0o600
    assert backup.daily_backup(db, store) is None  # the same day: once
    tomorrow = date.today().replace(year=date.today().year + 1)
    assert backup.daily_backup(db, store, today=tomorrow) is not None
    # one self-contained file, readable without -wal or -shm
    assert not Path(f"{first}-wal").exists()
    with sqlite3.connect(first) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT name FROM contact").fetchall() == [("Ana Abbott",)]
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_a_backup_holds_the_last_commits_still_in_the_wal(store: Path):
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # everything stays in the -wal
    for n in range(50):
        contacts.create(f"Person {n}", "peers")
    assert Path(f"{store}-wal").stat().st_size > 0
    copy = backup.daily_backup(db, store)
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT count(*) FROM contact").fetchone()[0] == 50
    raw.close()


def test_only_the_last_ten_of_this_store_are_kept(store: Path, monkeypatch):
    contacts.create("Ana Abbott", "family")
    folder = store.parent / "backups"
    folder.mkdir()
    # another store's backups and unrelated files in the same folder are never pruned
    strangers = [
        folder / "other-daily-20200101-000000.sqlite",
        folder / "network-daily-20200101-000000.db",  # network.db, not network.sqlite
        folder / "network-notes.txt",
        folder / "network-daily-2020.sqlite",
    ]
    for stranger in strangers:
        stranger.write_text("x")
    stamps = iter(datetime(2026, 1, day, 9, 0, 0) for day in range(1, 20))

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return next(stamps)

    monkeypatch.setattr(backup, "datetime", Clock)
    made = [backup.backup_now(db, store, backup.DAILY) for _ in range(12)]
    made.append(backup.copy_before_migration(db, store, 0))
    kept = sorted(p.name for p in folder.iterdir() if p not in strangers)
    assert len(kept) == backup.KEEP
    assert kept == sorted(p.name for p in made[-backup.KEEP :])
    assert all(stranger.exists() for stranger in strangers)


def test_the_list_has_dates_kinds_and_contact_counts(store: Path):
    contacts.create("Ana Abbott", "family")
    first = backup.backup_now(db, store, backup.DAILY)
    contacts.create("Ben Baker", "peers")
    second = backup.copy_before_migration(db, store, 1)
    listed = backup.list_backups(store)
    assert [info.path for info in listed] == [second, first]  # newest first
    assert [info.contacts for info in listed] == [2, 1]
    assert [info.kind for info in listed] == ["schema1", "daily"]
    assert all(isinstance(info.taken_at, datetime) for info in listed)
    assert not list((store.parent / "backups").glob("*-wal"))  # read through immutable=1


def test_restore_puts_a_backup_back_after_backing_up_the_current_file(store: Path):
    contacts.create("Ana Abbott", "family")
    chosen = backup.backup_now(db, store, backup.DAILY)
    chosen_bytes = chosen.read_bytes()
    contacts.create("Ben Baker", "peers")
    before = restoring.restore(db, store, chosen)
    assert _names() == ["Ana Abbott"]
    assert chosen.read_bytes() == chosen_bytes  # the backup itself is not touched
    with sqlite3.connect(before) as raw:  # the network as it was is one restore away
        assert raw.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
    raw.close()
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _mode(store) == 0o600 and _mode(before) == 0o600
    contacts.create("Cy Cole", "peers")  # the live store is still writable
    close_store()
    open_store(store)
    assert _names() == ["Ana Abbott", "Cy Cole"]
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restoring_the_oldest_of_ten_keeps_it(store: Path, monkeypatch):
    contacts.create("Ana Abbott", "family")
    made = [backup.backup_now(db, store, backup.DAILY) for _ in range(backup.KEEP)]
    restoring.restore(db, store, made[0])
    assert made[0].exists()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store: Path, tmp_path: Path):
    contacts.create("Ana Abbott", "family")
    bad = tmp_path / "network-daily-20260101-000000.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(NotAStore):
        restoring.restore(db, store, bad)
    assert _names() == ["Ana Abbott"]


def test_the_window_backs_up_on_start_but_the_command_line_does_not(store_path: Path, qapp):
    from networkcircles.cli import main
    from networkcircles.ui import app

    assert main(["demo", "--db", str(store_path), "--size", "5"]) == 0
    assert main(["stats", "--db", str(store_path)]) == 0
    close_store()
    assert not (store_path.parent / "backups").exists()
    open_store(store_path)
    app._daily_backup(store_path)
    assert [info.contacts for info in backup.list_backups(store_path)] == [5]


def test_the_restore_dialog_lists_and_restores(store: Path, qtbot, monkeypatch):
    from networkcircles.ui.dialogs.restore_backup import RestoreBackupDialog
    from networkcircles.ui.main_window import MainWindow

    contacts.create("Ana Abbott", "family")
    backup.backup_now(db, store, backup.DAILY)
    contacts.create("Ben Baker", "peers")
    dialog = RestoreBackupDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "1"
    assert dialog.selected() == backup.list_backups(store)[0]

    window = MainWindow(store)
    qtbot.addWidget(window)
    file_actions = window.file_menu.actions()
    at = file_actions.index(window.restore_action)
    assert file_actions[at - 1] is window.recent_menu.menuAction()
    confirmed = []
    monkeypatch.setattr(
        RestoreBackupDialog,
        "choose",
        classmethod(lambda cls, parent, path: backup.list_backups(path)[0]),
    )
    monkeypatch.setattr(
        RestoreBackupDialog,
        "confirm",
        classmethod(lambda cls, parent, info: confirmed.append(info) or False),
    )
    window.restore_action.trigger()
    assert len(confirmed) == 1 and window.contacts_model.rowCount() == 2  # said no
    monkeypatch.setattr(RestoreBackupDialog, "confirm", classmethod(lambda cls, p, i: True))
    window.restore_action.trigger()
    assert window.contacts_model.rowCount() == 1
    assert _names() == ["Ana Abbott"]


def test_privacy_owner_only_files_written_only_where_asked_nothing_sent(
    tmp_path, qapp, monkeypatch
):
    import socket

    from networkcircles.cli import main

    def no_network(*args, **kwargs):
        raise AssertionError("nothing may leave the machine")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    store = tmp_path / "net" / "network.sqlite"
    out = tmp_path / "out"
    out.mkdir()
    assert main(["demo", "--db", str(store), "--size", "20"]) == 0
    close_store()
    beside = sorted(p.name for p in store.parent.iterdir())
    assert main(["export", "--db", str(store), "--format", "vcard", "-o", str(out / "a.vcf")]) == 0
    close_store()
    assert main(["print", "--db", str(store), "-o", str(out / "a.pdf")]) == 0
    close_store()
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "a.vcf"]
    assert sorted(p.name for p in store.parent.iterdir()) == beside
    open_store(store)
    made = backup.daily_backup(db, store)
    for path in (store, made, made.parent):
        assert _mode(path) & 0o077 == 0, path  # nobody but the owner reads a network
