"""The log of unexpected errors: one file in the data folder, owner-only, kept small.

What the user sees of an unexpected error is one sentence; the traceback goes here, so a
bug report can carry it. No Qt: the command line writes to the same file.
"""

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from networkcircles.safe_files import output_target

LOG_NAME = "errors.log"
MAX_BYTES = 512 * 1024  # past this the log starts again, keeping the previous one as .1


def data_folder() -> Path:
    """The user data folder, where QStandardPaths' AppDataLocation puts it, without Qt."""
    if sys.platform == "win32":  # pragma: no cover
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":  # pragma: no cover
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "networkcircles" / "networkcircles"


def record(error: BaseException, folder: Path | None = None, context: str = "") -> Path | None:
    """Append `error` with its traceback to the log in `folder` (the data folder by default);
    the log's path, or None when it cannot be written (a read-only or full disk must not turn
    one error into two)."""
    folder = data_folder() if folder is None else folder
    entry = f"--- {datetime.now().isoformat(timespec='seconds')} {context}\n" + "".join(
        traceback.format_exception(type(error), error, error.__traceback__)
    )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = output_target(folder / LOG_NAME)  # never through a link to a device
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(path, flags, 0o600), "a", encoding="utf-8") as log:
            log.write(entry)
    except Exception:
        return None
    return path


def summary(error: BaseException) -> str:
    """One line that says what failed, for a dialog or stderr."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "…"
