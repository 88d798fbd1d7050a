"""Tips and leads shared by contacts (mostly fellow job seekers), and where each came from."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from networkcircles.services.errors import InvalidValue, NotFound
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import TipRow
from networkcircles.store.db import db
from networkcircles.store.models import Contact, Event, Lead
from networkcircles.values import Check, Choice, Day, Text, cleaned, web_address

KINDS = ("job", "fair", "resource")
STATUSES = ("heard", "applied", "interviewing", "offer", "closed")
FAIR_EVENT_KIND = "career_fair"
FIELDS = (
    "kind",
    "company",
    "role",
    "title",
    "link",
    "status",
    "source",
    "shared_on",
    "notes",
    "fair_on",
)


@dataclass(frozen=True, slots=True)
class TipSnapshot:
    """A deleted tip and the career-fair event it made (if any), to put back with the same ids."""

    row: dict[str, Any]
    event: dict[str, Any] | None


def _source(name: str, value: Any) -> int | None:
    """The contact a tip came from (None: nobody in particular)."""
    if value is None:
        return None
    if isinstance(value, bool) or not Contact.select().where(Contact.id == value).exists():
        raise InvalidValue(name, "no_contact", value=value)
    return int(value)


# How each field of a tip is checked (networkcircles/values.py).
_CHECKS: dict[str, Check] = {
    **dict.fromkeys(FIELDS, Text()),
    "kind": Choice(KINDS),
    "status": Choice(STATUSES),
    "shared_on": Day(),
    "fair_on": Day(),
    "link": web_address,
    "source": _source,
}


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return cleaned(values, _CHECKS)


def _check_whole(row: dict[str, Any]) -> None:
    if row["kind"] == "job" and not row["company"]:
        raise InvalidValue("company", "lead_needs_company")
    if row["kind"] != "job" and not (row["title"] or row["company"]):
        raise InvalidValue("title", "tip_needs_name")


def _fair_title(row: dict[str, Any]) -> str:
    return str(row["title"] or row["company"])


def _sync_event(lead_id: int, row: dict[str, Any], fair_on: date | None) -> None:
    """A fair with a date is an event in the calendar: create, move or drop it."""
    event_id = row.get("event")
    if row["kind"] == "fair" and fair_on is not None:
        starts = datetime.combine(fair_on, datetime.min.time())
        if event_id is None:
            event = Event.create(
                title=_fair_title(row),
                kind=FAIR_EVENT_KIND,
                starts_at=starts,
                all_day=True,
                notes=row["link"],
            )
            Lead.update(event=event.id).where(Lead.id == lead_id).execute()
        else:
            Event.update(title=_fair_title(row), starts_at=starts).where(
                Event.id == event_id
            ).execute()
    elif event_id is not None:
        Lead.update(event=None).where(Lead.id == lead_id).execute()
        Event.delete().where((Event.id == event_id) & (Event.kind == FAIR_EVENT_KIND)).execute()


def create(
    kind: str = "job",
    company: str = "",
    role: str = "",
    title: str = "",
    link: str = "",
    status: str = "heard",
    source: int | None = None,
    shared_on: date | str | None = None,
    notes: str = "",
    fair_on: date | str | None = None,
) -> int:
    """Add a tip; a fair with `fair_on` also becomes a "career_fair" event. Returns its id."""
    row = _clean(
        {
            "kind": kind,
            "company": company,
            "role": role,
            "title": title,
            "link": link,
            "status": status,
            "source": source,
            "shared_on": shared_on,
            "notes": notes,
            "fair_on": fair_on,
        }
    )
    fair_day = row.pop("fair_on")
    _check_whole(row)
    with db.atomic():
        lead = Lead.create(noted_on=row["shared_on"], **row)
        _sync_event(lead.id, {**row, "event": None}, fair_day)
    return int(lead.id)


def values_of(tip: TipRow) -> dict[str, Any]:
    """A tip's editable values, in the shape update() takes."""
    return {
        "kind": tip.kind,
        "company": tip.company,
        "role": tip.role,
        "title": tip.title,
        "link": tip.link,
        "status": tip.status,
        "source": tip.source_id,
        "shared_on": tip.shared_on,
        "notes": tip.notes,
        "fair_on": tip.event_on,
    }


