"""Events in and out as iCalendar (RFC 5545), through the `icalendar` library.

`read_calendar` reads a whole .ics file (Google Calendar, Outlook, Meetup, Eventbrite) into
`EventDraft`s or raises `ImportRejected`: a file with one broken event imports nothing.
`calendar_text` writes our events as one calendar those programs read, with the time
zones they use, and which `read_calendar` reads back to the same events.
"""

import re
import warnings as python_warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

import icalendar
from icalendar.cal import Component
from icalendar.error import GloballyUniqueTZIDGuessed
from icalendar.timezone import tzid_from_tzinfo, tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from networkcircles.interchange.event_rules import (
    KINDS,
    STATUSES,
    SUB_DAILY,
    EventDraft,
    InvalidEvent,
    check_rule,
    rule_frequency,
    to_stored,
    wall_time,
)
from networkcircles.interchange.exporting import write_atomically
from networkcircles.interchange.reading import DecodedText, read_folded, read_folded_bytes
from networkcircles.interchange.records import FileWarning, ImportRejected
from networkcircles.store.event_queries import EventRow, ExceptionRow, event_rows

PRODID = "-//networkcircles//networkcircles//EN"
# Our own fields, which other programs keep and ignore (RFC 5545 3.8.8.2).
KIND_PROPERTY = "X-NETWORKCIRCLES-KIND"
STATUS_PROPERTY = "X-NETWORKCIRCLES-STATUS"
COST_PROPERTY = "X-NETWORKCIRCLES-COST"
ORGANIZER_PROPERTY = "X-NETWORKCIRCLES-ORGANIZER"

