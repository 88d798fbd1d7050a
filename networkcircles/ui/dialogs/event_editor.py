"""The event editor dialog, the question "this occurrence or the whole series?", and the
picker that links contacts to an event."""

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from networkcircles.interchange.event_rules import zone_named
from networkcircles.printing.recurrence import in_words
from networkcircles.services import events
from networkcircles.store import event_queries, queries
from networkcircles.store.event_queries import EventRow
from networkcircles.ui.dialogs.datetime_field import TypedDateTimeEdit
from networkcircles.ui.text import isolate, plain_labels
from networkcircles.ui.theme import set_error_style
from networkcircles.ui.widgets import qt_datetime


def system_zone_name() -> str:
    """The IANA name of the system zone as Qt sees it (works on Windows too)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or events.local_zone_name()
    return name if zone_named(name) is not None else "UTC"


def kind_labels(widget: QWidget) -> dict[str, str]:
    return {
        "networking": QCoreApplication.translate("EventEditorDialog", "Networking event"),
        "career_fair": QCoreApplication.translate("EventEditorDialog", "Career fair"),
        "job_club": QCoreApplication.translate("EventEditorDialog", "Job club"),
        "association": QCoreApplication.translate("EventEditorDialog", "Association meeting"),
        "webinar": QCoreApplication.translate("EventEditorDialog", "Webinar"),
        "other": QCoreApplication.translate("EventEditorDialog", "Other"),
    }


def status_labels(widget: QWidget) -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("EventEditorDialog", "Planned"),
        "attended": QCoreApplication.translate("EventEditorDialog", "Attended"),
        "skipped": QCoreApplication.translate("EventEditorDialog", "Skipped"),
    }


def _python(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _shown_times(
    fields: dict[str, Any], editing: bool, zone: str, all_day: bool
) -> tuple[datetime, datetime | None]:
    """The start and end the editor shows: the event's own wall time (all-day ends shown
    inclusive), or 18:00 to 20:00 on the day given for a new event."""
    if not editing:
        start = datetime.combine(fields.get("day") or date.today(), time(18, 0))
        return start, start + timedelta(hours=2)
    start, end = fields["starts_at"], fields.get("ends_at")
    if not all_day:
        return events.wall_time(start, zone or ""), (
            events.wall_time(end, zone or "") if end else None
        )
    return start, (end - timedelta(days=1) if end is not None else None)


def rule_in_words(row: EventRow) -> str:
    """A series' repeat rule as the user says it ("every Tuesday at 18:00"); "" if none."""
    parts = events.rule_parts(row)
    if parts is None:
        return ""
    start = row.starts_at if row.all_day else events.wall_time(row.starts_at, row.timezone)
    return in_words(parts, start.date())


