"""The Leads dock: filters, add/edit/delete through undo, the source one click away, the trace."""

from PySide6.QtGui import QUndoStack

from networkcircles.services import contacts, referrals, tips
from networkcircles.store import circle_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.dialogs.tip import TipDialog
from networkcircles.ui.panels.leads import SOURCE_COLUMN, LeadsPanel


def _panel(qtbot):
    stack, bridge = QUndoStack(), StoreBridge()
    panel = LeadsPanel(bridge, stack)
    qtbot.addWidget(panel)
    return panel, stack


def test_filters_and_source_click(store, qtbot):
    mum = contacts.create("Mum", "family")
    peer = contacts.create("Peer", "peers")
    referrals.add(mum, peer)
    job = tips.create("job", company="Acme", role="PM", source=peer, status="applied")
    fair = tips.create("fair", title="Spring fair", fair_on="2026-11-20")
    closed = tips.create("job", company="Gone", status="closed")
    panel, _stack = _panel(qtbot)
    assert set(panel.shown_ids()) == {job, fair, closed}
    panel.set_filters(kind="fair")
    assert panel.shown_ids() == [fair]
    panel.set_filters(kind="job", status="open")
    assert panel.shown_ids() == [job]
    panel.select(job)
    assert panel.trace.text() == (
        "Came through: Mum (Family and friends) → Peer (Fellow job seekers)"
    )
    with qtbot.waitSignal(panel.contact_activated, timeout=1000) as blocker:
        panel.table.cellDoubleClicked.emit(0, SOURCE_COLUMN)
    assert blocker.args == [peer]


def test_add_edit_delete_undo(store, qtbot, monkeypatch):
    peer = contacts.create("Peer", "peers")
    panel, stack = _panel(qtbot)
    values = {
        "kind": "resource",
        "company": "",
        "role": "",
        "title": "Résumé checker",
        "link": "https://example.org",
        "status": "heard",
        "source": peer,
        "shared_on": None,
        "notes": "",
        "fair_on": None,
    }
    monkeypatch.setattr(TipDialog, "ask", classmethod(lambda cls, parent, tip=None: values))
    panel.add_tip()
    (row,) = circle_queries.tips()
    assert (row.title, row.source_name) == ("Résumé checker", "Peer")
    assert panel.selected_id() == row.id
    values = {**values, "title": "CV checker"}
    panel.edit_tip()
    assert circle_queries.tip(row.id).title == "CV checker"
    panel.delete_tip()
    assert circle_queries.tips() == [] and panel.shown_ids() == []
    stack.undo()
    stack.undo()
    assert circle_queries.tip(row.id) == row
    stack.undo()
    assert circle_queries.tips() == []


def test_tip_dialog_checks_its_fields(store, qtbot):
    dialog = TipDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("job"))
    assert dialog.problem() == "A job lead needs a company."
    dialog.company.setText("Acme")
    dialog.shared_on.setText("soon")
    assert "not a date" in dialog.problem()
    dialog.shared_on.setText("2026-11-01")
    assert dialog.problem() == ""


def test_only_a_new_name_for_who_shared_a_tip_reads_the_tips_again(store, qtbot, monkeypatch):
    peer = contacts.create("Peer", "peers")
    other = contacts.create("Other", "family")
    tips.create("job", company="Acme", role="PM", source=peer)
    bridge = StoreBridge()
    panel = LeadsPanel(bridge, QUndoStack())
    qtbot.addWidget(panel)
    readings = []
    real = circle_queries.tips
    monkeypatch.setattr(circle_queries, "tips", lambda: readings.append(1) or real())
    bridge.move_contact(other, "peers")
    bridge.log_interaction(other, "2026-11-02", "call")
    bridge.log_interaction(peer, "2026-11-02", "call")  # who shared it, by the same name
    assert readings == []
    bridge.update_contact(peer, {"name": "Pat Peer"})
    assert readings == [1]
    assert panel.table.item(0, SOURCE_COLUMN).text() == "Pat Peer"
    panel.select(panel.shown_ids()[0])
    bridge.move_contact(peer, "family")  # the trace names the circle
    assert panel.trace.text() == "Shared by Pat Peer (Family and friends)."
    assert readings == [1]
