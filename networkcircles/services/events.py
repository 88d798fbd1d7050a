"""Events: creating, changing and deleting them, who was met there, and when they occur.

Stored times follow models.Event: UTC (naive) plus the IANA zone name for timed events,
wall time for floating ones, midnight of the day for all-day events. A recurring event is
one row with an RFC 5545 RRULE; `occurrences()` expands it in its own zone (so a weekly
18:00 stays 18:00 across a change of summer time) and shows it in the viewer's zone. An
occurrence moved, changed or cancelled (iCalendar RECURRENCE-ID) is an exception kept with
its series (`put_exception`), and who was met is recorded per occurrence: the series plus
the occurrence's original start (`occurrence_key`); a one-off event has one occurrence, "".
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
from networkcircles.store.event_queries import Attendee, EventRow, ExceptionRow
from networkcircles.store.models import Attendance, Contact, Event, EventException, Organization
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

EVENT_FIELDS = (
    "title",
    "kind",
    "starts_at",
    "ends_at",
    "all_day",
    "timezone",
    "recurrence",
    "excluded",
    "location",
    "organizer",
    "cost",
    "notes",
    "status",
    "uid",
)


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
    start: datetime = values["starts_at"]
    end: datetime | None = values.get("ends_at")
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
    return int(Event.create(**values).id)


def update_event(event_id: int, changes: dict[str, Any]) -> None:
    clean = _clean(changes)
    with db.atomic():
        event = Event.get_or_none(Event.id == event_id)
        if event is None:
            raise UnknownEvent(event_id)
        merged = {
            name: getattr(event, name)
            for name in ("starts_at", "ends_at", "all_day", "timezone", "recurrence")
        }
        merged["starts_at"] = _as_datetime("starts_at", merged["starts_at"])
        merged["ends_at"] = _as_datetime("ends_at", merged["ends_at"])
        old_start, old_rule = merged["starts_at"], merged["recurrence"]
        merged.update(clean)
        _check_whole(merged)
        clean.update(merged)  # _check_whole may have normalised times of an all-day event
        Event.update(clean).where(Event.id == event_id).execute()
        _follow_the_series(event_id, old_start, old_rule, merged["starts_at"], merged["recurrence"])


def occurrence_key(original: datetime | None) -> str:
    """How models.Attendance names an occurrence: its original start as stored, "" for the
    one occurrence of a one-off event."""
    return "" if original is None else original.replace(microsecond=0).isoformat(sep=" ")


def _follow_the_series(
    event_id: int, old_start: datetime, old_rule: str, new_start: datetime, new_rule: str
) -> None:
    """Keep changed occurrences and who was met with their occurrence when the series
    changes: a moved start moves them by as much; an event that starts (or stops) repeating
    hands its one occurrence's people to the first occurrence (or back)."""
    if old_rule and new_rule and new_start != old_start:
        shift = new_start - old_start
        for exception in EventException.select().where(EventException.event == event_id):
            original = _as_datetime("starts_at", exception.original_start)
            if original is None:
                continue
            exception.original_start = original + shift
            exception.save()
        for attendance in Attendance.select().where(
            (Attendance.event == event_id) & (Attendance.occurrence != "")
        ):
            moved = datetime.fromisoformat(attendance.occurrence) + shift
            attendance.occurrence = occurrence_key(moved)
            attendance.save()
    elif not old_rule and new_rule:
        Attendance.update(occurrence=occurrence_key(new_start)).where(
            (Attendance.event == event_id) & (Attendance.occurrence == "")
        ).execute()
    elif old_rule and not new_rule:
        Attendance.update(occurrence="").where(
            (Attendance.event == event_id) & (Attendance.occurrence == occurrence_key(old_start))
        ).execute()


