"""The calendar dock, one occurrence at a time: who I met there, and changing, moving or
cancelling one occurrence of a series as one undoable step."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QUndoStack

from networkcircles.services import contacts, events
from networkcircles.services.events import CapturedPerson
from networkcircles.store import event_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.dialogs.event_capture import EventCaptureDialog
from networkcircles.ui.dialogs.event_editor import (
    AttendeePickerDialog,
    EventEditorDialog,
    SeriesScope,
)
from networkcircles.ui.panels.event_calendar import (
    ORIGINAL_ROLE,
    ContactEventsList,
    EventCalendarPanel,
)

TODAY = date(2026, 11, 2)
BERLIN = ZoneInfo("Europe/Berlin")


def _berlin(*wall: int) -> datetime:
    return events.to_stored(datetime(*wall), "Europe/Berlin")


@pytest.fixture
def panel(store, qtbot):
    widget = EventCalendarPanel(StoreBridge(), QUndoStack(), today=TODAY, zone=BERLIN)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def club(store) -> int:
    return events.create_event(
        "Job club",
        _berlin(2026, 11, 3, 18),
        ends_at=_berlin(2026, 11, 3, 20),
        timezone="Europe/Berlin",
        recurrence="FREQ=WEEKLY;UNTIL=20261215T230000Z",
    )


def _pick_day(panel: EventCalendarPanel, day: date) -> None:
    """What a click on a day does: the calendar's selection moves, the agenda follows."""
    panel.calendar.setSelectedDate(day)  # QDate accepts a date


def _met(panel: EventCalendarPanel) -> list[str]:
    return [panel.met_list.item(n).text() for n in range(panel.met_list.count())]


def test_who_i_met_belongs_to_the_occurrence_picked(panel, club, monkeypatch, qtbot):
    ada = contacts.create("Ada", "peers")
    panel.refresh()
    _pick_day(panel, date(2026, 11, 10))
    assert panel.selected_original == _berlin(2026, 11, 10, 18)
    assert "Repeats every Tuesday at " in panel.event_summary.text()
    assert "FREQ" not in panel.event_summary.text()
    monkeypatch.setattr(AttendeePickerDialog, "ask", classmethod(lambda cls, p, t, a: [ada]))
    panel.pick_attendees("met")
    assert _met(panel) == ["Ada"]
    _pick_day(panel, date(2026, 11, 17))  # the next week: nobody met yet
    assert _met(panel) == []
    _pick_day(panel, date(2026, 11, 10))
    assert _met(panel) == ["Ada"]
    details = ContactEventsList()
    qtbot.addWidget(details)
    details.show_contact(ada)
    assert details.count() == 1 and "Job club" in details.item(0).text()
    assert details.item(0).data(ORIGINAL_ROLE) == str(_berlin(2026, 11, 10, 18))
    panel.undo_stack.undo()
    assert _met(panel) == []
    assert event_queries.attendance_rows(club) == []


def test_people_typed_in_at_an_occurrence_are_met_there(panel, club, monkeypatch):
    panel.refresh()
    _pick_day(panel, date(2026, 11, 17))
    people = [CapturedPerson("Cleo Park", circle_key="peers")]
    titles: list[str] = []

    def ask(cls, parent, title, circles):
        titles.append(title)
        return people

    monkeypatch.setattr(EventCaptureDialog, "ask", classmethod(ask))
    [cleo] = panel.capture()
    assert "Job club" in titles[0] and titles[0] != "Job club"  # says which occurrence
    assert [(c, s, o) for c, s, o in event_queries.attendance_rows(club)] == [
        (cleo, "met", str(_berlin(2026, 11, 17, 18)))
    ]
    assert _met(panel) == ["Cleo Park"]