# Properties an event (or the time zone it names) is made of: one of these over
# MAX_FIELD_BYTES refuses the file; any other (an attachment, an HTML description) is skipped.
KEPT_PROPERTIES = frozenset(
    {
        "BEGIN",
        "END",
        "VERSION",
        "SUMMARY",
        "DTSTART",
        "DTEND",
        "DURATION",
        "RRULE",
        "RDATE",
        "EXDATE",
        "RECURRENCE-ID",
        "LOCATION",
        "URL",
        "DESCRIPTION",
        "STATUS",
        "UID",
        "ORGANIZER",
        "TZID",
        "TZOFFSETFROM",
        "TZOFFSETTO",
        "TZNAME",
        KIND_PROPERTY,
        STATUS_PROPERTY,
        COST_PROPERTY,
        ORGANIZER_PROPERTY,
    }
)
_EVENT_START = re.compile(r"^[ \t]*BEGIN:VEVENT[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_EVERY = {"SECONDLY": "second", "MINUTELY": "minute", "HOURLY": "hour"}

_KIND_WORDS = (
    ("job_club", ("job club", "jobclub")),
    ("career_fair", ("career fair", "job fair", "hiring fair", "career expo")),
    ("webinar", ("webinar", "online session", "zoom", "livestream")),
    ("association", ("association", "chapter meeting", "members meeting", "institute")),
    ("networking", ("networking", "meetup", "mixer", "breakfast", "happy hour")),
)


@dataclass(slots=True)
class ParsedCalendar:
    path: Path
    format: str  # "icalendar"
    drafts: list[EventDraft]
    warnings: list[FileWarning] = field(default_factory=list)


def guess_kind(title: str) -> str:
    lowered = title.casefold()
    for kind, words in _KIND_WORDS:
        if any(word in lowered for word in words):
            return kind
    return "other"


def _zone_name(moment: datetime) -> str:
    """The IANA name for an aware time's zone ("" if none can be told: stored as UTC)."""
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone.key
    if (
        moment.utcoffset() == timedelta(0)
        and zone is not None
        and (str(zone.tzname(moment)).upper() in ("UTC", "Z", "GMT"))
    ):
        return "UTC"
    candidates = []
    name = tzid_from_tzinfo(zone) if zone is not None else None
    if name:
        candidates.append(name)
    candidates.append(str(getattr(zone, "_tzid", "") or ""))
    for candidate in candidates:
        for text in (candidate, WINDOWS_TO_OLSON.get(candidate, ""), *_olson_tails(candidate)):
            if (text and "/" in text) or text == "UTC":
                try:
                    return ZoneInfo(text).key
                except (ValueError, KeyError, OSError):
                    continue
    return ""


def _olson_tails(tzid: str) -> list[str]:
    """The IANA names a vendor-prefixed ("globally unique", RFC 5545 3.2.19) TZID may end
    in, longest first: "/softwarestudio.org/Olson_20011030_5/America/Chicago" gives
    "Olson_20011030_5/America/Chicago", "America/Chicago", "Chicago"."""
    parts = tzid.strip("/").split("/")
    return ["/".join(parts[start:]) for start in range(1, len(parts))] if tzid[:1] == "/" else []


def _utc(value: datetime) -> datetime:
    """An aware time as naive UTC. A zone a file defines itself under a name we map to an
    IANA zone (Windows and vendor-prefixed names) is read as wall time in that IANA zone,
    the zone the event keeps from now on."""
    name = _zone_name(value)
    if name and name != "UTC" and not isinstance(value.tzinfo, ZoneInfo):
        return to_stored(value.replace(tzinfo=None), name)
    return value.astimezone(UTC).replace(tzinfo=None)


def _stored(value: datetime | date) -> tuple[datetime, bool, str]:
    """(stored start, all day, zone name) for an iCalendar date or date-time."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time()), True, ""
    if value.tzinfo is None:
        return value, False, ""  # floating time
    return _utc(value), False, _zone_name(value) or "UTC"


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _event_lines(text: str) -> list[int]:
    """The line (1-based) of `text` where each VEVENT begins, in order."""
    lines, line, position = [], 1, 0
    for found in _EVENT_START.finditer(text):
        line += text.count("\n", position, found.start())
        position = found.start()
        lines.append(line)
    return lines


def _rule_text(component: Component) -> str:
    rules = component.get("RRULE")
    if rules is None:
        return ""
    if isinstance(rules, list):
        rules = rules[0]
    return str(rules.to_ical().decode("ascii"))


def _in_gregorian(rule: str) -> tuple[str, str]:
    """RFC 7529: a rule may name the calendar it counts in. The Gregorian one, skipping
    invalid dates (SKIP=OMIT, the RFC 5545 behaviour), is what we expand: the rule without
    those parts, and "". Any other calendar or SKIP: no rule, and why, in words."""
    parts = [part for part in rule.split(";") if part]
    named = {k.upper(): v.upper() for k, _, v in (part.partition("=") for part in parts)}
    scale, skip = named.get("RSCALE"), named.get("SKIP", "OMIT")
    if scale is None:
        return rule, ""
    if scale != "GREGORIAN":
        return "", f"repeats by the {scale.title()} calendar, which networkcircles cannot follow"
    if skip != "OMIT":
        return "", f"moves dates a month lacks (SKIP={skip}), which networkcircles cannot follow"
    return ";".join(p for p in parts if p.partition("=")[0].upper() not in ("RSCALE", "SKIP")), ""


def _in_frame(value: datetime | date, all_day: bool, zone_name: str) -> datetime:
    """An EXDATE or RECURRENCE-ID value as the series stores its own starts: midnight for
    an all-day series, naive UTC for one with a zone, wall time for a floating one."""
    if not isinstance(value, datetime) or all_day:
        day = value.date() if isinstance(value, datetime) else value
        return datetime.combine(day, time())
    if value.tzinfo is None:
        return to_stored(value, zone_name) if zone_name else value
    if not zone_name:
        return value.replace(tzinfo=None)  # a floating series: the wall time it names
    return _utc(value)


def _exdates(component: icalendar.Event, all_day: bool, zone_name: str) -> list[str]:
    return [_in_frame(v, all_day, zone_name).isoformat(sep=" ") for v in component.exdates]


def _times(component: icalendar.Event) -> tuple[datetime, datetime | None, bool, str]:
    """(stored start, stored end or None, all day, zone name) of a VEVENT."""
    start_value = component.start  # raises for a missing or broken DTSTART
    starts_at, all_day, zone_name = _stored(start_value)
    end_value = component.end  # DTEND, or DTSTART + DURATION, or RFC 5545's defaults
    ends_at = None
    if end_value is not None and (component.get("DTEND") or component.get("DURATION") or all_day):
        ends_at, _, _ = _stored(end_value)
        if isinstance(end_value, datetime) and end_value.tzinfo is None and zone_name:
            ends_at = to_stored(end_value, zone_name)
    if all_day and ends_at is None:
        ends_at = starts_at + timedelta(days=1)
    return starts_at, ends_at, all_day, zone_name


def _status(component: Component) -> str:
    status = _text(component, STATUS_PROPERTY)
    if status in STATUSES:
        return status
    return "skipped" if _text(component, "STATUS").upper() == "CANCELLED" else "planned"


def _organizer(component: Component) -> str:
    organizer = _text(component, ORGANIZER_PROPERTY)
    found = component.get("ORGANIZER")
    if not organizer and found is not None:
        found = found[0] if isinstance(found, list) else found
        organizer = str(found.params.get("CN", "")).strip()
    return organizer


def _place_and_notes(component: Component) -> tuple[str, str]:
    location = _text(component, "LOCATION") or _text(component, "URL")
    notes = _text(component, "DESCRIPTION")
    url = _text(component, "URL")
    if url and url != location and url not in notes:
        notes = f"{notes}\n{url}".strip()
    return location, notes


def _repeats(
    component: icalendar.Event,
    start: datetime,
    all_day: bool,
    zone_name: str,
    dropped: list[tuple[str, str]],
) -> tuple[str, str]:
    """(RRULE value, EXDATE starts) we keep; a rule we cannot follow goes to `dropped`."""
    written = _rule_text(component)
    recurrence, why = _in_gregorian(written)
    excluded = ",".join(_exdates(component, all_day, zone_name)) if recurrence else ""
    if rule_frequency(recurrence) in SUB_DAILY:
        why = (
            f"repeats every {_EVERY[rule_frequency(recurrence)]}; networkcircles keeps "
            "repeats of a day or more"
        )
        recurrence = excluded = ""
    if why:
        dropped.append((written, why))
    if recurrence:
        check_rule(recurrence, start)
    return recurrence, excluded


def _draft(component: icalendar.Event, line: int, dropped: list[tuple[str, str]]) -> EventDraft:
    """The event a VEVENT describes. A repeat rule we do not keep (more often than daily, or
    in another calendar than the Gregorian) is left out, the event kept as its first
    occurrence, and (the rule, why) added to `dropped`."""
    starts_at, ends_at, all_day, zone_name = _times(component)
    title = _text(component, "SUMMARY") or "(no title)"
    kind = _text(component, KIND_PROPERTY)
    cost_text = _text(component, COST_PROPERTY)
    location, notes = _place_and_notes(component)
    recurrence, excluded = _repeats(component, starts_at, all_day, zone_name, dropped)
    return EventDraft(
        title=title,
        starts_at=starts_at,
        ends_at=ends_at,
        all_day=all_day,
        timezone=zone_name,
        recurrence=recurrence,
        excluded=excluded,
        location=location,
        kind=kind if kind in KINDS else guess_kind(title),
        notes=notes,
        cost=float(cost_text) if re.fullmatch(r"\d+(\.\d+)?", cost_text) else 0.0,
        status=_status(component),
        uid=_text(component, "UID"),
        organizer_name=_organizer(component),
        line=line,
    )


# Calendar components some files hold at the top level, with no VCALENDAR round them.
_LOOSE = ("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM")


@dataclass(slots=True)
class _Override:
    """A VEVENT with RECURRENCE-ID: one occurrence of a series, changed or cancelled."""

    draft: EventDraft
    recurrence_id: datetime | date
    cancelled: bool
    number: int


def _calendars(path: Path, text: str, warnings: list[FileWarning]) -> list[Component]:
    """The file's top-level components, or ImportRejected when it is no calendar at all."""
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)  # one after another
    except (ValueError, IndexError, KeyError) as error:
        raise ImportRejected(path, None, f"not an iCalendar file ({_short(error)})") from None
    if not calendars:
        raise ImportRejected(path, None, "not an iCalendar file")
    for calendar in calendars:
        if calendar.name not in ("VCALENDAR", *_LOOSE):
            raise ImportRejected(path, 1, f"not an iCalendar file (it is a {calendar.name})")
    loose = sorted({c.name for c in calendars if c.name != "VCALENDAR"})
    if loose:  # RFC 5545's examples pasted one after another: events all the same
        warnings.append(
            FileWarning(
                path,
                None,
                f"{', '.join(loose)} outside a VCALENDAR, read as if inside one",
                "loose-component",
            )
        )
    return list(calendars)


