"""What an event may hold, shared by calendar files (ical.py) and the events service below
both: its kinds and statuses, time zones and stored times, recurrence rules, and the draft
an editor or a file describes before it is stored.

Stored times follow models.Event: UTC (naive) plus the IANA zone name for timed events, wall
time for floating ones, midnight of the day for all-day events.
"""

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rruleset, rrulestr

from networkcircles.store.errors import InvalidValue
from networkcircles.store.event_queries import ExceptionRow

KINDS = ("networking", "career_fair", "job_club", "association", "webinar", "other")
STATUSES = ("planned", "attended", "skipped")

# Other names of UTC: stored as "UTC", so what we write reads back the same.
UTC_NAMES = {
    "Etc/UTC",
    "Etc/Universal",
    "Universal",
    "Zulu",
    "Etc/Zulu",
    "UCT",
    "Etc/UCT",
    "Etc/GMT",
    "GMT",
    "Etc/Greenwich",
    "Greenwich",
}

# Repeats no networking event has: refused in the editor, dropped (with a warning) at import.
SUB_DAILY = ("SECONDLY", "MINUTELY", "HOURLY")


class InvalidEvent(InvalidValue):
    """An event field's value was refused; nothing was written."""


@dataclass
class EventDraft:
    """An event as an editor or a file describes it, before it is stored."""

    title: str
    starts_at: datetime  # stored form (see models.Event)
    ends_at: datetime | None = None
    all_day: bool = False
    timezone: str = ""
    recurrence: str = ""
    excluded: str = ""
    location: str = ""
    kind: str = "other"
    notes: str = ""
    cost: float = 0.0
    status: str = "planned"
    uid: str = ""
    organizer_name: str = ""
    line: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    exceptions: list[ExceptionRow] = field(default_factory=list)  # RECURRENCE-ID components


# -- time zones ------------------------------------------------------------------------------


def local_zone_name() -> str:
    """The system's IANA zone name, or "" when it cannot be told (the ui asks Qt instead)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name and zone_named(name) is not None:
        return "UTC" if name in UTC_NAMES else name
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        if name in UTC_NAMES:
            return "UTC"
        return name if zone_named(name) is not None else ""
    return ""


def zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone called `name`, or None for "" (floating) and for a name nobody uses."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def display_zone(zone: tzinfo | None = None) -> tzinfo:
    """The zone times are shown in: the one given, else the system's."""
    if zone is not None:
        return zone
    return zone_named(local_zone_name()) or datetime.now().astimezone().tzinfo or UTC


def to_stored(wall: datetime, zone_name: str) -> datetime:
    """A wall time in `zone_name` (or an aware time) as the naive UTC the store keeps.
    With no zone name the wall time is kept as it is (floating)."""
    if wall.tzinfo is not None:
        return wall.astimezone(UTC).replace(tzinfo=None)
    zone = zone_named(zone_name)
    if zone is None:
        return wall
    return wall.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


def from_stored(stored: datetime, zone_name: str, viewer: tzinfo) -> datetime:
    """A stored time as an aware time in the viewer's zone."""
    zone = zone_named(zone_name)
    if zone is None:  # floating: the same wall time wherever you are
        return stored.replace(tzinfo=viewer)
    return stored.replace(tzinfo=UTC).astimezone(viewer)


def wall_time(stored: datetime, zone_name: str) -> datetime:
    """A stored time as the naive wall time in the event's own zone."""
    zone = zone_named(zone_name)
    if zone is None:
        return stored
    return stored.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


# -- recurrence rules ------------------------------------------------------------------------


def rule_frequency(recurrence: str) -> str:
    """The FREQ of an RRULE value, upper case ("" if it names none)."""
    for part in recurrence.strip().removeprefix("RRULE:").split(";"):
        key, _, value = part.partition("=")
        if key.strip().upper() == "FREQ":
            return value.strip().upper()
    return ""


def check_rule(recurrence: str, start: datetime | None = None) -> None:
    """Raise InvalidEvent unless `recurrence` is an RRULE value dateutil can expand and that
    repeats at most daily."""
    if not recurrence:
        return
    try:
        recurrence_rule(recurrence, start or datetime(2000, 1, 1), aware_until=None)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise InvalidEvent("recurrence", "not_recurrence", value=recurrence) from error
    if rule_frequency(recurrence) in SUB_DAILY:
        raise InvalidEvent("recurrence", "too_frequent", value=recurrence)


def _until_value(recurrence: str, zone: ZoneInfo | None) -> str:
    """Make UNTIL match a naive DTSTART: a UTC UNTIL becomes wall time in the event's zone."""
    parts = []
    for part in recurrence.strip().removeprefix("RRULE:").split(";"):
        key, _, value = part.partition("=")
        if key.upper() == "UNTIL" and value.upper().endswith("Z"):
            moment = datetime.strptime(value[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            wall = moment.astimezone(zone).replace(tzinfo=None) if zone else moment
            value = wall.strftime("%Y%m%dT%H%M%S")
        parts.append(f"{key}={value}")
    return ";".join(parts)


def recurrence_rule(
    recurrence: str, dtstart: datetime, aware_until: ZoneInfo | None
) -> rrule | rruleset:
    """dateutil's rule for an RRULE value from the naive wall time `dtstart`; a UTC UNTIL is
    read as wall time in `aware_until`, the event's zone."""
    return rrulestr(_until_value(recurrence, aware_until), dtstart=dtstart, ignoretz=True)
