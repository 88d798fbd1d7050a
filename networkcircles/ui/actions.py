"""Every QAction of the window, built in one place; menus, toolbar and context menus reuse them."""

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from networkcircles.ui.icons import icon

Key = QKeySequence.StandardKey


class ActionId(Enum):
    NEW_NETWORK = auto()
    OPEN_NETWORK = auto()
    IMPORT = auto()
    EXPORT = auto()
    EXPORT_CALENDAR = auto()
    PRINT_SUMMARY = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    NEW_CONTACT = auto()
    DELETE_CONTACT = auto()
    FIND = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    FIT = auto()
    SORT_UNPLACED = auto()
    SHOW_INTRODUCTIONS = auto()
    ABOUT = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


# id: (text, icon name or None, shortcuts, status tip)
_SPECS: dict[ActionId, tuple[str, str | None, list, str]] = {
    ActionId.NEW_NETWORK: ("&New Network…", "file.new", [Key.New], "Start an empty network file"),
    ActionId.OPEN_NETWORK: ("&Open Network…", "file.open", [Key.Open], "Open a network file"),
    ActionId.IMPORT: (
        "&Import Contacts or Events…", "file.import", [QKeySequence("Ctrl+I")],
        "Add contacts from vCard or CSV files, events from iCalendar files",
    ),
    ActionId.EXPORT_CALENDAR: (
        "Export &Calendar…", "file.export_calendar", [],
        "Write your events to an iCalendar file",
    ),
    ActionId.EXPORT: (
        "&Export Contacts…", "file.export", [QKeySequence("Ctrl+E")],
        "Write contacts to a vCard or CSV file",
    ),
    ActionId.PRINT_SUMMARY: (
        "&Print Circle Summary…", "file.print", [Key.Print], "Print circles or save them as PDF",
    ),
    ActionId.QUIT: ("&Quit", "file.quit", [Key.Quit, QKeySequence("Ctrl+Q")], "Quit"),
    ActionId.NEW_CONTACT: (
        "New &Contact…", "contact.new", [QKeySequence("Ctrl+Shift+N")], "Add a person",
    ),
    ActionId.DELETE_CONTACT: (
        "&Delete Contact", "contact.delete", [Key.Delete], "Delete the selected contact",
    ),
    ActionId.FIND: ("&Find…", "edit.find", [Key.Find], "Search contacts"),
    ActionId.ZOOM_IN: ("Zoom &In", "view.zoom_in", [Key.ZoomIn, QKeySequence("Ctrl+=")], ""),
    ActionId.ZOOM_OUT: ("Zoom &Out", "view.zoom_out", [Key.ZoomOut], ""),
    ActionId.FIT: ("&Fit Diagram", "view.fit", [QKeySequence("Ctrl+0")], "Show all the rings"),
    ActionId.SHOW_INTRODUCTIONS: (
        "Sho&w Introductions", "view.introductions", [QKeySequence("Ctrl+Shift+I")],
        "Draw a line from each person to whoever they introduced you to",
    ),
    ActionId.SORT_UNPLACED: (
        "&Sort Unplaced People…", "view.triage", [QKeySequence("Ctrl+T")],
        "Place unplaced people in circles one by one",
    ),
    ActionId.ABOUT: ("&About networkcircles", "help.about", [], ""),
}  # fmt: skip


def _distinct(shortcuts: list) -> list[QKeySequence]:
    """Each key once: a platform's standard key may be the very key listed beside it (Quit is
    Ctrl+Q on Linux desktops), and one action owning a key twice makes Qt call it ambiguous
    and do nothing."""
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        keys = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key) else [shortcut]
        found += [key for key in keys if not key.isEmpty() and key not in found]
    return found


def build_actions(parent: QWidget, undo_stack: QUndoStack) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for action_id, (text, icon_name, shortcuts, tip) in _SPECS.items():
        action = QAction(_tr(text), parent)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setShortcuts(_distinct(shortcuts))
        if tip:
            action.setStatusTip(_tr(tip))
        actions[action_id] = action
    actions[ActionId.SHOW_INTRODUCTIONS].setCheckable(True)
    actions[ActionId.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
    actions[ActionId.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
    undo = undo_stack.createUndoAction(parent, _tr("&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
    undo.setIcon(icon("edit.undo"))
    redo = undo_stack.createRedoAction(parent, _tr("&Redo"))
    redo.setShortcuts(QKeySequence.keyBindings(Key.Redo))
    redo.setIcon(icon("edit.redo"))
    actions[ActionId.UNDO], actions[ActionId.REDO] = undo, redo
    return actions
