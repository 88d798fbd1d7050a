"""Events in and out as iCalendar (RFC 5545), through the `icalendar` library.

`read_calendar` reads a whole .ics file (Google Calendar, Outlook, Meetup, Eventbrite) into
`EventDraft`s or raises `ImportRejected`: a file with one broken event imports nothing.
`calendar_text` writes our events as one calendar those programs read, with the time
zones they use, and which `read_calendar` reads back to the same events.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from icalendar.timezone import tzid_from_tzinfo
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
from networkcircles.interchange.reading import read_folded
from networkcircles.interchange.records import FileWarning, ImportRejected
from networkcircles.store.event_queries import EventRow, event_rows

ICS_SUFFIXES = {".ics", ".ical", ".ifb", ".icalendar"}
PRODID = "-//networkcircles//networkcircles//EN"
# Our own fields, which other programs keep and ignore (RFC 5545 3.8.8.2).
KIND_PROPERTY = "X-NETWORKCIRCLES-KIND"
STATUS_PROPERTY = "X-NETWORKCIRCLES-STATUS"
COST_PROPERTY = "X-NETWORKCIRCLES-COST"
ORGANIZER_PROPERTY = "X-NETWORKCIRCLES-ORGANIZER"

# Properties an event (or the time zone it names) is made of: one of these over
# MAX_FIELD_BYTES refuses the file; any other (an attachment, an HTML description) is skipped.
KEPT_PROPERTIES = frozenset({
    "BEGIN", "END", "VERSION", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE",
    "EXDATE", "RECURRENCE-ID", "LOCATION", "URL", "DESCRIPTION", "STATUS", "UID", "ORGANIZER",
    "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", KIND_PROPERTY, STATUS_PROPERTY,
    COST_PROPERTY, ORGANIZER_PROPERTY,
})  # fmt: skip
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
        and getattr(zone, "tzname", None)
        and (str(zone.tzname(moment)).upper() in ("UTC", "Z", "GMT"))
    ):
        return "UTC"
    candidates = []
    name = tzid_from_tzinfo(zone) if zone is not None else None
    if name:
        candidates.append(name)
    candidates.append(str(getattr(zone, "_tzid", "") or ""))
    for candidate in candidates:
        for text in (candidate, WINDOWS_TO_OLSON.get(candidate, "")):
            if (text and "/" in text) or text == "UTC":
                try:
                    return ZoneInfo(text).key
                except (ValueError, KeyError, OSError):
                    continue
    return ""


def _stored(value: datetime | date) -> tuple[datetime, bool, str]:
    """(stored start, all day, zone name) for an iCalendar date or date-time."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time()), True, ""
    if value.tzinfo is None:
        return value, False, ""  # floating time
    name = _zone_name(value)
    return value.astimezone(UTC).replace(tzinfo=None), False, name or "UTC"


def _text(component, name: str) -> str:
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


def _rule_text(component) -> str:
    rules = component.get("RRULE")
    if rules is None:
        return ""
    if isinstance(rules, list):
        rules = rules[0]
    return rules.to_ical().decode("ascii")


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


def _exdates(component, all_day: bool, zone_name: str) -> list[str]:
    found = []
    for value in component.exdates:
        stored, _, _ = _stored(value)
        if all_day:
            stored = datetime.combine(
                value if not isinstance(value, datetime) else value.date(), time()
            )
        elif isinstance(value, datetime) and value.tzinfo is None and zone_name:
            stored = to_stored(value, zone_name)
        found.append(stored.isoformat(sep=" "))
    return found


