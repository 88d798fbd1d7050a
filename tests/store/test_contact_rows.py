"""queries.contact_rows, the rows the window keeps of every contact."""

from datetime import date

import pytest

from networkcircles.services import contacts
from networkcircles.store import queries


def test_values_repeated_across_contacts_are_held_once(store):
    """Two colleagues at one company, in one circle, with one role, tag and follow-up day:
    each value is one object shared by both rows (the window keeps a row per contact),
    and the rows read the same as one contact's row read alone."""
    day = date(2026, 12, 1)
    shared = {
        "organization": "Brightside Health",
        "role": "Nurse",
        "tags": "hospital",
        "next_follow_up": day,
        "last_contacted": day,
    }
    first = contacts.create("Ann Lee", "peers", emails=["ann@example.com"], **shared)
    second = contacts.create("Bo Chan", "peers", phones=["+1 555 0100"], **shared)
    third = contacts.create("Cy Dunn")  # no circle, nothing filled in
    rows = queries.contact_rows()
    assert [row.id for row in rows] == [first, second, third]
    a, b, c = rows
    for name in ("circle_key", "organization", "role", "tags", "next_follow_up"):
        assert getattr(a, name) is getattr(b, name), name
    assert a.next_follow_up is a.last_contacted  # one object per day
    assert (a.circle_key, a.organization, a.next_follow_up) == ("peers", "Brightside Health", day)
    assert (a.email, b.phone) == ("ann@example.com", "+1 555 0100")
    assert (c.circle_key, c.organization, c.next_follow_up, c.knows_looking_on) == (
        None,
        "",
        None,
        None,
    )
    assert rows == [queries.contact_row(contact_id) for contact_id in (first, second, third)]


def test_a_row_cannot_change_and_is_compared_by_its_values(store):
    """The window's views share each row: it cannot be changed in place, a changed copy is
    made with _replace, and rows of the same values are equal and hash alike (a row read
    with every contact and the same row read alone)."""
    contact_id = contacts.create("Ann Lee", "peers", organization="Brightside Health")
    (row,) = queries.contact_rows()
    with pytest.raises(AttributeError):
        row.circle_key = "family"
    alone = queries.contact_row(contact_id)
    assert row == alone and hash(row) == hash(alone) and len({row, alone}) == 1
    moved = row._replace(circle_key="family")
    assert (moved.circle_key, row.circle_key) == ("family", "peers")
    assert moved != row and moved._replace(circle_key="peers") == row


def test_contacts_in_counts_as_the_stats_do(store):
    """contacts_in (whether a long job gets a process of its own) agrees with stats()."""
    from networkcircles.services.demo import create_demo
    from networkcircles.store.queries import contacts_in, stats

    create_demo(size=120, seed=3)
    figures = stats()
    assert contacts_in() == figures["contacts"] == 120
    for key, count in figures["circles"].items():
        assert contacts_in([key]) == count
    both = ["family", "peers"]
    assert contacts_in(both) == figures["circles"]["family"] + figures["circles"]["peers"]
    assert contacts_in([]) == contacts_in(["no such circle"]) == 0