class SeriesScope:
    """Asks whether a change to a repeating event is for one occurrence or the whole series."""

    ONE = "one"
    SERIES = "series"

    @classmethod
    def ask(cls, parent: QWidget | None, deleting: bool) -> str | None:
        """ONE, SERIES, or None when cancelled. Tests monkeypatch this."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(
            QCoreApplication.translate("SeriesScope", "Delete event")
            if deleting
            else QCoreApplication.translate("SeriesScope", "Edit event")
        )
        box.setText(
            QCoreApplication.translate(
                "SeriesScope",
                "This event repeats. Cancel only this occurrence, or delete the "
                "whole series with everyone met at it?",
            )
            if deleting
            else QCoreApplication.translate(
                "SeriesScope",
                "This event repeats. Change only this occurrence, or the whole series?",
            )
        )
        one = box.addButton(
            QCoreApplication.translate("SeriesScope", "Only &this occurrence")
            if not deleting
            else QCoreApplication.translate("SeriesScope", "&Cancel this occurrence"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        series = box.addButton(
            QCoreApplication.translate("SeriesScope", "The whole &series")
            if not deleting
            else QCoreApplication.translate("SeriesScope", "Delete the whole &series"),
            QMessageBox.ButtonRole.DestructiveRole if deleting else QMessageBox.ButtonRole.YesRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one)
        box.exec()
        clicked = box.clickedButton()
        return cls.ONE if clicked is one else cls.SERIES if clicked is series else None


class EventEditorDialog(QDialog):
    """Edits an event's fields in its own zone's wall time; `values()` gives the stored form.
    With "one_occurrence" in its fields it edits one occurrence of a series: what repeats,
    the zone and the organiser belong to the series and cannot be changed there."""

    def __init__(self, fields: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fields = dict(fields or {})
        editing = "starts_at" in fields
        one_occurrence = bool(fields.pop("one_occurrence", False))
        if one_occurrence:
            self.setWindowTitle(self.tr("Edit one occurrence"))
        else:
            self.setWindowTitle(self.tr("Edit event") if editing else self.tr("New event"))
        zone = fields.get("timezone", "") if editing else system_zone_name()
        all_day = bool(fields.get("all_day"))
        start, end = _shown_times(fields, editing, zone, all_day)
        self._build_when(start, end, zone, all_day)
        self._build_repeat(fields.get("recurrence", ""))
        self._build_details(fields)
        self._lay_out()
        self._connect(all_day)
        if one_occurrence:
            for widget in (
                self.kind,
                self.all_day,
                self.zone,
                self.repeat,
                self.organizer,
                self.cost,
            ):
                widget.setEnabled(False)
        self._uid = fields.get("uid", "")
        self._excluded = fields.get("excluded", "")
        plain_labels(self)  # titles and names from the store are never markup

    def _build_when(self, start: datetime, end: datetime | None, zone: str, all_day: bool) -> None:
        """The fields of when it is: all day or not, start, end and the zone."""
        self.all_day = QCheckBox(self.tr("All day"))
        self.all_day.setChecked(all_day)
        self.start = TypedDateTimeEdit(qt_datetime(start))
        self.start.setCalendarPopup(True)
        self.end = TypedDateTimeEdit(qt_datetime(end or start))
        self.end.setCalendarPopup(True)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        names = sorted({system_zone_name(), "UTC", zone or system_zone_name()})
        for name in names:
            self.zone.addItem(name)
        self.zone.setCurrentText(zone or system_zone_name())

    def _build_repeat(self, rule: str) -> None:
        """The repeat rule: a few common ones to choose, or an RRULE typed in."""
        self.repeat = QComboBox()
        self.repeat.setEditable(True)
        self.repeat.setToolTip(self.tr("Choose, or type an iCalendar RRULE such as FREQ=WEEKLY"))
        for value, label in (
            ("", self.tr("Does not repeat")),
            ("FREQ=DAILY", self.tr("Every day")),
            ("FREQ=WEEKLY", self.tr("Every week")),
            ("FREQ=WEEKLY;INTERVAL=2", self.tr("Every two weeks")),
            ("FREQ=MONTHLY", self.tr("Every month")),
        ):
            self.repeat.addItem(label, value)
        index = self.repeat.findData(rule)
        if index >= 0:
            self.repeat.setCurrentIndex(index)
        else:
            self.repeat.setCurrentText(rule)
        self.repeat_words = QLabel()  # the rule as the user says it, never FREQ=...
        self.repeat_words.setWordWrap(True)

    def _build_details(self, fields: dict[str, Any]) -> None:
        """The other fields: title, kind, place, organiser, cost, status and notes."""
        self.title = QLineEdit(fields.get("title", ""))
        self.kind = QComboBox()
        for key, label in kind_labels(self).items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.get("kind", "networking"))))
        self.location = QLineEdit(fields.get("location", ""))
        self.location.setPlaceholderText(self.tr("Address or meeting link"))
        self.organizer = QComboBox()
        self.organizer.addItem(self.tr("(none)"), None)
        for org in event_queries.organizations():
            self.organizer.addItem(org.name, org.id)
        self.organizer.setCurrentIndex(max(0, self.organizer.findData(fields.get("organizer"))))
        self.cost = QDoubleSpinBox()
        self.cost.setRange(0, 100000)
        self.cost.setDecimals(2)
        self.cost.setValue(float(fields.get("cost") or 0))
        self.status = QComboBox()
        for key, label in status_labels(self).items():
            self.status.addItem(label, key)
        self.status.setCurrentIndex(max(0, self.status.findData(fields.get("status", "planned"))))
        self.notes = QPlainTextEdit(fields.get("notes", ""))
        self.notes.setFixedHeight(70)
        self.problem = QLabel()
        set_error_style(self.problem)
        self.problem.hide()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.all_day)
        form.addRow(self.tr("&Starts:"), self.start)
        form.addRow(self.tr("&Ends:"), self.end)
        form.addRow(self.tr("Time &zone:"), self.zone)
        form.addRow(self.tr("&Repeats:"), self.repeat)
        form.addRow("", self.repeat_words)
        form.addRow(self.tr("&Location or link:"), self.location)
        form.addRow(self.tr("&Organiser:"), self.organizer)
        form.addRow(self.tr("&Cost:"), self.cost)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _connect(self, all_day: bool) -> None:
        self.all_day.toggled.connect(self._all_day_toggled)
        self._all_day_toggled(all_day)
        for signal in (
            self.repeat.currentTextChanged,
            self.start.dateTimeChanged,
            self.all_day.toggled,
        ):
            signal.connect(self._show_rule_in_words)
        self._show_rule_in_words()

    def _all_day_toggled(self, checked: bool) -> None:
        form = "yyyy-MM-dd" if checked else "yyyy-MM-dd HH:mm"
        self.start.setDisplayFormat(form)
        self.end.setDisplayFormat(form)
        self.zone.setEnabled(not checked)

    def _show_rule_in_words(self, *_changed: object) -> None:
        rule, start = self._rule(), _python(self.start.dateTime())
        try:
            events.check_rule(rule, start)
            parts = events.parts_of_rule(
                rule, start, self.all_day.isChecked(), self.zone.currentText().strip()
            )
        except (events.InvalidEvent, ValueError):
            parts = None
        self.repeat_words.setText(in_words(parts, start.date()) if parts is not None else "")
        self.repeat_words.setVisible(parts is not None)

    def _rule(self) -> str:
        data = self.repeat.currentData()
        if self.repeat.currentText() == self.repeat.itemText(self.repeat.currentIndex()):
            return data or ""
        return self.repeat.currentText().strip()

    def values(self) -> dict[str, Any]:
        """The stored form create_event/update_event take (UTC + zone, or all-day dates)."""
        all_day = self.all_day.isChecked()
        start, end = _python(self.start.dateTime()), _python(self.end.dateTime())
        zone = "" if all_day else self.zone.currentText().strip()
        if all_day:
            start = datetime.combine(start.date(), time())
            end = datetime.combine(end.date(), time()) + timedelta(days=1)
        else:
            start, end = events.to_stored(start, zone), events.to_stored(end, zone)
        values = {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "starts_at": start,
            "ends_at": end,
            "all_day": all_day,
            "timezone": zone,
            "recurrence": self._rule(),
            "location": self.location.text().strip(),
            "organizer": self.organizer.currentData(),
            "cost": self.cost.value(),
            "status": self.status.currentData(),
            "notes": self.notes.toPlainText(),
            "excluded": self._excluded,
        }
        if self._uid:
            values["uid"] = self._uid
        return values

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()

    def check(self) -> str:
        """What is wrong with the form, worded for the user ("" when nothing)."""
        if not self.title.text().strip():
            return self.tr("An event needs a title.")
        zone = self.zone.currentText().strip()
        if not self.all_day.isChecked() and zone and zone_named(zone) is None:
            return self.tr("'{zone}' is not a time zone (e.g. Europe/Paris).").format(zone=zone)
        values = self.values()
        if values["ends_at"] < values["starts_at"]:
            return self.tr("The event ends before it starts.")
        try:
            events.check_rule(values["recurrence"], values["starts_at"])
        except events.InvalidEvent:
            return self.tr("'{rule}' is not a repeat rule.").format(rule=values["recurrence"])
        return ""

    @classmethod
    def ask(
        cls, parent: QWidget | None, fields: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """The values to store, or None when cancelled. Tests monkeypatch this."""
        dialog = cls(fields, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AttendeePickerDialog(QDialog):
    """Tick the contacts you met (or plan to meet) at an event; search narrows the list."""

    def __init__(self, title: str, already: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names and organisations"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        for row in queries.contact_rows():
            text = row.name
            if row.organization:
                text = f"{isolate(row.name)} — {isolate(row.organization)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if row.id in already:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.sortItems()
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(360, 460)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> list[int]:
        return [
            self.list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
            and self.list.item(n).flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, already: set[int]) -> list[int] | None:
        dialog = cls(title, already, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
