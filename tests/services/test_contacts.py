"""Contact edits: validation, moves, and a delete that undo can restore exactly."""

from datetime import date, datetime

import pytest

from networkcircles.services import contacts
from networkcircles.store.db import db
from networkcircles.store.models import Contact, Event, Interaction, Referral
from networkcircles.store.queries import Labelled, contact_details, contact_row, stats


def test_create_and_read_back(store):
    contact_id = contacts.create(
        "  José Núñez ",
        "coworkers",
        emails=[Labelled("jose@example.com", "work")],
        phones=["+34 600 000 000"],
        organization="Acme",
        next_follow_up="2026-12-01",
    )
    details = contact_details(contact_id)
    assert details.name == "José Núñez"
    assert details.circle_key == "coworkers"
    assert details.emails == (Labelled("jose@example.com", "work"),)
    assert details.phones == (Labelled("+34 600 000 000"),)
    assert details.next_follow_up == date(2026, 12, 1)
    assert contact_row(contact_id).email == "jose@example.com"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"next_follow_up": "31/12/2026"}, "next_follow_up"),
        ({"emails": ["not-an-address"]}, "emails"),
        ({"circle_key": "nowhere"}, "circle"),
        ({"warmth": 9}, "warmth"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(store, changes, field):
    contact_id = contacts.create("Ana Abbott", "family", emails=["ana@example.com"])
    before = contact_details(contact_id)
    with pytest.raises(contacts.InvalidContact) as refused:
        contacts.update(contact_id, changes)
    assert refused.value.field == field
    assert contact_details(contact_id) == before


def test_move_and_unplace(store):
    contact_id = contacts.create("Ben Baker")
    assert stats()["unplaced"] == 1
    contacts.move(contact_id, "peers")
    assert contact_row(contact_id).circle_key == "peers"
    contacts.move(contact_id, None)
    assert contact_row(contact_id).circle_key is None
    with pytest.raises(contacts.UnknownContact):
        contacts.move(999, "peers")
    with pytest.raises(contacts.InvalidContact):
        contacts.move(contact_id, "nowhere")
    assert contact_row(contact_id).circle_key is None
    # Written as peewee writes it: it reads back as a moment, not as text.
    assert isinstance(Contact.get_by_id(contact_id).updated_at, datetime)


def test_delete_then_restore_gives_back_everything_with_the_same_id(store):
    introducer = contacts.create("Ana Abbott", "family")
    contact_id = contacts.create("Ben Baker", "peers", emails=["ben@example.com"], phones=["123"])
    Referral.create(introducer=introducer, introduced=contact_id, note="at the party")
    Interaction.create(contact=contact_id, happened_on=date(2026, 11, 1), kind="call", note="hi")
    event = Event.create(title="Job club", starts_at="2026-11-03 10:00:00")
    from networkcircles.store.models import Attendance

    Attendance.create(event=event, contact=contact_id)
    before = contact_details(contact_id)
    figures = stats()

    saved = contacts.delete(contact_id)
    assert contact_details(contact_id) is None
    assert stats()["referrals"] == 0
    assert stats()["interactions"] == 0

    assert contacts.restore(saved) == contact_id
    assert contact_details(contact_id) == before
    assert stats() == figures
    assert Attendance.select().count() == 1


def test_update_is_atomic(store, monkeypatch):
    contact_id = contacts.create("Ana Abbott", emails=["ana@example.com"])

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(contacts, "_write_labelled", fail)
    with pytest.raises(OSError):
        contacts.update(contact_id, {"name": "Changed", "emails": ["new@example.com"]})
    assert contact_details(contact_id).name == "Ana Abbott"
    assert db.in_transaction() is False


def test_moving_three_hundred_contacts_is_a_few_statements(store):
    from playhouse.test_utils import count_queries

    from networkcircles.store import queries

    ids = [contacts.create(f"Person {n}", "peers" if n % 2 else None) for n in range(600)]
    chosen = ids[::2][:300]
    moves = {contact_id: ("associations" if n % 3 else None) for n, contact_id in enumerate(chosen)}
    with count_queries() as counted:
        contacts.move_many(moves)
    assert counted.count <= 10
    found = {row.id: row.circle_key for row in queries.contact_rows()}
    assert all(found[contact_id] == key for contact_id, key in moves.items())
    assert sum(key == "peers" for key in found.values()) == 300  # the others stayed


def test_a_bulk_move_with_an_unknown_contact_or_circle_moves_nobody(store):
    import pytest

    from networkcircles.store import queries

    first = contacts.create("First", "peers")
    second = contacts.create("Second", "peers")
    with pytest.raises(contacts.UnknownContact) as error:
        contacts.move_many({first: "family", 999: "family", second: None})
    assert error.value.args == (999,)
    with pytest.raises(contacts.InvalidContact):
        contacts.move_many({first: "family", second: "nowhere"})
    assert {row.circle_key for row in queries.contact_rows()} == {"peers"}
