"""Undo commands restore the store exactly."""

from PySide6.QtGui import QUndoStack

from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import (
    AddContactCommand,
    DeleteContactCommand,
    EditContactCommand,
    MoveContactCommand,
    MoveContactsCommand,
)


def test_each_edit_undoes_to_the_same_store(demo_store, qtbot, dump_store):
    stack, bridge = QUndoStack(), StoreBridge()
    start = dump_store(demo_store)
    rows = queries.contact_rows()
    first, second = rows[0], rows[1]

    stack.push(AddContactCommand(bridge, "Zoë Ødegaard", "peers", role="Designer"))
    stack.push(EditContactCommand(bridge, first.id, {"role": first.role}, {"role": "Chef"}))
    stack.push(MoveContactCommand(bridge, second.id, second.circle_key, "acquaintances"))
    stack.push(MoveContactsCommand(bridge, {first.id: first.circle_key}, None))
    stack.push(DeleteContactCommand(bridge, second.id))
    after = dump_store(demo_store)
    assert queries.contact_details(second.id) is None
    assert queries.contact_row(first.id).role == "Chef"

    while stack.canUndo():
        stack.undo()
    assert dump_store(demo_store) == start
    while stack.canRedo():
        stack.redo()
    assert dump_store(demo_store) == after


def test_bridge_announces_each_write(store, qtbot):
    bridge = StoreBridge()
    with qtbot.waitSignal(bridge.contacts_changed, timeout=1000) as blocker:
        contact_id = bridge.create_contact("Ana Abbott", "family")
    assert blocker.args == [[contact_id]]
    with qtbot.waitSignal(bridge.contacts_changed, timeout=1000) as blocker:
        bridge.move_contact(contact_id, "peers")
    assert blocker.args == [[contact_id]]
    assert contacts.contact_details(contact_id).circle_key == "peers"
