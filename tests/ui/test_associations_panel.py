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
