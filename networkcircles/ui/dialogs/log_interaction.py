"""The "Log interaction" dialog: when, how, what was said, what came of it."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from networkcircles.services.interactions import KINDS
from networkcircles.ui.text import isolated, plain_labels, window_title


@dataclass(frozen=True, slots=True)
class InteractionValues:
    happened_on: date
    kind: str
    note: str
    outcome: str


class LogInteractionDialog(QDialog):
    def __init__(self, contact_name: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(
            window_title(isolated(self.tr("Log interaction with {name}"), name=contact_name))
        )
        self.day = QDateEdit(QDate(today or date.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        names = {"call": self.tr("Call"), "email": self.tr("E-mail"),
                 "meeting": self.tr("Meeting"), "event": self.tr("Event"),
                 "message": self.tr("Message")}  # fmt: skip
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("e.g. will introduce me to their manager"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Outcome"), self.outcome)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        plain_labels(self)  # titles and names from the store are never markup

    def values(self) -> InteractionValues:
        return InteractionValues(
            self.day.date().toPython(), self.kind.currentData(), self.note.toPlainText().strip(),
            self.outcome.text().strip(),
        )  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, contact_name: str) -> InteractionValues | None:
        dialog = cls(contact_name, parent=parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