def fields_of(event_id: int) -> dict[str, Any]:
    """Every stored field of an event, in the shape create_event and update_event take."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    return {
        "title": row.title,
        "kind": row.kind,
        "starts_at": row.starts_at,
        "ends_at": row.ends_at,
        "all_day": row.all_day,
        "timezone": row.timezone,
        "recurrence": row.recurrence,
        "excluded": row.excluded,
        "location": row.location,
        "organizer": row.organizer_id,
        "cost": row.cost,
        "notes": row.notes,
        "status": row.status,
        "uid": row.uid,
    }


@dataclass(frozen=True)
class EventSnapshot:
    """Everything a delete removes, so undo puts the event back with the same id."""

    event_id: int
    fields: dict[str, Any]
    attendances: tuple[tuple[int, str, str], ...]  # (contact id, status, occurrence)
    exceptions: tuple[ExceptionRow, ...] = ()


def delete_event(event_id: int) -> EventSnapshot:
    """Delete an event; a series goes with its changed occurrences and who was met at each."""
    with db.atomic():
        row = event_queries.event_row(event_id)
        saved = EventSnapshot(
            event_id,
            fields_of(event_id),
            tuple(event_queries.attendance_rows(event_id)),
            row.exceptions if row is not None else (),
        )
        Event.delete_by_id(event_id)
    return saved


def restore_event(saved: EventSnapshot) -> int:
    with db.atomic():
        Event.insert(id=saved.event_id, **saved.fields).execute()
        for exception in saved.exceptions:
            _write_exception(saved.event_id, exception)
        for contact_id, status, occurrence in saved.attendances:
            if Contact.select().where(Contact.id == contact_id).exists():
                Attendance.insert(
                    event=saved.event_id, contact=contact_id, status=status, occurrence=occurrence
                ).on_conflict_ignore().execute()
    return saved.event_id


# -- changed occurrences ----------------------------------------------------------------------


def exception_of(event_id: int, original: datetime) -> ExceptionRow | None:
    """How one occurrence of a series differs from its rule (None: it does not)."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    return next((x for x in row.exceptions if x.original_start == original), None)


def _check_exception(row: EventRow, exception: ExceptionRow) -> ExceptionRow:
    if not row.recurrence:
        raise InvalidEvent("occurrence", "only a repeating event has occurrences to change")
    title = exception.title
    if title is not None:
        title = plain_text(title).strip()
        if not title:
            raise InvalidEvent("title", "an event needs a title")
    if exception.status is not None and exception.status not in STATUSES:
        raise InvalidEvent("status", f"'{exception.status}' is not one of {', '.join(STATUSES)}")
    start, end = exception.starts_at, exception.ends_at
    if row.all_day:
        start = datetime.combine(start.date(), time()) if start else None
        end = datetime.combine(end.date(), time()) if end else None
    if start is not None and end is not None and end < start:
        raise InvalidEvent("ends_at", "the event ends before it starts")
    return ExceptionRow(
        exception.original_start.replace(microsecond=0),
        exception.cancelled,
        start,
        end,
        title,
        None if exception.location is None else plain_text(exception.location).strip(),
        None if exception.notes is None else plain_text(exception.notes),
        exception.status,
    )


def _write_exception(event_id: int, exception: ExceptionRow) -> None:
    EventException.insert(
        event=event_id,
        original_start=exception.original_start,
        cancelled=exception.cancelled,
        starts_at=exception.starts_at,
        ends_at=exception.ends_at,
        title=exception.title,
        location=exception.location,
        notes=exception.notes,
        status=exception.status,
    ).on_conflict_replace().execute()


def set_exceptions(event_id: int, exceptions: list[ExceptionRow]) -> None:
    """Make the series' changed occurrences exactly `exceptions` (sync: the server's set).
    Raises InvalidEvent (nothing written) for a bad one."""
    with db.atomic():
        row = event_queries.event_row(event_id)
        if row is None:
            raise UnknownEvent(event_id)
        checked = [_check_exception(row, exception) for exception in exceptions]
        EventException.delete().where(EventException.event == event_id).execute()
        for exception in checked:
            _write_exception(event_id, exception)


