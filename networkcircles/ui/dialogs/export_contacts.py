"""File ▸ Export Contacts…: which format, which circle, then where."""

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from networkcircles.store.queries import CircleRow
from networkcircles.ui.text import plain_labels

_CONTEXT = "ExportContactsDialog"
# format key: (label, suffix, file filter), the texts translated where shown (PySide6 types
# QT_TRANSLATE_NOOP as returning object; it returns its text)
FORMATS: dict[str, tuple[str, str, str]] = cast(
    dict[str, tuple[str, str, str]],
    {
        "vcard": (
            QT_TRANSLATE_NOOP("ExportContactsDialog", "vCard 3.0 (Apple, Google, Thunderbird)"),
            ".vcf",
            QT_TRANSLATE_NOOP("ExportContactsDialog", "vCard files (*.vcf)"),
        ),
        "csv": (
            QT_TRANSLATE_NOOP("ExportContactsDialog", "CSV in Google Contacts' layout"),
            ".csv",
            QT_TRANSLATE_NOOP("ExportContactsDialog", "CSV files (*.csv)"),
        ),
    },
)


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    format: str
    circle_key: str | None


class ExportContactsDialog(QDialog):
    def __init__(self, circles: list[CircleRow], circle_key: str | None, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contacts"))
        self.format_combo = QComboBox()
        for key, (label, _suffix, _filter) in FORMATS.items():
            self.format_combo.addItem(self.tr(label), key)
        self.circle_combo = QComboBox()
        self.circle_combo.addItem(self.tr("All contacts"), None)
        for circle in circles:
            self.circle_combo.addItem(circle.name, circle.key)
        self.circle_combo.setCurrentIndex(max(self.circle_combo.findData(circle_key), 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format"), self.format_combo)
        form.addRow(self.tr("&Contacts"), self.circle_combo)
        form.addRow(buttons)
        plain_labels(self)  # titles and names from the store are never markup

    @classmethod
    def ask(
        cls, parent: QWidget, circles: list[CircleRow], circle_key: str | None, folder: str
    ) -> ExportChoice | None:
        """Ask what to export and where; None when the user cancels. Tests patch this."""
        dialog = cls(circles, circle_key, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        format_key = dialog.format_combo.currentData()
        _label, suffix, file_filter = FORMATS[format_key]
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate(_CONTEXT, "Export contacts"),
            str(Path(folder) / f"contacts{suffix}"),
            QCoreApplication.translate(_CONTEXT, file_filter),
        )
        if not path:
            return None
        chosen = Path(path)
        if not chosen.suffix:
            chosen = chosen.with_suffix(suffix)
        return ExportChoice(chosen, format_key, dialog.circle_combo.currentData())
