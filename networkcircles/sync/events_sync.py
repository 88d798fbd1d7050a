"""Events both ways with a CalDAV calendar: the event half of twoway.TwoWaySync.

Each calendar object on the server is read by the project's iCalendar reader
(interchange.ical.read_calendar_bytes) and written by its writer
(interchange.ical.calendar_text). An event changed here replaces only the properties of the
fields that changed inside the server's own VEVENT, so alarms, attendees and whatever else
another program keeps there stay. A recurring event syncs as its series with its changed
occurrences (the VEVENTs with RECURRENCE-ID in the same object): they compare and merge as
one field, `exceptions`, and when it changed here they are written anew.
"""

import json
from datetime import datetime
from typing import Any

import icalendar
from icalendar.cal import Component

from networkcircles.interchange.ical import (
    COST_PROPERTY,
    KIND_PROPERTY,
    ORGANIZER_PROPERTY,
    STATUS_PROPERTY,
    calendar_text,
    read_calendar_bytes,
)
from networkcircles.interchange.records import ImportRejected
from networkcircles.services import events
from networkcircles.services.events import EventDraft
from networkcircles.store import event_queries
from networkcircles.store.event_queries import EventRow, ExceptionRow
from networkcircles.sync.dav import EVENTS
from networkcircles.sync.twoway import Adapter, Fields

FIELDS = (
    "title",
    "kind",
    "starts_at",
    "ends_at",
    "all_day",
    "timezone",
    "recurrence",
    "excluded",
    "location",
    "notes",
    "cost",
    "status",
    "organizer",
    "exceptions",
)
# Ours alone (X-NETWORKCIRCLES-*): absent from the server's copy means "no opinion".
OWN_FIELDS = ("kind", "cost", "organizer")
_PROPERTIES = {
    "title": ("SUMMARY",),
    "kind": ("CATEGORIES", KIND_PROPERTY),
    "starts_at": ("DTSTART",),
    "ends_at": ("DTEND", "DURATION"),
    "all_day": ("DTSTART", "DTEND", "DURATION"),
    "timezone": ("DTSTART", "DTEND", "DURATION", "EXDATE"),
    "recurrence": ("RRULE",),
    "excluded": ("EXDATE",),
    "location": ("LOCATION", "URL"),
    "notes": ("DESCRIPTION",),
    "cost": (COST_PROPERTY,),
    "status": ("STATUS", STATUS_PROPERTY),
    "organizer": (ORGANIZER_PROPERTY,),
    "exceptions": (),
}
_LABELS = {
    "title": "title",
    "kind": "kind",
    "starts_at": "start",
    "ends_at": "end",
    "all_day": "all day",
    "timezone": "time zone",
    "recurrence": "repeats",
    "excluded": "skipped dates",
    "location": "place",
    "notes": "notes",
    "cost": "cost",
    "status": "status",
    "organizer": "organiser",
    "exceptions": "changed occurrences",
}


def _iso(value: datetime | None) -> str:
    return "" if value is None else value.isoformat(sep=" ")


def exceptions_text(exceptions: tuple[ExceptionRow, ...] | list[ExceptionRow]) -> str:
    """A series' changed occurrences as one comparable value ("" when none)."""
    if not exceptions:
        return ""
    ordered = sorted(exceptions, key=lambda x: x.original_start)
    return json.dumps(
        [
            [
                _iso(x.original_start),
                x.cancelled,
                _iso(x.starts_at),
                _iso(x.ends_at),
                x.title,
                x.location,
                x.notes,
                x.status,
            ]
            for x in ordered
        ],
        ensure_ascii=False,
    )


def _exceptions_of(text: str) -> list[ExceptionRow]:
    def moment(value: str) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    found = []
    for original, cancelled, start, end, title, place, notes, status in json.loads(text or "[]"):
        first = datetime.fromisoformat(original)
        found.append(
            ExceptionRow(
                first, bool(cancelled), moment(start), moment(end), title, place, notes, status
            )
        )
    return found


def row_fields(row: EventRow) -> Fields:
    return {
        "title": row.title,
        "kind": row.kind,
        "starts_at": _iso(row.starts_at),
        "ends_at": _iso(row.ends_at),
        "all_day": row.all_day,
        "timezone": row.timezone,
        "recurrence": row.recurrence,
        "excluded": row.excluded,
        "location": row.location,
        "notes": row.notes,
        "cost": row.cost,
        "status": row.status,
        "organizer": row.organizer_name,
        "exceptions": exceptions_text(row.exceptions),
        "_uid": row.uid,
    }


def _master(calendar: icalendar.Calendar) -> Component | None:
    for component in calendar.walk("VEVENT"):
        if component.get("RECURRENCE-ID") is None:
            return component
    return None


