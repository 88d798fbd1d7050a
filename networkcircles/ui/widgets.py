"""Small editors shared by the circle panels and dialogs: a yes/no/unknown choice, dates as text.

Their strings keep the translation context "panels" they were written under."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
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


def qt_datetime(moment: datetime) -> QDateTime:
    """A naive local datetime for Qt (QLocale.toString, date editors): to the second."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def qt_date(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def python_date(day: QDate) -> date:
    """What QDate.toPython() returns, typed (PySide6 types that as object)."""
    return date(day.year(), day.month(), day.day())