def put_exception(
    event_id: int, original: datetime, exception: ExceptionRow | None
) -> ExceptionRow | None:
    """Make one occurrence of a series (named by its original start) differ from the rule
    as `exception` says, or follow the rule again with None. Returns what was there before,
    so undo puts it back. Raises InvalidEvent (nothing written) for a bad value."""
    with db.atomic():
        row = event_queries.event_row(event_id)
        if row is None:
            raise UnknownEvent(event_id)
        before = next((x for x in row.exceptions if x.original_start == original), None)
        EventException.delete().where(
            (EventException.event == event_id) & (EventException.original_start == original)
        ).execute()
        if exception is not None:
            checked = _check_exception(row, exception)
            if checked.original_start != original:
                raise InvalidEvent("occurrence", "the occurrence named is not the one changed")
            _write_exception(event_id, checked)
    return before


# -- who was there ---------------------------------------------------------------------------


def _occurrence_of(event_id: int, original: datetime | None) -> str:
    """The attendance key of one occurrence. A one-off event has one ("" whatever is given);
    for a series, no occurrence given means its first, the series' own start."""
    row = Event.select(Event.starts_at, Event.recurrence).where(Event.id == event_id).first()
    if row is None:
        raise UnknownEvent(event_id)
    if not row.recurrence:
        return ""
    start = _as_datetime("starts_at", row.starts_at)
    return occurrence_key(original if original is not None else start)


def link_attendees(
    event_id: int, contact_ids: list[int], status: str = "met", original: datetime | None = None
) -> dict[int, str]:
    """Link contacts to one occurrence of an event (`original`: its original start; see
    _occurrence_of); return each one's previous status there ("" if not linked), so undo
    can put things back as they were."""
    if status not in ATTENDANCE_STATUSES:
        raise InvalidEvent("attendance", f"'{status}' is not one of met, planned")
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
    original: datetime | None = None  # the start the rule gives it (stored); None: one-off
    changed: bool = False  # an exception: moved or changed from what its rule gives

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


_PERIODS = {
    "YEARLY": "years",
    "MONTHLY": "months",
    "WEEKLY": "weeks",
    "DAILY": "days",
    "HOURLY": "hours",
    "MINUTELY": "minutes",
    "SECONDLY": "seconds",
}
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
        seconds = {"weeks": 604_800, "days": 86_400, "hours": 3_600, "minutes": 60, "seconds": 1}[
            period
        ]
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


def _walls(
    recurrence: str, start: datetime, zone: ZoneInfo | None, after: datetime, before: datetime
) -> list[datetime]:
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


def _series_walls(
    row: EventRow, recurrence: str, first: date, last: date, zone: ZoneInfo | None
) -> list[datetime]:
    """The wall times (in the event's own zone) the rule gives around `first`..`last`; the
    start alone for no rule or one that cannot be expanded."""
    start_wall = row.starts_at if row.all_day else wall_time(row.starts_at, row.timezone)
    if not recurrence:
        return [start_wall]
    # Expand in the event's own wall time, a day of margin either side for zone offsets.
    span = (row.ends_at - row.starts_at) if row.ends_at is not None else timedelta()
    after = datetime.combine(first, time()) - timedelta(days=2) - span
    before = datetime.combine(last, time()) + timedelta(days=2)
    try:
        return _walls(recurrence, start_wall, zone, after, before)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
        return [start_wall]


def _changed_occurrences(
    row: EventRow, viewer: tzinfo, changed: dict[datetime, ExceptionRow], skip: set[datetime]
) -> list[Occurrence]:
    """The moved or changed occurrences of a series, wherever they moved (cancelled and
    excluded ones left out)."""
    length = (row.ends_at - row.starts_at) if row.ends_at is not None else None
    found = []
    for original, exception in changed.items():
        if exception.cancelled or original in skip:
            continue
        start = exception.starts_at or original
        end = exception.ends_at if exception.starts_at else None
        if end is None and length is not None:
            end = start + length
        found.append(_occurrence(row, viewer, start, end, original, exception))
    return found


