"""Unexpected errors reach the user as one dialog and a log entry, never only stderr."""

import sys

from networkcircles.error_log import LOG_NAME
from networkcircles.ui.crash_handler import CrashHandler


def test_an_uncaught_error_is_shown_and_logged(qtbot, tmp_path, error_dialogs, monkeypatch):
    handler = CrashHandler(folder=lambda: tmp_path / "data")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    handler.install()
    assert sys.excepthook == handler.handle_exception
    try:
        raise ValueError("the <b>calendar</b> broke")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(error_dialogs) == 1
    title, message = error_dialogs[0]
    assert title == "Something went wrong"
    assert "the <b>calendar</b> broke" in message  # shown as typed: the box is plain text
    log = tmp_path / "data" / LOG_NAME
    assert str(log) in message
    text = log.read_text("utf-8")
    assert "Traceback" in text and "ValueError: the <b>calendar</b> broke" in text
    assert log.stat().st_mode & 0o777 == 0o600
    error_dialogs.clear()


def test_an_unwritable_log_still_shows_the_dialog(qtbot, tmp_path, error_dialogs):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    handler = CrashHandler(folder=lambda: blocked)
    handler.handle_exception(OSError, OSError("database or disk is full"), None)
    assert len(error_dialogs) == 1 and "disk is full" in error_dialogs[0][1]
    error_dialogs.clear()
