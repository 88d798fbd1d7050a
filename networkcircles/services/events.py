"""Events: creating, changing and deleting them, who was met there, and when they occur.

Stored times follow models.Event: UTC (naive) plus the IANA zone name for timed events,
wall time for floating ones, midnight of the day for all-day events. A recurring event is
one row with an RFC 5545 RRULE; `occurrences()` expands it in its own zone (so a weekly
18:00 stays 18:00 across a change of summer time) and shows it in the viewer's zone.
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

# Re-exported: what an event may hold lives in interchange/event_rules.py, below the
# calendar reader that shares it.
from networkcircles.interchange.event_rules import KINDS as KINDS
from networkcircles.interchange.event_rules import STATUSES as STATUSES
from networkcircles.interchange.event_rules import SUB_DAILY as SUB_DAILY
from networkcircles.interchange.event_rules import UTC_NAMES as _UTC_NAMES
from networkcircles.interchange.event_rules import EventDraft as EventDraft
from networkcircles.interchange.event_rules import InvalidEvent as InvalidEvent
from networkcircles.interchange.event_rules import check_rule as check_rule
from networkcircles.interchange.event_rules import display_zone as display_zone
from networkcircles.interchange.event_rules import from_stored as from_stored
from networkcircles.interchange.event_rules import local_zone_name as local_zone_name
from networkcircles.interchange.event_rules import recurrence_rule as _rule
from networkcircles.interchange.event_rules import rule_frequency as rule_frequency
from networkcircles.interchange.event_rules import to_stored as to_stored
from networkcircles.interchange.event_rules import wall_time as wall_time
from networkcircles.interchange.event_rules import zone_named as _zone
from networkcircles.services.values import plain_text
from networkcircles.store import event_queries
from networkcircles.store.db import db
from networkcircles.store.event_queries import Attendee, EventRow
from networkcircles.store.models import Attendance, Contact, Event, Organization
from networkcircles.values import (
    Check,
    Choice,
    Flag,
    Moment,
    Text,
    amount,
    checked_moment,
    cleaned,
    refused_as,
)

ATTENDANCE_STATUSES = ("met", "planned")
REMINDER_DAYS = 7  # events this close join the due list at start-up
UPCOMING_DAYS = 30

# Occurrences one event may go through for one view. A rule with a start long before the view
# is moved forward first, so this bounds only what cannot be moved: a COUNT rule, whose count
# runs from its first occurrence (5,000 days is 13 years, 5,000 weeks 96).
MAX_EXAMINED = 5_000

EVENT_FIELDS = ("title", "kind", "starts_at", "ends_at", "all_day", "timezone", "recurrence",
                "excluded", "location", "organizer", "cost", "notes", "status", "uid")  # fmt: skip


class UnknownEvent(LookupError):
    pass


# -- checking and writing --------------------------------------------------------------------


def _as_datetime(name: str, value: Any) -> datetime | None:
    with refused_as(InvalidEvent):
        return checked_moment(name, value)


def _timezone(name: str, value: Any) -> str:
    zone_name = plain_text(value).strip()
    zone_name = "UTC" if zone_name in _UTC_NAMES else zone_name
    if zone_name and _zone(zone_name) is None:
        raise InvalidEvent(name, f"'{zone_name}' is not a time zone")
    return zone_name


def _organizer(name: str, value: Any) -> Any:
    if value is not None and (
        isinstance(value, bool)
        or not Organization.select().where(Organization.id == value).exists()
    ):
        raise InvalidEvent(name, f"there is no organisation {value}")
    return value


# How each field of an event is checked (networkcircles/values.py); the rest is text as given.
_CHECKS: dict[str, Check] = {
    **dict.fromkeys(EVENT_FIELDS, Text(strip=False)),
    "title": Text(required="an event needs a title"),  # inner spacing is the user's
    "starts_at": Moment(required="an event needs a start"),
    "ends_at": Moment(),
    "kind": Choice(KINDS),
    "status": Choice(STATUSES),
    "timezone": _timezone,
    "cost": amount,
    "all_day": Flag(),
    "organizer": _organizer,
}


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    return cleaned(changes, _CHECKS, InvalidEvent)


def _check_whole(values: dict[str, Any]) -> None:
    start, end = values.get("starts_at"), values.get("ends_at")
    if values.get("all_day"):
        values["starts_at"] = start = datetime.combine(start.date(), time())
        values["timezone"] = ""
        if end is not None:
            values["ends_at"] = end = datetime.combine(end.date(), time())
            if end <= start:  # all-day ends are exclusive: one day at least
                values["ends_at"] = end = start + timedelta(days=1)
    if end is not None and end < start:
        raise InvalidEvent("ends_at", "the event ends before it starts")
    check_rule(values.get("recurrence", ""), start)


def new_uid() -> str:
    return f"{uuid.uuid4()}@networkcircles"


def create_event(title: str, starts_at: datetime | date, **fields: Any) -> int:
    """Add an event and return its id. Times as models.Event keeps them (see to_stored)."""
    values = _clean({"title": title, "starts_at": starts_at, **fields})
    values.setdefault("uid", new_uid())
    values["uid"] = values["uid"] or new_uid()
    _check_whole(values)
    return Event.create(**values).id


def update_event(event_id: int, changes: dict[str, Any]) -> None:
    clean = _clean(changes)
    with db.atomic():
        event = Event.get_or_none(Event.id == event_id)
        if event is None:
            raise UnknownEvent(event_id)
        merged = {name: getattr(event, name) for name in ("starts_at", "ends_at", "all_day",
                                                          "timezone", "recurrence")}  # fmt: skip
        merged["starts_at"] = _as_datetime("starts_at", merged["starts_at"])
        merged["ends_at"] = _as_datetime("ends_at", merged["ends_at"])
        merged.update(clean)
        _check_whole(merged)
        clean.update(merged)  # _check_whole may have normalised times of an all-day event
        Event.update(clean).where(Event.id == event_id).execute()


def fields_of(event_id: int) -> dict[str, Any]:
    """Every stored field of an event, in the shape create_event and update_event take."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    return {
        "title": row.title, "kind": row.kind, "starts_at": row.starts_at, "ends_at": row.ends_at,
        "all_day": row.all_day, "timezone": row.timezone, "recurrence": row.recurrence,
        "excluded": row.excluded, "location": row.location, "organizer": row.organizer_id,
        "cost": row.cost, "notes": row.notes, "status": row.status, "uid": row.uid,
    }  # fmt: skip