def expand(row: EventRow, first: date, last: date, viewer: tzinfo) -> list[Occurrence]:
    """The occurrences of one event that touch the days `first`..`last` in the viewer's zone:
    those its rule gives, less excluded and cancelled ones, with changed ones as changed."""
    zone = None if row.all_day else _zone(row.timezone)
    length = (row.ends_at - row.starts_at) if row.ends_at is not None else None
    # A sub-daily rule is refused now; one a store held from before counts as no rule, as an
    # import would have it: the event shows once, not thousands of times a day.
    recurrence = "" if rule_frequency(row.recurrence) in SUB_DAILY else row.recurrence
    skip = _excluded(row)
    changed = {x.original_start: x for x in row.exceptions} if recurrence else {}
    found = []
    for wall in _series_walls(row, recurrence, first, last, zone):
        stored = wall if zone is None else to_stored(wall, row.timezone)
        if stored in skip or stored in changed:
            continue
        end_stored = stored + length if length is not None else None
        found.append(_occurrence(row, viewer, stored, end_stored, stored if recurrence else None))
    found += _changed_occurrences(row, viewer, changed, skip)
    return [o for o in found if o.day <= last and o.last_day() >= first]


def _occurrence(
    row: EventRow,
    viewer: tzinfo,
    stored: datetime,
    end_stored: datetime | None,
    original: datetime | None,
    exception: ExceptionRow | None = None,
) -> Occurrence:
    """One occurrence from stored times, shown in the viewer's zone (dates when all-day)."""
    if row.all_day:
        start: datetime | date = stored.date()
        end: datetime | date | None = end_stored.date() if end_stored is not None else None
    else:
        start = from_stored(stored, row.timezone, viewer)
        end = from_stored(end_stored, row.timezone, viewer) if end_stored is not None else None

    def pick(mine: str | None, series: str) -> str:
        return series if mine is None else mine

    return Occurrence(
        row.id,
        pick(exception.title if exception else None, row.title),
        row.kind,
        start,
        end,
        row.all_day,
        pick(exception.location if exception else None, row.location),
        pick(exception.status if exception else None, row.status),
        row.organizer_name,
        original is not None,
        row.timezone,
        original,
        exception is not None,
    )


def _sort_key(occurrence: Occurrence) -> tuple[date, bool, float, int]:
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


def upcoming(
    today: date, days: int = UPCOMING_DAYS, zone: tzinfo | None = None
) -> list[Occurrence]:
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
    return int(Organization.create(name=name, kind=kind).id)


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
                draft.title,
                draft.starts_at,
                ends_at=draft.ends_at,
                all_day=draft.all_day,
                timezone=draft.timezone,
                recurrence=draft.recurrence,
                excluded=draft.excluded,
                location=draft.location,
                kind=draft.kind,
                notes=draft.notes,
                cost=draft.cost,
                status=draft.status,
                uid=draft.uid,
                organizer=organization_id(draft.organizer_name),
            )
            for exception in draft.exceptions:
                put_exception(event_id, exception.original_start, exception)
            ids.append(event_id)
    return ids, skipped


# -- a rule in parts, for the ui and printing to put in words ---------------------------------

_WORDABLE = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST"}
_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


@dataclass(frozen=True, slots=True)
class RuleParts:
    """An RRULE as the user would say it. `wordable` is False for a rule with parts we do not
    put in words (BYSETPOS, BYWEEKNO, ...): show a generic phrase, never the raw rule.
    Defaults the rule takes from the start are filled in (a WEEKLY rule repeats on the start's
    weekday). Weekdays are 0 (Monday) to 6; a position is 1 to 5, -1 for the last, 0 for none.
    """

    frequency: str  # DAILY | WEEKLY | MONTHLY | YEARLY ("" when not wordable)
    interval: int = 1
    weekdays: tuple[tuple[int, int], ...] = ()  # (position, weekday)
    month_days: tuple[int, ...] = ()  # 1..31, or -1 for the last day
    months: tuple[int, ...] = ()  # 1..12
    count: int | None = None
    until: date | None = None  # the last day, in the event's own zone
    at: time | None = None  # the start's time of day; None for all-day events
    wordable: bool = True


