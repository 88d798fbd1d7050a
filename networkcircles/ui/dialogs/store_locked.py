"""Asked when the network is already open for writing in another window or process."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from networkcircles.ui.error_text import holder_text


class StoreLockedDialog(QMessageBox):
    """Open read-only, or cancel. `ask()` is the entry point tests monkeypatch."""

    def __init__(self, parent: QWidget | None, path: Path, holder: object) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Network already open"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        role = getattr(holder, "role", "window")
        if role == "window":
            text = self.tr("{name} is open in another window ({holder}).")
        else:  # the command line names itself in the lock file: "import", "demo", …
            text = self.tr("{name} is in use by a command-line {role} ({holder}).")
        who = holder_text(holder) or str(holder)
        self.setText(text.format(name=Path(path).name, holder=who, role=role))
        self.setInformativeText(
            self.tr(
                "Only one window at a time can change a network. You can look at it "
                "read-only here, or cancel and use the other window."
            )
        )
        self.setDetailedText(str(path))
        self.read_only_button = self.addButton(
            self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str | None:
        return "read_only" if self.clickedButton() is self.read_only_button else None

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, holder: object) -> str | None:
        """Return "read_only" to open the network read-only, None to cancel."""
        dialog = cls(parent, path, holder)
        dialog.exec()
        return dialog.choice()
