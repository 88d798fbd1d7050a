"""The window's start runs no garbage collection while the window is built: all it makes
lives on, and is frozen out of the collector's sight as soon as it is built."""

import gc

from PySide6.QtWidgets import QApplication
from test_start_check import _NoCrashHandler, network  # noqa: F401 (a fixture)

from networkcircles.store.db import close_store
from networkcircles.ui import app as ui_app
from networkcircles.ui import collector as gc_switch
from networkcircles.ui.main_window import MainWindow


def test_building_the_start_window_runs_no_collection_and_freezes_what_it_made(
    network,  # noqa: F811 (the fixture)
    qapp,
    monkeypatch,
):
    monkeypatch.setattr(ui_app, "CrashHandler", _NoCrashHandler)
    monkeypatch.setattr(ui_app, "_daily_backup", lambda path: None)
    collections: list[int] = []
    built: list[tuple[int, bool]] = []
    real_init = MainWindow.__init__

    def init(window, *args, **kwargs) -> None:
        started = len(collections)
        real_init(window, *args, **kwargs)
        built.append((len(collections) - started, gc.isenabled()))

    def no_loop(app) -> int:
        built.append((0, gc.isenabled()))
        return 0

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    monkeypatch.setattr(MainWindow, "__init__", init)
    monkeypatch.setattr(QApplication, "exec", no_loop)
    was_on = gc.isenabled()
    gc.enable()
    gc.callbacks.append(count)
    try:
        assert ui_app.run_window(network) == 0
    finally:
        gc.callbacks.remove(count)
        if not was_on:
            gc.disable()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.hide()
                window.deleteLater()
        close_store()
    [(during, enabled_built), (_, enabled_after)] = built
    assert during == 0  # none while the window was built (its rows, dots, widgets)
    assert not enabled_built  # held by the start, and given back:
    assert enabled_after and not gc_switch.is_held()
    assert gc.get_freeze_count() > 0
