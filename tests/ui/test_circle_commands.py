"""Every circle-detail edit undoes to exactly the store it started from, and redoes again."""

import sqlite3
from datetime import date

from PySide6.QtGui import QUndoStack

from networkcircles.store import circle_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import (
    AddReferralCommand,
    AddTipCommand,
    DeleteContactCommand,
    DeleteInteractionCommand,
    DeleteReferenceCommand,
    DeleteTipCommand,
    EditContactExtrasCommand,
    EditProfileCommand,
    EditReferenceCommand,
    EditTipCommand,
    LogInteractionCommand,
    LogReferenceCommand,
    MeetWishCommand,
    RemoveReferralCommand,
    SetFollowUpCommand,
)


def _dump(path) -> list[str]:
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
        if table in ("contact_email", "contact_phone", "referral", "profile"):
            keep.remove("id")
        quoted = ", ".join(f'"{c}"' for c in keep)
        lines += [f"{table} {row}" for row in raw.execute(f'SELECT {quoted} FROM "{table}"')]
    raw.close()
    return sorted(lines)


def test_each_circle_edit_undoes_to_the_same_store(demo_store, qtbot):
    stack, bridge = QUndoStack(), StoreBridge()
    start = _dump(demo_store)
    names = {c.circle_key: c.id for c in reversed(circle_queries.contact_names())}
    coworker, peer, family = names["coworkers"], names["peers"], names["family"]
    acquaintance, wish = names["acquaintances"], circle_queries.wishes()[0].contact_id
    (request,) = [r for r in circle_queries.reference_requests(2)][:1] or [None]
    tip = circle_queries.tips()[0]
    interaction = circle_queries.interactions_of(coworker)[0]

    commands = [
        EditContactExtrasCommand(
            bridge, acquaintance, {"passes_gossip": True, "people_per_day": 9}
        ),
        EditContactExtrasCommand(bridge, coworker, {"vouches_expertise": True, "same_field": True}),
        MeetWishCommand(bridge, wish, "peers"),
        LogInteractionCommand(bridge, coworker, date(2026, 11, 1), "call", "Hello", "Lunch"),
        DeleteInteractionCommand(bridge, interaction.id),
        SetFollowUpCommand(bridge, family, date(2026, 11, 20), "Ask about Acme"),
        AddReferralCommand(bridge, peer, family),
        RemoveReferralCommand(bridge, peer, family),
        LogReferenceCommand(bridge, coworker, application="PM at Acme", asked_on=date(2026, 11, 1)),
        EditReferenceCommand(bridge, 2, request.id, {"agreed": False}),
        DeleteReferenceCommand(bridge, request.id),
        AddTipCommand(bridge, kind="fair", title="Winter fair", source=peer, fair_on="2026-12-01"),
        EditTipCommand(bridge, tip.id, {"status": "offer"}),
        DeleteTipCommand(bridge, tip.id),
        EditProfileCommand(bridge, {"pitch": "Shorter pitch."}),
        DeleteContactCommand(bridge, 2),  # reference requests, leads and wishes point at them
    ]
    for command in commands:
        stack.push(command)
    after = _dump(demo_store)
    assert after != start
    while stack.canUndo():
        stack.undo()
    assert _dump(demo_store) == start
    while stack.canRedo():
        stack.redo()
    assert _dump(demo_store) == after
