"""Start-up: the welcome dialog on first start, the store it chooses, the screenshot command."""

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage

from networkcircles.cli import main
from networkcircles.store import queries
from networkcircles.store.db import close_store
from networkcircles.ui import app, settings, store_files
from networkcircles.ui.dialogs.welcome import WelcomeChoice, WelcomeDialog


def test_first_start_offers_a_demo(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(store_files, "data_folder", lambda: tmp_path / "data")
    monkeypatch.setattr(
        WelcomeDialog, "ask", classmethod(lambda cls, parent=None: WelcomeChoice.DEMO)
    )
    chosen = app.choose_start_store()
    try:
        assert chosen == tmp_path / "data" / store_files.DEMO_STORE_NAME
        assert queries.stats()["contacts"] == 60
    finally:
        close_store()


def test_first_start_empty_network_and_then_the_last_one(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(store_files, "data_folder", lambda: tmp_path / "data")
    monkeypatch.setattr(
        WelcomeDialog, "ask", classmethod(lambda cls, parent=None: WelcomeChoice.EMPTY)
    )
    assert app.choose_start_store() == tmp_path / "data" / store_files.DEFAULT_STORE_NAME
    elsewhere = tmp_path / "elsewhere.sqlite"
    elsewhere.touch()
    settings.remember_recent(str(elsewhere))
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, parent=None: None))
    assert app.choose_start_store() == elsewhere


def test_closing_the_welcome_opens_nothing(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(store_files, "data_folder", lambda: tmp_path / "data")
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, parent=None: None))
    assert app.choose_start_store() is None
    assert not (tmp_path / "data").exists()


def test_welcome_buttons_choose(qtbot):
    from PySide6.QtWidgets import QPushButton

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QPushButton)}
    buttons["Explore a demo network"].click()
    assert dialog.choice is WelcomeChoice.DEMO
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_screenshot_writes_the_window(qtbot, tmp_path: Path):
    db, shot = tmp_path / "n.sqlite", tmp_path / "shot.png"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["screenshot", "--db", str(db), "-o", str(shot), "--size", "1200x800"]) == 0
    close_store()
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 800, 29)}
    assert len(colours) > 20  # rings, dots, text and panels, not a blank


def test_a_screenshot_leaves_the_users_window_layout_alone(qtbot, tmp_path: Path):
    # The screenshot's window is a headless one of the size asked for: closing it must not
    # save its geometry and dock layout over the ones the user's real window left.
    db, shot = tmp_path / "n.sqlite", tmp_path / "shot.png"
    assert main(["demo", "--db", str(db)]) == 0
    close_store()
    users = {settings.WINDOW_GEOMETRY: b"users geometry", settings.WINDOW_STATE: b"users state"}
    for setting, value in users.items():
        settings.write(setting, QByteArray(value))
    assert main(["screenshot", "--db", str(db), "-o", str(shot), "--size", "900x600"]) == 0
    close_store()
    for setting, value in users.items():
        assert bytes(settings.read(setting).data()) == value


def test_a_new_db_path_gets_the_welcome_and_its_way_to_the_demo(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(store_files, "data_folder", lambda: tmp_path / "data")
    asked: list[bool] = []

    def ask(cls, parent=None):
        asked.append(True)
        return WelcomeChoice.DEMO

    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(ask))
    new = tmp_path / "new.sqlite"
    try:
        assert app.choose_start_store(new) == tmp_path / "data" / store_files.DEMO_STORE_NAME
        assert asked and queries.stats()["contacts"] == 60
        assert not new.exists()  # the file named is not made when the demo was chosen
    finally:
        close_store()
    monkeypatch.setattr(
        WelcomeDialog, "ask", classmethod(lambda cls, parent=None: WelcomeChoice.EMPTY)
    )
    assert app.choose_start_store(new) == new
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, parent=None: None))
    assert app.choose_start_store(new) is None and not new.exists()
    existing = tmp_path / "existing.sqlite"
    existing.touch()
    asked.clear()
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(ask))
    assert app.choose_start_store(existing) == existing and not asked


def test_help_opens_the_demo_network(window, monkeypatch, tmp_path):
    monkeypatch.setattr(store_files, "data_folder", lambda: tmp_path / "data")
    help_menu = window.menuBar().actions()[-1].menu()
    demo = next(a for a in help_menu.actions() if "Demo" in a.text())
    demo.trigger()
    assert window.store_path == (tmp_path / "data" / store_files.DEMO_STORE_NAME).resolve()
    assert queries.stats()["contacts"] == 60
    assert window.contacts_model.rowCount() == 60


def test_the_window_without_a_display_says_so_in_one_line(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "networkcircles", "--db", str(tmp_path / "n.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no display" in result.stderr
    assert not (tmp_path / "n.sqlite").exists()
