"""The calendar dock: a series given a new rule drops the changed occurrences and people met
that no longer fall on an occurrence, after saying how many; one undo brings them all back."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QUndoStack

from networkcircles.services import contacts, events
from networkcircles.store import event_queries
from networkcircles.store.event_queries import ExceptionRow
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.event_editor import EventEditorDialog, SeriesScope
from networkcircles.ui.panels.event_calendar import EventCalendarPanel

BERLIN = ZoneInfo("Europe/Berlin")


def _berlin(*wall: int) -> datetime:
    return events.to_stored(datetime(*wall), "Europe/Berlin")


@pytest.fixture
def panel(store, qtbot):
    widget = EventCalendarPanel(StoreBridge(), QUndoStack(), today=date(2026, 11, 2), zone=BERLIN)
    qtbot.addWidget(widget)
    return widget


def _state(event_id: int) -> tuple[object, object]:
    row = event_queries.event_row(event_id)
    assert row is not None
    return row.recurrence, row.exceptions, sorted(event_queries.attendance_rows(event_id))


def test_a_new_rule_says_how_many_it_drops_first_and_undo_brings_them_back(panel, monkeypatch):
    club = events.create_event(
        "Job club", _berlin(2026, 11, 3, 18), timezone="Europe/Berlin", recurrence="FREQ=WEEKLY"
    )
    ada, bob = contacts.create("Ada", "peers"), contacts.create("Bob", "peers")
    tenth, seventeenth = _berlin(2026, 11, 10, 18), _berlin(2026, 11, 17, 18)
    events.put_exception(club, tenth, ExceptionRow(tenth, cancelled=True))
    events.put_exception(club, seventeenth, ExceptionRow(seventeenth, title="Special"))
    events.link_attendees(club, [ada], "met", tenth)
    events.link_attendees(club, [bob], "planned", seventeenth)
    before = _state(club)
    panel.refresh()
    panel.calendar.setSelectedDate(date(2026, 11, 3))
    assert panel.selected_event == club
    asked: list[str] = []
    answers = iter([False, True])  # Cancel, then OK

    def confirm(parent, title, text) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(questions, "confirm", confirm)
    monkeypatch.setattr(SeriesScope, "ask", classmethod(lambda cls, parent, d: cls.SERIES))
    monkeypatch.setattr(
        EventEditorDialog,
        "ask",
        classmethod(lambda cls, p, f=None: {**f, "recurrence": "FREQ=WEEKLY;INTERVAL=2"}),
    )
    panel.edit_selected()  # asked, and Cancel: nothing changes
    assert _state(club) == before and panel.undo_stack.count() == 0
    panel.edit_selected()  # asked again, and OK
    # 3 and 17 Nov are still meetings; 10 Nov is not: its cancellation and Ada go
    assert _state(club) == (
        "FREQ=WEEKLY;INTERVAL=2",
        (ExceptionRow(seventeenth, title="Special"),),
        [(bob, "planned", "2026-11-17 17:00:00")],
    )
    assert len(asked) == 2
    assert "occurrences of 1 changed or cancelled occurrence; 1 record of whom" in asked[1]
    assert panel.undo_stack.count() == 1
    panel.undo_stack.undo()
    assert _state(club) == before
    panel.undo_stack.redo()
    assert _state(club)[1:] == (
        (ExceptionRow(seventeenth, title="Special"),),
        [(bob, "planned", "2026-11-17 17:00:00")],
    )
    panel.undo_stack.undo()
    assert _state(club) == before
    assert len(asked) == 2  # undo and redo ask nothing: the edit asked once


def _days_of(event_id: int) -> list[date]:
    found = events.occurrences(date(2026, 11, 1), date(2026, 11, 30), BERLIN)
    return [o.start.date() for o in found if o.event_id == event_id]  # type: ignore[union-attr]


def test_a_series_moved_a_day_later_keeps_its_skipped_date_skipped_and_undo_puts_it_back(
    panel, monkeypatch
):
    """An imported series skips 10 Nov (EXDATE); moving the series to Wednesdays must skip
    11 Nov, not bring the skipped meeting back; undo and redo walk it back and forth."""
    club = events.create_event(
        "Job club",
        _berlin(2026, 11, 3, 18),
        timezone="Europe/Berlin",
        recurrence="FREQ=WEEKLY;COUNT=4",
        excluded=str(_berlin(2026, 11, 10, 18)),
    )
    assert _days_of(club) == [date(2026, 11, 3), date(2026, 11, 17), date(2026, 11, 24)]
    panel.refresh()
    panel.calendar.setSelectedDate(date(2026, 11, 3))
    monkeypatch.setattr(SeriesScope, "ask", classmethod(lambda cls, parent, d: cls.SERIES))
    later = _berlin(2026, 11, 4, 18)
    monkeypatch.setattr(
        EventEditorDialog, "ask", classmethod(lambda cls, p, f=None: {**f, "starts_at": later})
    )
    panel.edit_selected()
    moved = [date(2026, 11, 4), date(2026, 11, 18), date(2026, 11, 25)]
    assert _days_of(club) == moved
    panel.undo_stack.undo()
    assert _days_of(club) == [date(2026, 11, 3), date(2026, 11, 17), date(2026, 11, 24)]
    assert event_queries.event_row(club).excluded == str(_berlin(2026, 11, 10, 18))
    panel.undo_stack.redo()
    assert _days_of(club) == moved