def _check_errors(
    path: Path, line: int, number: int, component: Component, warnings: list[FileWarning]
) -> None:
    """A broken property we keep refuses the file; one we do not keep is a warning."""
    for name, reason in component.errors:
        if not name or str(name).upper() in KEPT_PROPERTIES:  # no name: the event itself
            where = f"{name}: " if name else ""
            raise ImportRejected(path, line, f"event {number}: {where}{reason}")
        warnings.append(
            FileWarning(
                path,
                line,
                f"event {number}: its {name} cannot be "
                f"read ({_short(Exception(reason))}) and was skipped",
                "malformed-value",
            )
        )


def _read_event(
    path: Path, line: int, number: int, component: icalendar.Event, warnings: list[FileWarning]
) -> EventDraft:
    _check_errors(path, line, number, component, warnings)
    empty = [
        name
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID")
        if str(getattr(component.get(name), "params", {}).get("TZID", "x")).strip() == ""
    ]
    if empty:  # Exchange writes TZID= at times
        warnings.append(
            FileWarning(
                path,
                line,
                f"event {number}: its {' and '.join(empty)} "
                "names no time zone (TZID is empty); read as local time "
                "wherever you are",
                "empty-tzid",
            )
        )
    dropped: list[tuple[str, str]] = []
    try:
        draft = _draft(component, line, dropped)
    except InvalidEvent as error:
        raise ImportRejected(path, line, f"event {number}: {error.reason}") from None
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise ImportRejected(path, line, f"event {number}: {_short(error)}") from None
    if draft.ends_at is not None and draft.ends_at < draft.starts_at:
        raise ImportRejected(path, line, f"event {number}: it ends before it starts")
    for rule, why in dropped:
        warnings.append(
            FileWarning(
                path,
                line,
                f"event {number} {why} ({rule}), so it is imported once, without its repeat rule",
                "dropped-rule",
            )
        )
    return draft


