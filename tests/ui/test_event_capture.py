"""Capture mode: typing people quickly at an event, applied as one undoable step."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from networkcircles.services import events
from networkcircles.services.events import CapturedPerson
from networkcircles.store import event_queries, queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.dialogs.event_capture import EventCaptureDialog
from networkcircles.ui.panels.event_calendar import EventCalendarPanel


def test_typing_people_with_one_key_circles(store, qtbot):
    dialog = EventCaptureDialog("Mixer", queries.circles())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Cleo Park")
    qtbot.keyClicks(dialog.organization, "Juniper Labs")
    qtbot.keyClicks(dialog.note, "Hiring in spring")
    dialog.circle.setFocus()
    qtbot.keyClick(dialog.circle, Qt.Key.Key_3)
    assert dialog.circle.currentData() == "peers"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.name, "Dan Ode")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # nothing typed: nobody added
    assert dialog.people() == [
        CapturedPerson("Cleo Park", "Juniper Labs", "Hiring in spring", "peers"),
        CapturedPerson("Dan Ode", "", "", "peers"),  # the circle stays as last chosen
    ]
    assert dialog.table.rowCount() == 2


def test_finishing_adds_linked_contacts_in_one_undo_step(store, qtbot, monkeypatch):
    event_id = events.create_event("Mixer", datetime(2026, 11, 2, 19))
    panel = EventCalendarPanel(
        StoreBridge(), QUndoStack(), today=date(2026, 11, 2), zone=ZoneInfo("UTC")
    )
    qtbot.addWidget(panel)
    panel.show_event(event_id, date(2026, 11, 2))
    people = [
        CapturedPerson("Cleo Park", "Juniper Labs", "Hiring", "peers"),
        CapturedPerson("Dan Ode", circle_key=None),
    ]
    monkeypatch.setattr(EventCaptureDialog, "ask", classmethod(lambda cls, p, t, c: people))
    ids = panel.capture()
    assert len(ids) == 2 and panel.undo_stack.count() == 1
    assert {a.contact_id for a in event_queries.attendees(event_id)} == set(ids)
    assert queries.contact_row(ids[0]).circle_key == "peers"
    panel.undo_stack.undo()
    assert queries.contact_rows() == [] and event_queries.attendees(event_id) == []
    panel.undo_stack.redo()
    assert [r.id for r in queries.contact_rows()] == ids
    assert {a.contact_id for a in event_queries.attendees(event_id)} == set(ids)
