"""Add or edit a tip: a job lead, a career fair or a resource, and who shared it."""

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from networkcircles.services import tips
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import TipRow
from networkcircles.ui.read_only import observe_dialog
from networkcircles.ui.text import plain_labels
from networkcircles.ui.theme import set_error_style
from networkcircles.ui.widgets import day_text, parse_day


class TipDialog(QDialog):
    def __init__(self, tip: TipRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit tip") if tip else self.tr("New tip"))
        self.kind = QComboBox()
        for kind, text in (
            ("job", self.tr("Company hiring")),
            ("fair", self.tr("Career fair")),
            ("resource", self.tr("Tool or website")),
        ):
            self.kind.addItem(text, kind)
        self.company, self.role, self.title = QLineEdit(), QLineEdit(), QLineEdit()
        self.link, self.notes = QLineEdit(), QLineEdit()
        self.status = QComboBox()
        for status in tips.STATUSES:
            self.status.addItem(status_text(self, status), status)
        self.source = QComboBox()
        self.source.addItem(self.tr("Nobody"), None)
        for person in circle_queries.contact_names():
            self.source.addItem(person.name, person.id)
        self.shared_on = QLineEdit(day_text(date.today()))
        self.fair_on = QLineEdit()
        for edit in (self.shared_on, self.fair_on):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.error = QLabel()
        set_error_style(self.error)
        self.error.hide()
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Company"), self.company)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("&Name"), self.title)
        self.form.addRow(self.tr("Fair &date"), self.fair_on)
        self.form.addRow(self.tr("&Link"), self.link)
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("Shared &by"), self.source)
        self.form.addRow(self.tr("Shared &on"), self.shared_on)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        observe_dialog(self)  # OK is off while the network is read-only
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if tip is not None:
            values = tips.values_of(tip)
            self.kind.setCurrentIndex(self.kind.findData(tip.kind))
            for name in ("company", "role", "title", "link", "notes"):
                getattr(self, name).setText(values[name])
            self.status.setCurrentIndex(self.status.findData(tip.status))
            self.source.setCurrentIndex(max(self.source.findData(tip.source_id), 0))
            self.shared_on.setText(day_text(tip.shared_on))
            self.fair_on.setText(day_text(tip.event_on))
        self._kind_changed()
        plain_labels(self)  # titles and names from the store are never markup

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget, shown in (
            (self.company, kind == "job"),
            (self.role, kind == "job"),
            (self.title, kind != "job"),
            (self.fair_on, kind == "fair"),
            (self.status, kind == "job"),
        ):
            self.form.setRowVisible(widget, shown)

    def values(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        return {
            "kind": kind,
            "company": self.company.text().strip() if kind == "job" else "",
            "role": self.role.text().strip() if kind == "job" else "",
            "title": self.title.text().strip() if kind != "job" else "",
            "link": self.link.text().strip(),
            "status": self.status.currentData(),
            "source": self.source.currentData(),
            "shared_on": parse_day(self.shared_on.text()),
            "notes": self.notes.text().strip(),
            "fair_on": parse_day(self.fair_on.text()) if kind == "fair" else None,
        }

    def problem(self) -> str:
        values = self.values()
        for name in ("shared_on", "fair_on"):
            if isinstance(values[name], str):
                return self.tr("'{text}' is not a date (YYYY-MM-DD)").format(text=values[name])
        if values["kind"] == "job" and not values["company"]:
            return self.tr("A job lead needs a company.")
        if values["kind"] != "job" and not values["title"]:
            return self.tr("Give the fair or the resource a name.")
        return ""

    def _accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, tip: TipRow | None = None) -> dict[str, Any] | None:
        dialog = cls(tip, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def status_text(widget: QWidget, status: str) -> str:
    return {
        "heard": QCoreApplication.translate("TipDialog", "Heard"),
        "applied": QCoreApplication.translate("TipDialog", "Applied"),
        "interviewing": QCoreApplication.translate("TipDialog", "Interviewing"),
        "offer": QCoreApplication.translate("TipDialog", "Offer"),
        "closed": QCoreApplication.translate("TipDialog", "Closed"),
    }.get(status, status)
