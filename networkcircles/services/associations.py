"""Associations: their membership details, and what each returns for its dues.

Definitions the comparison table uses (one place, so the ui and tests agree):

- contacts made through an association: contacts whose organisation is the association's
  name, or whose "how known" names it ("Member of the Data Guild"), plus everyone met
  (attendance "met") at an event the association organised;
- leads from those contacts: leads whose source is one of them;
- events attended: events the association organised with status "attended";
- yearly cost: the dues, times 12 when they are paid monthly;
- cost per contact and per lead: yearly cost ÷ count, None when the count is 0.

An association only being considered has no history yet: its figures are the user's
expectations (events per year, expected contacts and leads), marked `is_expected`.
"""

from dataclasses import dataclass
from typing import Any

from networkcircles.services.errors import InvalidValue
from networkcircles.store import event_queries
from networkcircles.store.db import db
from networkcircles.store.event_queries import OrganizationRow
from networkcircles.store.models import Event, Organization
from networkcircles.values import Check, Choice, Count, Flag, Text, amount, cleaned, web_address

PERIODS = ("yearly", "monthly")
MEMBERSHIPS = ("joined", "considering")
REACHES = ("local", "online")
KINDS = ("employer", "association", "other")

ORGANIZATION_FIELDS = (
    "name",
    "kind",
    "website",
    "notes",
    "reach",
    "dues",
    "dues_period",
    "membership",
    "has_job_board",
    "has_mentoring",
    "has_directory",
    "events_per_year",
    "expected_contacts",
    "expected_leads",
)


class InvalidOrganization(InvalidValue):
    """An organisation field's value was refused; nothing was written."""


class UnknownOrganization(LookupError):
    pass


def yearly_cost(dues: float, period: str) -> float:
    return dues * 12 if period == "monthly" else dues


def per(cost: float, count: int) -> float | None:
    """Cost per contact or lead; None (shown "—") when there are none."""
    return cost / count if count else None


@dataclass(frozen=True, slots=True)
class AssociationFigures:
    organization_id: int
    name: str
    reach: str
    membership: str
    website: str
    dues: float
    dues_period: str
    yearly_cost: float
    events_attended: int
    contacts: int
    leads: int
    cost_per_contact: float | None
    cost_per_lead: float | None
    is_expected: bool  # figures are the user's expectations (considering only)
    benefits: tuple[str, ...]  # "job board", "mentoring", "directory"
    events_per_year: int
    notes: str


def _benefits(row: OrganizationRow) -> tuple[str, ...]:
    names = (
        ("job board", row.has_job_board),
        ("mentoring", row.has_mentoring),
        ("directory", row.has_directory),
    )
    return tuple(name for name, has in names if has)


def contacts_through(ties: event_queries.AssociationTies, organization_id: int) -> set[int]:
    return ties.members.get(organization_id, set()) | ties.met_at_events.get(organization_id, set())


def ties_after_edit(
    ties: event_queries.AssociationTies, contact_ids: list[int]
) -> event_queries.AssociationTies:
    """`ties` with the ties of these contacts read again: after an edit of a few contacts,
    instead of matching every contact against every association."""
    fresh = event_queries.association_ties(contact_ids)
    changed = set(contact_ids)

    def merged(old: dict[int, set[int]], new: dict[int, set[int]]) -> dict[int, set[int]]:
        return {k: (old.get(k, set()) - changed) | new.get(k, set()) for k in {*old, *new}}

    leads = {k: n for k, n in ties.lead_sources.items() if k not in changed}
    return event_queries.AssociationTies(
        fresh.events_attended,
        merged(ties.members, fresh.members),
        merged(ties.met_at_events, fresh.met_at_events),
        leads | fresh.lead_sources,
    )


