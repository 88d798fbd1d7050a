"""Shared fixtures: a private store file, and no test touching real settings or data."""

import gc
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # set before anything imports PySide6

from pathlib import Path

import pytest

from networkcircles.store.db import close_store, open_store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "network.sqlite"


@pytest.fixture
def store(store_path: Path):
    """A fresh, empty store opened through open_store, closed afterwards."""
    open_store(store_path)
    yield store_path
    close_store()


@pytest.fixture
def demo_store(store: Path) -> Path:
    """The default 60-contact demo network, fixed to one day so dates are repeatable."""
    from datetime import date

    from networkcircles.services.demo import create_demo

    create_demo(size=60, seed=7, today=date(2026, 11, 2))
    return store


@pytest.fixture(autouse=True)
def nothing_stays_frozen():
    """A window freezes what lives once its start-up is done (ui/collector.py): given back
    after each test, so no test keeps another's objects out of the collector's reach."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, request):
    """Like Mu's disable_autosave: Qt settings and data folders point into tmp_path."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QSettings, QStandardPaths

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QStandardPaths.setTestModeEnabled(True)
    yield


def store_rows(path: Path) -> list[str]:
    """Every row of every table of the open store, sorted: what "the store is exactly as it
    was" compares. Left out: the surrogate ids of rows an undo re-creates (e-mails, phones,
    referrals, the profile), contacts' updated_at stamps, and the full-text index's shadow
    tables, which hold the same words in other pages after an undo."""
    import sqlite3

    from networkcircles.store.db import db

    db.execute_sql("PRAGMA wal_checkpoint")
    raw = sqlite3.connect(path)
    lines = []
    tables = (
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contact_search%' "
        "AND name NOT LIKE 'sqlite%'"  # sqlite_sequence: ids handed out stay handed out
    )
    for (table,) in raw.execute(tables).fetchall():
        columns = [c[1] for c in raw.execute(f'PRAGMA table_info("{table}")')]
        keep = [c for c in columns if c != "updated_at"]
        if table in ("contact_email", "contact_phone", "referral", "profile"):
            keep.remove("id")
        quoted = ", ".join(f'"{c}"' for c in keep)
        lines += [f"{table} {row}" for row in raw.execute(f'SELECT {quoted} FROM "{table}"')]
    raw.close()
    return sorted(lines)


@pytest.fixture
def dump_store():
    return store_rows


def every_row(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, ids and stamps included, but the full-text index's own
    tables and SQLite's: what "exactly as it was" means for a bulk undo or a migration."""
    import sqlite3

    raw = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(("sqlite_", "contact_search"))
        ]
        return {t: sorted(raw.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        raw.close()


@pytest.fixture
def exact_rows():
    return every_row


@pytest.fixture(autouse=True)
def error_dialogs(request, monkeypatch, tmp_path: Path):
    """What the crash handler would have shown, instead of a modal box that would hang the
    test. A test that expects an error reads the list and empties it; any left is a failure."""
    # Every test: a modal box in a test that uses only `qapp` hung the run (pytest-timeout
    # cannot interrupt Qt's own event loop).
    from networkcircles.ui.crash_handler import CrashHandler

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where the error log goes
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        CrashHandler, "show_dialog", staticmethod(lambda parent, t, m: shown.append((t, m)))
    )
    yield shown
    assert not shown, f"unexpected error dialogs: {shown}"


@pytest.fixture
def collecting():
    """Python's automatic collection on for the test, and after it as it was before, even
    when the code under test (or the test) left it off."""
    was_on = gc.isenabled()
    gc.enable()
    yield
    if was_on:
        gc.enable()
    else:
        gc.disable()
