"""Follow-ups that are overdue or due today and the week's events: a dock list, and the
start-up reminder. Past events stay listed, greyed, as history."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from networkcircles.languages import counted
from networkcircles.services import events, interactions
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.panels.lazy import postponed
from networkcircles.ui.text import isolate, isolated
from networkcircles.ui.theme import error_colour, muted_colour

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class DuePanel(QWidget):
    """Signals: contact_activated(int) when the user double-clicks (or presses Enter on) a row.
    The lead's start-up reminder can call `due_count()` and show this panel when it is > 0."""

    contact_activated = Signal(int)
    event_activated = Signal(int)

    def __init__(
        self, bridge: StoreBridge, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Follow-ups due"))
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        bridge.contacts_changed.connect(self.refresh)
        bridge.network_changed.connect(self.refresh)
        bridge.events_changed.connect(self.refresh)
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def set_today(self, today: date | None) -> None:
        self._today = today
        self.refresh()

    def due_count(self) -> int:
        """Follow-ups overdue or due today, and events of the coming week."""
        due = interactions.due(self.today())
        return len(due.overdue) + len(due.today) + len(events.due_reminders(self.today()))

    def refresh(self, *_args) -> None:
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        today = self.today()
        due = interactions.due(today)
        self.list.clear()
        for row in due.overdue:
            days = (today - row.next_follow_up).days
            text = isolated(
                counted(self.tr("{name}: %n day(s) overdue", "", days), days), name=row.name
            )
            self._add(row, text, overdue=True)
        for row in due.today:
            self._add(row, isolated(self.tr("{name}: due today"), name=row.name), overdue=False)
        coming = events.due_reminders(today)
        for reminder in coming:
            self._add_event(reminder.occurrence, reminder.days_away, past=False)
        history = events.reminder_history(today, days=14)
        for reminder in history:
            self._add_event(reminder.occurrence, reminder.days_away, past=True)
        follow_ups = len(due.overdue) + len(due.today)
        if follow_ups or coming:
            self.summary.setText(
                self.tr("{overdue} overdue, {today} due today, {events} this week").format(
                    overdue=len(due.overdue),
                    today=len(due.today),
                    events=counted(self.tr("%n event(s)", "", len(coming)), len(coming)),
                )
            )
        else:
            self.summary.setText(self.tr("Nothing due today. Well done."))

    def _add_event(self, occurrence, days_away: int, past: bool) -> None:
        if past:
            when = counted(self.tr("%n day(s) ago", "", -days_away), -days_away)
        elif days_away == 0:
            when = self.tr("today")
        else:
            when = counted(self.tr("in %n day(s)", "", days_away), days_away)
        item = QListWidgetItem(
            isolated(self.tr("Event {when}: {title}"), when=when, title=occurrence.title)
        )
        item.setData(EVENT_ID_ROLE, occurrence.event_id)
        if past:
            item.setForeground(muted_colour(self.palette()))  # history, kept visible
        self.list.addItem(item)

    def _add(self, row, text: str, overdue: bool) -> None:
        if row.note:
            text += f" — {isolate(row.note)}"
        item = QListWidgetItem(text)
        item.setData(CONTACT_ID_ROLE, row.contact_id)
        if overdue:
            item.setForeground(error_colour(self.palette()))
        self.list.addItem(item)

    def contact_ids(self) -> list[int]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(CONTACT_ID_ROLE) for item in items if item.data(CONTACT_ID_ROLE)]

    def event_ids(self) -> list[int]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(EVENT_ID_ROLE) for item in items if item.data(EVENT_ID_ROLE)]

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(CONTACT_ID_ROLE):
            self.contact_activated.emit(item.data(CONTACT_ID_ROLE))
        elif item.data(EVENT_ID_ROLE):
            self.event_activated.emit(item.data(EVENT_ID_ROLE))
