"""The small questions the window asks. Each is a function tests can monkeypatch."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from networkcircles.ui.text import (
    input_dialog,
    isolated,
    message_box,
    plain_labels,
    window_title,
)

FILE_FILTER = str(  # PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text
    QT_TRANSLATE_NOOP("questions", "networkcircles networks (*.sqlite *.db);;All files (*)")
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("questions", text)


def _ask_text(parent: QWidget, title: str, label: str, current: str = "") -> str | None:
    dialog = input_dialog(parent, title, label, current)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip() or None


def ask_new_contact_name(parent: QWidget, circle_name: str) -> str | None:
    return _ask_text(
        parent,
        _tr("New contact"),
        isolated(_tr("Name of the new contact in {circle}:"), circle=circle_name),
    )


def confirm_delete(parent: QWidget, name: str) -> bool:
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        _tr("Delete contact"),
        isolated(
            _tr(
                "Delete {name} with their interactions and referrals?\n\n"
                "You can undo this with Edit ▸ Undo."
            ),
            name=name,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_open_path(parent: QWidget, folder: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open network"), folder, _tr(FILE_FILTER))
    return Path(path) if path else None


def ask_new_path(parent: QWidget, folder: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("New network"), str(Path(folder) / "network.sqlite"), _tr(FILE_FILTER)
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".sqlite")


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """`message` is shown literally: callers put user text and file names in it."""
    message_box(parent, QMessageBox.Icon.Warning, title, message).exec()


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    """Ask before an edit that does more than the user asked; `message` is shown literally."""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        message,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Ok,
    )
    return box.exec() == QMessageBox.StandardButton.Ok


def ask_circle_name(parent: QWidget, current: str) -> str | None:
    name = _ask_text(parent, _tr("Rename circle"), _tr("Circle name:"), current)
    return name if name and name != current else None


def ask_colour(parent: QWidget, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent, _tr("Circle colour"))
    return colour.name() if colour.isValid() and colour.name() != current else None


def ask_follow_up(
    parent: QWidget, name: str, current: date | None
) -> tuple[date | None, str] | None:
    """The next follow-up's day and note; (None, "") clears it; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(window_title(isolated(_tr("Follow up with {name}"), name=name)))
    day = QDateEdit()
    day.setCalendarPopup(True)
    day.setDisplayFormat("yyyy-MM-dd")
    start = current or date.today() + timedelta(days=7)
    day.setDate(QDate(start.year, start.month, start.day))
    note = QLineEdit()
    note.setPlaceholderText(_tr("What to follow up about"))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    clear = buttons.addButton(_tr("Clear Follow-up"), QDialogButtonBox.ButtonRole.ResetRole)
    cleared: list[bool] = []

    def clear_follow_up() -> None:
        cleared.append(True)
        dialog.accept()

    clear.clicked.connect(clear_follow_up)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(_tr("&Day"), day)
    form.addRow(_tr("&Note"), note)
    form.addRow(buttons)
    plain_labels(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if cleared:
        return None, ""
    chosen = day.date()
    return date(chosen.year(), chosen.month(), chosen.day()), note.text().strip()