@dataclass(frozen=True)
class EventSnapshot:
    """Everything a delete removes, so undo puts the event back with the same id."""

    event_id: int
    fields: dict[str, Any]
    attendances: tuple[tuple[int, str], ...]  # (contact id, status)


def delete_event(event_id: int) -> EventSnapshot:
    with db.atomic():
        saved = EventSnapshot(
            event_id,
            fields_of(event_id),
            tuple((a.contact_id, a.status) for a in event_queries.attendees(event_id)),
        )
        Event.delete_by_id(event_id)
    return saved


def restore_event(saved: EventSnapshot) -> int:
    with db.atomic():
        Event.insert(id=saved.event_id, **saved.fields).execute()
        for contact_id, status in saved.attendances:
            if Contact.select().where(Contact.id == contact_id).exists():
                Attendance.insert(
                    event=saved.event_id, contact=contact_id, status=status
                ).on_conflict_ignore().execute()
    return saved.event_id


# -- who was there ---------------------------------------------------------------------------


def link_attendees(event_id: int, contact_ids: list[int], status: str = "met") -> dict[int, str]:
    """Link contacts to an event; return each one's previous status ("" if not linked),
    so undo can put things back as they were."""
    if status not in ATTENDANCE_STATUSES:
        raise InvalidEvent("attendance", f"'{status}' is not one of met, planned")
    with db.atomic():
        if not Event.select().where(Event.id == event_id).exists():
            raise UnknownEvent(event_id)
        before = dict(
            Attendance.select(Attendance.contact, Attendance.status)
            .where((Attendance.event == event_id) & (Attendance.contact.in_(contact_ids)))
            .tuples()
        )
        previous = {cid: before.get(cid, "") for cid in contact_ids}
        for contact_id in contact_ids:
            Attendance.insert(event=event_id, contact=contact_id, status=status).on_conflict(
                conflict_target=[Attendance.event, Attendance.contact],
                update={Attendance.status: status},
            ).execute()
    return previous


def set_attendances(event_id: int, statuses: dict[int, str]) -> None:
    """Put contacts' links back: a status links (or relinks), "" unlinks."""
    with db.atomic():
        for contact_id, status in statuses.items():
            if status:
                link_attendees(event_id, [contact_id], status)
            else:
                Attendance.delete().where(
                    (Attendance.event == event_id) & (Attendance.contact == contact_id)
                ).execute()


@dataclass(frozen=True, slots=True)
class CapturedPerson:
    """One person typed in at an event, before they become a contact."""

    name: str
    organization: str = ""
    note: str = ""
    circle_key: str | None = None


def add_people_at_event(event_id: int, people: list[CapturedPerson]) -> list[int]:
    """Create a contact for each person met, link them to the event: one unit of work."""
    from networkcircles.services import contacts

    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    how = f"Met at {row.title} ({row.starts_at.date().isoformat()})"
    ids: list[int] = []
    with db.atomic():
        for person in people:
            contact_id = contacts.create(
                person.name, person.circle_key, organization=person.organization,
                notes=person.note, how_known=how, last_contacted=row.starts_at.date(),
            )  # fmt: skip
            ids.append(contact_id)
        link_attendees(event_id, ids, "met")
    return ids


