"""Capture mode for the day of an event: type new people quickly, place them when done.

One line per person: name, organisation, one line of note, and the circle as one key
(1 to 5 for the rings from the centre outwards, 0 for unplaced). Enter adds the person
and goes back to the name. The dialog only collects; the caller applies them as one
undoable command (AddPeopleAtEventCommand).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkcircles.services.events import CapturedPerson
from networkcircles.store.queries import CircleRow
from networkcircles.ui.text import isolate, isolated, plain_labels, window_title


class _CircleBox(QComboBox):
    """A circle chooser that takes one key: 1 to 5, 0 for unplaced."""

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and int(text) < self.count():
            self.setCurrentIndex(int(text))
            self.focusNextChild()
            return
        super().keyPressEvent(event)


class EventCaptureDialog(QDialog):
    def __init__(self, event_title: str, circles: list[CircleRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            window_title(isolated(self.tr("At the event: {title}"), title=event_title))
        )
        self._circles = circles
        self._people: list[CapturedPerson] = []

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("Organisation"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("One line to remember them by"))
        self.circle = _CircleBox()
        self.circle.addItem(self.tr("0 Unplaced"), None)
        for n, circle in enumerate(circles, start=1):
            self.circle.addItem(f"{n} {isolate(circle.name)}", circle.key)
        self.circle.setAccessibleName(self.tr("Circle (press 0 to 5)"))
        add = QPushButton(self.tr("&Add"))
        add.setDefault(True)
        add.clicked.connect(self.add_current)
        for edit in (self.name, self.organization, self.note):
            edit.returnPressed.connect(self.add_current)

        entry = QGridLayout()
        entry.addWidget(QLabel(self.tr("Name")), 0, 0)
        entry.addWidget(QLabel(self.tr("Organisation")), 0, 1)
        entry.addWidget(QLabel(self.tr("Note")), 0, 2)
        entry.addWidget(QLabel(self.tr("Circle")), 0, 3)
        entry.addWidget(self.name, 1, 0)
        entry.addWidget(self.organization, 1, 1)
        entry.addWidget(self.note, 1, 2)
        entry.addWidget(self.circle, 1, 3)
        entry.addWidget(add, 1, 4)
        entry.setColumnStretch(2, 2)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Note"), self.tr("Circle")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self._remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove_selected)

        hint = QLabel(
            self.tr(
                "Enter adds the person. Circle: press 1 to 5 (0 for unplaced). "
                "Finish links everyone to the event and places them in their rings."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.finish = buttons.addButton(self.tr("&Finish"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._finish)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(remove)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(720, 420)
        self.name.setFocus()
        plain_labels(self)  # titles and names from the store are never markup

    def add_current(self) -> bool:
        """Add what is typed as one person; False (and nothing added) without a name."""
        name = " ".join(self.name.text().split())
        if not name:
            self.name.setFocus()
            return False
        person = CapturedPerson(
            name,
            self.organization.text().strip(),
            self.note.text().strip(),
            self.circle.currentData(),
        )
        self._people.append(person)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(
            (person.name, person.organization, person.note, self.circle.currentText()[2:])
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))
        for edit in (self.name, self.organization, self.note):
            edit.clear()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self._people[row]

    def _finish(self) -> None:
        if self.name.text().strip():
            self.add_current()  # a last person typed but not yet added
        self.accept()

    def people(self) -> list[CapturedPerson]:
        return list(self._people)

    @classmethod
    def ask(
        cls, parent: QWidget | None, event_title: str, circles: list[CircleRow]
    ) -> list[CapturedPerson] | None:
        """The people typed in, or None when cancelled. Tests monkeypatch this."""
        dialog = cls(event_title, circles, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.people()