def test_moving_one_occurrence_is_one_undoable_step(panel, club, monkeypatch):
    panel.refresh()
    _pick_day(panel, date(2026, 11, 10))
    monkeypatch.setattr(SeriesScope, "ask", classmethod(lambda cls, p, deleting: SeriesScope.ONE))
    seen: dict = {}

    def moved(cls, parent, fields=None):
        seen.update(fields)
        return {
            **fields,
            "title": "Job club at the library",
            "starts_at": fields["starts_at"] + timedelta(days=1),
            "ends_at": fields["ends_at"] + timedelta(days=1),
        }

    monkeypatch.setattr(EventEditorDialog, "ask", classmethod(moved))
    panel.edit_selected()
    assert seen["one_occurrence"] and seen["starts_at"] == _berlin(2026, 11, 10, 18)
    assert panel.undo_stack.count() == 1
    days = {
        o.day: o.title for o in events.occurrences(date(2026, 11, 9), date(2026, 11, 18), BERLIN)
    }
    assert days == {date(2026, 11, 11): "Job club at the library", date(2026, 11, 17): "Job club"}
    assert event_queries.event_row(club).title == "Job club"  # the series is unchanged
    panel.undo_stack.undo()
    assert event_queries.event_row(club).exceptions == ()
    panel.undo_stack.redo()
    assert len(event_queries.event_row(club).exceptions) == 1


def test_cancelling_one_occurrence_or_deleting_the_series(panel, club, monkeypatch):
    panel.refresh()
    _pick_day(panel, date(2026, 11, 10))
    answer = [SeriesScope.ONE]
    monkeypatch.setattr(SeriesScope, "ask", classmethod(lambda cls, p, deleting: answer[0]))
    panel.delete_selected()
    assert date(2026, 11, 10) not in panel.marked_days()
    assert date(2026, 11, 17) in panel.marked_days()
    assert panel.undo_stack.undoText() == "Cancel one occurrence"
    _pick_day(panel, date(2026, 11, 17))
    answer[0] = SeriesScope.SERIES
    panel.delete_selected()
    assert event_queries.event_rows() == [] and event_queries.exceptions_by_event() == {}
    panel.undo_stack.undo()  # the series comes back with its cancelled occurrence
    assert len(event_queries.event_row(club).exceptions) == 1
    assert date(2026, 11, 10) not in panel.marked_days()
    panel.undo_stack.undo()
    assert event_queries.event_row(club).exceptions == ()
    assert date(2026, 11, 10) in panel.marked_days()


def test_a_question_cancelled_changes_nothing(panel, club, monkeypatch):
    panel.refresh()
    _pick_day(panel, date(2026, 11, 10))
    monkeypatch.setattr(SeriesScope, "ask", classmethod(lambda cls, p, deleting: None))
    panel.delete_selected()
    panel.edit_selected()
    assert panel.undo_stack.count() == 0 and event_queries.event_row(club) is not None


def test_the_editor_says_the_rule_in_words(store, qtbot):
    dialog = EventEditorDialog(
        {
            "title": "Club",
            "starts_at": datetime(2026, 11, 3, 18),
            "ends_at": datetime(2026, 11, 3, 20),
            "timezone": "",
            "recurrence": "FREQ=MONTHLY;BYDAY=1TU",
        }
    )
    qtbot.addWidget(dialog)
    assert dialog.repeat_words.text().startswith("every month on the first Tuesday at ")
    dialog.repeat.setCurrentIndex(0)  # does not repeat
    assert dialog.repeat_words.isHidden()


def test_a_series_shown_from_elsewhere_picks_its_next_occurrence(panel, club):
    """The Due list or a contact's events name the event only: show the next meeting."""
    panel.show_event(club)
    assert panel.selected_original == _berlin(2026, 11, 3, 18)  # today is 2 Nov
    assert panel.selected_day() == date(2026, 11, 3)
    panel.show_event(club, date(2026, 11, 12))
    assert panel.selected_original == _berlin(2026, 11, 17, 18)
    assert panel.selected_day() == date(2026, 11, 17)
    assert "Job club" in panel.agenda_titles()[0]