def update(lead_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change some fields of a tip; return their values before (for undo)."""
    clean = _clean(changes)
    with db.atomic():
        current = circle_queries.tip(lead_id)
        if current is None:
            raise NotFound("lead", lead_id)
        before = values_of(current)
        merged = {**before, **clean}
        fair_day = merged.pop("fair_on")
        _check_whole(merged)
        columns = {k: v for k, v in clean.items() if k != "fair_on"}
        if columns:
            Lead.update(columns).where(Lead.id == lead_id).execute()
        if "fair_on" in clean or "kind" in clean or "title" in clean or "company" in clean:
            _sync_event(lead_id, {**merged, "event": current.event_id}, fair_day)
    return {name: before[name] for name in clean}


def delete(lead_id: int) -> TipSnapshot:
    """Remove a tip (and the career-fair event it made); the snapshot puts both back."""
    with db.atomic():
        lead = Lead.select().where(Lead.id == lead_id).dicts().first()
        if lead is None:
            raise NotFound("lead", lead_id)
        event = None
        if lead["event"] is not None:
            event = (
                Event.select()
                .where((Event.id == lead["event"]) & (Event.kind == FAIR_EVENT_KIND))
                .dicts()
                .first()
            )
        Lead.delete().where(Lead.id == lead_id).execute()
        if event is not None:
            Event.delete().where(Event.id == event["id"]).execute()
    return TipSnapshot(lead, event)


def restore(saved: TipSnapshot) -> int:
    with db.atomic():
        if saved.event is not None:
            Event.insert(saved.event).execute()
        row = dict(saved.row)
        if (
            row["source"] is not None
            and not Contact.select().where(Contact.id == row["source"]).exists()
        ):
            row["source"] = None
        if row["event"] is not None and not Event.select().where(Event.id == row["event"]).exists():
            row["event"] = None
        Lead.insert(row).execute()
    return int(saved.row["id"])


@dataclass(frozen=True, slots=True)
class TraceStep:
    contact_id: int
    name: str
    circle_key: str | None


@dataclass(frozen=True, slots=True)
class LeadTrace:
    """From the first person to the one who shared the lead: chain[0] introduced chain[1], …"""

    lead_id: int
    chain: tuple[TraceStep, ...]

    @property
    def origin(self) -> TraceStep | None:
        return self.chain[0] if self.chain else None

    @property
    def origin_circle(self) -> str | None:
        return self.chain[0].circle_key if self.chain else None


def _chain_ids(source_id: int, introducers: dict[int, int]) -> list[int]:
    chain = [source_id]
    seen = {source_id}
    while (previous := introducers.get(chain[0])) is not None and previous not in seen:
        chain.insert(0, previous)  # a loop of introductions stops where it would repeat
        seen.add(previous)
    return chain


def trace_lead(lead_id: int) -> LeadTrace:
    """The chain of introductions that led to this lead, back to the person it started from.
    Where someone was introduced by several people, the earliest introduction is followed."""
    tip = circle_queries.tip(lead_id)
    if tip is None:
        raise NotFound("lead", lead_id)
    if tip.source_id is None:
        return LeadTrace(lead_id, ())
    ids = _chain_ids(tip.source_id, circle_queries.first_introducers())
    names = {c.id: c for c in circle_queries.contact_names()}
    steps = tuple(TraceStep(i, names[i].name, names[i].circle_key) for i in ids)
    return LeadTrace(lead_id, steps)


def origin_contacts() -> dict[int, int]:
    """lead id -> the contact its chain of introductions started from (leads with a source)."""
    introducers = circle_queries.first_introducers()
    return {
        lead_id: _chain_ids(source, introducers)[0]
        for lead_id, source in circle_queries.lead_sources()
        if source is not None
    }


def origin_circles() -> dict[int, str | None]:
    """lead id -> the circle its chain of introductions started from (leads with a source)."""
    origins = origin_contacts()
    circles = circle_queries.contact_circles(origins.values())  # only the chains' first people
    return {lead_id: circles.get(origin) for lead_id, origin in origins.items()}
