"""Why a network file cannot be opened, why a sync account has no password and why an undo
failed reach a German window in German (ui/error_text.py, ui/crash_handler.py); the command
line keeps its English sentences."""

import re
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from networkcircles.services.importing import plan_import
from networkcircles.store import errors, migrations
from networkcircles.store.db import open_store
from networkcircles.store.lock import Holder, StoreLock
from networkcircles.sync import passwords
from networkcircles.ui import error_text
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import Command
from networkcircles.ui.crash_handler import CrashHandler
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog

STORE = Path(errors.__file__).parent


def test_every_kind_of_store_error_has_a_wording():
    assert error_text.worded_store_kinds() == set(errors.REASONS)


def test_every_kind_a_store_raise_site_names_is_known():
    """Each `NotAStore(path, "kind", …)`, `StoreError(…)`, `StoreFailed(…)`, each subclass's
    `super().__init__(path, "kind", …)` and each fault
    sqlite_file.header_fault returns names a kind of errors.REASONS."""
    named = re.compile(
        r"(?:NotAStore|StoreError|StoreFailed|super\(\).__init__)\(\s*\w+,\s*\"(\w+)\""
    )
    found = set()
    for path in STORE.glob("*.py"):
        found |= set(named.findall(path.read_text(encoding="utf-8")))
    faults = (STORE / "sqlite_file.py").read_text(encoding="utf-8")
    found |= set(re.findall(r"return \"(\w+)\"", faults))
    assert len(found) > 20
    assert found <= set(errors.REASONS), found - set(errors.REASONS)
    assert set(errors.StoreReadOnly.KINDS.values()) <= set(errors.REASONS)


def test_the_command_line_keeps_its_english_reasons(tmp_path):
    path = tmp_path / "n.sqlite"
    assert errors.StoreTooNew(path, 9, 7).reason == (
        "it was written by a newer networkcircles (schema 9; this version reads up to 7)"
    )
    assert str(errors.NoStore(path)) == f"{path}: there is no network there"
    assert errors.StoreLocked(path, Holder(42, "", "import")).reason == (
        "a command-line import (pid 42) has it open; try again when it is done"
    )
    full = errors.database_trouble(path, sqlite3.OperationalError("database or disk is full"))
    assert (full.kind, full.reason) == ("disk_full", "the disk is full; nothing was changed")
    damaged = errors.database_trouble(path, sqlite3.DatabaseError("no such table: contact"))
    assert damaged.values == {"detail": "no such table: contact"}
    assert damaged.reason == "the file is damaged (no such table: contact)"
    refused = errors.StoreReadOnly(path, errors.StoreReadOnly.WHY_FILE)
    assert refused.reason == "the file is write-protected, so it can only be read"
    text = tmp_path / "notes.sqlite"
    text.write_text("shopping list")
    with pytest.raises(errors.NotAStore) as not_ours:
        open_store(text)
    assert not_ours.value.kind == "not_sqlite"
    assert not_ours.value.reason == "it is not a networkcircles network (not an SQLite database)"
    missing = passwords.NoPassword("https://dav.example.org/", "ana", "not_in_keyring")
    assert missing.reason == (
        "no password for ana at https://dav.example.org/ in the system keyring; "
        "add the account in the window or set NETWORKCIRCLES_PASSWORD"
    )


def _copy(network: Path, path: Path, version: int | None = None) -> Path:
    """A copy of `network` at `path` (SQLite's backup: what its -wal holds too), stamped
    with schema `version` if given."""
    source, copy = sqlite3.connect(network), sqlite3.connect(path)
    try:
        source.backup(copy)
        if version is not None:
            copy.execute(f"PRAGMA user_version = {version}")
            copy.commit()
    finally:
        source.close()
        copy.close()
    return path


