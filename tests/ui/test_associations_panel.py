"""The associations dock: the comparison table, sorting, undoable edits."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from networkcircles.services import associations, contacts
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.panels.associations import AssociationsPanel, Column


@pytest.fixture
def panel(store, qtbot):
    associations.create_organization("Alpha", dues=100, membership="joined")
    associations.create_organization("Beta", dues=5, dues_period="monthly", membership="joined")
    associations.create_organization(
        "Gamma", dues=30, membership="considering", expected_contacts=3
    )
    contacts.create("Ann", "associations", organization="Alpha")
    widget = AssociationsPanel(StoreBridge(), QUndoStack())
    qtbot.addWidget(widget)
    return widget


def test_table_shows_figures_and_dashes(panel):
    rows = {r[Column.NAME]: r for r in panel.row_texts()}
    assert rows["Alpha"][Column.YEARLY_COST] == "100.00"
    assert rows["Alpha"][Column.PER_CONTACT] == "100.00"
    assert rows["Alpha"][Column.PER_LEAD] == "—"
    assert rows["Beta"][Column.YEARLY_COST] == "60.00"
    assert rows["Gamma"][Column.CONTACTS] == "≈ 3"
    assert rows["Gamma"][Column.PER_CONTACT] == "10.00"


def test_sorting_by_cost_per_contact_puts_dashes_last(panel):
    panel.table.sortItems(Column.PER_CONTACT, Qt.SortOrder.AscendingOrder)
    assert [r[Column.NAME] for r in panel.row_texts()] == ["Gamma", "Alpha", "Beta"]
    panel.table.sortItems(Column.YEARLY_COST, Qt.SortOrder.DescendingOrder)
    assert [r[Column.NAME] for r in panel.row_texts()] == ["Alpha", "Beta", "Gamma"]


def test_editing_dues_is_undoable(panel):
    beta = next(f.organization_id for f in panel.figures if f.name == "Beta")
    panel.select_association(beta)
    panel.period.setCurrentIndex(panel.period.findData("yearly"))
    panel.save()
    rows = {r[Column.NAME]: r for r in panel.row_texts()}
    assert rows["Beta"][Column.YEARLY_COST] == "5.00"
    panel.undo_stack.undo()
    rows = {r[Column.NAME]: r for r in panel.row_texts()}
    assert rows["Beta"][Column.YEARLY_COST] == "60.00"


def test_add_and_delete_association_undoably(panel):
    new_id = panel.add_association("Delta")
    assert "Delta" in [r[0] for r in panel.row_texts()]
    panel.select_association(new_id)
    panel.delete_selected()
    assert "Delta" not in [r[0] for r in panel.row_texts()]
    panel.undo_stack.undo()
    assert "Delta" in [r[0] for r in panel.row_texts()]


def test_screenshot_of_the_demo_associations(demo_store, qtbot, tmp_path):
    widget = AssociationsPanel(StoreBridge(), QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(900, 620)
    assert len(widget.row_texts()) == 3
    assert widget.grab().save(str(tmp_path / "associations.png"))


def test_edits_of_contacts_read_only_their_ties(store, qtbot, monkeypatch):
    """Joining, leaving, being known through an association, sharing a tip, being deleted
    and put back: the table is what a fresh comparison gives, and only the edited
    contacts are matched against the associations."""
    from networkcircles.services import tips
    from networkcircles.store import event_queries

    associations.create_organization("Alpha", dues=100, membership="joined")
    associations.create_organization("Beta", dues=60, membership="joined")
    ann = contacts.create("Ann", "associations", organization="Alpha")
    bo = contacts.create("Bo", "peers")
    bridge = StoreBridge()
    panel = AssociationsPanel(bridge, QUndoStack())
    qtbot.addWidget(panel)
    readings = []
    real = event_queries.association_ties
    monkeypatch.setattr(
        event_queries,
        "association_ties",
        lambda ids=None: (readings.append(ids is None), real(ids))[1],
    )

    def fresh() -> list:
        return associations.compare_associations(real())

    bridge.update_contact(bo, {"organization": "beta "})
    assert panel.figures == fresh()
    bridge.update_contact(bo, {"how_known": "Met at the Alpha mixer"})
    assert panel.figures == fresh()
    tips.create("job", company="Acme", role="PM", source=bo)
    bridge.update_contact(bo, {"role": "Mentor"})  # nothing about associations
    assert panel.figures == fresh()
    bridge.update_contact(ann, {"organization": ""})
    assert panel.figures == fresh()
    saved = bridge.delete_contact(bo)
    assert panel.figures == fresh()
    bridge.restore_contact(saved)
    assert panel.figures == fresh()
    assert True not in readings  # no edit matched everyone
    rows = {r[Column.NAME]: r for r in panel.row_texts()}
    assert (rows["Alpha"][Column.CONTACTS], rows["Beta"][Column.CONTACTS]) == ("1", "1")
    assert rows["Alpha"][Column.LEADS] == "1"
