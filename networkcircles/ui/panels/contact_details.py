"""The contact details dock: every field of one contact, checked inline, saved on Save or Enter."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networkcircles.services import contacts
from networkcircles.store.queries import CircleRow, ContactDetails, Labelled
from networkcircles.ui.error_text import reason_text
from networkcircles.ui.icons import icon
from networkcircles.ui.theme import error_colour, set_error_style
from networkcircles.values import InvalidValue

_LINE_FIELDS = (
    "name",
    "how_known",
    "organization",
    "role",
    "website",
    "linkedin",
    "tags",
    "follow_up_note",
)
_DATE_FIELDS = ("knows_looking_on", "last_contacted", "next_follow_up")
_TEXT_FIELDS = ("address", "notes")
_LIST_FIELDS = ("emails", "phones")


def labelled_to_text(items: tuple[Labelled, ...]) -> str:
    return "\n".join(f"{item.label}: {item.value}" if item.label else item.value for item in items)


def text_to_labelled(text: str) -> tuple[Labelled, ...]:
    """One per line; "work: ana@example.com" gives the label "work"."""
    items = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        label, sep, value = line.partition(": ")
        items.append(Labelled(value.strip(), label.strip()) if sep else Labelled(line))
    return tuple(items)


class ContactDetailsPanel(QWidget):
    """Signals: save_requested(int, dict, dict) with the contact id and the changed fields'
    values before and after; delete_requested(int)."""

    save_requested = Signal(int, dict, dict)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details: ContactDetails | None = None
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

        self.title = QLabel(self.tr("No contact selected"))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")

        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "name": self.tr("&Name"),
            "circle_key": self.tr("&Circle"),
            "how_known": self.tr("How I know them"),
            "organization": self.tr("Organisation"),
            "role": self.tr("Role"),
            "emails": self.tr("E-mails"),
            "phones": self.tr("Phones"),
            "address": self.tr("Address"),
            "website": self.tr("Website"),
            "linkedin": self.tr("LinkedIn"),
            "tags": self.tr("Tags"),
            "knows_looking_on": self.tr("Knows I'm looking since"),
            "last_contacted": self.tr("Last contacted"),
            "next_follow_up": self.tr("Next follow-up"),
            "follow_up_note": self.tr("Follow-up note"),
            "warmth": self.tr("Warmth"),
            "notes": self.tr("Notes"),
        }
        for name, label in labels.items():
            editor = self._make_editor(name)
            editor.setAccessibleName(label.replace("&", ""))
            self._editors[name] = editor
            form.addRow(label, editor)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            set_error_style(error)
            error.setWordWrap(True)
            error.hide()
            self._errors[name] = error
            form.addRow("", error)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(icon("contact.save"), self.tr("&Save"))
        self.revert_button = QPushButton(icon("contact.revert"), self.tr("&Revert"))
        self.delete_button = QPushButton(icon("contact.delete"), self.tr("&Delete…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self._delete_clicked)

        self.hint = QLabel(
            self.tr(
                "Click a dot in the diagram or a name in the list to see and edit that "
                "person here.\n\nDouble-click empty space in a ring to add someone to that "
                "circle, or drag people from the Unplaced tray onto a ring."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setContentsMargins(8, 8, 8, 8)
        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addWidget(self.title)
        editing_layout.addWidget(scroll, 1)
        editing_layout.addWidget(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(editing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.show_contact(None)

    def _make_editor(self, name: str) -> QWidget:
        if name == "circle_key":
            return QComboBox()
        if name == "warmth":
            combo = QComboBox()
            for value, text in enumerate(
                (self.tr("Unknown"), self.tr("Cold"), self.tr("Warm"), self.tr("Close"))
            ):
                combo.addItem(text, value)
            return combo
        if name in _TEXT_FIELDS or name in _LIST_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70 if name != "notes" else 100)
            if name in _LIST_FIELDS:
                edit.setPlaceholderText(
                    self.tr("One per line; 'work: ana@example.com' adds a label")
                    if name == "emails"
                    else self.tr("One per line; 'mobile: +1 555 0100' adds a label")
                )
            return edit
        line = QLineEdit()
        if name in _DATE_FIELDS:
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        line.returnPressed.connect(self.save)
        return line

    # what is shown

    def set_circles(self, circles: list[CircleRow]) -> None:
        combo = self._circle_combo()
        combo.clear()
        combo.addItem(self.tr("Unplaced"), None)
        for circle in circles:
            combo.addItem(circle.name, circle.key)
        self._fill()

    def _circle_combo(self) -> QComboBox:
        combo = self._editors["circle_key"]
        assert isinstance(combo, QComboBox)  # made by _make_editor
        return combo

    def contact_id(self) -> int | None:
        return self._details.id if self._details else None

    def show_contact(self, details: ContactDetails | None) -> None:
        self._details = details
        self._fill()

    def _fill(self) -> None:
        details = self._details
        for widget in (
            *self._editors.values(),
            self.save_button,
            self.revert_button,
            self.delete_button,
        ):
            widget.setEnabled(details is not None)
        self._show_problems({})
        self.pages.setCurrentIndex(0 if details is None else 1)
        if details is None:
            self.title.setText(self.tr("No contact selected"))
            for name, editor in self._editors.items():
                self._set_value(name, editor, None)
            self.setAccessibleName(self.tr("Contact details"))
            self.setAccessibleDescription(self.tr("No contact selected"))
            return
        self.title.setText(details.name)
        values = contacts.fields_of(details)
        for name, editor in self._editors.items():
            self._set_value(name, editor, values[name])
        # What a screen reader says on entering the panel: who, and in which circle.
        circle = self._circle_combo().currentText()
        self.setAccessibleName(self.tr("Contact details: {name}").format(name=details.name))
        self.setAccessibleDescription(
            self.tr("{name}, circle: {circle}").format(name=details.name, circle=circle)
        )

    @staticmethod
    def _set_value(name: str, editor: QWidget, value: Any) -> None:
        if isinstance(editor, QComboBox):
            index = editor.findData(value)
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QPlainTextEdit):
            text = labelled_to_text(value or ()) if name in _LIST_FIELDS else value or ""
            if editor.toPlainText() != text:  # after an edit most fields are as they were
                editor.setPlainText(text)
        elif isinstance(editor, QLineEdit):
            if name in _DATE_FIELDS:
                text = value.isoformat() if isinstance(value, date) else value or ""
            else:
                text = value or ""
            if editor.text() != text:
                editor.setText(text)

    # what the user typed

    def form_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, editor in self._editors.items():
            if isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                text = editor.toPlainText()
                values[name] = text_to_labelled(text) if name in _LIST_FIELDS else text
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip() if name in _DATE_FIELDS else editor.text()
        return values

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The fields that differ from the stored contact: (before, after)."""
        if self._details is None:
            return {}, {}
        stored = contacts.fields_of(self._details)
        before, after = {}, {}
        for name, value in self.form_values().items():
            old = stored[name]
            comparable = old.isoformat() if isinstance(old, date) else old
            if name in _DATE_FIELDS and comparable is None:
                comparable = ""
            if (value.strip() if name == "name" else value) != comparable:
                before[name], after[name] = old, value
        return before, after

    def set_field(self, name: str, value: Any) -> None:
        """Type a value into one field, as a user would (for tests and scripted edits)."""
        self._set_value(name, self._editors[name], value)

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def save(self) -> bool:
        """Ask for the changed fields to be saved; False (with inline messages) when refused."""
        if self._details is None:
            return False
        before, after = self.changes()
        found = contacts.problems(after)
        self._show_problems(found)
        if found or not after:
            return not found
        self.save_requested.emit(self._details.id, before, after)
        return True

    def revert(self) -> None:
        self._fill()

    def _show_problems(self, refusals: Mapping[str, InvalidValue]) -> None:
        found = {name: reason_text(error) for name, error in refusals.items()}
        if "circle" in found:  # the service names the field by the column it writes
            found = {**found, "circle_key": found.pop("circle")}
        for name, label in self._errors.items():
            reason = found.get(name, "")
            if label.text() != reason:
                label.setText(reason)
            if label.isHidden() == bool(reason):
                label.setVisible(bool(reason))
            style = f"border: 1px solid {error_colour().name()};" if reason else ""
            editor = self._editors[name]
            if editor.styleSheet() != style:  # setting even the same sheet restyles
                editor.setStyleSheet(style)
        first = next((name for name in self._editors if name in found), None)
        if first is not None:
            self._editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def problem(self, name: str) -> str:
        """The inline message shown under a field ("" when none)."""
        label = self._errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _delete_clicked(self) -> None:
        if self._details is not None:
            self.delete_requested.emit(self._details.id)
