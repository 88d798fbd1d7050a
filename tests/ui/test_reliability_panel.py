"""The reliability panel: answers become undoable edits, the verdict follows in words."""

from PySide6.QtGui import QUndoStack

from networkcircles.services import contacts
from networkcircles.services.reliability import VerdictKind
from networkcircles.store import circle_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.panels.reliability import ReliabilityPanel


def _panel(qtbot):
    stack, bridge = QUndoStack(), StoreBridge()
    panel = ReliabilityPanel(bridge, stack)
    qtbot.addWidget(panel)
    return panel, stack, bridge


def _choose(combo, value) -> None:
    combo.set_value(value)
    combo.activated.emit(combo.currentIndex())


def test_answers_give_a_verdict_and_undo(store, qtbot):
    barista = contacts.create("Barista", "acquaintances")
    panel, stack, _bridge = _panel(qtbot)
    panel.show_contact(barista)
    assert panel.verdict_label.text() == "Not yet"
    _choose(panel.useful, True)
    _choose(panel.convey, True)
    _choose(panel.gossip, False)
    assert panel.verdict_label.text() == "Tell them"
    _choose(panel.gossip, True)
    assert panel.verdict_label.text() == "Leave out"
    assert "gossip" in panel.reason_label.text()
    assert circle_queries.contact_extras(barista).passes_gossip is True
    stack.undo()
    assert circle_queries.contact_extras(barista).passes_gossip is False
    assert panel.verdict_label.text() == "Tell them"
    while stack.canUndo():
        stack.undo()
    extras = circle_queries.contact_extras(barista)
    assert (extras.has_useful_contacts, extras.can_convey, extras.passes_gossip) == (None,) * 3


def test_note_and_people_a_day(store, qtbot):
    stylist = contacts.create("Stylist", "acquaintances")
    panel, stack, _bridge = _panel(qtbot)
    panel.show_contact(stylist)
    panel.useful_note.setText("Knows the HR lead at Acme")
    panel.useful_note.editingFinished.emit()
    panel.people.setValue(40)
    panel.people.editingFinished.emit()
    extras = circle_queries.contact_extras(stylist)
    assert (extras.useful_contacts_note, extras.people_per_day) == ("Knows the HR lead at Acme", 40)
    assert stack.count() == 2
    panel.people.editingFinished.emit()  # nothing changed: no new command
    assert stack.count() == 2


def test_no_contact_disables_the_editors(store, qtbot):
    panel, _stack, _bridge = _panel(qtbot)
    panel.show_contact(None)
    assert not panel.useful.isEnabled()
    assert panel.verdict_label.text() == ""


def test_demo_has_gossip_and_tell(demo_store, qtbot):
    from networkcircles.services.reliability import verdicts

    members = {c.id for c in circle_queries.contact_names() if c.circle_key == "acquaintances"}
    kinds = [v.kind for cid, v in verdicts().items() if cid in members]
    assert VerdictKind.LEAVE_OUT in kinds and VerdictKind.TELL in kinds
