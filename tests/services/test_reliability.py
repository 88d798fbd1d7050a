"""The reliability verdict for acquaintances: the rules, table-driven, and all contacts at once."""

import pytest
from playhouse.test_utils import count_queries

from networkcircles.services import contacts, reliability
from networkcircles.services.errors import InvalidValue
from networkcircles.services.reliability import Reason, VerdictKind, verdict

T, F, U = True, False, None
TELL, NOT_YET, LEAVE_OUT = VerdictKind.TELL, VerdictKind.NOT_YET, VerdictKind.LEAVE_OUT


@pytest.mark.parametrize(
    ("useful", "convey", "gossip", "kind", "code"),
    [
        (T, T, F, TELL, Reason.RELIABLE),
        (U, U, U, NOT_YET, Reason.UNANSWERED),
        (T, U, F, NOT_YET, Reason.UNANSWERED),
        (T, T, U, NOT_YET, Reason.UNANSWERED),
        (U, T, F, NOT_YET, Reason.UNANSWERED),
        (T, T, T, LEAVE_OUT, Reason.GOSSIP),
        (U, U, T, LEAVE_OUT, Reason.GOSSIP),  # a known gossip needs no more answers
        (T, F, T, LEAVE_OUT, Reason.GOSSIP),  # gossip is named first
        (T, F, F, LEAVE_OUT, Reason.CANNOT_CONVEY),
        (U, F, U, LEAVE_OUT, Reason.CANNOT_CONVEY),
        (F, T, F, LEAVE_OUT, Reason.NO_USEFUL_CONTACTS),
        (F, U, U, LEAVE_OUT, Reason.NO_USEFUL_CONTACTS),
    ],
)
def test_verdict_rules(useful, convey, gossip, kind, code):
    result = verdict(useful, convey, gossip)
    assert (result.kind, result.code) == (kind, code)
    assert result.is_flagged == (kind is LEAVE_OUT)
    assert result.reason


def test_not_yet_names_the_unanswered_questions():
    result = verdict(True, None, None)
    assert result.unanswered == ("can_convey", "passes_gossip")
    assert "can convey" in result.reason and "gossip" in result.reason


def test_verdicts_for_every_contact_in_one_query(store):
    gossip = contacts.create("Barista", "acquaintances")
    reliable = contacts.create("Stylist", "acquaintances")
    unknown = contacts.create("Mum", "family")
    reliability.set_answers(gossip, {"passes_gossip": True})
    reliability.set_answers(
        reliable,
        {
            "has_useful_contacts": True,
            "can_convey": True,
            "passes_gossip": False,
            "people_per_day": 40,
        },
    )
    with count_queries() as counter:
        found = reliability.verdicts()
    assert counter.count == 1
    assert found[gossip].kind is LEAVE_OUT
    assert found[reliable].kind is TELL
    assert found[unknown].kind is NOT_YET


def test_set_answers_returns_before_and_refuses_bad_values(store):
    contact_id = contacts.create("Barista", "acquaintances")
    before = reliability.set_answers(contact_id, {"passes_gossip": True, "people_per_day": 30})
    assert before == {"passes_gossip": None, "people_per_day": None}
    with pytest.raises(InvalidValue) as error:
        reliability.set_answers(contact_id, {"people_per_day": -3})
    assert error.value.field == "people_per_day"
    with pytest.raises(InvalidValue):
        reliability.set_answers(contact_id, {"can_convey": "maybe"})
    with pytest.raises(InvalidValue):
        reliability.set_answers(contact_id, {"name": "x"})
    assert reliability.verdict_of(contact_id).kind is LEAVE_OUT


def test_the_marks_of_many_contacts_read_in_one_query_as_their_extras_say(demo_store):
    """What the diagram's marks of an edited contact rest on (a bulk move of 300 reads it
    for each), read in one statement, agrees with each contact's full extras."""
    from networkcircles.store import circle_queries, queries

    ids = [row.id for row in queries.contact_rows()] + [10**9]  # one with no contact
    with count_queries() as counted:
        found = circle_queries.mark_answers_of(ids)
    assert counted.count == 1
    extras = circle_queries.contact_extras_of(ids)
    assert set(found) == set(extras) == set(ids[:-1])
    for contact_id, answers in found.items():
        full = extras[contact_id]
        asked = (full.has_useful_contacts, full.can_convey, full.passes_gossip, full.is_wish)
        assert answers == asked
    assert {answers[:3] for answers in found.values()} != {(None, None, None)}  # answers vary


def test_verdicts_of_some_kinds_are_those_of_every_contact(store):
    """Every combination of answers (and a stored 2, which reads as yes): the diagram's
    flags (verdicts_of_kinds) are exactly the verdicts() of those kinds."""
    from itertools import product

    from networkcircles.store.db import db
    from networkcircles.store.models import Contact

    for n, (useful, convey, gossip) in enumerate(product([None, True, False], repeat=3)):
        Contact.create(
            name=f"P{n}", has_useful_contacts=useful, can_convey=convey, passes_gossip=gossip
        )
    odd = Contact.create(name="Two", has_useful_contacts=True, can_convey=True).id
    db.execute_sql("UPDATE contact SET passes_gossip = 2 WHERE id = ?", (odd,))
    every = reliability.verdicts()
    assert every[odd].kind is LEAVE_OUT
    for chosen in [{LEAVE_OUT, TELL}, {NOT_YET}, set(VerdictKind), set()]:
        expected = {key: found for key, found in every.items() if found.kind in chosen}
        assert reliability.verdicts_of_kinds(chosen) == expected
    assert len(reliability.verdicts_of_kinds(set(VerdictKind))) == 28
