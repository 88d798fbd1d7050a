"""User text on screen, always literal: never taken for markup, mnemonics or a bidi override.

Qt guesses rich text (Qt.TextFormat.AutoText) in labels, message boxes and tooltips, so a
name like "<img src=x>" from someone else's vCard would be drawn as an image; and "&" in
button, menu and group-box text marks a shortcut. The helpers here keep every character.
"""

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget

from networkcircles.text import isolate, isolated

__all__ = [
    "isolate",
    "isolated",
    "literal",
    "no_mnemonic",
    "plain_label",
    "plain_labels",
    "window_title",
]

PLAIN = Qt.TextFormat.PlainText


def literal(text: str) -> str:
    """`text` as rich text that shows exactly those characters: "<b>Bob</b>" stays visible.
    For tooltips, which have no text format of their own."""
    return QtGui.Qt.convertFromPlainText(text)


def no_mnemonic(text: str) -> str:
    """User text for a button, menu entry or group-box title: "R&D" shows its "&"."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title with user text in it: Qt would hide a "[*]" in a name (its "modified"
    placeholder) and shows "[*][*]" as "[*]"."""
    return text.replace("[*]", "[*][*]")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label whose text is shown as it is, never as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(PLAIN)
    return label


def plain_labels(root: QWidget) -> None:
    """Every label under `root` that would guess its format shows plain text instead (form
    captions and labels made by Qt's own dialogs included). A label meant to hold markup
    says so with setTextFormat(Qt.TextFormat.RichText) before this runs."""
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(PLAIN)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box that shows its text literally (QMessageBox's static functions guess
    rich text). The caller runs exec(), which tests can replace."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(PLAIN)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def input_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    """A one-line text question whose label is shown literally (a circle's name in it)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    plain_labels(dialog)
    return dialog