@contextmanager
def _zones_of_this_file() -> Iterator[None]:
    """The time zones a file defines apply to that file only: icalendar keeps the VTIMEZONEs
    it parses in one cache for the whole process (a zone named "Office" in one file would
    change the times of the next), so the cache starts empty and is emptied again after.
    Its warning about guessing a vendor-prefixed TZID is not printed: we map those names
    ourselves (_olson_tails)."""
    tzp.use(tzp.name)  # the same provider, an empty cache
    try:
        with python_warnings.catch_warnings():
            python_warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            yield
    finally:
        tzp.use(tzp.name)


def read_calendar(path: Path | str, data: bytes | None = None) -> ParsedCalendar:
    """Every event of an .ics file (or of `data`, named `path`), or ImportRejected saying
    which event is broken and why. A changed occurrence (RECURRENCE-ID) is kept with its
    series in the draft's `exceptions`."""
    path = Path(path)
    decoded = (
        read_folded(path, "VEVENT", KEPT_PROPERTIES)
        if data is None
        else read_folded_bytes(data, path, "VEVENT", KEPT_PROPERTIES)
    )
    with _zones_of_this_file():
        return _read_decoded(path, decoded)


def _read_decoded(path: Path, decoded: DecodedText) -> ParsedCalendar:
    warnings = decoded.warnings
    calendars = _calendars(path, decoded.text, warnings)
    components = [
        cast(icalendar.Event, event) for calendar in calendars for event in calendar.walk("VEVENT")
    ]
    if not components:
        raise ImportRejected(path, None, "the calendar holds no events", "empty")
    drafts: list[EventDraft] = []
    numbers: list[int] = []  # each draft's place among the file's events, for messages
    overrides: list[_Override] = []
    starts = _event_lines(decoded.text)
    for number, component in enumerate(components, start=1):
        line = decoded.file_line(starts[number - 1]) if number <= len(starts) else 1
        draft = _read_event(path, line, number, component, warnings)
        if component.get("RECURRENCE-ID") is not None:
            cancelled = (  # our own "skipped" occurrence says so: it still happened
                _text(component, "STATUS").upper() == "CANCELLED"
                and component.get(STATUS_PROPERTY) is None
            )
            recurrence_id = component.decoded("RECURRENCE-ID")
            overrides.append(_Override(draft, recurrence_id, cancelled, number))
        else:
            drafts.append(draft)
            numbers.append(number)
    _tell_apart_shared_uids(path, drafts, numbers, warnings)
    _apply_overrides(path, drafts, overrides, warnings)
    return ParsedCalendar(path, "icalendar", drafts, warnings)


