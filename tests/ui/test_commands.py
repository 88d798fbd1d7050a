"""Undo commands restore the store exactly."""

import sqlite3

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


def _dump(path) -> list[str]:
    """Every row of every table, sorted, without the surrogate ids of the rows a restore
    re-creates (e-mails, phones, referrals) and without the contact's updated_at stamp."""
    from networkcircles.store.db import db

    db.execute_sql("PRAGMA wal_checkpoint")
    raw = sqlite3.connect(path)
    lines = []
    # The full-text index's shadow tables hold the same words in other pages after an undo.
    tables = (
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contact_search%'"
    )
    for (table,) in raw.execute(tables):
        columns = [c[1] for c in raw.execute(f'PRAGMA table_info("{table}")')]
        keep = [c for c in columns if c != "updated_at"]
        if table in ("contact_email", "contact_phone", "referral"):
            keep.remove("id")
        quoted = ", ".join(f'"{c}"' for c in keep)
        lines += [f"{table} {row}" for row in raw.execute(f'SELECT {quoted} FROM "{table}"')]
    raw.close()
    return sorted(lines)


def test_each_edit_undoes_to_the_same_store(demo_store, qtbot):
    stack, bridge = QUndoStack(), StoreBridge()
    start = _dump(demo_store)
    rows = queries.contact_rows()
    first, second = rows[0], rows[1]

    stack.push(AddContactCommand(bridge, "Zoë Ødegaard", "peers", role="Designer"))
    stack.push(EditContactCommand(bridge, first.id, {"role": first.role}, {"role": "Chef"}))
    stack.push(MoveContactCommand(bridge, second.id, second.circle_key, "acquaintances"))
    stack.push(MoveContactsCommand(bridge, {first.id: first.circle_key}, None))
    stack.push(DeleteContactCommand(bridge, second.id))
    after = _dump(demo_store)
    assert queries.contact_details(second.id) is None
    assert queries.contact_row(first.id).role == "Chef"

    while stack.canUndo():
        stack.undo()
    assert _dump(demo_store) == start
    while stack.canRedo():
        stack.redo()
    assert _dump(demo_store) == after


def test_bridge_announces_each_write(store, qtbot):
    bridge = StoreBridge()
    with qtbot.waitSignal(bridge.contacts_changed, timeout=1000) as blocker:
        contact_id = bridge.create_contact("Ana Abbott", "family")
    assert blocker.args == [[contact_id]]
    with qtbot.waitSignal(bridge.contacts_changed, timeout=1000) as blocker:
        bridge.move_contact(contact_id, "peers")
    assert blocker.args == [[contact_id]]
    assert contacts.contact_details(contact_id).circle_key == "peers"