def _weekday(text: str) -> tuple[int, int]:
    text = text.strip().upper()
    position = int(text[:-2]) if text[:-2] else 0
    if text[-2:] not in _WEEKDAYS or not -5 <= position <= 5:
        raise ValueError(text)
    return position, _WEEKDAYS.index(text[-2:])


def _until_day(value: str, zone_name: str) -> date:
    moment = datetime.strptime(value[:8], "%Y%m%d")
    if len(value) >= 15:
        moment = datetime.strptime(value[:15], "%Y%m%dT%H%M%S")
        if value.upper().endswith("Z"):
            moment = wall_time(moment, zone_name)
    return moment.date()


def rule_parts(row: EventRow) -> RuleParts | None:
    """The event's repeat rule in parts (None for an event that does not repeat)."""
    start = row.starts_at if row.all_day else wall_time(row.starts_at, row.timezone)
    return parts_of_rule(row.recurrence, start, row.all_day, row.timezone)


def _rule_fields(recurrence: str) -> dict[str, str]:
    parts = {}
    for part in recurrence.strip().removeprefix("RRULE:").split(";"):
        key, _, value = part.partition("=")
        if key.strip():
            parts[key.strip().upper()] = value.strip()
    return parts


def _numbers(text: str) -> tuple[int, ...]:
    return tuple(int(item) for item in text.split(",") if item)


def parts_of_rule(
    recurrence: str, start: datetime, all_day: bool = False, zone_name: str = ""
) -> RuleParts | None:
    """A repeat rule in parts, for a series that starts at the wall time `start` in
    `zone_name` (None for no rule)."""
    if not recurrence:
        return None
    at = None if all_day else start.time()
    parts = _rule_fields(recurrence)
    frequency = parts.get("FREQ", "").upper()
    if frequency not in _FREQUENCIES or not parts.keys() <= _WORDABLE:
        return RuleParts("", at=at, wordable=False)
    try:
        weekdays = tuple(_weekday(d) for d in parts.get("BYDAY", "").split(",") if d)
        month_days, months = (
            _numbers(parts.get("BYMONTHDAY", "")),
            _numbers(parts.get("BYMONTH", "")),
        )
        interval = max(1, int(parts.get("INTERVAL", "1")))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        until = _until_day(parts["UNTIL"], zone_name) if "UNTIL" in parts else None
    except ValueError:
        return RuleParts("", at=at, wordable=False)
    # the defaults a rule takes from its start (RFC 5545 3.3.10)
    if frequency == "WEEKLY" and not weekdays:
        weekdays = ((0, start.weekday()),)
    if frequency in ("MONTHLY", "YEARLY") and not weekdays and not month_days:
        month_days = (start.day,)
    if frequency == "YEARLY" and not months:
        months = (start.month,)
    return RuleParts(frequency, interval, weekdays, month_days, months, count, until, at)


def occurrence_change(event_id: int, original: datetime, values: dict[str, Any]) -> ExceptionRow:
    """What an editor's values for one occurrence change from its series, as an exception:
    fields equal to the series' are left to it (None); times only when they moved."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    start = _as_datetime("starts_at", values.get("starts_at")) or original
    end = _as_datetime("ends_at", values.get("ends_at"))
    usual_end = original + (row.ends_at - row.starts_at) if row.ends_at is not None else None
    moved = start != original or end != usual_end

    def changed(name: str, series: str) -> str | None:
        value = values.get(name)
        return None if value is None or value == series else str(value)

    return ExceptionRow(
        original,
        False,
        start if moved else None,
        end if moved else None,
        changed("title", row.title),
        changed("location", row.location),
        changed("notes", row.notes),
        changed("status", row.status),
    )
