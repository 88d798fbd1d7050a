"""Starting the Qt application: the window, the first-start welcome, and headless screenshots."""

import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSettings,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from networkcircles import __version__
from networkcircles.paths import resource
from networkcircles.safe_files import write_atomically
from networkcircles.store.db import open_store
from networkcircles.store.errors import StoreError
from networkcircles.ui import icons, settings, store_files, theme, translation
from networkcircles.ui.crash_handler import CrashHandler
from networkcircles.ui.error_text import store_reason

if TYPE_CHECKING:
    from networkcircles.ui.main_window import MainWindow


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_application(headless: bool = False) -> QApplication:
    """The one QApplication, named so QSettings and QStandardPaths find our folders."""
    if headless and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("networkcircles")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "networkcircles.svg"))))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    translation.install_translators()  # the system's language, before any text is made
    theme.apply_theme(theme.current_theme())
    return app


def choose_start_store(db: Path | None = None) -> Path | None:
    """The store to open: `db` when it exists; with no --db, the last one used or the default
    one. A network that does not exist yet (first start, or --db naming a new file) gets the
    welcome first: start it empty, or explore the demo instead. None when the user closes
    the welcome: nothing is created."""
    from networkcircles.ui.dialogs.welcome import WelcomeChoice, WelcomeDialog

    if db is not None:
        if db.exists():
            return db
        new = db
    else:
        last = settings.read(settings.LAST_FILE)
        if last and Path(last).exists():
            return Path(last)
        new = store_files.data_folder() / store_files.DEFAULT_STORE_NAME
        if new.exists():
            return new
    choice = WelcomeDialog.ask()
    if choice is None:
        return None
    if choice is WelcomeChoice.DEMO:
        return store_files.open_demo_store()
    return new


def run_window(db: Path | None) -> int:
    from networkcircles.ui.dialogs.questions import show_error

    if not _has_display() and not os.environ.get("QT_QPA_PLATFORM"):
        # Qt would abort with a page about xcb plugins: say what is wrong in one line.
        print(
            "networkcircles: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
            "are unset); the other commands work without one",
            file=sys.stderr,
        )
        return 1
    app = create_application()
    # From here on no error disappears into stderr: a dialog, and the log for a bug.
    CrashHandler(app).install()
    path = choose_start_store(db)
    if path is None:
        return 0
    try:
        opened = _open_or_ask(path)
        if opened is None:
            return 0
        window = _window_over(opened)
    except StoreError as error:
        text = QCoreApplication.translate("app", "{path} cannot be opened: {reason}")
        show_error(None, "networkcircles", text.format(path=error.path, reason=store_reason(error)))
        print(f"networkcircles: cannot open {error.path}: {error.reason}", file=sys.stderr)
        return 1
    _daily_backup(opened)  # of a file that passed its check
    window.restore_layout()
    # What need not delay the first paint comes after it, a piece per turn of the event loop:
    # the file among the recent ones (the settings file written and synced to disk twice),
    # icon fonts, the diagram's marks and association markers, the search index of a file
    # made before there was one, what is due.
    window.start_up.add(
        lambda: _remember_recent(window, opened),
        icons.load,
        window.feeds.reload,
        _ensure_search_index,
        window.panels.remind_due,
    )
    window.show()
    return app.exec()


def _window_over(path: Path) -> "MainWindow":
    """The window over the store just opened, built while the file's quick check and the
    contacts' rows are read on another core (open_store's check_later, ContactRowsAhead),
    and not shown: a file the check finds damaged raises NotAStore here, as it would have
    on opening, and its window is never seen."""
    from networkcircles.store.db import finish_opening, is_read_only
    from networkcircles.store.rows_ahead import ContactRowsAhead
    from networkcircles.ui import collector as gc_switch

    # What the window's build makes (its modules, widgets, every row and dot) lives on:
    # collections meanwhile would only walk it, and they include full ones (at 50,000
    # contacts, ~140 ms of the main thread's CPU). So none while it is built; then it is
    # frozen out of the collector's sight at once, as the first paint would (StartUpWork).
    gc_switch.hold(gc_switch.START)
    try:
        # Read on the other core while the window's modules load and its widgets are made.
        rows_ahead = None if is_read_only() else ContactRowsAhead(path)
        from networkcircles.ui.main_window import MainWindow

        try:
            window = MainWindow(path, marks_later=True, rows_ahead=rows_ahead)
        except BaseException:
            finish_opening()  # a damaged file may fail to read first: NotAStore says why
            raise
    except BaseException:
        gc_switch.release(gc_switch.START)
        raise
    gc_switch.freeze()  # waits for the release: frozen before any collection runs
    gc_switch.release(gc_switch.START)
    try:
        finish_opening()
    except StoreError:
        window.deleteLater()
        raise
    return window


def _remember_recent(window: "MainWindow", path: Path) -> None:
    """The file opened comes first in File ▸ Open Recent, and opens at the next start."""
    settings.remember_recent(str(path))
    window.files.fill_recent_menu()


def _ensure_search_index() -> None:
    from networkcircles.store import search
    from networkcircles.store.db import db, is_read_only

    if not is_read_only():
        search.ensure(db)  # a file from before the index: built once, in one transaction


def _open_or_ask(path: Path) -> Path | None:
    """Open for writing; if another window has it, ask: read-only (returned) or quit (None)."""
    from networkcircles.store.errors import StoreLocked
    from networkcircles.ui.dialogs.store_locked import StoreLockedDialog

    try:
        # A write-protected file, or one in a read-only place, opens read-only: the
        # window marks itself so and says why (MainWindow.read_only_state).
        return open_store(path, may_read_only=True, check_later=True)
    except StoreLocked as locked:
        if StoreLockedDialog.ask(None, locked.path, locked.holder) != "read_only":
            return None
        return open_store(path, read_only=True)


def _daily_backup(path: Path) -> None:
    """The first start of the day copies the store to backups/ (store/backup.py)."""
    import sqlite3

    from networkcircles.store import backup
    from networkcircles.store.db import db, is_read_only

    if is_read_only():
        return  # the window that writes to it makes the backups
    try:
        backup.daily_backup(db, path)
    except (OSError, sqlite3.Error) as error:  # a full disk must not keep the network shut
        print(f"networkcircles: no backup of {path} today: {error}", file=sys.stderr)


def take_screenshot(db: Path, output: Path, size: tuple[int, int]) -> None:
    """Render the main window over the open store to a PNG, no display needed."""
    from networkcircles.safe_files import output_target
    from networkcircles.store.db import current_path
    from networkcircles.ui.main_window import MainWindow

    output_target(output)  # a folder, pipe or device as -o: refused before any drawing
    if not output.expanduser().parent.is_dir():
        raise OSError(errno.ENOENT, "its folder does not exist", str(output))
    app = create_application(headless=True)
    icons.load()  # no first paint to wait for: the picture should have its icons
    window = MainWindow(current_path() or db)
    window.resize(*size)
    window.show()
    app.processEvents()
    window.diagram_view.fit_all()
    for _ in range(3):  # the first paint, the side panels filling in after it, their layout
        app.processEvents()
    picture = QByteArray()
    buffer = QBuffer(picture)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = window.grab().save(buffer, "PNG")
    buffer.close()
    # Hidden, not closed: closing saves the window's geometry and docks as the user's own,
    # and this headless one has the size the command was given.
    window.hide()
    window.deleteLater()
    if not saved or picture.isEmpty():
        raise OSError(errno.EIO, "the picture could not be made", str(output))
    # Whole or not at all, owner-only like every other output, never over a device or pipe.
    write_atomically(output, bytes(picture.data()))
