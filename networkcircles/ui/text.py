"""User text shown where Qt might take it for rich text (tooltips): always literal."""

from PySide6 import QtGui


def literal(text: str) -> str:
    """`text` as rich text that shows exactly those characters: "<b>Bob</b>" stays visible."""
    return QtGui.Qt.convertFromPlainText(text)
