"""A introduced B: no self-referral, no duplicates, pairs for the diagram's lines."""

from datetime import date

import pytest

from networkcircles.services import contacts, referrals
from networkcircles.services.errors import NotFound
from networkcircles.services.referrals import DuplicateReferral, SelfReferral
from networkcircles.store import circle_queries


def test_add_remove_restore(store):
    a, b, c = (contacts.create(n, "peers") for n in ("A", "B", "C"))
    referrals.add(a, b, date(2026, 10, 1), "At the job club")
    referrals.add(b, c)
    assert referrals.referral_pairs() == [(a, b), (b, c)]
    assert [r.introducer_name for r in circle_queries.introduced_by(b)] == ["A"]
    assert [r.introduced_name for r in circle_queries.introductions_by(b)] == ["C"]
    saved = referrals.remove(a, b)
    assert referrals.referral_pairs() == [(b, c)]
    referrals.restore(saved)
    assert circle_queries.referral(a, b) == saved


def test_self_duplicate_and_unknown_are_refused(store):
    a, b = contacts.create("A", "peers"), contacts.create("B", "peers")
    with pytest.raises(SelfReferral):
        referrals.add(a, a)
    referrals.add(a, b)
    with pytest.raises(DuplicateReferral) as error:
        referrals.add(a, b)
    assert (error.value.introducer_id, error.value.introduced_id) == (a, b)
    with pytest.raises(NotFound):
        referrals.add(a, 9999)
    with pytest.raises(NotFound):
        referrals.remove(b, a)
    assert referrals.referral_pairs() == [(a, b)]
