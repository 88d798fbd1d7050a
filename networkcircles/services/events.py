"""Events: creating, changing and deleting them; the entry point of the event services.

Stored times follow models.Event: UTC (naive) plus the IANA zone name for timed events,
wall time for floating ones, midnight of the day for all-day events. A recurring event is
one row with an RFC 5545 RRULE; `occurrences()` (event_occurrences) expands it in its own
zone (so a weekly 18:00 stays 18:00 across a change of summer time) and shows it in the
viewer's zone. An occurrence moved, changed or cancelled (iCalendar RECURRENCE-ID) is an
exception kept with its series (`put_exception`, event_exceptions), and who was met is
recorded per occurrence (event_attendance): the series plus the occurrence's original start
(`occurrence_key`); a one-off event has one occurrence, "". Callers use this module: what
the others hold is re-exported here.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

# Re-exported: what an event may hold lives in interchange/event_rules.py, below the
# calendar reader that shares it; the parts of the event services live beside this module
# (event_base, event_exceptions, event_attendance, event_occurrences, event_rule_parts),
# and callers reach them all through here.
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
from networkcircles.interchange.event_rules import rule_frequency as rule_frequency
from networkcircles.interchange.event_rules import to_stored as to_stored
from networkcircles.interchange.event_rules import wall_time as wall_time
from networkcircles.interchange.event_rules import zone_named as _zone
from networkcircles.services.event_attendance import ATTENDANCE_STATUSES as ATTENDANCE_STATUSES
from networkcircles.services.event_attendance import CapturedPerson as CapturedPerson
from networkcircles.services.event_attendance import EventPlan as EventPlan
from networkcircles.services.event_attendance import add_people_at_event as add_people_at_event
from networkcircles.services.event_attendance import attendees_at as attendees_at
from networkcircles.services.event_attendance import link_attendees as link_attendees
from networkcircles.services.event_attendance import plan_for as plan_for
from networkcircles.services.event_attendance import set_attendances as set_attendances
from networkcircles.services.event_base import UnknownEvent as UnknownEvent
from networkcircles.services.event_base import occurrence_key as occurrence_key
from networkcircles.services.event_base import stored_moment
from networkcircles.services.event_exceptions import exception_of as exception_of
from networkcircles.services.event_exceptions import occurrence_change as occurrence_change
from networkcircles.services.event_exceptions import put_exception as put_exception
from networkcircles.services.event_exceptions import set_exceptions as set_exceptions
from networkcircles.services.event_exceptions import write_exception
from networkcircles.services.event_occurrences import MAX_EXAMINED as MAX_EXAMINED
from networkcircles.services.event_occurrences import REMINDER_DAYS as REMINDER_DAYS
from networkcircles.services.event_occurrences import UPCOMING_DAYS as UPCOMING_DAYS
from networkcircles.services.event_occurrences import Occurrence as Occurrence
from networkcircles.services.event_occurrences import Reminder as Reminder
from networkcircles.services.event_occurrences import days_with_events as days_with_events
from networkcircles.services.event_occurrences import due_reminders as due_reminders
from networkcircles.services.event_occurrences import expand as expand
from networkcircles.services.event_occurrences import given_by_rule
from networkcircles.services.event_occurrences import occurrences as occurrences
from networkcircles.services.event_occurrences import reminder_history as reminder_history
from networkcircles.services.event_occurrences import upcoming as upcoming
from networkcircles.services.event_rule_parts import RuleParts as RuleParts
from networkcircles.services.event_rule_parts import parts_of_rule as parts_of_rule
from networkcircles.services.event_rule_parts import rule_parts as rule_parts
from networkcircles.services.values import plain_text
from networkcircles.store import event_queries, sync_links
from networkcircles.store.db import db
from networkcircles.store.event_queries import ExceptionRow
from networkcircles.store.models import Attendance, Contact, Event, EventException, Organization
from networkcircles.values import (
    Check,
    Choice,
    Flag,
    Moment,
    Text,
    amount,
    cleaned,
)

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


# -- checking and writing --------------------------------------------------------------------


def _timezone(name: str, value: Any) -> str:
    zone_name = plain_text(value).strip()
    zone_name = "UTC" if zone_name in _UTC_NAMES else zone_name
    if zone_name and _zone(zone_name) is None:
        raise InvalidEvent(name, "not_time_zone", value=zone_name)
    return zone_name


def _organizer(name: str, value: Any) -> Any:
    if value is not None and (
        isinstance(value, bool)
        or not Organization.select().where(Organization.id == value).exists()
    ):
        raise InvalidEvent(name, "no_organisation", value=value)
    return value


# How each field of an event is checked (networkcircles/values.py); the rest is text as given.
_CHECKS: dict[str, Check] = {
    **dict.fromkeys(EVENT_FIELDS, Text(strip=False)),
    "title": Text(required="event_needs_title"),  # inner spacing is the user's
    "starts_at": Moment(required="event_needs_start"),
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
        raise InvalidEvent("ends_at", "ends_before_start")
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


# The fields that decide which occurrences a series has.
_RULE_FIELDS = ("starts_at", "all_day", "timezone", "recurrence")


@dataclass(frozen=True)
class DroppedParts:
    """What an edit of a series' rule took away because it no longer falls on an occurrence:
    changed occurrences and who was met at one, each as it was before the edit, so undo
    (put_back) can return them exactly."""

    exceptions: tuple[ExceptionRow, ...] = ()
    attendances: tuple[tuple[int, str, str], ...] = ()  # (contact id, status, occurrence)

    def __bool__(self) -> bool:
        return bool(self.exceptions or self.attendances)

    def contacts(self) -> list[int]:
        """Whoever was met at a dropped occurrence, each once, in id order."""
        return sorted({contact_id for contact_id, _status, _occurrence in self.attendances})


def update_event(
    event_id: int, changes: dict[str, Any], skipped_follow: bool = True
) -> DroppedParts:
    """Change an event. A changed rule (or start) keeps each changed occurrence and each
    record of who was met that still falls on an occurrence, moved with the series, and
    drops the others, as calendar programs do; returns what it dropped (see put_back).
    A series moved to another start takes its skipped dates (EXDATE) along, unless the
    change sets them itself or `skipped_follow` is False (a sync writes the server's own)."""
    clean = _clean(changes)
    with db.atomic():
        event = Event.get_or_none(Event.id == event_id)
        if event is None:
            raise UnknownEvent(event_id)
        merged = {
            name: getattr(event, name)
            for name in ("starts_at", "ends_at", "all_day", "timezone", "recurrence")
        }
        merged["starts_at"] = stored_moment("starts_at", merged["starts_at"])
        merged["ends_at"] = stored_moment("ends_at", merged["ends_at"])
        old = {name: merged[name] for name in _RULE_FIELDS}
        merged.update(clean)
        _check_whole(merged)
        clean.update(merged)  # _check_whole may have normalised times of an all-day event
        if all(old[name] == merged[name] for name in _RULE_FIELDS):
            Event.update(clean).where(Event.id == event_id).execute()
            return DroppedParts()
        shift = merged["starts_at"] - old["starts_at"]
        moves = bool(old["recurrence"] and merged["recurrence"] and shift)
        if moves and skipped_follow and clean.get("excluded", event.excluded) == event.excluded:
            clean["excluded"] = _shifted_dates(event.excluded, shift)
        before = event_queries.event_row(event_id)
        attendances = event_queries.attendance_rows(event_id)
        Event.update(clean).where(Event.id == event_id).execute()
        return _follow_the_series(
            event_id,
            before.exceptions if before is not None else (),
            attendances,
            (old["starts_at"], old["recurrence"]),
            (merged["starts_at"], merged["recurrence"]),
        )


def _shifted_dates(excluded: str, shift: timedelta) -> str:
    """Skipped dates (as Event.excluded keeps them) moved by `shift`, as the series' changed
    occurrences are: otherwise a moved series would bring back the dates it skipped. A text
    that is not a date is kept as it is."""
    moved = []
    for text in excluded.split(","):
        try:
            moved.append(occurrence_key(datetime.fromisoformat(text.strip()) + shift))
        except ValueError:
            moved.append(text)
    return ",".join(moved) if excluded else excluded


def dropped_by(event_id: int, changes: dict[str, Any]) -> DroppedParts:
    """What update_event(event_id, changes) would drop, changing nothing: for asking first.
    Raises as update_event does."""
    with db.atomic() as transaction:
        try:
            return update_event(event_id, changes)
        finally:
            transaction.rollback()


def _where_they_go(
    old_start: datetime, old_rule: str, new_start: datetime, new_rule: str
) -> Callable[[str], str]:
    """Where _follow_the_series takes an occurrence (named as models.Attendance names it)."""
    if old_rule and new_rule and new_start != old_start:
        shift = new_start - old_start
        return lambda key: occurrence_key(datetime.fromisoformat(key) + shift) if key else key
    if not old_rule and new_rule:
        return lambda key: occurrence_key(new_start) if key == "" else key
    if old_rule and not new_rule:
        return lambda key: "" if key == occurrence_key(old_start) else key
    return lambda key: key


def put_back(event_id: int, dropped: DroppedParts) -> None:
    """Return what an edit dropped (update_event), once the edit itself is undone."""
    with db.atomic():
        for exception in dropped.exceptions:
            write_exception(event_id, exception)
        for contact_id, status, occurrence in dropped.attendances:
            if Contact.select().where(Contact.id == contact_id).exists():
                Attendance.insert(
                    event=event_id, contact=contact_id, status=status, occurrence=occurrence
                ).on_conflict_ignore().execute()


def _follow_the_series(
    event_id: int,
    exceptions: tuple[ExceptionRow, ...],
    attendances: list[tuple[int, str, str]],
    old: tuple[datetime, str],
    new: tuple[datetime, str],
) -> DroppedParts:
    """Keep changed occurrences and who was met with their occurrence when the series
    changes (start, rule): a moved start moves them by as much; an event that starts (or
    stops) repeating hands its one occurrence's people to the first occurrence (or back).
    Those that then fall on no occurrence of the series are dropped: returned as they were
    before the change (`exceptions`, `attendances`)."""
    (old_start, old_rule), (new_start, new_rule) = old, new
    shift = new_start - old_start if old_rule and new_rule else timedelta()
    moved = _where_they_go(old_start, old_rule, new_start, new_rule)
    row = event_queries.event_row(event_id)
    after = {x: x.original_start + shift for x in exceptions}
    met = {a: moved(a[2]) for a in attendances}
    candidates = {datetime.fromisoformat(k) for k in met.values() if k} | set(after.values())
    given = given_by_rule(row, candidates) if row is not None else set()
    kept = {occurrence_key(start) for start in given}
    if not new_rule:
        kept.add("")  # a one-off event's one occurrence
    dropped = DroppedParts(
        tuple(x for x, start in after.items() if start not in given),
        tuple(a for a, key in met.items() if key not in kept),
    )
    for exception in dropped.exceptions:
        EventException.delete().where(
            (EventException.event == event_id)
            & (EventException.original_start == exception.original_start)
        ).execute()
    for contact_id, _status, occurrence in dropped.attendances:
        Attendance.delete().where(
            (Attendance.event == event_id)
            & (Attendance.occurrence == occurrence)
            & (Attendance.contact == contact_id)
        ).execute()
    # Latest first when the series moves later (earliest first when earlier), so that none
    # lands on the place of one not moved yet (each occurrence is there once).
    later = shift > timedelta()
    gone_exceptions, gone_attendances = set(dropped.exceptions), set(dropped.attendances)
    for exception in sorted(after, key=lambda x: x.original_start, reverse=later):
        if exception not in gone_exceptions and after[exception] != exception.original_start:
            EventException.update(original_start=after[exception]).where(
                (EventException.event == event_id)
                & (EventException.original_start == exception.original_start)
            ).execute()
    for attendance in sorted(met, key=lambda a: a[2], reverse=later):
        contact_id, _status, occurrence = attendance
        if attendance not in gone_attendances and met[attendance] != occurrence:
            Attendance.update(occurrence=met[attendance]).where(
                (Attendance.event == event_id)
                & (Attendance.occurrence == occurrence)
                & (Attendance.contact == contact_id)
            ).execute()
    return dropped


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
    sync_links: tuple[int, ...] = ()  # its SyncItem rows: undo ties them back (no duplicate)


def delete_event(event_id: int) -> EventSnapshot:
    """Delete an event; a series goes with its changed occurrences and who was met at each."""
    with db.atomic():
        row = event_queries.event_row(event_id)
        saved = EventSnapshot(
            event_id,
            fields_of(event_id),
            tuple(event_queries.attendance_rows(event_id)),
            row.exceptions if row is not None else (),
            sync_links.links("event", event_id),
        )
        Event.delete().where(Event.id == event_id).execute()
    return saved


def restore_event(saved: EventSnapshot) -> int:
    with db.atomic():
        Event.insert(id=saved.event_id, **saved.fields).execute()
        for exception in saved.exceptions:
            write_exception(saved.event_id, exception)
        for contact_id, status, occurrence in saved.attendances:
            if Contact.select().where(Contact.id == contact_id).exists():
                Attendance.insert(
                    event=saved.event_id, contact=contact_id, status=status, occurrence=occurrence
                ).on_conflict_ignore().execute()
        sync_links.relink("event", saved.event_id, saved.sync_links)
    return saved.event_id


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
