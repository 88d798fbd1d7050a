"""The balance tally gives the same figures as reading the whole network, after any edits,
while reading only the contacts each edit names."""

import random
from datetime import date, timedelta

from playhouse.test_utils import count_queries

from networkcircles.services import balance, contacts, interactions, referrals, tips
from networkcircles.store import queries

TODAY = date(2026, 11, 2)


def test_the_tally_follows_every_kind_of_edit(demo_store):
    tally = balance.BalanceTally()
    assert tally.report(TODAY) == balance.report(TODAY)
    rng = random.Random(3)
    ids = [row.id for row in queries.contact_rows()]
    keys = ["family", "coworkers", "peers", "associations", "acquaintances", None]
    deleted = []
    for step in range(60):
        who = rng.choice(ids)
        kind = step % 6
        if kind == 0:
            contacts.move(who, rng.choice(keys))
        elif kind == 1:
            interactions.log(who, TODAY - timedelta(days=rng.randrange(90)), "call")
        elif kind == 2:
            day = TODAY + timedelta(days=rng.randrange(-20, 20))
            contacts.update(
                who, {"next_follow_up": day, "knows_looking_on": rng.choice([None, TODAY])}
            )
        elif kind == 3:
            deleted.append(contacts.delete(who))
            ids.remove(who)
        elif kind == 4 and deleted:
            who = contacts.restore(deleted.pop())
            ids.append(who)
        else:
            other = rng.choice(ids)
            if other != who:
                referrals.add(other, who)
                tally.links_changed()
        tally.contacts_changed([who])
        for neglect in (7, 21):
            assert tally.report(TODAY, neglect) == balance.report(TODAY, neglect), step
    assert tally.report(TODAY + timedelta(days=40)) == balance.report(TODAY + timedelta(days=40))


def test_a_lead_follows_the_circle_its_chain_starts_in(store):
    start = contacts.create("Start", "acquaintances")
    middle = contacts.create("Middle", "peers")
    referrals.add(start, middle)
    tips.create(kind="job", company="Acme", source=middle)
    tally = balance.BalanceTally()
    assert tally.report(TODAY).leads_per_origin["acquaintances"] == 1
    contacts.move(start, "family")
    tally.contacts_changed([start])
    assert tally.report(TODAY).leads_per_origin["family"] == 1
    assert tally.report(TODAY).leads_per_origin["acquaintances"] == 0


def test_an_edit_reads_only_the_contact_it_names(demo_store):
    tally = balance.BalanceTally()
    tally.report(TODAY)
    who = queries.contact_rows()[5].id
    contacts.move(who, "peers")
    tally.contacts_changed([who])
    with count_queries() as counted:
        found = tally.report(TODAY)
    assert counted.count == 3  # that contact's row, its interactions, the circles' names
    assert found == balance.report(TODAY)
