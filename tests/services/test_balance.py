"""Per-circle balance figures on a small network with known dates."""

from datetime import date

from networkcircles.services import contacts
from networkcircles.services.balance import circle_balance

TODAY = date(2026, 11, 2)


def test_figures_per_circle(store):
    contacts.create("Mum", "family", knows_looking_on=date(2026, 9, 1),
                    last_contacted=date(2026, 11, 1))  # fmt: skip
    contacts.create("Brother", "family", knows_looking_on=date(2026, 9, 2),
                    last_contacted=date(2026, 10, 3))  # exactly 30 days ago  # fmt: skip
    contacts.create("Cousin", "family", last_contacted=date(2026, 10, 2),  # 31 days ago
                    next_follow_up=date(2026, 11, 1))  # fmt: skip
    contacts.create("Old boss", "coworkers", next_follow_up=date(2026, 11, 2))  # due today
    contacts.create("Ex-colleague", "coworkers", next_follow_up=date(2026, 10, 20),
                    last_contacted=date(2026, 3, 4))  # fmt: skip
    contacts.create("Somebody", None, last_contacted=date(2026, 11, 1))  # unplaced: not counted

    figures = {row.key: row for row in circle_balance(TODAY)}
    assert list(figures) == ["family", "coworkers", "peers", "associations", "acquaintances"]
    family = figures["family"]
    assert family.name == "Family and friends"
    assert (family.contacts, family.knows_looking, family.contacted_last_30_days,
            family.overdue_follow_ups) == (3, 2, 2, 1)  # fmt: skip
    assert family.last_outreach == date(2026, 11, 1)
    coworkers = figures["coworkers"]
    assert (coworkers.contacts, coworkers.contacted_last_30_days,
            coworkers.overdue_follow_ups) == (2, 0, 1)  # fmt: skip
    assert coworkers.last_outreach == date(2026, 3, 4)
    peers = figures["peers"]
    assert (peers.contacts, peers.knows_looking, peers.contacted_last_30_days,
            peers.overdue_follow_ups, peers.last_outreach) == (0, 0, 0, 0, None)  # fmt: skip


def test_future_contact_dates_are_not_outreach(store):
    contacts.create("Typo", "peers", last_contacted=date(2027, 1, 1))
    (peers,) = [row for row in circle_balance(TODAY) if row.key == "peers"]
    assert peers.contacted_last_30_days == 0
    assert peers.last_outreach is None