def test_a_german_window_says_in_german_why_a_network_cannot_be_opened(
    window, german, monkeypatch, tmp_path
):
    """File ▸ Open on a text file, on a network from a newer version and on a network a
    command-line import has open: each refusal is German, the path as it is, and the window
    keeps its network."""
    shown: list[str] = []
    monkeypatch.setattr(questions, "show_error", lambda parent, title, text: shown.append(text))
    before = window.store_path
    text = tmp_path / "notes.sqlite"
    text.write_text("shopping list")
    newer = _copy(before, tmp_path / "newer.sqlite", migrations.SCHEMA_VERSION + 1)
    busy = _copy(before, tmp_path / "busy.sqlite")
    lock = StoreLock(busy.resolve(), "import")
    lock.acquire()
    try:
        for path in (text, newer, busy):
            assert window.files.switch_to(path) is False
            assert window.store_path == before
    finally:
        lock.release()
    assert len(shown) == 3
    reasons = []
    for message, path in zip(shown, (text, newer, busy), strict=True):
        where, said, why = message.partition(" kann nicht geöffnet werden: ")
        assert said and str(path.resolve()) in where
        reasons.append(why)
    assert reasons[0].startswith("Es ist kein networkcircles-Netzwerk")
    assert reasons[1].startswith("Eine neuere Version") and "newer" not in reasons[1]
    assert f"Schema {migrations.SCHEMA_VERSION + 1};" in reasons[1]
    assert reasons[2].startswith("Der Kommandozeilenbefehl „import“ (Prozess ")
    assert "open" not in reasons[2] and "pid" not in reasons[2]


def test_a_german_window_says_why_a_sync_account_has_no_password(store, qtbot, german, monkeypatch):
    """No usable keyring: the sync's outcome (shown in the sync log) is German."""
    from networkcircles.ui.sync_controller import SyncWorker

    monkeypatch.delenv(passwords.ENVIRONMENT, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        worker = SyncWorker([("https://dav.example.org/", "ana")], allow_deletes=False)
        with qtbot.waitSignal(worker.done, timeout=10_000) as finished:
            worker.start()
        worker.wait()
    finally:
        keyring.set_keyring(before)
    (outcome,) = finished.args[0]
    assert outcome.failure.startswith("Der Schlüsselbund des Systems ist nicht nutzbar")
    assert "NETWORKCIRCLES_PASSWORD" in outcome.failure and "ana" in outcome.failure
    assert "keyring" not in outcome.failure.split("(")[0]


class _FailingUndo(Command):
    def __init__(self, bridge: StoreBridge) -> None:
        super().__init__(QCoreApplication.translate("undo", "Move {name}").format(name="Ana"))
        self._bridge = bridge

    def redo(self) -> None:
        pass

    def undo(self) -> None:
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_undo_is_worded_wholly_in_german(qtbot, german, error_dialogs):
    """No "undo" of Qt's inside a German sentence: the step is worded whole, and why it
    failed (SQLite's full disk) is German too."""
    bridge = StoreBridge()
    stack = QUndoStack()
    handler = CrashHandler()
    handler.watch_commands(bridge, stack)
    stack.push(_FailingUndo(bridge))
    stack.undo()
    (title, message) = error_dialogs.pop()
    assert title == "Konnte nicht rückgängig gemacht werden"
    lead, why = message.split("\n\n")
    assert lead.startswith("„") and "konnte nicht rückgängig gemacht werden" in lead
    assert "undo" not in lead.lower() and "redo" not in lead.lower()
    assert why.endswith("Der Datenträger ist voll; nichts wurde geändert")


def test_the_import_preview_counts_in_german(store, qtbot, german, tmp_path):
    calendar = tmp_path / "often.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        "DTSTART:20261201T100000Z\r\nSUMMARY:Stand-up\r\nRRULE:FREQ=HOURLY\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        newline="",
    )
    dialog = ImportPreviewDialog(plan_import([calendar]))
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel, "warnings_heading").text()
    assert heading.startswith("1 Warnung: ")
    summary = dialog.findChild(QLabel, "summary").text()
    assert summary.endswith("1 Termin hinzuzufügen, 0 schon in Ihrem Kalender.")


def test_the_import_preview_counts_one_warning_in_english(store, qtbot, tmp_path):
    calendar = tmp_path / "often.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        "DTSTART:20261201T100000Z\r\nSUMMARY:Stand-up\r\nRRULE:FREQ=HOURLY\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        newline="",
    )
    dialog = ImportPreviewDialog(plan_import([calendar]))
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel, "warnings_heading").text()
    assert heading == "1 warning: what was skipped or replaced; the rest imports"
    summary = dialog.findChild(QLabel, "summary").text()
    assert summary.endswith("1 event to add, 0 already in your calendar.")