def compare_associations(
    ties: event_queries.AssociationTies | None = None,
) -> list[AssociationFigures]:
    """Every organisation of kind association with its cost and return, by name. `ties`:
    event_queries.association_ties() when the caller has just read them."""
    ties = event_queries.association_ties() if ties is None else ties
    found = []
    for row in event_queries.organizations("association"):
        cost = yearly_cost(row.dues, row.dues_period)
        if row.membership == "considering":
            events, contacts, leads, expected = (
                row.events_per_year,
                row.expected_contacts,
                row.expected_leads,
                True,
            )
        else:
            people = contacts_through(ties, row.id)
            events = ties.events_attended.get(row.id, 0)
            contacts = len(people)
            leads = sum(ties.lead_sources.get(contact_id, 0) for contact_id in people)
            expected = False
        found.append(
            AssociationFigures(
                row.id,
                row.name,
                row.reach,
                row.membership,
                row.website,
                row.dues,
                row.dues_period,
                cost,
                events,
                contacts,
                leads,
                per(cost, contacts),
                per(cost, leads),
                expected,
                _benefits(row),
                row.events_per_year,
                row.notes,
            )
        )
    return found


# How each field of an organisation is checked (networkcircles/values.py).
_CHECKS: dict[str, Check] = {
    **dict.fromkeys(ORGANIZATION_FIELDS, Text(strip=False)),
    "name": Text(required="organisation_needs_name", one_spaced=True),
    "website": web_address,
    "dues": amount,
    **dict.fromkeys(("events_per_year", "expected_contacts", "expected_leads"), Count()),
    **dict.fromkeys(("has_job_board", "has_mentoring", "has_directory"), Flag()),
    "dues_period": Choice(PERIODS),
    "membership": Choice(("", *MEMBERSHIPS)),
    "reach": Choice(("", *REACHES)),
    "kind": Choice(KINDS),
}


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    return cleaned(changes, _CHECKS, InvalidOrganization)


def create_organization(name: str, kind: str = "association", **fields: Any) -> int:
    return int(Organization.create(**_clean({"name": name, "kind": kind, **fields})).id)


def update_organization(organization_id: int, changes: dict[str, Any]) -> None:
    clean = _clean(changes)
    if not clean:
        return
    updated = Organization.update(clean).where(Organization.id == organization_id).execute()
    if not updated:
        raise UnknownOrganization(organization_id)


def organization_fields(organization_id: int) -> dict[str, Any]:
    row = event_queries.organization(organization_id)
    if row is None:
        raise UnknownOrganization(organization_id)
    return {name: getattr(row, name) for name in ORGANIZATION_FIELDS}


@dataclass(frozen=True)
class OrganizationSnapshot:
    organization_id: int
    fields: dict[str, Any]
    event_ids: tuple[int, ...]  # events it organised (their organiser is cleared on delete)


def delete_organization(organization_id: int) -> OrganizationSnapshot:
    with db.atomic():
        saved = OrganizationSnapshot(
            organization_id,
            organization_fields(organization_id),
            tuple(e.id for e in event_queries.events_for_organization(organization_id)),
        )
        Organization.delete().where(Organization.id == organization_id).execute()
    return saved


def restore_organization(saved: OrganizationSnapshot) -> int:
    with db.atomic():
        Organization.insert(id=saved.organization_id, **saved.fields).execute()
        if saved.event_ids:
            Event.update(organizer=saved.organization_id).where(
                Event.id.in_(list(saved.event_ids))
            ).execute()
    return saved.organization_id


def association_groups(
    contact_ids: list[int], ties: event_queries.AssociationTies | None = None
) -> dict[int | None, list[int]]:
    """The given contacts (those of the associations ring) grouped by association, each
    under the first association (by name) they are tied to; None holds the others. `ties`:
    as for compare_associations."""
    ties = event_queries.association_ties() if ties is None else ties
    groups: dict[int | None, list[int]] = {}
    placed: set[int] = set()
    for row in event_queries.organizations("association"):
        people = contacts_through(ties, row.id)
        members = [cid for cid in contact_ids if cid in people and cid not in placed]
        placed.update(members)
        groups[row.id] = members
    rest = [cid for cid in contact_ids if cid not in placed]
    if rest:
        groups[None] = rest
    return groups
