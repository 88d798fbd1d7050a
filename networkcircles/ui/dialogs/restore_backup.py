"""File ▸ Restore from Backup…: pick one of the store's backups and put it back."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkcircles.store import backup, restoring
from networkcircles.store.backup import BackupInfo
from networkcircles.store.db import db
from networkcircles.store.errors import StoreError
from networkcircles.ui.error_text import store_reason
from networkcircles.ui.text import literal, plain_labels
from networkcircles.ui.widgets import qt_datetime


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreBackupDialog", text)


class RestoreBackupDialog(QDialog):
    """The backups of one store, newest first, with date, kind and contact count.

    `run(parent, store_path)` is the whole gesture (choose, confirm, restore); `choose` and
    `confirm` are the questions tests monkeypatch.
    """

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.backups = backup.list_backups(store_path)
        intro = QLabel(
            self.tr(
                "Backups of {name} are made each day you first open it, before an "
                "upgrade and before a restore. The last {keep} are kept."
            ).format(name=store_path.name, keep=backup.KEEP)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Made"), self.tr("Contacts")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        locale = QLocale()
        for row, info in enumerate(self.backups):
            when = locale.toString(qt_datetime(info.taken_at), QLocale.FormatType.ShortFormat)
            count = self.tr("unreadable") if info.contacts is None else str(info.contacts)
            for column, text in enumerate((when, self.kind_text(info.kind), count)):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(str(info.path)))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.backups:
            self.table.selectRow(0)
        empty = QLabel(self.tr("There are no backups of this network yet."))
        empty.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(520, 360)
        plain_labels(self)  # titles and names from the store are never markup

    def kind_text(self, kind: str) -> str:
        if kind == backup.DAILY:
            return self.tr("First start of the day")
        if kind == backup.BEFORE_RESTORE:
            return self.tr("Before a restore")
        return self.tr("Before an upgrade")

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @classmethod
    def choose(cls, parent: QWidget | None, store_path: Path) -> BackupInfo | None:
        dialog = cls(store_path, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()

    @classmethod
    def confirm(cls, parent: QWidget | None, info: BackupInfo) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Restore from Backup"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        when = QLocale().toString(qt_datetime(info.taken_at), QLocale.FormatType.LongFormat)
        box.setText(_tr("Replace the network with the backup of {when}?").format(when=when))
        box.setInformativeText(
            _tr(
                "What the network holds now is backed up first, so you can go back to "
                "it with Restore from Backup. Undo history is cleared."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def run(cls, parent: QWidget | None, store_path: Path) -> bool:
        """Choose a backup, confirm, restore it into the open store. True when restored."""
        from networkcircles.ui.dialogs.questions import show_error

        info = cls.choose(parent, store_path)
        if info is None or not cls.confirm(parent, info):
            return False
        try:
            restoring.restore(db, store_path, info.path)
        except (StoreError, OSError, sqlite3.Error) as error:
            reason = store_reason(error) if isinstance(error, StoreError) else str(error)
            show_error(
                parent,
                _tr("Restore from Backup"),
                _tr("{name} cannot be restored: {reason}").format(
                    name=info.path.name, reason=reason
                ),
            )
            return False
        return True