class EventsAdapter(Adapter):
    kind = EVENTS
    column = "event"
    token_column = "calendar_token"
    what = "events"
    fields = FIELDS
    own_fields = OWN_FIELDS
    labels = _LABELS
    _dropped = events.DroppedParts()  # what the last write's update_event dropped
    _last_written = 0

    def load_all(self) -> dict[int, tuple[object, Fields]]:
        return {row.id: (row, row_fields(row)) for row in event_queries.event_rows()}

    def load_one(self, item_id: int) -> Fields:
        row = event_queries.event_row(item_id)
        if row is None:
            raise events.UnknownEvent(item_id)
        return row_fields(row)

    def read(self, texts: dict[str, str]) -> dict[str, Fields | str]:
        found: dict[str, Fields | str] = {}
        for href, text in texts.items():
            try:
                drafts = read_calendar_bytes(text.encode("utf-8"), "item.ics").drafts
            except ImportRejected as rejected:
                found[href] = rejected.reason
                continue
            if not drafts:  # only a cancelled occurrence of a series we do not have
                found[href] = "the calendar object holds no event"
                continue
            found[href] = self._fields(drafts[0], text)
        return found

    @staticmethod
    def _fields(draft: EventDraft, text: str) -> Fields:
        unfolded = text.replace("\r\n ", "").replace("\n ", "").upper()

        def ours(name: str, value: object) -> object:
            return value if f"\n{name}" in unfolded or unfolded.startswith(name) else None

        organizer: str | None = draft.organizer_name
        if ORGANIZER_PROPERTY not in unfolded and "\nORGANIZER" not in unfolded:
            organizer = None
        return {
            "title": draft.title,
            "kind": ours(KIND_PROPERTY, draft.kind),
            "starts_at": _iso(draft.starts_at),
            "ends_at": _iso(draft.ends_at),
            "all_day": draft.all_day,
            "timezone": draft.timezone,
            "recurrence": draft.recurrence,
            "excluded": draft.excluded,
            "location": draft.location,
            "notes": draft.notes,
            "cost": ours(COST_PROPERTY, draft.cost),
            "status": draft.status,
            "organizer": organizer,
            "exceptions": exceptions_text(draft.exceptions),
            "_uid": draft.uid,
            "_kind": draft.kind,
        }

    def new_text(self, local: EventRow, fields: Fields, uid: str) -> str:
        return calendar_text([local])

    def updated_text(self, server: str, local: EventRow, fields: Fields, changed: Any) -> str:
        calendar = icalendar.Calendar.from_ical(server)
        theirs = _master(calendar)
        own = icalendar.Calendar.from_ical(calendar_text([local]))
        ours = _master(own)
        if theirs is None or ours is None:
            return calendar_text([local])
        names = {name for field in changed for name in _PROPERTIES[field]} | {"DTSTAMP"}
        for name in names:
            theirs.pop(name, None)
            if name in ours:
                theirs[name] = ours[name]
        if "exceptions" in changed:  # the changed occurrences as we hold them now
            calendar.subcomponents = [
                c
                for c in calendar.subcomponents
                if c.name != "VEVENT" or c.get("RECURRENCE-ID") is None
            ] + [c for c in own.walk("VEVENT") if c.get("RECURRENCE-ID") is not None]
        calendar.add_missing_timezones()
        return str(calendar.to_ical().decode("utf-8"))

    def write(self, item_id: int | None, fields: Fields, current: Fields | None) -> int:
        event_id = self._last_written = self._write_series(item_id, fields, current)
        wanted = fields.get("exceptions")
        # a moved series moves its exceptions here (services.events): the server's stand
        moved = current is not None and current.get("starts_at") != fields.get("starts_at")
        if wanted is not None and (current is None or current.get("exceptions") != wanted or moved):
            events.set_exceptions(event_id, _exceptions_of(str(wanted)))
        return event_id

    def _write_series(self, item_id: int | None, fields: Fields, current: Fields | None) -> int:
        values: dict[str, Any] = {}
        for name in FIELDS:
            if name == "exceptions":
                continue
            value = fields.get(name)
            if value is None or (current is not None and current.get(name) == value):
                continue
            if name in ("starts_at", "ends_at"):
                value = datetime.fromisoformat(str(value)) if value else None
            if name == "organizer":
                values["organizer"] = events.organization_id(str(value)) if value else None
                continue
            values[name] = value
        if item_id is None:
            if "kind" not in values and fields.get("_kind"):  # guessed from the title
                values["kind"] = fields["_kind"]
            title, starts = values.pop("title"), values.pop("starts_at")
            return events.create_event(title, starts, uid=fields.get("_uid") or "", **values)
        if values:
            self._dropped = events.update_event(item_id, values, skipped_follow=False)
        return item_id

    def take_dropped(self) -> int:
        """What the last write's new schedule left without an occurrence and dropped: the
        people met there, and changed occurrences the server's copy does not keep either."""
        dropped, self._dropped = self._dropped, events.DroppedParts()
        row = event_queries.event_row(self._last_written) if dropped else None
        kept = {x.original_start for x in row.exceptions} if row is not None else set()
        gone = [x for x in dropped.exceptions if x.original_start not in kept]
        return len(gone) + len(dropped.attendances)

    def delete(self, item_id: int) -> None:
        events.delete_event(item_id)

    def keys(self, fields: Fields) -> list[str]:
        return [f"uid:{fields['_uid']}"] if fields.get("_uid") else []

    def name(self, fields: Fields) -> str:
        return str(fields["title"])
