"""The File menu's work: new, open and recent networks, import, export and printing."""

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QStatusBar

from networkcircles.interchange.suffixes import CSV_SUFFIXES, ICS_SUFFIXES, VCARD_SUFFIXES
from networkcircles.languages import counted
from networkcircles.services.child_process import ChildDied
from networkcircles.store import queries
from networkcircles.store.db import current_path, open_store
from networkcircles.store.errors import StoreError
from networkcircles.ui import settings
from networkcircles.ui.background import painted_once, run_in_background, run_in_child
from networkcircles.ui.commands import ImportCommand
from networkcircles.ui.dialogs import questions
from networkcircles.ui.error_text import store_reason
from networkcircles.ui.text import isolated, no_mnemonic

if TYPE_CHECKING:
    from networkcircles.store.queries import CircleRow
    from networkcircles.ui.bridge import StoreBridge
    from networkcircles.ui.panels.contact_list import ContactListPanel

CONTACT_SUFFIXES = tuple(sorted(VCARD_SUFFIXES | CSV_SUFFIXES))
IMPORT_SUFFIXES = CONTACT_SUFFIXES + tuple(sorted(ICS_SUFFIXES))  # every kind the import reads


# An export of this many contacts is written in a child process; a smaller one spares the
# child's start (a few hundred ms).
CHILD_FROM_CONTACTS = 2000


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join(f"*{suffix}" for suffix in suffixes)


