"""Start-up: what the window needs before its first paint, and nothing more."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Readers and writers of files, printing, sync's vCards and the icon font: the first paint
# needs none of them, and together they cost a cold start hundreds of milliseconds.
NOT_BEFORE_FIRST_PAINT = {"icalendar", "vobject", "phonenumbers", "qtawesome", "keyring"}


def test_the_window_is_built_without_the_file_readers(tmp_path):
    """Build the main window over a small network as the app does before its first paint,
    in a fresh process: none of the heavy libraries is loaded yet."""
    probe = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from networkcircles.ui import app\n"
        "from networkcircles.store.db import open_store\n"
        "from networkcircles.ui.main_window import MainWindow\n"
        "qt = app.create_application(headless=True)\n"
        f"path = Path({str(tmp_path / 'start.sqlite')!r})\n"
        "open_store(path)\n"
        "window = MainWindow(path, marks_later=True)\n"
        "window.restore_layout()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    env = {
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(eval(done.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded  # the probe did build the window
    assert not loaded & NOT_BEFORE_FIRST_PAINT, loaded & NOT_BEFORE_FIRST_PAINT


def test_start_up_work_runs_after_the_first_paint_a_piece_per_turn(qtbot):
    """The deferred start-up work waits for the first paint, then runs one piece per turn
    of the event loop (what the user does gets in between), and says when all is done."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from networkcircles.ui.first_paint import StartUpWork

    widget = QWidget()
    qtbot.addWidget(widget)
    work = StartUpWork(widget)
    seen: list[str] = []

    def first() -> None:
        seen.append("first")
        QTimer.singleShot(0, lambda: seen.append("a click"))  # input waiting meanwhile

    work.add(first, lambda: seen.append("second"))
    work.add(lambda: seen.append("third"))
    qtbot.wait(20)
    assert seen == [] and not work.done  # nothing before the window paints
    with qtbot.waitSignal(work.finished, timeout=5000):
        widget.show()
    assert seen == ["first", "a click", "second", "third"]
    assert work.done


def test_the_window_says_when_its_start_up_is_complete(demo_store, qtbot):
    """MainWindow.start_up.finished comes once the window has painted and the docks in sight
    have filled in: the contact list holds every contact by then."""
    from networkcircles.store import queries
    from networkcircles.ui.main_window import MainWindow

    window = MainWindow(demo_store, marks_later=True)
    qtbot.addWidget(window)
    window.start_up.add(window.feeds.reload)
    with qtbot.waitSignal(window.start_up.finished, timeout=10000):
        window.show()
    assert window.start_up.done
    assert window.contacts_model.rowCount() == len(queries.contact_rows())
    window.close()


def test_the_diagrams_association_markers_read_the_ties_once(window, monkeypatch):
    """The deferred start-up work (feeds.reload) asks the store for the associations' ties
    once, not once for the comparison and again for the groups."""
    from networkcircles.store import event_queries

    calls = []
    real = event_queries.association_ties
    monkeypatch.setattr(event_queries, "association_ties", lambda: (calls.append(1), real())[1])
    window.feeds.reload()
    assert len(calls) == 1
