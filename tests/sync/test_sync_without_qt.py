"""Sync is plain Python under the window: it loads without Qt."""

import subprocess
import sys


def test_sync_loads_without_qt():
    code = (
        "import sys, networkcircles.sync.engine, networkcircles.sync.undo, "
        "networkcircles.sync.passwords; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