def importable(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped URLs that an import could read."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in IMPORT_SUFFIXES]


class FileWindow(Protocol):
    """What the File menu's work needs of the main window (MainWindow is one)."""

    store_path: Path
    undo_stack: QUndoStack
    bridge: "StoreBridge"
    circles: "list[CircleRow]"
    contact_list: "ContactListPanel"

    def replace_network(self) -> None: ...

    def show_triage(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)


class NetworkFiles(QObject):
    """Opens, switches and fills the window's network file. The window owns the widgets."""

    def __init__(self, window: QMainWindow, recent_menu: QMenu) -> None:
        super().__init__(window)
        self.window: QMainWindow = window  # the parent of every dialog
        self.host = cast(FileWindow, window)  # the same window, by what it offers
        self.recent_menu = recent_menu
        self.fill_recent_menu()

    def folder(self) -> str:
        return str(self.host.store_path.parent)

    # which file

    def switch_to(self, path: Path) -> bool:
        """Open another network file in the window; on refusal keep the current one."""
        window = self.window
        previous = self.host.store_path
        try:
            opened = open_store(path, may_read_only=True)  # write-protected: read-only
        except StoreError as error:
            if current_path() != previous:  # refused late: go back to the file we had
                open_store(previous, may_read_only=True)
            questions.show_error(
                window,
                self.tr("Cannot open network"),
                isolated(
                    self.tr("{path} cannot be opened: {reason}"),
                    path=str(error.path),
                    reason=store_reason(error),
                ),
            )
            return False
        self.host.store_path = opened
        settings.remember_recent(str(opened))
        self.fill_recent_menu()
        self.host.replace_network()  # clears undo: its commands hold ids of the other file
        return True

    def open_network(self) -> None:
        path = questions.ask_open_path(self.window, self.folder())
        if path is not None:
            self.switch_to(path)

    def new_network(self) -> None:
        path = questions.ask_new_path(self.window, self.folder())
        if path is None:
            return
        if path.exists() and path.stat().st_size > 0:
            questions.show_error(
                self.window,
                self.tr("New network"),
                isolated(
                    self.tr("{path} already exists. Use File ▸ Open to open it."), path=str(path)
                ),
            )
            return
        self.switch_to(path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.read(settings.RECENT_FILES)
        for n, path in enumerate(recent, start=1):
            action = QAction(f"&{n} {no_mnemonic(Path(path).name)}", self.recent_menu)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.switch_to(Path(p)))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(recent))

    # what goes in and out

    def import_files(self, paths: list[Path] | None = None) -> None:
        """File ▸ Import… and dropped files: preview, confirm, write, then sort who came in."""
        from networkcircles.ui.dialogs.import_preview import run_import

        if paths is None:
            calendars = tuple(sorted(ICS_SUFFIXES))
            chosen, _ = QFileDialog.getOpenFileNames(
                self.window,
                self.tr("Import contacts or events"),
                self.folder(),
                ";;".join(
                    (
                        self.tr("Contacts and calendars (%1)").replace(
                            "%1", _patterns(IMPORT_SUFFIXES)
                        ),
                        self.tr("Contacts (%1)").replace("%1", _patterns(CONTACT_SUFFIXES)),
                        self.tr("Calendars (%1)").replace("%1", _patterns(calendars)),
                        self.tr("All files (*)"),
                    )
                ),
            )
            paths = [Path(p) for p in chosen]
        paths = self._regular_files(paths)
        if not paths:
            return
        result = run_import(self.window, paths)
        if result is None:
            return
        # The reload and the triage brought forward each repaint most of the window:
        # painted once, not twice in a row (the longest stall of an import at 10k).
        with painted_once(self.window) as next_turn:
            # Already written; on the stack so Ctrl+Z takes back exactly this import.
            self.host.undo_stack.push(ImportCommand(self.host.bridge, result))
            self.host.bridge.network_changed.emit()
            next_turn()  # the reload's last work and the triage's, not in one go
            self.window.statusBar().showMessage(
                self.tr("Imported: {added} added, {merged} merged, {events}").format(
                    added=result.added,
                    merged=result.merged,
                    events=counted(
                        self.tr("%n event(s)", "", len(result.event_ids)), len(result.event_ids)
                    ),
                ),
                8000,
            )
            if result.event_ids:
                self.host.bridge.events_changed.emit(list(result.event_ids))
            if result.added:
                self.host.show_triage()

    def _regular_files(self, paths: list[Path]) -> list[Path]:
        """The paths that are regular files; each other one is named in one message (a
        pipe would block the reader, a device feed it without end)."""
        from networkcircles.safe_files import NotARegularFile, check_input

        kinds = {
            "folder": self.tr("a folder"),
            "pipe": self.tr("a pipe"),
            "device": self.tr("a device"),
            "socket": self.tr("a socket"),
        }
        kept, refused = [], []
        for path in paths:
            try:
                check_input(path)
                kept.append(path)
            except NotARegularFile as error:
                kind = kinds.get(error.kind, self.tr("a special file"))
                refused.append(
                    self.tr("{path}: it is {kind}, not a regular file").format(path=path, kind=kind)
                )
            except OSError as error:
                refused.append(
                    self.tr("{path}: it cannot be read ({reason})").format(
                        path=path, reason=error.strerror or error
                    )
                )
        if refused:
            questions.show_error(self.window, self.tr("Not imported"), "\n".join(refused))
        return kept

    def export_contacts(self) -> None:
        from networkcircles.interchange.exporting import export_contacts
        from networkcircles.ui.dialogs.export_contacts import ExportContactsDialog

        window = self.window
        circle = self.host.contact_list.proxy.circle() or None
        choice = ExportContactsDialog.ask(window, self.host.circles, circle, self.folder())
        if choice is None:
            return
        title = self.tr("Export contacts")
        label = self.tr("Exporting contacts…")
        args = (choice.path, choice.format, choice.circle_key)
        try:
            exported = None if choice.circle_key is None else [choice.circle_key]
            if queries.contacts_in(exported) >= CHILD_FROM_CONTACTS:
                # In a child process: writing thousands of cards in Python on a worker
                # thread kept the window waiting for the interpreter lock.
                count = run_in_child(window, title, label, export_contacts, args, False).result
            else:
                count = run_in_background(
                    window,
                    title,
                    label,
                    lambda _progress: export_contacts(*args),
                    cancellable=False,
                ).result
        except OSError as error:
            questions.show_error(
                window,
                self.tr("Export failed"),
                isolated(
                    self.tr("{path} could not be written: {reason}"),
                    path=str(choice.path),
                    reason=error.strerror or str(error),
                ),
            )
            return
        except ChildDied as died:
            questions.show_error(
                window,
                self.tr("Export failed"),
                isolated(
                    self.tr(
                        "Writing {path} stopped unexpectedly (its process ended with code "
                        "{code}). Nothing was written."
                    ),
                    path=str(choice.path),
                    code=died.exit_code,
                ),
            )
            return
        window.statusBar().showMessage(
            isolated(
                counted(self.tr("Exported %n contact(s) to {path}", "", count), count),
                path=str(choice.path),
            ),
            8000,
        )

    def export_calendar(self) -> None:
        from networkcircles.interchange.ical import export_calendar

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export calendar"),
            str(Path(self.folder()) / "events.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".ics")
        try:
            count = run_in_background(
                self.window,
                self.tr("Export calendar"),
                self.tr("Exporting events…"),
                lambda _progress: export_calendar(target),
                cancellable=False,
            ).result
        except OSError as error:
            questions.show_error(
                self.window,
                self.tr("Export failed"),
                isolated(
                    self.tr("{path} could not be written: {reason}"),
                    path=str(target),
                    reason=error.strerror or str(error),
                ),
            )
            return
        self.window.statusBar().showMessage(
            isolated(
                counted(self.tr("Exported %n event(s) to {path}", "", count), count),
                path=str(target),
            ),
            8000,
        )

    def print_summary(self, circle_key: str | None = None) -> None:
        from networkcircles.ui.dialogs.print_summary import PrintSummaryDialog

        dialog = PrintSummaryDialog(self.window, self.host.store_path.stem, circle_key)
        dialog.exec()
