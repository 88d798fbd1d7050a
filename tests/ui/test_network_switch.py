"""Every panel follows the open network: after File ▸ New, Open, Open Recent and Restore from
Backup nothing of the old network stays on screen, and no filter of it hides the new one."""

from datetime import date
from pathlib import Path

import pytest

from networkcircles.services import associations, events
from networkcircles.store import queries
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.event_editor import EventEditorDialog, SeriesScope
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog
from networkcircles.ui.main_window import MainWindow
from networkcircles.ui.panels.lazy import bring_forward


def _dimmed(window: MainWindow) -> list[int]:
    return [row.id for row in queries.contact_rows() if window.scene.is_dimmed(row.id)]


def _first_event(window: MainWindow) -> int:
    return events.upcoming(date.today(), 3650, window.panels.calendar.zone)[0].event_id


LINKEDIN = Path(__file__).parent.parent / "interchange" / "fixtures" / "linkedin_connections.csv"


@pytest.fixture(autouse=True)
def whole_series(monkeypatch) -> None:
    """An edit of a repeating event here is of the whole series (the window asks)."""
    whole = classmethod(lambda cls, parent, deleting: SeriesScope.SERIES)
    monkeypatch.setattr(SeriesScope, "ask", whole)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Every error dialog the window would show, instead of showing it."""
    shown: list[str] = []
    monkeypatch.setattr(questions, "show_error", lambda parent, title, text: shown.append(text))
    return shown


def _busy_window(window: MainWindow) -> tuple[int, int]:
    """Search, filter, select a contact, an event and an association, with some undo history:
    what a user has on screen before switching. Returns (event id, association id)."""
    someone = queries.contact_rows()[0]
    window.contact_list.search.setText(someone.name.split()[0])
    window.contact_list.verdict_filter.setCurrentIndex(1)  # "Tell them"
    window.select_contact(someone.id)
    window.move_contact(someone.id, "peers" if someone.circle_key != "peers" else "family")
    assert window.undo_stack.count() == 1
    assert _dimmed(window)  # the search dims everyone else in the diagram

    panels = window.panels
    bring_forward(panels.calendar_dock)
    event_id = _first_event(window)
    panels.calendar.show_event(event_id)
    assert panels.calendar.edit_button.isEnabled()

    bring_forward(panels.associations_dock)
    association = associations.compare_associations()[0].organization_id
    panels.associations.select_association(association)
    bring_forward(panels.leads_dock)
    panels.leads.set_filters("job", "open")
    bring_forward(panels.balance_dock)  # Mix it up has counted this network
    assert sum(row.contacts for row in panels.balance.report.circles) > 0
    return event_id, association


def test_new_network_empties_every_panel_and_imports_show(
    window, tmp_path, monkeypatch, errors, demo_store
):
    event_id, _association = _busy_window(window)
    fresh = tmp_path / "second.sqlite"
    monkeypatch.setattr(questions, "ask_new_path", lambda parent, folder: fresh)

    window.files.new_network()

    assert window.store_path == fresh.resolve()
    assert window.undo_stack.count() == 0
    assert window.selected_id is None
    listing = window.contact_list
    assert listing.search.text() == ""
    assert listing.verdict_filter.currentData() is None
    assert listing.proxy.circle() is None
    assert window.contacts_model.rowCount() == 0
    panels = window.panels
    for dock in panels.docks():
        bring_forward(dock)  # a hidden panel catches up when shown
    calendar = panels.calendar
    assert calendar.selected_event is None
    assert not calendar.edit_button.isEnabled()
    assert calendar.upcoming_titles() == []
    assert calendar.marked_days() == set()
    calendar.edit_selected()  # nothing selected: nothing happens, no error
    assert panels.associations.selected_id is None
    assert panels.associations.table.rowCount() == 0
    assert panels.associations.name.text() == ""  # no disabled form with the old one's name
    assert panels.associations.notes.toPlainText() == ""
    assert panels.leads.shown_ids() == []
    assert panels.leads.kind_filter.currentData() is None
    assert panels.due.list.count() == 0
    assert sum(row.contacts for row in panels.balance.report.circles) == 0  # Mix it up too
    assert panels.activity.contact_id() is None
    assert panels.reliability.contact_id() is None
    assert errors == []

    # People imported into the new network all show: no filter of the old one hides them.
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    window.files.import_files([LINKEDIN])
    assert window.contacts_model.rowCount() == 3
    assert len(listing.shown_ids()) == 3
    assert _dimmed(window) == []

    # Back to the first network: editing an event from the calendar edits that network's.
    monkeypatch.setattr(questions, "ask_open_path", lambda parent, folder: demo_store)
    window.files.open_network()
    assert window.contacts_model.rowCount() == 60
    assert calendar.selected_event is None
    bring_forward(panels.calendar_dock)
    calendar.show_event(event_id)
    before = events.fields_of(event_id)
    monkeypatch.setattr(
        EventEditorDialog, "ask", classmethod(lambda cls, parent, fields: {**fields, "notes": "Hi"})
    )
    calendar.edit_selected()
    assert errors == []
    assert events.fields_of(event_id) == {**before, "notes": "Hi"}
    window.undo_stack.undo()
    assert events.fields_of(event_id) == before


def test_open_recent_resets_search_selection_and_undo(window, tmp_path, monkeypatch, errors):
    from networkcircles.ui import settings

    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(questions, "ask_new_path", lambda parent, folder: other)
    first = window.store_path
    window.files.new_network()
    settings.remember_recent(str(first))
    window.files.fill_recent_menu()
    window.recent_menu.actions()[0].trigger()  # back to the demo, through Open Recent
    assert window.store_path == first
    _busy_window(window)

    window.recent_menu.actions()[1].trigger()  # the empty one
    assert window.store_path == other.resolve()
    assert window.contact_list.search.text() == ""
    assert window.undo_stack.count() == 0
    assert _dimmed(window) == []
    assert window.panels.calendar.selected_event is None
    assert errors == []


def test_restore_from_backup_resets_every_panel(window, monkeypatch, errors):
    from networkcircles.ui.dialogs.restore_backup import RestoreBackupDialog

    _busy_window(window)
    monkeypatch.setattr(RestoreBackupDialog, "run", classmethod(lambda cls, parent, path: True))
    window.restore_action.trigger()
    assert window.undo_stack.count() == 0
    assert window.contact_list.search.text() == ""
    assert window.contact_list.verdict_filter.currentData() is None
    assert window.selected_id is None
    assert _dimmed(window) == []
    assert window.panels.calendar.selected_event is None
    assert window.panels.leads.kind_filter.currentData() is None
    assert len(window.contact_list.shown_ids()) == window.contacts_model.rowCount() == 60
    assert errors == []


def test_an_event_deleted_elsewhere_is_reported_not_raised(window, monkeypatch, errors):
    """A stale selection (another window deleted the event) ends in a sentence, not a
    traceback on stderr."""
    panels = window.panels
    bring_forward(panels.calendar_dock)
    event_id = _first_event(window)
    panels.calendar.show_event(event_id)
    events.delete_event(event_id)  # as another window would: this one is not told
    monkeypatch.setattr(EventEditorDialog, "ask", classmethod(lambda cls, parent, fields: fields))
    panels.calendar.edit_selected()
    assert len(errors) == 1
    assert panels.calendar.selected_event is None
