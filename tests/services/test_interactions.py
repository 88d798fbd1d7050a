"""Interactions update "last contacted"; follow-ups and what is due, on fixed dates."""

from datetime import date

import pytest

from networkcircles.services import contacts, interactions
from networkcircles.services.errors import InvalidValue, NotFound
from networkcircles.store import circle_queries, queries

TODAY = date(2026, 11, 2)


def test_log_moves_last_contacted_to_the_latest_day_only(store):
    ana = contacts.create("Ana", "family", last_contacted=date(2026, 10, 1))
    logged = interactions.log(ana, date(2026, 10, 20), "meeting", "Coffee", "Intro to Bo")
    assert queries.contact_row(ana).last_contacted == date(2026, 10, 20)
    interactions.log(ana, date(2026, 9, 1), "call")  # an older one: no change
    assert queries.contact_row(ana).last_contacted == date(2026, 10, 20)
    assert [i.happened_on for i in circle_queries.interactions_of(ana)] == [
        date(2026, 10, 20),
        date(2026, 9, 1),
    ]
    row = circle_queries.interaction(logged.interaction_id)
    interactions.unlog(logged)
    assert queries.contact_row(ana).last_contacted == date(2026, 10, 1)
    interactions.relog(logged, row)
    assert queries.contact_row(ana).last_contacted == date(2026, 10, 20)
    assert circle_queries.interaction(logged.interaction_id) == row


def test_delete_falls_back_to_the_latest_left_and_restore_puts_it_back(store):
    ana = contacts.create("Ana", "family")
    interactions.log(ana, date(2026, 10, 1), "call")
    latest = interactions.log(ana, date(2026, 10, 20), "email")
    saved = interactions.delete(latest.interaction_id)
    assert queries.contact_row(ana).last_contacted == date(2026, 10, 1)
    interactions.restore(saved)
    assert queries.contact_row(ana).last_contacted == date(2026, 10, 20)


def test_log_refuses_bad_input(store):
    ana = contacts.create("Ana", "family")
    with pytest.raises(InvalidValue) as error:
        interactions.log(ana, TODAY, "telegram")
    assert error.value.field == "kind"
    with pytest.raises(InvalidValue):
        interactions.log(ana, "2026-13-01")
    with pytest.raises(NotFound):
        interactions.log(9999, TODAY)
    assert circle_queries.interactions_of(ana) == []


def test_follow_up_set_and_clear(store):
    ana = contacts.create("Ana", "family")
    assert interactions.set_follow_up(ana, date(2026, 11, 5), "Ask about Acme") == (None, "")
    details = queries.contact_details(ana)
    assert (details.next_follow_up, details.follow_up_note) == (date(2026, 11, 5), "Ask about Acme")
    assert interactions.clear_follow_up(ana) == (date(2026, 11, 5), "Ask about Acme")
    assert queries.contact_details(ana).next_follow_up is None


def test_due_splits_overdue_and_today(store):
    late = contacts.create("Late", "family", next_follow_up=date(2026, 10, 30))
    later = contacts.create("Later", "peers", next_follow_up=date(2026, 11, 1))
    now = contacts.create("Now", "coworkers", next_follow_up=TODAY)
    contacts.create("Soon", "peers", next_follow_up=date(2026, 11, 3))
    contacts.create("Never", "peers")
    due = interactions.due(TODAY)
    assert [r.contact_id for r in due.overdue] == [late, later]
    assert [r.contact_id for r in due.today] == [now]
    assert due.days_overdue(due.overdue[0], TODAY) == 3
    assert not interactions.due(date(2026, 10, 29))