def _draft(component, line: int, dropped: list[tuple[str, str]]) -> EventDraft:
    """The event a VEVENT describes. A repeat rule we do not keep (more often than daily, or
    in another calendar than the Gregorian) is left out, the event kept as its first
    occurrence, and (the rule, why) added to `dropped`."""
    start_value = component.start  # raises for a missing or broken DTSTART
    starts_at, all_day, zone_name = _stored(start_value)
    end_value = component.end  # DTEND, or DTSTART + DURATION, or RFC 5545's defaults
    ends_at = None
    if end_value is not None and (component.get("DTEND") or component.get("DURATION")
                                  or all_day):  # fmt: skip
        ends_at, _, _ = _stored(end_value)
        if isinstance(end_value, datetime) and end_value.tzinfo is None and zone_name:
            ends_at = to_stored(end_value, zone_name)
    if all_day and ends_at is None:
        ends_at = starts_at + timedelta(days=1)
    title = _text(component, "SUMMARY") or "(no title)"
    kind = _text(component, KIND_PROPERTY)
    status = _text(component, STATUS_PROPERTY)
    if status not in STATUSES:
        status = "skipped" if _text(component, "STATUS").upper() == "CANCELLED" else "planned"
    cost_text = _text(component, COST_PROPERTY)
    organizer = _text(component, ORGANIZER_PROPERTY)
    if not organizer and component.get("ORGANIZER") is not None:
        organizer_prop = component.get("ORGANIZER")
        organizer_prop = organizer_prop[0] if isinstance(organizer_prop, list) else organizer_prop
        organizer = str(organizer_prop.params.get("CN", "")).strip()
    location = _text(component, "LOCATION") or _text(component, "URL")
    notes = _text(component, "DESCRIPTION")
    url = _text(component, "URL")
    if url and url != location and url not in notes:
        notes = f"{notes}\n{url}".strip()
    written = _rule_text(component)
    recurrence, why = _in_gregorian(written)
    excluded = ",".join(_exdates(component, all_day, zone_name)) if recurrence else ""
    if rule_frequency(recurrence) in SUB_DAILY:
        why = (f"repeats every {_EVERY[rule_frequency(recurrence)]}; networkcircles keeps "
               "repeats of a day or more")  # fmt: skip
        recurrence = excluded = ""
    if why:
        dropped.append((written, why))
    if recurrence:
        check_rule(recurrence, starts_at)
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
        status=status,
        uid=_text(component, "UID"),
        organizer_name=organizer,
        line=line,
    )


# Calendar components some files hold at the top level, with no VCALENDAR round them.
_LOOSE = ("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM")


def read_calendar(path: Path | str) -> ParsedCalendar:
    """Every event of an .ics file, or ImportRejected saying which event is broken and why."""
    path = Path(path)
    decoded = read_folded(path, "VEVENT", KEPT_PROPERTIES)
    text = decoded.text
    warnings = decoded.warnings
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
        warnings.append(FileWarning(path, None, f"{', '.join(loose)} outside a VCALENDAR, "
                                    "read as if inside one", "loose-component"))  # fmt: skip
    components = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if not components:
        raise ImportRejected(path, None, "the calendar holds no events", "empty")
    drafts: list[EventDraft] = []
    overrides: list[tuple[EventDraft, datetime]] = []
    starts = _event_lines(text)
    for number, component in enumerate(components, start=1):
        line = decoded.file_line(starts[number - 1]) if number <= len(starts) else 1
        for name, reason in component.errors:
            if not name or str(name).upper() in KEPT_PROPERTIES:  # no name: the event itself
                where = f"{name}: " if name else ""
                raise ImportRejected(path, line, f"event {number}: {where}{reason}")
            warnings.append(FileWarning(path, line, f"event {number}: its {name} cannot be "
                                        f"read ({_short(Exception(reason))}) and was skipped",
                                        "malformed-value"))  # fmt: skip
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
            warnings.append(FileWarning(path, line, f"event {number} {why} ({rule}), so it "
                                        "is imported once, without its repeat rule",
                                        "dropped-rule"))  # fmt: skip
        if component.get("RECURRENCE-ID") is not None:
            original, _, _ = _stored(component.decoded("RECURRENCE-ID"))
            overrides.append((draft, original))
        else:
            drafts.append(draft)
    _apply_overrides(drafts, overrides)
    return ParsedCalendar(path, "icalendar", drafts, warnings)


def _apply_overrides(drafts: list[EventDraft], overrides: list[tuple[EventDraft, datetime]]):
    """A changed instance of a recurring event (RECURRENCE-ID) becomes an event of its own
    and an exception of its series, so that date shows once, as changed."""
    by_uid = {draft.uid: draft for draft in drafts if draft.uid}
    for draft, original in overrides:
        series = by_uid.get(draft.uid)
        if series is not None:
            taken = [text for text in series.excluded.split(",") if text]
            series.excluded = ",".join([*taken, original.isoformat(sep=" ")])
        draft.uid = f"{draft.uid}/{original.strftime('%Y%m%dT%H%M%S')}"
        drafts.append(draft)


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
    calendar.add_missing_timezones()
    return calendar.to_ical().decode("utf-8")


def export_calendar(path: Path | str) -> int:
    """Write every event to `path` (atomically, CRLF kept); return how many."""
    rows = event_rows()
    write_atomically(Path(path), calendar_text(rows))
    return len(rows)
