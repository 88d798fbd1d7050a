"""Follow-ups that are overdue or due today and the week's events: a dock list, and the
start-up reminder. Past events stay listed, greyed, as history."""

from bisect import bisect_left
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from networkcircles.languages import counted
from networkcircles.services import events, interactions
from networkcircles.store.circle_queries import (
    FollowUpRow,
    follow_up_order,
    follow_ups_counted_until,
)
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
        self._follow_ups: list[FollowUpRow] | None = None  # the list's first rows, in order
        self._events_coming = 0
        self._listed_for: date | None = None  # the day the list is up to date for
        bridge.contacts_changed.connect(self._contacts_changed)
        bridge.network_changed.connect(self.refresh)
        bridge.events_changed.connect(self.refresh)
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def set_today(self, today: date | None) -> None:
        self._today = today
        self.refresh()

    def due_count(self) -> int:
        """Follow-ups overdue or due today, and events of the coming week: counted from the
        list when it is up to date (start-up's reminder comes right after it filled in),
        else in the store (the list out of sight has not read them)."""
        if self._follow_ups is not None and self._listed_for == self.today():
            return len(self._follow_ups) + self._events_coming
        today = self.today()
        return follow_ups_counted_until(today) + len(events.due_reminders(today))

    def refresh(self, *_args) -> None:
        if postponed(self, self.refresh):
            self._listed_for = None
            return  # a dock nobody sees catches up when shown
        today = self.today()
        due = interactions.due(today)
        self._follow_ups = [*due.overdue, *due.today]
        self.list.clear()
        looks = _ItemLooks(self, today)  # thousands of rows share a few texts and one colour
        for row in self._follow_ups:
            self.list.addItem(looks.item(row))
        coming = events.due_reminders(today)
        for reminder in coming:
            self._add_event(reminder.occurrence, reminder.days_away, past=False)
        history = events.reminder_history(today, days=14)
        for reminder in history:
            self._add_event(reminder.occurrence, reminder.days_away, past=True)
        self._events_coming = len(coming)
        self._listed_for = today
        self._show_summary(today)

    def _contacts_changed(self, contact_ids: list[int]) -> None:
        """A few contacts changed: only their follow-ups are read again and put in place (a
        whole refresh reads and lists every follow-up of the network)."""
        if postponed(self, self.refresh):
            self._listed_for = None
            return
        if self._follow_ups is None:
            self.refresh()
            return
        today, changed, shown = self.today(), set(contact_ids), self._follow_ups
        for n in range(len(shown) - 1, -1, -1):
            if shown[n].contact_id in changed:
                del shown[n]
                self.list.takeItem(n)
        due = interactions.due(today, contact_ids)
        looks = _ItemLooks(self, today)
        for row in [*due.overdue, *due.today]:
            at = bisect_left(shown, follow_up_order(row), key=follow_up_order)
            shown.insert(at, row)
            self.list.insertItem(at, looks.item(row))
        self._show_summary(today)

    def _show_summary(self, today: date) -> None:
        shown = self._follow_ups or []
        overdue = sum(1 for row in shown if row.next_follow_up < today)
        due_today = len(shown) - overdue
        if shown or self._events_coming:
            self.summary.setText(
                self.tr("{overdue} overdue, {today} due today, {events} this week").format(
                    overdue=overdue,
                    today=due_today,
                    events=counted(
                        self.tr("%n event(s)", "", self._events_coming), self._events_coming
                    ),
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

    def follow_up_template(self, days_overdue: int) -> str:
        """A follow-up row's text, {name} still to fill in (0 days overdue: due today)."""
        if days_overdue:
            text = self.tr("{name}: %n day(s) overdue", "", days_overdue)
            return counted(text, days_overdue)
        return self.tr("{name}: due today")

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


class _ItemLooks:
    """Makes the list's follow-up rows for one day: each text template is translated once per
    number of days overdue, and the overdue colour is worked out once."""

    def __init__(self, panel: DuePanel, today: date) -> None:
        self._panel = panel
        self._today = today
        self._templates: dict[int, str] = {}  # days overdue (0: due today) -> template
        self._overdue = QBrush(error_colour(panel.palette()))

    def item(self, row: FollowUpRow) -> QListWidgetItem:
        days = (self._today - row.next_follow_up).days if row.next_follow_up < self._today else 0
        template = self._templates.get(days)
        if template is None:
            template = self._templates[days] = self._panel.follow_up_template(days)
        text = isolated(template, name=row.name)
        if row.note:
            text += f" — {isolate(row.note)}"
        item = QListWidgetItem(text)
        item.setData(CONTACT_ID_ROLE, row.contact_id)
        if days:
            item.setForeground(self._overdue)
        return item
