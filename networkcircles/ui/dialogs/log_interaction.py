"""The "Log interaction" dialog: when, how, what was said, what came of it."""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from networkcircles.services.interactions import KINDS
from networkcircles.ui.read_only import observe_dialog
from networkcircles.ui.text import isolated, literal, plain_labels, window_title
from networkcircles.ui.widgets import python_date, qt_date


@dataclass(frozen=True, slots=True)
class InteractionValues:
    happened_on: date
    kind: str
    note: str
    outcome: str
    # What becomes of the pending follow-up: "keep" it, mark it "done" (cleared), or "move" it
    # to `follow_up_day`.
    follow_up: str = "keep"
    follow_up_day: date | None = None


MOVE_AFTER = timedelta(days=14)  # "move it" proposes two weeks after the interaction


class LogInteractionDialog(QDialog):
    def __init__(
        self,
        contact_name: str,
        today: date | None = None,
        parent: QWidget | None = None,
        follow_up: tuple[date, str] | None = None,
    ) -> None:
        """`follow_up`: the contact's pending follow-up (day, note), offered to close or move.
        The rule: one due by the interaction's day is proposed as done, a later one kept."""
        super().__init__(parent)
        self.setWindowTitle(
            window_title(isolated(self.tr("Log interaction with {name}"), name=contact_name))
        )
        self.day = QDateEdit(qt_date(today or date.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        names = {
            "call": self.tr("Call"),
            "email": self.tr("E-mail"),
            "meeting": self.tr("Meeting"),
            "event": self.tr("Event"),
            "message": self.tr("Message"),
        }
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
        self.follow_up = QComboBox()
        self.follow_up_day = QDateEdit()
        self.follow_up_day.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_day.setCalendarPopup(True)
        if follow_up is not None:
            pending_day, pending_note = follow_up
            self.follow_up.addItem(self.tr("Done: clear it"), "done")
            self.follow_up.addItem(self.tr("Move it to"), "move")
            self.follow_up.addItem(self.tr("Keep it"), "keep")
            day = today or date.today()
            self.follow_up.setCurrentIndex(0 if pending_day <= day else 2)
            self.follow_up_day.setDate(qt_date(max(pending_day, day) + MOVE_AFTER))
            self.follow_up.currentIndexChanged.connect(self._follow_up_chosen)
            self._follow_up_chosen()
            about = isolated(self.tr("Follow-up due {day}"), day=pending_day.isoformat())
            if pending_note:
                about = isolated(self.tr("{about}: {note}"), about=about, note=pending_note)
            self.follow_up.setToolTip(literal(about))
            row = QHBoxLayout()
            row.addWidget(self.follow_up, 1)
            row.addWidget(self.follow_up_day)
            label = QLabel(about)
            label.setWordWrap(True)
            form.addRow(self.tr("&Follow-up"), label)
            form.addRow("", row)
            caption = form.labelForField(label)
            if isinstance(caption, QLabel):
                caption.setBuddy(self.follow_up)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        observe_dialog(self)  # OK is off while the network is read-only
        plain_labels(self)  # titles and names from the store are never markup

    def _follow_up_chosen(self) -> None:
        self.follow_up_day.setEnabled(self.follow_up.currentData() == "move")

    def values(self) -> InteractionValues:
        choice = self.follow_up.currentData() or "keep"
        day = python_date(self.follow_up_day.date()) if choice == "move" else None
        return InteractionValues(
            python_date(self.day.date()),
            self.kind.currentData(),
            self.note.toPlainText().strip(),
            self.outcome.text().strip(),
            choice,
            day,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, contact_name: str, follow_up: tuple[date, str] | None = None
    ) -> InteractionValues | None:
        dialog = cls(contact_name, parent=parent, follow_up=follow_up)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
