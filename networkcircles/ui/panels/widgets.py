"""Small editors shared by the circle panels: a yes/no/unknown choice, dates as text."""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from networkcircles import values


def _tr(text: str) -> str:
    return QCoreApplication.translate("panels", text)


class TriStateCombo(QComboBox):
    """Yes, no, or not known (None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(_tr("Not known"), None)
        self.addItem(_tr("Yes"), True)
        self.addItem(_tr("No"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


def parse_day(text: str) -> date | str | None:
    """A date, None for an empty field, or the text back when it is no date (caller refuses)."""
    if not text.strip():
        return None
    return values.parse_day(text) or text  # the services' one reading of a typed day


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""