def read_calendar_bytes(data: bytes, name: str = "calendar.ics") -> ParsedCalendar:
    """`read_calendar` of bytes held in memory (a server's copy), named `name` in messages."""
    return read_calendar(Path(name), data)


def _tell_apart_shared_uids(
    path: Path, drafts: list[EventDraft], numbers: list[int], warnings: list[FileWarning]
) -> None:
    """Two events of one file with one UID and no RECURRENCE-ID are two events: both kept,
    the later ones under a UID of their own (the same on every import of the file)."""
    seen: dict[str, int] = {}
    for number, draft in zip(numbers, drafts, strict=True):
        if not draft.uid:
            continue
        count = seen.get(draft.uid, 0) + 1
        seen[draft.uid] = count
        if count > 1:
            warnings.append(
                FileWarning(
                    path,
                    draft.line,
                    f"event {number} has the UID of an earlier event; both are kept",
                    "shared-uid",
                )
            )
            draft.uid = f"{draft.uid}#{count}"


def _exception(series: EventDraft, change: _Override) -> ExceptionRow:
    """A RECURRENCE-ID component as an exception of its series, in the series' frame of
    times; fields equal to the series' are left to it (None)."""
    original = _in_frame(change.recurrence_id, series.all_day, series.timezone)
    if change.cancelled:
        return ExceptionRow(original, cancelled=True)
    draft = change.draft
    start, end = draft.starts_at, draft.ends_at
    if series.all_day:
        start = datetime.combine(start.date(), time())
        end = datetime.combine(end.date(), time()) if end else None
    elif series.timezone and not draft.timezone:  # a floating change of a zoned series
        start, end = to_stored(start, series.timezone), end and to_stored(end, series.timezone)
    elif draft.timezone and not series.timezone:  # a zoned change of a floating series
        start, end = wall_time(start, draft.timezone), end and wall_time(end, draft.timezone)
    length = series.ends_at - series.starts_at if series.ends_at is not None else None
    moved = start != original or (end != (original + length if length is not None else None))

    def changed(mine: str, theirs: str) -> str | None:
        return mine if mine != theirs else None

    return ExceptionRow(
        original,
        False,
        start if moved else None,
        end if moved else None,
        changed(draft.title, series.title),
        changed(draft.location, series.location),
        changed(draft.notes, series.notes),
        changed(draft.status, series.status),
    )


def _apply_overrides(
    path: Path,
    drafts: list[EventDraft],
    overrides: list[_Override],
    warnings: list[FileWarning],
) -> None:
    """Each changed occurrence joins its series as an exception. One whose series is not in
    the file is kept as an event of its own, with a warning."""
    by_uid: dict[str, EventDraft] = {}
    for draft in drafts:
        by_uid.setdefault(draft.uid, draft)
    for change in overrides:
        series = by_uid.get(change.draft.uid) if change.draft.uid else None
        if series is not None and series.recurrence:
            series.exceptions.append(_exception(series, change))
            continue
        moment = change.recurrence_id
        stamp = moment.strftime("%Y%m%dT%H%M%S" if isinstance(moment, datetime) else "%Y%m%d")
        what = (
            "cancels one occurrence of a repeating event that is not in the file, so "
            "there is nothing to cancel"
            if change.cancelled
            else "changes one occurrence "
            "of a repeating event that is not in the file; it is imported as an event "
            "of its own"
        )
        warnings.append(
            FileWarning(path, change.draft.line, f"event {change.number} {what}", "lone-occurrence")
        )
        change.draft.uid = f"{change.draft.uid}/{stamp}"
        if not change.cancelled:
            drafts.append(change.draft)


