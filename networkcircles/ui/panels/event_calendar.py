"""The event calendar dock: a month with event days marked, the day's agenda, who you met
there, and what is coming up in the next 30 days. Every edit is an undo command.

A repeating event is picked one occurrence at a time: who you met belongs to that
occurrence, and an edit or delete asks whether it is for that occurrence or the series."""

from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from networkcircles.languages import counted
from networkcircles.services import events
from networkcircles.services.events import Occurrence
from networkcircles.store import event_queries, queries
from networkcircles.store.event_queries import EventRow, ExceptionRow
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import (
    AddEventCommand,
    AddPeopleAtEventCommand,
    DeleteEventCommand,
    EditEventCommand,
    EditOccurrenceCommand,
    LinkAttendeesCommand,
    UnlinkAttendeesCommand,
)
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.event_capture import EventCaptureDialog
from networkcircles.ui.dialogs.event_editor import (
    AttendeePickerDialog,
    EventEditorDialog,
    SeriesScope,
    kind_labels,
    rule_in_words,
    status_labels,
)
from networkcircles.ui.error_text import refusal_text
from networkcircles.ui.panels.lazy import postponed
from networkcircles.ui.text import isolate, isolated, literal, no_mnemonic, plain_label
from networkcircles.ui.translation import shown_circles

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 2  # an occurrence's original start, ISO ("" once)


