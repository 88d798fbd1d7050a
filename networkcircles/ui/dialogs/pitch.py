"""Your pitch: target roles, industries, locations, strengths and what to tell people."""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from networkcircles.services import profile
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import EditProfileCommand
from networkcircles.ui.read_only import observe_dialog
from networkcircles.ui.text import plain_labels
from networkcircles.ui.theme import set_error_style


class PitchDialog(QDialog):
    """Edits the one profile; Save pushes an EditProfileCommand (only when something changed)."""

    def __init__(
        self, bridge: StoreBridge, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge, self._stack = bridge, undo_stack
        self.setWindowTitle(self.tr("Your pitch"))
        self.setMinimumWidth(460)
        self._stored = profile.get()
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "What you are looking for, and the few sentences an acquaintance "
                "can repeat to the people they meet."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        labels = {
            "target_roles": self.tr("Target &roles"),
            "industries": self.tr("&Industries"),
            "locations": self.tr("&Locations"),
            "strengths": self.tr("&Strengths"),
            "pitch": self.tr("&What to tell people"),
        }
        for name, label in labels.items():
            editor: QLineEdit | QPlainTextEdit
            if name in ("strengths", "pitch"):
                editor = QPlainTextEdit(getattr(self._stored, name))
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(70 if name == "strengths" else 110)
                if name == "pitch":
                    self.pitch_editor = editor
            else:
                editor = QLineEdit(getattr(self._stored, name))
            editor.setAccessibleName(label.replace("&", ""))
            self.editors[name] = editor
            form.addRow(label, editor)
        self.counter = QLabel()
        self.error = QLabel()
        set_error_style(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow("", self.counter)
        form.addRow("", self.error)
        self.pitch_editor.textChanged.connect(self._count)
        self._count()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        observe_dialog(self)  # OK is off while the network is read-only
        plain_labels(self)  # titles and names from the store are never markup

    def _count(self) -> None:
        used = len(self.pitch_editor.toPlainText().strip())
        self.counter.setText(
            self.tr("{used} of {most} characters").format(used=used, most=profile.PITCH_MAX_CHARS)
        )

    def values(self) -> dict[str, str]:
        return {
            name: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
            for name, e in self.editors.items()
        }

    def set_value(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)

    def save(self) -> bool:
        values = self.values()
        changed = {k: v for k, v in values.items() if getattr(self._stored, k) != v}
        if changed:
            if len(values["pitch"]) > profile.PITCH_MAX_CHARS:
                self.error.setText(
                    self.tr("Keep it short: at most {most} characters.").format(
                        most=profile.PITCH_MAX_CHARS
                    )
                )
                self.error.show()
                return False
            self._stack.push(EditProfileCommand(self._bridge, changed))
        self.accept()
        return True

    @classmethod
    def edit(cls, parent: QWidget | None, bridge: StoreBridge, undo_stack: QUndoStack) -> bool:
        """Open the dialog (double-click on "you"); True when the pitch was saved."""
        return cls(bridge, undo_stack, parent).exec() == QDialog.DialogCode.Accepted
