"""Keys a user reaches for: Ctrl+Q quits, no shortcut belongs to two actions."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence

# Run on a real X display (xcb): offscreen has no desktop key bindings, so there Quit's
# standard key is empty and a clash with an explicit Ctrl+Q cannot show.
QUIT_ON_XCB = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from networkcircles.store.db import open_store
from networkcircles.services.demo import create_demo
from networkcircles.ui.main_window import MainWindow

messages = []
qInstallMessageHandler(lambda kind, context, text: messages.append(text))
app = QApplication(sys.argv[:1])
open_store(Path(sys.argv[1]))
create_demo(size=20, seed=3)
window = MainWindow(Path(sys.argv[1]))
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window, 3000)
window.diagram_view.setFocus()
QTest.keyClick(window.diagram_view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
app.processEvents()
print("visible" if window.isVisible() else "closed")
print("\n".join(m for m in messages if "mbiguous" in m))
"""


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb for a real display")
def test_ctrl_q_quits_on_a_real_display(tmp_path: Path):
    display = f":{90 + os.getpid() % 50}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.8)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
        env.pop("QT_QPA_PLATFORMTHEME", None)
        result = subprocess.run(
            [sys.executable, "-c", QUIT_ON_XCB, str(tmp_path / "n.sqlite")],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        server.terminate()
        server.wait(5)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == "closed", result.stdout
    assert "mbiguous" not in result.stdout


def test_no_two_actions_share_a_shortcut(window):
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        own = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()]
        assert len(own) == len(set(own)), f"{action.text()} lists a shortcut twice: {own}"
        for key in own:
            assert key not in seen, f"{key}: {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()
    assert seen.get("Ctrl+Q") is not None
