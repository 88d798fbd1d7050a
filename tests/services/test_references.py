"""Reference requests: logging, editing, deleting, and "asked too often" on fixed dates."""

from datetime import date, timedelta

import pytest

from networkcircles.services import contacts, references
from networkcircles.services.errors import InvalidValue, NotFound
from networkcircles.store import circle_queries

TODAY = date(2026, 11, 2)


def test_asked_too_often_is_more_than_twice_in_30_days(store):
    boss = contacts.create("Old boss", "coworkers")
    references.log_request(boss, "PM at Acme", TODAY - timedelta(days=30))  # 31 days: outside
    references.log_request(boss, "PM at Brightside", TODAY - timedelta(days=29))
    references.log_request(boss, "PM at Cobalt", TODAY - timedelta(days=10))
    assert references.times_asked(boss, TODAY) == 2
    assert not references.asked_too_often(boss, TODAY)
    references.log_request(boss, "PM at Delta", TODAY)
    assert references.asked_too_often(boss, TODAY)
    assert not references.asked_too_often(boss, TODAY + timedelta(days=1))  # day 29 drops out


def test_log_update_delete_restore(store):
    boss = contacts.create("Old boss", "coworkers")
    request_id = references.log_request(boss, "PM at Acme", "2026-10-01")
    before = references.update_request(request_id, {"agreed": True, "given_on": "2026-10-05"})
    assert before == {"agreed": None, "given_on": None}
    (row,) = circle_queries.reference_requests(boss)
    assert (row.agreed, row.given_on) == (True, date(2026, 10, 5))
    saved = references.delete_request(request_id)
    assert circle_queries.reference_requests(boss) == []
    references.restore_request(saved)
    assert circle_queries.reference_requests(boss) == [row]
    summary = references.summary(boss, date(2026, 10, 10))
    assert (summary.agreed, summary.given, summary.asked_last_30_days) == (1, 1, 1)


def test_bad_requests_are_refused(store):
    boss = contacts.create("Old boss", "coworkers")
    with pytest.raises(InvalidValue) as error:
        references.log_request(boss, "  ", TODAY)
    assert error.value.field == "application"
    with pytest.raises(InvalidValue):
        references.log_request(boss, "PM", "yesterday")
    with pytest.raises(NotFound):
        references.log_request(9999, "PM", TODAY)


def test_deleting_a_contact_and_undoing_keeps_their_references(store):
    boss = contacts.create("Old boss", "coworkers")
    references.log_request(boss, "PM at Acme", TODAY, agreed=True)
    rows = circle_queries.reference_requests(boss)
    saved = contacts.delete(boss)
    assert circle_queries.reference_requests(boss) == []
    contacts.restore(saved)
    assert circle_queries.reference_requests(boss) == rows