def _original(item: QListWidgetItem) -> datetime | None:
    text = item.data(ORIGINAL_ROLE)
    return datetime.fromisoformat(text) if text else None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class EventCalendarPanel(QWidget):
    """Signals: contact_activated(int) when the user asks to see a contact met at an event;
    event_selected(int) when an event is picked in the agenda or the upcoming list."""

    contact_activated = Signal(int)
    event_selected = Signal(int)

    def __init__(
        self,
        bridge: StoreBridge,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: date | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge, self.undo_stack = bridge, undo_stack
        self.today = today or date.today()
        self.zone = events.display_zone(zone)
        self.selected_event: int | None = None
        self.selected_original: datetime | None = None  # which occurrence of a series
        self._marked: set[date] = set()
        self._locale = QLocale()

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(_qdate(self.today))
        self.calendar.setAccessibleName(self.tr("Event calendar"))
        self.calendar.selectionChanged.connect(self._day_changed)
        self.calendar.currentPageChanged.connect(lambda *_: self._mark_days())

        self.day_label = QLabel()
        self.day_label.setStyleSheet("font-weight: bold")
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setWordWrap(True)
        self.agenda.currentItemChanged.connect(self._agenda_picked)
        self.agenda.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(self.add_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        agenda_buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            agenda_buttons.addWidget(button)
        agenda_side = QVBoxLayout()
        agenda_side.addWidget(self.day_label)
        agenda_side.addWidget(self.agenda, 1)
        agenda_side.addLayout(agenda_buttons)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.calendar, 3)
        top_layout.addLayout(agenda_side, 2)

        self.event_box = QGroupBox(self.tr("Event"))
        self.event_summary = plain_label()  # titles, places, organisers: never markup
        self.event_summary.setWordWrap(True)
        self.event_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.met_list = QListWidget()
        self.met_list.setAccessibleName(self.tr("Who I met"))
        self.met_list.itemDoubleClicked.connect(self._contact_item_activated)
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName(self.tr("Plan for the event"))
        self.plan_list.itemDoubleClicked.connect(self._contact_item_activated)
        self.met_button = QPushButton(self.tr("&Who I met…"))
        self.plan_button = QPushButton(self.tr("&Plan to meet…"))
        self.unlink_button = QPushButton(self.tr("&Unlink"))
        self.capture_button = QPushButton(self.tr("At the &event…"))
        self.capture_button.setToolTip(self.tr("Type in the new people you meet, quickly"))
        self.met_button.clicked.connect(lambda: self.pick_attendees("met"))
        self.plan_button.clicked.connect(lambda: self.pick_attendees("planned"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.capture_button.clicked.connect(self.capture)
        lists = QHBoxLayout()
        met_side, plan_side = QVBoxLayout(), QVBoxLayout()
        met_side.addWidget(QLabel(self.tr("Who I met")))
        met_side.addWidget(self.met_list)
        plan_side.addWidget(QLabel(self.tr("Plan: people and organisations")))
        plan_side.addWidget(self.plan_list)
        lists.addLayout(met_side)
        lists.addLayout(plan_side)
        event_buttons = QHBoxLayout()
        for button in (self.met_button, self.plan_button, self.unlink_button, self.capture_button):
            event_buttons.addWidget(button)
        box_layout = QVBoxLayout(self.event_box)
        box_layout.addWidget(self.event_summary)
        box_layout.addLayout(lists, 1)
        box_layout.addLayout(event_buttons)

        upcoming_box = QGroupBox(self.tr("Upcoming (next 30 days)"))
        self.upcoming = QListWidget()
        self.upcoming.setAccessibleName(self.tr("Upcoming events"))
        self.upcoming.itemClicked.connect(self._upcoming_picked)
        upcoming_layout = QVBoxLayout(upcoming_box)
        upcoming_layout.addWidget(self.upcoming)

        # Side by side: the dock sits in the wide, short strip below the diagram.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(top)
        splitter.addWidget(self.event_box)
        splitter.addWidget(upcoming_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 420, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        bridge.events_changed.connect(lambda _ids: self.refresh())
        bridge.organizations_changed.connect(lambda _ids: self.refresh())
        bridge.network_changed.connect(self.refresh)
        bridge.contacts_changed.connect(lambda _ids: self._show_event(self.selected_event))
        self.refresh()

    # reading

    def reset(self) -> None:
        """Another network is open: no event selected, today's page, everything read again."""
        self.selected_event = None
        self.selected_original = None
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(_qdate(self.today))
        self.calendar.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read events again: marks, the selected day's agenda, upcoming, the event shown."""
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        if self.selected_event is not None and event_queries.event_row(self.selected_event) is None:
            self.selected_event = self.selected_original = None
        self._mark_days()
        self._fill_agenda()
        self._fill_upcoming()
        self._show_event(self.selected_event)

    def selected_day(self) -> date:
        return _pydate(self.calendar.selectedDate())

    def marked_days(self) -> set[date]:
        return set(self._marked)

    def _mark_days(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1) - timedelta(days=7)
        last = date(year, month, 28) + timedelta(days=14)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        self._marked = events.days_with_events(first, last, self.zone)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        background = QColor(highlight)
        background.setAlpha(60)
        marked.setBackground(QBrush(background))
        for day in self._marked:
            self.calendar.setDateTextFormat(_qdate(day), marked)

    def _time_text(self, occurrence: Occurrence) -> str:
        if occurrence.all_day:
            return self.tr("all day")
        start, end = occurrence.start, occurrence.end
        if not isinstance(start, datetime):  # a timed occurrence has times; kept safe
            return ""
        text = self._clock(start)
        if isinstance(end, datetime) and end.date() == start.date():
            text = self.tr("{start} to {end}").format(start=text, end=self._clock(end))
        return text

    def _clock(self, moment: datetime) -> str:
        """The time of day in the user's short format."""
        shown = QTime(moment.hour, moment.minute, moment.second)
        return self._locale.toString(shown, QLocale.FormatType.ShortFormat)

    def _item(self, occurrence: Occurrence, with_day: bool) -> QListWidgetItem:
        parts = []
        if with_day:
            parts.append(self._locale.toString(_qdate(occurrence.day), "ddd d MMM"))
        parts.append(self._time_text(occurrence))
        text = f"{'  '.join(parts)}  {isolate(occurrence.title)}"
        if occurrence.is_recurring:
            text += " ↻"
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, occurrence.event_id)
        item.setData(ORIGINAL_ROLE, events.occurrence_key(occurrence.original))
        item.setData(Qt.ItemDataRole.UserRole, occurrence.day.isoformat())
        tip = [occurrence.title, kind_labels(self).get(occurrence.kind, occurrence.kind)]
        if occurrence.location:
            tip.append(occurrence.location)
        tip.append(status_labels(self).get(occurrence.status, occurrence.status))
        if occurrence.changed:
            tip.append(self.tr("Changed from the series"))
        item.setToolTip(literal("\n".join(tip)))  # titles are plain text
        # a series' status is the series'; one occurrence skipped is struck out on its own
        if occurrence.status == "skipped" and (not occurrence.is_recurring or occurrence.changed):
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
        return item

    def _fill_agenda(self) -> None:
        day = self.selected_day()
        self.day_label.setText(self._locale.toString(_qdate(day), QLocale.FormatType.LongFormat))
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for occurrence in events.occurrences(day, day, self.zone):
            self.agenda.addItem(self._item(occurrence, with_day=False))
            if occurrence.event_id == self.selected_event and (
                self.selected_original is None or occurrence.original == self.selected_original
            ):
                self.agenda.setCurrentRow(self.agenda.count() - 1)
        if self.agenda.count() == 0:
            empty = QListWidgetItem(self.tr("No events"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.agenda.addItem(empty)
        self.agenda.blockSignals(False)

    def _fill_upcoming(self) -> None:
        self.upcoming.clear()
        for occurrence in events.upcoming(self.today, events.UPCOMING_DAYS, self.zone):
            if occurrence.status != "skipped" or (
                occurrence.is_recurring and not occurrence.changed
            ):
                self.upcoming.addItem(self._item(occurrence, with_day=True))

    def agenda_titles(self) -> list[str]:
        return [
            self.agenda.item(n).text()
            for n in range(self.agenda.count())
            if self.agenda.item(n).data(ID_ROLE) is not None
        ]

    def upcoming_titles(self) -> list[str]:
        return [self.upcoming.item(n).text() for n in range(self.upcoming.count())]

    def _show_event(self, event_id: int | None) -> None:
        row = event_queries.event_row(event_id) if event_id is not None else None
        for widget in (
            self.edit_button,
            self.delete_button,
            self.met_button,
            self.plan_button,
            self.unlink_button,
            self.capture_button,
        ):
            widget.setEnabled(row is not None)
        self.met_list.clear()
        self.plan_list.clear()
        if row is None:
            self.event_box.setTitle(self.tr("Event"))
            self.event_summary.setText(self.tr("Pick an event in the agenda or the list below."))
            return
        original = self.selected_original if row.recurrence else None
        change = next((x for x in row.exceptions if x.original_start == original), None)
        title = change.title if change is not None and change.title is not None else row.title
        location = row.location
        if change is not None and change.location is not None:
            location = change.location
        status = change.status if change is not None and change.status else row.status
        self.event_box.setTitle(no_mnemonic(title))
        lines = [kind_labels(self).get(row.kind, row.kind)]
        if location:
            lines.append(isolate(location))
        if row.organizer_name:
            lines.append(isolated(self.tr("Organised by {name}"), name=row.organizer_name))
        if row.cost:
            lines.append(self.tr("Cost: {cost}").format(cost=f"{row.cost:.2f}"))
        lines.append(status_labels(self).get(status, status))
        if row.recurrence:
            lines.append(isolated(self.tr("Repeats {rule}"), rule=rule_in_words(row)))
            lines.append(self._occurrence_text(row, original, change))
        self.event_summary.setText(" · ".join(lines))
        plan = events.plan_for(row.id, original)
        for person in plan.met:
            item = QListWidgetItem(person.name)
            item.setData(ID_ROLE, person.contact_id)
            self.met_list.addItem(item)
        for person in plan.planned:
            item = QListWidgetItem(isolated(self.tr("{name} (to meet)"), name=person.name))
            item.setData(ID_ROLE, person.contact_id)
            self.plan_list.addItem(item)
        for name in plan.organizations:
            item = QListWidgetItem(isolated(self.tr("{name} (organisation)"), name=name))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.plan_list.addItem(item)

    def _occurrence_text(
        self, row: EventRow, original: datetime | None, change: ExceptionRow | None
    ) -> str:
        """Which occurrence is shown: "this one: 3 Nov" (its day in the panel's zone), and
        where it moved from when it moved."""
        if original is None:
            original = row.starts_at  # no occurrence picked: the first one's people

        def day_of(stored: datetime) -> str:
            shown = stored if row.all_day else events.from_stored(stored, row.timezone, self.zone)
            return self._locale.toString(_qdate(shown.date()), "ddd d MMM yyyy")

        if change is not None and change.starts_at is not None:
            return isolated(
                self.tr("This occurrence: {day}, moved from {usual}"),
                day=day_of(change.starts_at),
                usual=day_of(original),
            )
        return isolated(self.tr("This occurrence: {day}"), day=day_of(original))

    def show_event(
        self, event_id: int, day: date | None = None, original: datetime | None = None
    ) -> None:
        """Select an event (one occurrence of a series: `original`) and its day. A series
        named without its occurrence shows the next one from `day` (or today)."""
        row = event_queries.event_row(event_id)
        if original is None and row is not None and row.recurrence:
            start = day or self.today
            coming = events.expand(row, start, start + timedelta(days=366), self.zone)
            if coming:
                original, day = coming[0].original, coming[0].day
        self.selected_event = event_id
        self.selected_original = original
        if day is not None:
            self.calendar.setSelectedDate(_qdate(day))
        self._fill_agenda()
        self._show_event(event_id)
        self.event_selected.emit(event_id)

    def _day_changed(self) -> None:
        self._fill_agenda()
        if self.agenda.currentItem() is None and self.agenda.count():
            first = self.agenda.item(0)
            if first.data(ID_ROLE) is not None:
                self.agenda.setCurrentItem(first)

    def _agenda_picked(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(ID_ROLE) is not None:
            self.selected_event = item.data(ID_ROLE)
            self.selected_original = _original(item)
            self._show_event(self.selected_event)
            self.event_selected.emit(self.selected_event)

    def _upcoming_picked(self, item: QListWidgetItem) -> None:
        day = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        self.show_event(item.data(ID_ROLE), day, _original(item))

    def _contact_item_activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(ID_ROLE)
        if contact_id is not None:
            self.contact_activated.emit(contact_id)

    # editing: each one an undo command

    def add_event(self) -> int | None:
        values = EventEditorDialog.ask(self, {"day": self.selected_day()})
        if values is None:
            return None
        command = AddEventCommand(self.bridge, values)
        if not self._push(command) or command.event_id is None:
            return None
        self.show_event(command.event_id, self._local_day(values))
        return command.event_id

    def _local_day(self, values: dict[str, Any]) -> date:
        start: datetime = values["starts_at"]
        if values.get("all_day"):
            return start.date()
        return events.from_stored(start, values.get("timezone", ""), self.zone).date()

    def _scope(self, deleting: bool) -> str | None:
        """For a repeating event with an occurrence picked: one occurrence or the series
        (asked); for anything else the event itself (SERIES)."""
        row = event_queries.event_row(self.selected_event) if self.selected_event else None
        if row is None or not row.recurrence or self.selected_original is None:
            return SeriesScope.SERIES
        return SeriesScope.ask(self, deleting)

    def edit_selected(self) -> None:
        if self.selected_event is None:
            return
        scope = self._scope(deleting=False)
        if scope is None:
            return
        if scope == SeriesScope.ONE and self.selected_original is not None:
            self._edit_occurrence(self.selected_event, self.selected_original)
            return
        try:
            before = events.fields_of(self.selected_event)
        except events.UnknownEvent:  # gone meanwhile (another window deleted it): say so
            questions.show_error(
                self, self.tr("Event not saved"), self.tr("This event is no longer in the network.")
            )
            self.refresh()
            return
        after = EventEditorDialog.ask(self, before)
        if after is None:
            return
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if changed and self._drop_agreed(self.selected_event, changed):
            self._push(
                EditEventCommand(
                    self.bridge, self.selected_event, {k: before[k] for k in changed}, changed
                )
            )

    def _drop_agreed(self, event_id: int, changes: dict[str, Any]) -> bool:
        """A new schedule that leaves changed occurrences or people met without their
        occurrence drops them: say how many first, and that undo brings them back."""
        try:
            dropped = events.dropped_by(event_id, changes)
        except (events.InvalidEvent, events.UnknownEvent, ValueError):
            return True  # the edit itself is refused, and says why
        if not dropped:
            return True
        parts = []
        if n := len(dropped.exceptions):
            parts.append(counted(self.tr("%n changed or cancelled occurrence(s)", "", n), n))
        if n := len(dropped.attendances):
            parts.append(counted(self.tr("%n record(s) of whom you met or plan to meet", "", n), n))
        message = self.tr(
            "The new schedule no longer has the occurrences of {parts}. They will be "
            "removed.\n\nYou can undo this with Edit ▸ Undo."
        ).format(parts="; ".join(parts))
        return questions.confirm(self, self.tr("Change the series"), message)

    def _edit_occurrence(self, event_id: int, original: datetime) -> None:
        """The editor for one occurrence; what differs from the series becomes its exception,
        one undoable step."""
        row = event_queries.event_row(event_id)
        if row is None:
            return
        before = events.exception_of(event_id, original)
        fields = events.fields_of(event_id)
        length = row.ends_at - row.starts_at if row.ends_at is not None else None
        start, end = original, (original + length if length is not None else None)
        if before is not None and before.starts_at is not None:
            start, end = before.starts_at, before.ends_at
        fields.update(starts_at=start, ends_at=end or start, one_occurrence=True)
        if before is not None:
            for name in ("title", "location", "notes", "status"):
                if getattr(before, name) is not None:
                    fields[name] = getattr(before, name)
        after = EventEditorDialog.ask(self, fields)
        if after is None:
            return
        try:
            change: ExceptionRow | None = events.occurrence_change(event_id, original, after)
        except (events.InvalidEvent, events.UnknownEvent) as error:
            questions.show_error(self, self.tr("Event not saved"), refusal_text(error))
            return
        if change == ExceptionRow(original):
            change = None  # back to what the series says
        if change != before:
            self._push(EditOccurrenceCommand(self.bridge, event_id, original, before, change))

    def delete_selected(self) -> None:
        if self.selected_event is None:
            return
        scope = self._scope(deleting=True)
        if scope is None:
            return
        if scope == SeriesScope.ONE and self.selected_original is not None:
            original = self.selected_original
            before = events.exception_of(self.selected_event, original)
            cancelled = ExceptionRow(original, cancelled=True)
            text = self.tr("Cancel one occurrence")
            self._push(
                EditOccurrenceCommand(
                    self.bridge, self.selected_event, original, before, cancelled, text
                )
            )
            return
        self._push(DeleteEventCommand(self.bridge, self.selected_event))

    def pick_attendees(self, status: str = "met") -> None:
        if self.selected_event is None:
            return
        original = self.selected_original
        already = {a.contact_id for a in events.attendees_at(self.selected_event, original)}
        title = self.tr("Who I met") if status == "met" else self.tr("Whom I plan to meet")
        chosen = AttendeePickerDialog.ask(self, title, already)
        if chosen:
            self._push(
                LinkAttendeesCommand(self.bridge, self.selected_event, chosen, status, original)
            )

    def unlink_selected(self) -> None:
        if self.selected_event is None:
            return
        ids = [
            item.data(ID_ROLE)
            for lst in (self.met_list, self.plan_list)
            for item in lst.selectedItems()
            if item.data(ID_ROLE) is not None
        ]
        if ids:
            self._push(
                UnlinkAttendeesCommand(
                    self.bridge, self.selected_event, ids, self.selected_original
                )
            )

    def capture(self) -> list[int]:
        """The capture mode: type people met at the selected event, add them in one step."""
        row = event_queries.event_row(self.selected_event) if self.selected_event else None
        if row is None:
            return []
        original = self.selected_original if row.recurrence else None
        title = row.title
        if original is not None:  # say which occurrence: people are met at that one
            title = isolated(
                self.tr("{title}, {day}"), title=row.title, day=self._occurrence_day(row, original)
            )
        people = EventCaptureDialog.ask(self, title, shown_circles(queries.circles()))
        if not people:
            return []
        command = AddPeopleAtEventCommand(self.bridge, row.id, people, original)
        self._push(command)
        return command.contact_ids

    def _occurrence_day(self, row: EventRow, original: datetime) -> str:
        change = next((x for x in row.exceptions if x.original_start == original), None)
        stored = change.starts_at if change is not None and change.starts_at else original
        shown = stored if row.all_day else events.from_stored(stored, row.timezone, self.zone)
        return self._locale.toString(_qdate(shown.date()), QLocale.FormatType.ShortFormat)

    def _push(self, command: QUndoCommand) -> bool:
        try:
            self.undo_stack.push(command)
        except (events.InvalidEvent, events.UnknownEvent, ValueError) as error:
            questions.show_error(self, self.tr("Event not saved"), refusal_text(error))
            return False
        return True


class ContactEventsList(QListWidget):
    """For the contact details dock: the events where you met (or plan to meet) a contact.
    Signals: event_activated(int) on double-click."""

    event_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Events with this contact"))
        self.itemDoubleClicked.connect(lambda item: self.event_activated.emit(item.data(ID_ROLE)))

    def show_contact(self, contact_id: int | None) -> None:
        self.clear()
        if contact_id is None:
            return
        locale = QLocale()
        for found in event_queries.events_for_contact(contact_id):
            row = found.event
            start = datetime.fromisoformat(found.occurrence) if found.occurrence else row.starts_at
            change = next((x for x in row.exceptions if x.original_start == start), None)
            title = row.title
            if change is not None:  # the day and title it was moved or changed to
                start = change.starts_at or start
                title = change.title if change.title is not None else title
            if not row.all_day:
                start = events.from_stored(start, row.timezone, events.display_zone())
            day = locale.toString(_qdate(start.date()), QLocale.FormatType.ShortFormat)
            text = f"{day}  {isolate(title)}"
            if found.status == "planned":
                text += self.tr(" (planned)")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            item.setData(ORIGINAL_ROLE, found.occurrence)
            self.addItem(item)
