"""Associations compared by cost and return, on a known set; and the ring's markers."""

import math
from datetime import datetime

import pytest

from networkcircles.diagram.association_layout import layout_associations
from networkcircles.diagram.geometry import make_layout
from networkcircles.services import associations, contacts, events
from networkcircles.services.associations import InvalidOrganization
from networkcircles.store.models import Lead
from networkcircles.store.seed import CIRCLE_KEYS


@pytest.fixture
def known(store):
    """PMI: 120 a year; Tech Women: 10 a month; Guild: considering, 50 a year."""
    pmi = associations.create_organization(
        "PMI", dues=120, dues_period="yearly", membership="joined", has_job_board=True
    )
    women = associations.create_organization(
        "Tech Women", dues=10, dues_period="monthly", membership="joined", has_mentoring=True
    )
    guild = associations.create_organization(
        "Guild",
        dues=50,
        membership="considering",
        events_per_year=6,
        expected_contacts=4,
        expected_leads=0,
    )
    # PMI: two members by organisation, one met at its meeting; one of them gave two leads
    a = contacts.create("Ann", "associations", organization="PMI")
    b = contacts.create("Bob", "associations", how_known="Member of the pmi chapter")
    c = contacts.create("Cyd", "peers")
    meeting = events.create_event(
        "PMI meeting", datetime(2026, 10, 1, 18), organizer=pmi, status="attended"
    )
    events.create_event("PMI gala", datetime(2026, 12, 1, 18), organizer=pmi)  # planned
    events.link_attendees(meeting, [c, a])
    events.link_attendees(meeting, [contacts.create("Planned Pat")], "planned")  # not met
    Lead.create(company="Acme", source=a)
    Lead.create(company="Beta", source=a)
    # Tech Women: nobody yet
    return {"pmi": pmi, "women": women, "guild": guild, "ids": (a, b, c)}


def by_name():
    return {f.name: f for f in associations.compare_associations()}


def test_comparison_figures_on_a_known_set(known):
    figures = by_name()
    pmi, women, guild = figures["PMI"], figures["Tech Women"], figures["Guild"]
    assert (pmi.yearly_cost, pmi.events_attended, pmi.contacts, pmi.leads) == (120, 1, 3, 2)
    assert (pmi.cost_per_contact, pmi.cost_per_lead) == (40, 60)
    assert pmi.benefits == ("job board",) and not pmi.is_expected
    assert (women.yearly_cost, women.contacts, women.leads) == (120, 0, 0)
    assert (women.cost_per_contact, women.cost_per_lead) == (None, None)
    assert guild.is_expected
    assert (guild.yearly_cost, guild.events_attended, guild.contacts, guild.leads) == (50, 6, 4, 0)
    assert (guild.cost_per_contact, guild.cost_per_lead) == (12.5, None)


def test_edits_are_checked_and_deletes_restore(known):
    with pytest.raises(InvalidOrganization):
        associations.update_organization(known["pmi"], {"dues_period": "weekly"})
    with pytest.raises(InvalidOrganization):
        associations.update_organization(known["pmi"], {"dues": -5})
    associations.update_organization(known["women"], {"dues": 20})
    assert by_name()["Tech Women"].yearly_cost == 240
    saved = associations.delete_organization(known["pmi"])
    assert "PMI" not in by_name()
    associations.restore_organization(saved)
    assert by_name()["PMI"].events_attended == 1  # its events point at it again


def test_ring_markers_one_per_association_with_members_near(known):
    a, b, _c = known["ids"]
    other = contacts.create("Zed", "associations")
    ring = make_layout(CIRCLE_KEYS).ring("associations")
    groups = associations.association_groups([a, b, other])
    assert groups[known["pmi"]] == [a, b] and groups[None] == [other]
    names = [(f.organization_id, f.name) for f in associations.compare_associations()]
    layout = layout_associations(ring, names, groups)
    assert [m.organization_id for m in layout.markers] == [*(i for i, _ in names), None]
    for marker in layout.markers:
        assert math.isclose(math.hypot(marker.point.x, marker.point.y), ring.middle)
        for member in marker.member_ids:
            point = layout.member_points[member]
            assert ring.inner < math.hypot(point.x, point.y) < ring.outer
            angle = math.atan2(point.x, -point.y) % (2 * math.pi)
            assert marker.start_angle <= angle <= marker.end_angle
    assert set(layout.member_points) == {a, b, other}
    assert layout_associations(ring, [], {}).markers == ()


def test_demo_associations_differ_in_dues(demo_store):
    figures = by_name()
    assert len(figures) == 3
    assert len({f.yearly_cost for f in figures.values()}) == 3
    assert sum(f.is_expected for f in figures.values()) == 1
