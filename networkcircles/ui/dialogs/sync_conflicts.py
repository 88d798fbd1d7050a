"""After a sync: the contacts and events changed both here and on the server in the same
fields. For each field the user picks this network's version or the server's (or all of a
contact's at once); the version not picked stays in the contact's notes (sync/conflicts.py).
Cancel keeps this network's versions, as the command line does."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from networkcircles.sync.twoway import Conflict

_SHOWN = 80  # characters of a value shown on its button (all of it in the tooltip)


def field_label(name: str) -> str:
    """A sync field's name as the user reads it."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SyncConflictsDialog", text)

    labels = {
        "name": tr("Name"),
        "emails": tr("E-mails"),
        "phones": tr("Phones"),
        "organization": tr("Organisation"),
        "role": tr("Role"),
        "address": tr("Address"),
        "website": tr("Website"),
        "linkedin": tr("LinkedIn"),
        "notes": tr("Notes"),
        "tags": tr("Tags"),
        "how_known": tr("How known"),
        "circle": tr("Circle"),
        "reliability": tr("Reliability"),
        "title": tr("Title"),
        "kind": tr("Kind"),
        "starts_at": tr("Starts"),
        "ends_at": tr("Ends"),
        "all_day": tr("All day"),
        "timezone": tr("Time zone"),
        "recurrence": tr("Repeats"),
        "excluded": tr("Skipped dates"),
        "location": tr("Place"),
        "cost": tr("Cost"),
        "status": tr("Status"),
        "organizer": tr("Organiser"),
    }
    return labels.get(name, name)


def shown(value: object) -> str:
    """A field's value on one line: a list's values joined, nothing for empty."""
    if isinstance(value, tuple):
        return ", ".join(v if isinstance(v, str) else str(v[0]) for v in value)
    return "" if value is None else str(value)


class _Choice:
    """One field's two buttons: this network's value and the server's."""

    def __init__(self, parent: QWidget, name: str, ours: object, theirs: object) -> None:
        self.name = name
        self.ours = self._button(parent, ours)
        self.theirs = self._button(parent, theirs)
        self.group = QButtonGroup(parent)
        self.group.addButton(self.ours)
        self.group.addButton(self.theirs)
        self.ours.setChecked(True)
        label = field_label(name)
        self.ours.setAccessibleName(
            QCoreApplication.translate("SyncConflictsDialog", "{field} here").format(field=label)
        )
        self.theirs.setAccessibleName(
            QCoreApplication.translate("SyncConflictsDialog", "{field} on the server").format(
                field=label
            )
        )

    @staticmethod
    def _button(parent: QWidget, value: object) -> QRadioButton:
        text = shown(value).replace("\n", " ")
        empty = QCoreApplication.translate("SyncConflictsDialog", "(empty)")
        button = QRadioButton(
            (text[:_SHOWN] + "…" if len(text) > _SHOWN else text) or empty, parent
        )
        button.setToolTip(shown(value))
        return button


class SyncConflictsDialog(QDialog):
    def __init__(self, parent: QWidget | None, conflicts: Sequence[Conflict]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Conflicts"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These were changed both here and on the server since the last sync. Pick "
                "the version to keep; the other one is kept in the notes."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        rows = QVBoxLayout(body)
        self.choices_of: list[list[_Choice]] = []
        for conflict in conflicts:
            rows.addWidget(self._conflict_box(body, conflict))
        rows.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Keep This Network's")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _conflict_box(self, parent: QWidget, conflict: Conflict) -> QGroupBox:
        box = QGroupBox(conflict.name, parent)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("<b>This network</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Server</b>")), 0, 2)
        choices = []
        for row, field in enumerate(conflict.fields, start=1):
            choice = _Choice(box, field.name, field.ours, field.theirs)
            grid.addWidget(QLabel(field_label(field.name)), row, 0)
            grid.addWidget(choice.ours, row, 1)
            grid.addWidget(choice.theirs, row, 2)
            choices.append(choice)
        self.choices_of.append(choices)
        all_ours = QPushButton(self.tr("All from this network"), box)
        all_theirs = QPushButton(self.tr("All from the server"), box)
        all_ours.clicked.connect(lambda: self.pick_all(choices, theirs=False))
        all_theirs.clicked.connect(lambda: self.pick_all(choices, theirs=True))
        line = QHBoxLayout()
        line.addStretch()
        line.addWidget(all_ours)
        line.addWidget(all_theirs)
        grid.addLayout(line, len(conflict.fields) + 1, 0, 1, 3)
        return box

    @staticmethod
    def pick_all(choices: list[_Choice], theirs: bool) -> None:
        for choice in choices:
            (choice.theirs if theirs else choice.ours).setChecked(True)

    def theirs(self) -> list[set[str]]:
        """Per conflict, the fields whose server's version was picked."""
        return [
            {choice.name for choice in choices if choice.theirs.isChecked()}
            for choices in self.choices_of
        ]


def ask(parent: QWidget | None, conflicts: Sequence[Conflict]) -> list[set[str]]:
    """The user's choice per conflict: the fields to take from the server (none when the
    dialog is cancelled: this network's versions stay)."""
    dialog = SyncConflictsDialog(parent, conflicts)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.theirs()
        return [set() for _ in conflicts]
    finally:
        dialog.deleteLater()
