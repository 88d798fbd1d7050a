"""Who was met at an event: recorded per occurrence (the series plus the occurrence's
original start, event_base.occurrence_key; a one-off event has one occurrence, ""), and the
people typed in at an event made contacts."""

from dataclasses import dataclass
from datetime import datetime

from networkcircles.interchange.event_rules import InvalidEvent, wall_time
from networkcircles.services.event_base import UnknownEvent, occurrence_key, stored_moment
from networkcircles.store import event_queries
from networkcircles.store.db import db
from networkcircles.store.event_queries import Attendee
from networkcircles.store.models import Attendance, Event

ATTENDANCE_STATUSES = ("met", "planned")


def _occurrence_of(event_id: int, original: datetime | None) -> str:
    """The attendance key of one occurrence. A one-off event has one ("" whatever is given);
    for a series, no occurrence given means its first, the series' own start."""
    row = Event.select(Event.starts_at, Event.recurrence).where(Event.id == event_id).first()
    if row is None:
        raise UnknownEvent(event_id)
    if not row.recurrence:
        return ""
    start = stored_moment("starts_at", row.starts_at)
    return occurrence_key(original if original is not None else start)


def link_attendees(
    event_id: int, contact_ids: list[int], status: str = "met", original: datetime | None = None
) -> dict[int, str]:
    """Link contacts to one occurrence of an event (`original`: its original start; see
    _occurrence_of); return each one's previous status there ("" if not linked), so undo
    can put things back as they were."""
    if status not in ATTENDANCE_STATUSES:
        raise InvalidEvent("attendance", "not_choice", value=status, choices="met, planned")
    with db.atomic():
        key = _occurrence_of(event_id, original)
        before: dict[int, str] = dict(
            Attendance.select(Attendance.contact, Attendance.status)  # type: ignore[arg-type]
            .where(
                (Attendance.event == event_id)
                & (Attendance.occurrence == key)
                & (Attendance.contact.in_(contact_ids))
            )
            .tuples()
        )
        previous = {cid: before.get(cid, "") for cid in contact_ids}
        for contact_id in contact_ids:
            Attendance.insert(
                event=event_id, contact=contact_id, status=status, occurrence=key
            ).on_conflict(
                conflict_target=[Attendance.event, Attendance.occurrence, Attendance.contact],
                update={Attendance.status: status},
            ).execute()
    return previous


def set_attendances(
    event_id: int, statuses: dict[int, str], original: datetime | None = None
) -> None:
    """Put contacts' links to one occurrence back: a status links (or relinks), "" unlinks."""
    with db.atomic():
        key = _occurrence_of(event_id, original)
        for contact_id, status in statuses.items():
            if status:
                link_attendees(event_id, [contact_id], status, original)
            else:
                Attendance.delete().where(
                    (Attendance.event == event_id)
                    & (Attendance.occurrence == key)
                    & (Attendance.contact == contact_id)
                ).execute()


def attendees_at(event_id: int, original: datetime | None = None) -> list[Attendee]:
    """Who was met (or is to be met) at one occurrence (see _occurrence_of)."""
    return event_queries.attendees(event_id, _occurrence_of(event_id, original))


@dataclass(frozen=True, slots=True)
class CapturedPerson:
    """One person typed in at an event, before they become a contact."""

    name: str
    organization: str = ""
    note: str = ""
    circle_key: str | None = None


def add_people_at_event(
    event_id: int, people: list[CapturedPerson], original: datetime | None = None
) -> list[int]:
    """Create a contact for each person met, link them to one occurrence of the event (see
    _occurrence_of): one unit of work."""
    from networkcircles.services import contacts

    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    key = _occurrence_of(event_id, original)
    start = datetime.fromisoformat(key) if key else row.starts_at
    exception = next((x for x in row.exceptions if x.original_start == start), None)
    if exception is not None and exception.starts_at is not None:
        start = exception.starts_at  # the day it was moved to
    day = start.date() if row.all_day else wall_time(start, row.timezone).date()
    how = f"Met at {row.title} ({day.isoformat()})"
    ids: list[int] = []
    with db.atomic():
        for person in people:
            contact_id = contacts.create(
                person.name,
                person.circle_key,
                organization=person.organization,
                notes=person.note,
                how_known=how,
                last_contacted=day,
            )
            ids.append(contact_id)
        link_attendees(event_id, ids, "met", original)
    return ids


@dataclass(frozen=True, slots=True)
class EventPlan:
    """Before an event: whom you plan to meet and which organisations will be there."""

    planned: tuple[Attendee, ...]
    met: tuple[Attendee, ...]
    organizations: tuple[str, ...]


def plan_for(event_id: int, original: datetime | None = None) -> EventPlan:
    """One occurrence's plan (see _occurrence_of). Organisations attending: the organiser,
    then those of the people linked to it."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    people = attendees_at(event_id, original)
    organizations: list[str] = [row.organizer_name] if row.organizer_name else []
    seen = {name.casefold() for name in organizations}
    for person in people:
        name = person.organization.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            organizations.append(name)
    return EventPlan(
        tuple(p for p in people if p.status == "planned"),
        tuple(p for p in people if p.status == "met"),
        tuple(organizations),
    )