@dataclass(frozen=True, slots=True)
class EventPlan:
    """Before an event: whom you plan to meet and which organisations will be there."""

    planned: tuple[Attendee, ...]
    met: tuple[Attendee, ...]
    organizations: tuple[str, ...]


def plan_for(event_id: int) -> EventPlan:
    """Organisations attending: the organiser, then those of the people linked to it."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    people = event_queries.attendees(event_id)
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


# -- occurrences -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One date an event happens on, in the viewer's zone (a date for all-day events)."""

    event_id: int
    title: str
    kind: str
    start: datetime | date
    end: datetime | date | None
    all_day: bool
    location: str
    status: str
    organizer_name: str
    is_recurring: bool
    timezone: str = ""

    @property
    def day(self) -> date:
        return self.start if not isinstance(self.start, datetime) else self.start.date()

    def last_day(self) -> date:
        """The last day the occurrence covers (all-day ends are exclusive)."""
        if self.end is None:
            return self.day
        if isinstance(self.end, datetime):
            end = self.end - timedelta(microseconds=1) if self.end > self.start else self.end
            return end.date()
        return max(self.day, self.end - timedelta(days=1))


_PERIODS = {"YEARLY": "years", "MONTHLY": "months", "WEEKLY": "weeks", "DAILY": "days",
            "HOURLY": "hours", "MINUTELY": "minutes", "SECONDLY": "seconds"}  # fmt: skip
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_PARTS = {"BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYEASTER"}


