"""Tips: create, edit, delete with their fair event, and tracing a lead back to its circle."""

from datetime import date

import pytest

from networkcircles.services import contacts, referrals, tips
from networkcircles.services.errors import InvalidValue, NotFound
from networkcircles.store import circle_queries
from networkcircles.store.models import Event


def test_job_fair_and_resource(store):
    peer = contacts.create("Peer", "peers")
    job = tips.create(
        "job",
        company="Acme",
        role="PM",
        link="https://acme.example/jobs",
        source=peer,
        shared_on=date(2026, 10, 30),
    )
    fair = tips.create("fair", title="Spring fair", source=peer, fair_on="2026-11-20")
    tool = tips.create("resource", title="Résumé checker", link="https://example.org")
    rows = {row.id: row for row in circle_queries.tips()}
    assert rows[job].headline == "Acme — PM" and rows[job].source_name == "Peer"
    assert rows[job].shared_on == date(2026, 10, 30)
    assert rows[fair].event_on == date(2026, 11, 20)
    event = Event.get_by_id(rows[fair].event_id)
    assert (event.kind, event.title) == ("career_fair", "Spring fair")
    assert rows[tool].kind == "resource" and rows[tool].event_id is None


def test_update_moves_or_drops_the_fair_event(store):
    fair = tips.create("fair", title="Fair", fair_on=date(2026, 11, 20))
    before = tips.update(fair, {"fair_on": date(2026, 11, 27), "status": "applied"})
    assert before == {"fair_on": date(2026, 11, 20), "status": "heard"}
    assert circle_queries.tip(fair).event_on == date(2026, 11, 27)
    tips.update(fair, {"fair_on": None})
    assert circle_queries.tip(fair).event_id is None and Event.select().count() == 0


def test_delete_and_restore_with_the_event(store):
    fair = tips.create("fair", title="Fair", fair_on=date(2026, 11, 20))
    row = circle_queries.tip(fair)
    saved = tips.delete(fair)
    assert circle_queries.tips() == [] and Event.select().count() == 0
    tips.restore(saved)
    assert circle_queries.tip(fair) == row


def test_bad_tips_are_refused(store):
    with pytest.raises(InvalidValue) as error:
        tips.create("job", company="")
    assert error.value.field == "company"
    with pytest.raises(InvalidValue):
        tips.create("rumour", company="Acme")
    with pytest.raises(InvalidValue):
        tips.create("job", company="Acme", status="hired")
    with pytest.raises(InvalidValue):
        tips.create("job", company="Acme", source=9999)
    with pytest.raises(NotFound):
        tips.update(9999, {"status": "applied"})
    assert circle_queries.tips() == []


def test_trace_follows_introductions_back_to_the_first_person(store):
    mum = contacts.create("Mum", "family")
    boss = contacts.create("Boss", "coworkers")
    peer = contacts.create("Peer", "peers")
    referrals.add(mum, boss, date(2026, 9, 1))
    referrals.add(boss, peer, date(2026, 10, 1))
    referrals.add(peer, mum)  # a loop must not trap the trace
    lead = tips.create("job", company="Acme", source=peer)
    trace = tips.trace_lead(lead)
    assert [step.name for step in trace.chain] == ["Mum", "Boss", "Peer"]
    assert trace.origin_circle == "family"
    assert tips.origin_circles() == {lead: "family"}
    orphan = tips.create("job", company="Cobalt")
    assert tips.trace_lead(orphan).chain == () and tips.trace_lead(orphan).origin is None
