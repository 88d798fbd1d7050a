"""Shared fixtures: a private store file, and no test touching real settings or data."""

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