def _moved_rule(recurrence: str, start: datetime, after: datetime) -> tuple[str, datetime]:
    """The same series from a start just before `after`, so expanding it does not walk every
    occurrence since the first.

    The start moves by whole periods (INTERVAL times FREQ), which keeps each period's pattern;
    the defaults dateutil takes from the start (the day of the month, the month, the weekday)
    are written into the rule first. A COUNT rule cannot move: its count runs from the first.
    """
    parts = [p for p in recurrence.strip().removeprefix("RRULE:").split(";") if p.strip()]
    keys = {p.partition("=")[0].strip().upper(): p.partition("=")[2].strip() for p in parts}
    period = _PERIODS.get(keys.get("FREQ", "").upper())
    if period is None or "COUNT" in keys or start >= after:
        return recurrence, start
    try:
        interval = max(1, int(keys.get("INTERVAL", "1")))
    except ValueError:
        return recurrence, start
    if period in ("years", "months"):
        months = (after.year - start.year) * 12 + after.month - start.month
        steps = months // (12 if period == "years" else 1) // interval - 2
    else:
        seconds = {"weeks": 604_800, "days": 86_400, "hours": 3_600, "minutes": 60,
                   "seconds": 1}[period]  # fmt: skip
        steps = int((after - start).total_seconds() // seconds) // interval - 2
    if steps <= 0:
        return recurrence, start
    if not _DAY_PARTS & keys.keys():
        freq = keys["FREQ"].upper()
        if freq == "YEARLY" and "BYMONTH" not in keys:
            parts.append(f"BYMONTH={start.month}")
        if freq in ("YEARLY", "MONTHLY"):
            parts.append(f"BYMONTHDAY={start.day}")
        elif freq == "WEEKLY":
            parts.append(f"BYDAY={_WEEKDAYS[start.weekday()]}")
    moved = start + relativedelta(**{period: steps * interval})
    return ";".join(parts), moved


def _walls(recurrence: str, start: datetime, zone: ZoneInfo | None, after: datetime,
           before: datetime) -> list[datetime]:  # fmt: skip
    """The wall times of a series from `after` to `before` (both included), going through at
    most MAX_EXAMINED occurrences."""
    moved, moved_start = _moved_rule(recurrence, start, after)
    rule = _rule(moved, moved_start, zone)
    found = []
    for examined, wall in enumerate(rule, start=1):
        if wall > before or examined > MAX_EXAMINED:
            break
        if wall >= after:
            found.append(wall)
    return found


def _excluded(row: EventRow) -> set[datetime]:
    found = set()
    for text in row.excluded.split(","):
        if text.strip():
            try:
                found.add(datetime.fromisoformat(text.strip()))
            except ValueError:
                continue
    return found


def expand(row: EventRow, first: date, last: date, viewer: tzinfo) -> list[Occurrence]:
    """The occurrences of one event that touch the days `first`..`last` in the viewer's zone."""
    zone = None if row.all_day else _zone(row.timezone)
    start_wall = row.starts_at if row.all_day else wall_time(row.starts_at, row.timezone)
    length = (row.ends_at - row.starts_at) if row.ends_at is not None else None
    # A sub-daily rule is refused now; one a store held from before counts as no rule, as an
    # import would have it: the event shows once, not thousands of times a day.
    recurrence = "" if rule_frequency(row.recurrence) in SUB_DAILY else row.recurrence
    if recurrence:
        # Expand in the event's own wall time, a day of margin either side for zone offsets.
        span = length or timedelta()
        after = datetime.combine(first, time()) - timedelta(days=2) - span
        before = datetime.combine(last, time()) + timedelta(days=2)
        try:
            walls = _walls(recurrence, start_wall, zone, after, before)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            walls = [start_wall]
    else:
        walls = [start_wall]
    skip = _excluded(row)
    found = []
    for wall in walls:
        stored = wall if zone is None else to_stored(wall, row.timezone)
        if stored in skip:
            continue
        if row.all_day:
            start: datetime | date = wall.date()
            end: datetime | date | None = (wall + length).date() if length else None
        else:
            start = from_stored(stored, row.timezone, viewer)
            end = start + length if length is not None else None
        occurrence = Occurrence(
            row.id, row.title, row.kind, start, end, row.all_day, row.location, row.status,
            row.organizer_name, bool(recurrence), row.timezone,
        )  # fmt: skip
        if occurrence.day <= last and occurrence.last_day() >= first:
            found.append(occurrence)
    return found


def _sort_key(occurrence: Occurrence) -> tuple:
    start = occurrence.start
    moment = start.timestamp() if isinstance(start, datetime) else 0.0
    return (occurrence.day, not occurrence.all_day, moment, occurrence.event_id)


def occurrences(
    first: date, last: date, zone: tzinfo | None = None, rows: list[EventRow] | None = None
) -> list[Occurrence]:
    """Every occurrence on the days `first`..`last` (inclusive), earliest first."""
    viewer = display_zone(zone)
    rows = event_queries.event_rows() if rows is None else rows
    found = [o for row in rows for o in expand(row, first, last, viewer)]
    return sorted(found, key=_sort_key)


def days_with_events(first: date, last: date, zone: tzinfo | None = None) -> set[date]:
    days: set[date] = set()
    for occurrence in occurrences(first, last, zone):
        day = max(occurrence.day, first)
        while day <= min(occurrence.last_day(), last):
            days.add(day)
            day += timedelta(days=1)
    return days


def upcoming(today: date, days: int = UPCOMING_DAYS, zone: tzinfo | None = None):
    return occurrences(today, today + timedelta(days=days - 1), zone)


@dataclass(frozen=True, slots=True)
class Reminder:
    occurrence: Occurrence
    is_past: bool
    days_away: int  # negative for history


def due_reminders(today: date, zone: tzinfo | None = None) -> list[Reminder]:
    """Events of the next REMINDER_DAYS days (today included), skipped ones left out:
    they join the follow-ups that are due at start-up."""
    return [
        Reminder(o, False, (o.day - today).days)
        for o in occurrences(today, today + timedelta(days=REMINDER_DAYS), zone)
        if o.status != "skipped"
    ]


def reminder_history(today: date, days: int = 30, zone: tzinfo | None = None) -> list[Reminder]:
    """Reminders of events that have passed (the last `days` days), most recent first."""
    past = occurrences(today - timedelta(days=days), today - timedelta(days=1), zone)
    return [Reminder(o, True, (o.day - today).days) for o in reversed(past)]


def organization_id(name: str, kind: str = "other") -> int | None:
    """The id of the organisation named `name` (any case), created if there is none."""
    name = name.strip()
    key = " ".join(name.casefold().split())  # spacing does not tell two organisations apart
    if not key:
        return None
    for row in event_queries.organizations():
        if " ".join(row.name.casefold().split()) == key:
            return row.id
    return Organization.create(name=name, kind=kind).id


def import_drafts(drafts: list[EventDraft]) -> tuple[list[int], int]:
    """Store drafts in one transaction. A draft whose UID is already stored is skipped (the
    same file imported twice adds nothing). Returns (new ids, skipped count)."""
    known = event_queries.event_uids()
    ids: list[int] = []
    skipped = 0
    with db.atomic():
        for draft in drafts:
            if draft.uid and draft.uid in known:
                skipped += 1
                continue
            known.add(draft.uid)
            event_id = create_event(
                draft.title, draft.starts_at, ends_at=draft.ends_at, all_day=draft.all_day,
                timezone=draft.timezone, recurrence=draft.recurrence, excluded=draft.excluded,
                location=draft.location, kind=draft.kind, notes=draft.notes, cost=draft.cost,
                status=draft.status, uid=draft.uid,
                organizer=organization_id(draft.organizer_name),
            )  # fmt: skip
            ids.append(event_id)
    return ids, skipped
