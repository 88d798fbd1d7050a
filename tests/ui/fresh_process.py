"""Running a piece of Python in a fresh interpreter, as a user's start would: its own home
and settings folders, the offscreen platform, no bytecode written into the source tree.
For what one process cannot show (which modules a start imports, what a start freezes)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_fresh(code: str, home: Path) -> str:
    """Run `code` in a new interpreter from the project's root with `home` as its home;
    its standard output (the test fails with its standard error if it fails)."""
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout
