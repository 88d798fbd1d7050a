"""Our icon names mapped to qtawesome glyphs, tinted with the palette's text colour."""

import qtawesome as qta
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

ICONS = {
    "file.new": "mdi6.file-plus-outline",
    "file.open": "mdi6.folder-open-outline",
    "file.quit": "mdi6.exit-to-app",
    "file.import": "mdi6.account-arrow-left-outline",
    "file.export": "mdi6.account-arrow-right-outline",
    "file.print": "mdi6.printer-outline",
    "view.triage": "mdi6.sort-variant",
    "contact.new": "mdi6.account-plus",
    "contact.delete": "mdi6.account-remove",
    "contact.save": "mdi6.content-save",
    "contact.revert": "mdi6.undo-variant",
    "edit.undo": "mdi6.undo",
    "edit.redo": "mdi6.redo",
    "edit.find": "mdi6.magnify",
    "view.zoom_in": "mdi6.magnify-plus-outline",
    "view.zoom_out": "mdi6.magnify-minus-outline",
    "view.fit": "mdi6.fit-to-page-outline",
    "help.about": "mdi6.information-outline",
}


def icon(name: str) -> QIcon:
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    return qta.icon(ICONS[name], color=colour)
