"""The log of unexpected errors: one file in the data folder, owner-only, kept small.

What the user sees of an unexpected error is one sentence; the traceback goes here, so a
bug report can carry it. No Qt: the command line writes to the same file.
"""

import os
import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "errors.log"
MAX_BYTES = 512 * 1024  # past this the log starts again, keeping the previous one as .1


def record(error: BaseException, folder: Path, context: str = "") -> Path | None:
    """Append `error` with its traceback to the log in `folder`; the log's path, or None when
    it cannot be written (a read-only or full disk must not turn one error into two)."""
    path = folder / LOG_NAME
    entry = f"--- {datetime.now().isoformat(timespec='seconds')} {context}\n" + "".join(
        traceback.format_exception(type(error), error, error.__traceback__)
    )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(handle, "a", encoding="utf-8") as log:
            log.write(entry)
    except OSError:
        return None
    return path


def summary(error: BaseException) -> str:
    """One line that says what failed, for a dialog or stderr."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "…"
