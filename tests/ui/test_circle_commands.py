"""Every circle-detail edit undoes to exactly the store it started from, and redoes again."""

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


def test_each_circle_edit_undoes_to_the_same_store(demo_store, qtbot, dump_store):
    stack, bridge = QUndoStack(), StoreBridge()
    start = dump_store(demo_store)
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
    after = dump_store(demo_store)
    assert after != start
    while stack.canUndo():
        stack.undo()
    assert dump_store(demo_store) == start
    while stack.canRedo():
        stack.redo()
    assert dump_store(demo_store) == after
