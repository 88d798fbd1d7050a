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
