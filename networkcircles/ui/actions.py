"""Every QAction of the window, built in one place; menus, toolbar and context menus reuse them."""

from collections.abc import Callable, Collection, Iterable
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from networkcircles.ui.icons import icon
from networkcircles.ui.text import no_mnemonic

Key = QKeySequence.StandardKey


class ActionId(Enum):
    NEW_NETWORK = auto()
    OPEN_NETWORK = auto()
    IMPORT = auto()
    EXPORT = auto()
    EXPORT_CALENDAR = auto()
    PRINT_SUMMARY = auto()
    SYNC_NOW = auto()
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
    # A dot's context menu: these act on the selected contact (the menu selects it first).
    EDIT_CONTACT = auto()
    LOG_INTERACTION = auto()
    SET_FOLLOW_UP = auto()
    FLAG_GOSSIP = auto()
    # A ring's context menu: these act on the circle whose key the menu put in data().
    SHOW_CIRCLE_ONLY = auto()
    ADD_CONTACT_HERE = auto()
    PRINT_CIRCLE = auto()
    RENAME_CIRCLE = auto()
    RECOLOUR_CIRCLE = auto()


CIRCLE_ACTIONS = (
    ActionId.SHOW_CIRCLE_ONLY,
    ActionId.ADD_CONTACT_HERE,
    ActionId.PRINT_CIRCLE,
    ActionId.RENAME_CIRCLE,
    ActionId.RECOLOUR_CIRCLE,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


# id: (text, icon name or None, shortcuts, status tip). A table: kept one action to a line or
# two by `fmt: skip`, as the formatter would spread each over six.
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
    ActionId.SYNC_NOW: (
        "S&ync Now", "file.sync", [QKeySequence("Ctrl+Shift+Y")],
        "Exchange changes with your address book and calendar servers (File ▸ Sync Accounts)",
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
    ActionId.EDIT_CONTACT: ("&Edit", None, [], "Change this person's details"),
    ActionId.LOG_INTERACTION: (
        "&Log Interaction…", None, [], "Note a call, a meeting or a message with this person",
    ),
    ActionId.SET_FOLLOW_UP: ("Set &Follow-up…", None, [], "Choose when to get back in touch"),
    ActionId.FLAG_GOSSIP: (
        "Flag: Passes Along &Gossip", None, [], "Leave out someone who only passes gossip along",
    ),
    ActionId.SHOW_CIRCLE_ONLY: ("&Show Only This Circle", None, [], "List only this circle"),
    ActionId.ADD_CONTACT_HERE: ("&Add Contact Here…", None, [], "Add a person to this circle"),
    ActionId.PRINT_CIRCLE: ("&Print This Circle…", None, [], "Print a summary of this circle"),
    ActionId.RENAME_CIRCLE: ("&Rename Circle…", None, [], ""),
    ActionId.RECOLOUR_CIRCLE: ("Change &Colour…", None, [], ""),
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


def undo_redo_names() -> tuple[str, str]:
    """ "Undo" and "Redo" alone, without the name of an edit or a mnemonic: the toolbar's
    buttons for them keep these (MainWindow's _steady_button)."""
    return _tr("&Undo").replace("&", ""), _tr("&Redo").replace("&", "")


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
    actions[ActionId.FLAG_GOSSIP].setCheckable(True)
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


def add_circle_choices(
    menu: QMenu,
    circles: Iterable[tuple[str, str]],
    chosen: Callable[[str | None], None],
    greyed: Collection[str | None] = (),
) -> None:
    """One entry per circle (key, name), then "Unplaced" (None), each calling chosen(key):
    the "Move to" submenus of the dot and of the list's selection. The keys in `greyed`
    (where the people are already) are shown but cannot be chosen."""
    for key, name in [*circles, (None, _tr("Unplaced"))]:
        action = menu.addAction(no_mnemonic(name))  # a "&" in a circle's name is text
        action.setEnabled(key not in greyed)
        action.triggered.connect(lambda _=False, key=key: chosen(key))