def _short(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text if len(text) <= 160 else text[:157] + "…"


# -- writing -----------------------------------------------------------------------------------


def _moment(stored: datetime, row: EventRow) -> datetime | date:
    if row.all_day:
        return stored.date()
    if not row.timezone:
        return stored  # floating stays floating
    if row.timezone == "UTC":
        return stored.replace(tzinfo=UTC)
    return wall_time(stored, row.timezone).replace(tzinfo=ZoneInfo(row.timezone))


def _event_component(row: EventRow, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", row.uid or f"event-{row.id}@networkcircles")
    event.add("DTSTAMP", stamp)
    event.add("SUMMARY", row.title)
    event.add("DTSTART", _moment(row.starts_at, row))
    if row.ends_at is not None:
        event.add("DTEND", _moment(row.ends_at, row))
    if row.recurrence:
        event.add("RRULE", icalendar.vRecur.from_ical(row.recurrence.removeprefix("RRULE:")))
    for text in row.excluded.split(","):
        if text.strip():
            event.add("EXDATE", _moment(datetime.fromisoformat(text.strip()), row))
    if row.location:
        event.add("LOCATION", row.location)
        if row.location.startswith(("http://", "https://")):
            event.add("URL", row.location)
    if row.notes:
        event.add("DESCRIPTION", row.notes)
    if row.status == "skipped":
        event.add("STATUS", "CANCELLED")
    else:
        event.add("STATUS", "CONFIRMED")
    event.add("CATEGORIES", [row.kind.replace("_", " ")])
    event.add(KIND_PROPERTY, row.kind)
    event.add(STATUS_PROPERTY, row.status)
    if row.cost:
        event.add(COST_PROPERTY, f"{row.cost:g}")
    if row.organizer_name:
        event.add(ORGANIZER_PROPERTY, row.organizer_name)
    return event


def _exception_component(
    row: EventRow, exception: ExceptionRow, stamp: datetime
) -> icalendar.Event:
    """One changed or cancelled occurrence: a VEVENT with the series' UID and RECURRENCE-ID."""
    event = icalendar.Event()
    event.add("UID", row.uid or f"event-{row.id}@networkcircles")
    event.add("DTSTAMP", stamp)
    event.add("RECURRENCE-ID", _moment(exception.original_start, row))
    start = exception.starts_at or exception.original_start
    end = exception.ends_at if exception.starts_at is not None else None
    if end is None and row.ends_at is not None:
        end = start + (row.ends_at - row.starts_at)
    event.add("SUMMARY", exception.title if exception.title is not None else row.title)
    event.add("DTSTART", _moment(start, row))
    if end is not None and not exception.cancelled:
        event.add("DTEND", _moment(end, row))
    if exception.cancelled:
        event.add("STATUS", "CANCELLED")
        return event
    location = exception.location if exception.location is not None else row.location
    notes = exception.notes if exception.notes is not None else row.notes
    status = exception.status or row.status
    if location:
        event.add("LOCATION", location)
    if notes:
        event.add("DESCRIPTION", notes)
    event.add("STATUS", "CANCELLED" if status == "skipped" else "CONFIRMED")
    event.add(STATUS_PROPERTY, status)
    return event


def calendar_text(rows: list[EventRow], stamp: datetime | None = None) -> str:
    """One VCALENDAR with a VTIMEZONE for each zone used, CRLF line ends, folded lines."""
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", "networkcircles events")
    for row in rows:
        calendar.add_component(_event_component(row, stamp))
        if row.recurrence:
            for exception in row.exceptions:
                calendar.add_component(_exception_component(row, exception, stamp))
    calendar.add_missing_timezones()
    return str(calendar.to_ical().decode("utf-8"))


def export_calendar(path: Path | str) -> int:
    """Write every event to `path` (atomically, CRLF kept); return how many."""
    rows = event_rows()
    write_atomically(Path(path), calendar_text(rows))
    return len(rows)
