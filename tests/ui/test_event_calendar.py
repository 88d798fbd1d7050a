"""The calendar dock: marked days, agenda, upcoming, undoable add/edit/delete and links."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QUndoStack

from networkcircles.services import contacts, events
from networkcircles.store import event_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.dialogs.event_editor import AttendeePickerDialog, EventEditorDialog
from networkcircles.ui.panels.event_calendar import ContactEventsList, EventCalendarPanel

TODAY = date(2026, 11, 2)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def panel(store, qtbot):
    bridge, stack = StoreBridge(), QUndoStack()
    widget = EventCalendarPanel(bridge, stack, today=TODAY, zone=BERLIN)
    qtbot.addWidget(widget)
    return widget


def test_days_with_events_are_marked_and_recurring_ones_repeat(panel):
    events.create_event(
        "Job club",
        events.to_stored(datetime(2026, 11, 3, 10), "Europe/Berlin"),
        timezone="Europe/Berlin",
        recurrence="FREQ=WEEKLY;COUNT=3",
    )
    panel.refresh()
    assert {date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17)} <= panel.marked_days()
    assert date(2026, 11, 24) not in panel.marked_days()
    titles = panel.upcoming_titles()
    assert len(titles) == 3
    assert titles[0].startswith("Tue 3 Nov") and titles[0].endswith("Job club ↻")
    assert "10:00" in titles[0]  # shown in the panel's zone (Berlin), as entered


def test_add_edit_delete_are_undoable(panel, monkeypatch):
    start = events.to_stored(datetime(2026, 11, 5, 18), "Europe/Berlin")
    values = {
        "title": "Career fair",
        "kind": "career_fair",
        "starts_at": start,
        "ends_at": start + timedelta(hours=3),
        "timezone": "Europe/Berlin",
    }
    monkeypatch.setattr(EventEditorDialog, "ask", classmethod(lambda cls, p, f=None: values))
    event_id = panel.add_event()
    assert panel.selected_day() == date(2026, 11, 5)
    assert any("Career fair" in t for t in panel.agenda_titles())
    monkeypatch.setattr(
        EventEditorDialog, "ask", classmethod(lambda cls, p, f=None: {**f, "title": "Big fair"})
    )
    panel.edit_selected()
    assert event_queries.event_row(event_id).title == "Big fair"
    panel.delete_selected()
    assert event_queries.event_row(event_id) is None and panel.agenda_titles() == []
    panel.undo_stack.undo()  # delete
    assert event_queries.event_row(event_id).title == "Big fair"
    panel.undo_stack.undo()  # edit
    assert event_queries.event_row(event_id).title == "Career fair"
    panel.undo_stack.undo()  # add
    assert event_queries.event_rows() == []
    panel.undo_stack.redo()
    assert event_queries.event_row(event_id).title == "Career fair"  # same id again


def test_who_i_met_links_and_unlinks_undoably(panel, monkeypatch, qtbot):
    ada = contacts.create("Ada", "peers")
    event_id = events.create_event("Mixer", datetime(2026, 11, 2, 19))
    panel.show_event(event_id, TODAY)
    monkeypatch.setattr(AttendeePickerDialog, "ask", classmethod(lambda cls, p, t, a: [ada]))
    panel.pick_attendees("met")
    assert [panel.met_list.item(n).text() for n in range(panel.met_list.count())] == ["Ada"]
    with qtbot.waitSignal(panel.contact_activated) as blocker:
        panel.met_list.itemDoubleClicked.emit(panel.met_list.item(0))
    assert blocker.args == [ada]
    details = ContactEventsList()
    qtbot.addWidget(details)
    details.show_contact(ada)
    assert details.count() == 1 and "Mixer" in details.item(0).text()
    panel.undo_stack.undo()
    assert event_queries.attendees(event_id) == []


def test_screenshot_of_the_demo_calendar(demo_store, qtbot, tmp_path):
    widget = EventCalendarPanel(StoreBridge(), QUndoStack(), today=TODAY, zone=BERLIN)
    qtbot.addWidget(widget)
    widget.resize(720, 760)
    assert len(widget.upcoming_titles()) >= 8
    assert widget.grab().save(str(tmp_path / "calendar.png"))
