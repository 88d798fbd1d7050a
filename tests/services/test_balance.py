"""Per-circle balance figures on a small network with known dates."""

from datetime import date

from networkcircles.services import contacts
from networkcircles.services.balance import circle_balance

TODAY = date(2026, 11, 2)


def test_figures_per_circle(store):
    contacts.create(
        "Mum", "family", knows_looking_on=date(2026, 9, 1), last_contacted=date(2026, 11, 1)
    )
    contacts.create(
        "Brother", "family", knows_looking_on=date(2026, 9, 2), last_contacted=date(2026, 10, 3)
    )  # exactly 30 days ago
    contacts.create(
        "Cousin",
        "family",
        last_contacted=date(2026, 10, 2),  # 31 days ago
        next_follow_up=date(2026, 11, 1),
    )
    contacts.create("Old boss", "coworkers", next_follow_up=date(2026, 11, 2))  # due today
    contacts.create(
        "Ex-colleague",
        "coworkers",
        next_follow_up=date(2026, 10, 20),
        last_contacted=date(2026, 3, 4),
    )
    contacts.create("Somebody", None, last_contacted=date(2026, 11, 1))  # unplaced: not counted

    figures = {row.key: row for row in circle_balance(TODAY)}
    assert list(figures) == ["family", "coworkers", "peers", "associations", "acquaintances"]
    family = figures["family"]
    assert family.name == "Family and friends"
    assert (
        family.contacts,
        family.knows_looking,
        family.contacted_last_30_days,
        family.overdue_follow_ups,
    ) == (3, 2, 2, 1)
    assert family.last_outreach == date(2026, 11, 1)
    coworkers = figures["coworkers"]
    assert (coworkers.contacts, coworkers.contacted_last_30_days, coworkers.overdue_follow_ups) == (
        2,
        0,
        1,
    )
    assert coworkers.last_outreach == date(2026, 3, 4)
    peers = figures["peers"]
    assert (
        peers.contacts,
        peers.knows_looking,
        peers.contacted_last_30_days,
        peers.overdue_follow_ups,
        peers.last_outreach,
    ) == (0, 0, 0, 0, None)


def test_future_contact_dates_are_not_outreach(store):
    contacts.create("Typo", "peers", last_contacted=date(2027, 1, 1))
    (peers,) = [row for row in circle_balance(TODAY) if row.key == "peers"]
    assert peers.contacted_last_30_days == 0
    assert peers.last_outreach is None


def _known_network():
    """Family (2, one told), co-workers (2, quiet since September), peers (1), a chain of
    introductions from family to a peer who shared two leads."""
    from networkcircles.services import interactions, referrals, tips

    mum = contacts.create("Mum", "family", knows_looking_on=date(2026, 9, 1))
    uncle = contacts.create("Uncle", "family")
    boss = contacts.create("Boss", "coworkers")
    colleague = contacts.create("Colleague", "coworkers")
    peer = contacts.create("Peer", "peers")
    interactions.log(mum, date(2026, 11, 1), "call")  # week 12
    interactions.log(mum, date(2026, 10, 27), "call")  # week 12 (27 Oct..2 Nov)
    interactions.log(uncle, date(2026, 10, 26), "email")  # week 11
    interactions.log(boss, date(2026, 9, 30), "meeting")  # 33 days ago
    interactions.log(colleague, date(2026, 8, 12), "email")  # week 1 starts 11 Aug
    interactions.log(colleague, date(2026, 8, 10), "email")  # before the 12 weeks
    interactions.log(peer, date(2026, 10, 12), "event")  # 21 days ago: neglected, just
    referrals.add(mum, boss)
    referrals.add(boss, peer)
    tips.create("job", company="Acme", source=peer)
    tips.create("job", company="Brightside", source=boss)
    tips.create("resource", title="Salary site", source=uncle)
    tips.create("job", company="Nobody's")  # no source: not counted
    return mum, uncle, boss, colleague, peer


def test_not_told_leads_per_origin_neglected_and_weekly(store):
    from networkcircles.services import balance

    _known_network()
    assert balance.not_told_yet() == 1
    assert balance.leads_per_origin() == {
        "family": 3,
        "coworkers": 0,
        "peers": 0,
        "associations": 0,
        "acquaintances": 0,
    }
    found = {row.key: row for row in balance.neglected(TODAY)}
    assert set(found) == {"coworkers", "peers"}  # empty circles are not neglected
    assert (found["coworkers"].days, found["coworkers"].last_outreach) == (33, date(2026, 9, 30))
    assert found["peers"].days == 21
    assert {row.key for row in balance.neglected(TODAY, days=22)} == {"coworkers"}
    starts = balance.week_starts(TODAY)
    assert (starts[0], starts[-1]) == (date(2026, 8, 11), date(2026, 10, 27))
    weekly = balance.weekly_outreach(TODAY)
    assert weekly["family"] == [0] * 10 + [1, 2]
    assert weekly["coworkers"][0] == 1 and sum(weekly["coworkers"]) == 2
    assert sum(weekly["peers"]) == 1 and sum(weekly["associations"]) == 0


def test_a_circle_never_contacted_is_neglected(store):
    from networkcircles.services import balance

    contacts.create("Stylist", "acquaintances")
    (row,) = balance.neglected(TODAY)
    assert (row.key, row.days, row.last_outreach) == ("acquaintances", None, None)
    report = balance.report(TODAY)
    assert report.neglected == [row] and len(report.weekly) == 5


def test_demo_network_has_a_neglected_circle(demo_store):
    from networkcircles.services import balance

    neglected = balance.neglected(date(2026, 11, 2))
    assert any(row.key == "coworkers" and row.days >= 21 for row in neglected)
