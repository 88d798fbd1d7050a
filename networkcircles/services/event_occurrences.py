"""When events occur: a recurring event is one row with an RFC 5545 RRULE, expanded here in
its own zone (so a weekly 18:00 stays 18:00 across a change of summer time) and shown in the
viewer's zone, with its changed occurrences (event_exceptions) as changed; and the reminders
drawn from the occurrences."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from networkcircles.interchange.event_rules import (
    SUB_DAILY,
    display_zone,
    from_stored,
    rule_frequency,
    to_stored,
    wall_time,
)
from networkcircles.interchange.event_rules import recurrence_rule as _rule
from networkcircles.interchange.event_rules import zone_named as _zone
from networkcircles.services.event_rule_parts import WEEKDAYS as _WEEKDAYS
from networkcircles.store import event_queries
from networkcircles.store.event_queries import EventRow, ExceptionRow

REMINDER_DAYS = 7  # events this close join the due list at start-up
UPCOMING_DAYS = 30

# Occurrences one event may go through for one view. A rule with a start long before the view
# is moved forward first, so this bounds only what cannot be moved: a COUNT rule, whose count
# runs from its first occurrence (5,000 days is 13 years, 5,000 weeks 96).
MAX_EXAMINED = 5_000


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
# one period of each, which a move takes a whole number of
_ONE_PERIOD = {
    "years": relativedelta(years=1),
    "months": relativedelta(months=1),
    "weeks": relativedelta(weeks=1),
    "days": relativedelta(days=1),
    "hours": relativedelta(hours=1),
    "minutes": relativedelta(minutes=1),
    "seconds": relativedelta(seconds=1),
}

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
    moved = start + _ONE_PERIOD[period] * (steps * interval)
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


def given_by_rule(row: EventRow, candidates: set[datetime]) -> set[datetime]:
    """Those of `candidates` (original starts, as stored) that are occurrences of the row's
    rule (exceptions and exclusions aside): what a changed occurrence or who was met there
    may still be kept with. Nothing for a one-off event."""
    recurrence = "" if rule_frequency(row.recurrence) in SUB_DAILY else row.recurrence
    if not recurrence or not candidates:
        return set()
    zone = None if row.all_day else _zone(row.timezone)
    start_wall = row.starts_at if row.all_day else wall_time(row.starts_at, row.timezone)

    def day_of(stored: datetime) -> date:
        return stored.date() if zone is None else wall_time(stored, row.timezone).date()

    # Expanded a year at a time, so a long run of candidates stays under MAX_EXAMINED.
    found: set[datetime] = set()
    days = sorted({day_of(c) for c in candidates})
    first = days[0]
    for index, day in enumerate(days):
        last_of_run = index + 1 == len(days) or (days[index + 1] - first).days > 366
        if not last_of_run:
            continue
        after = datetime.combine(first, time()) - timedelta(days=2)
        before = datetime.combine(day, time()) + timedelta(days=2)
        try:
            walls = _walls(recurrence, start_wall, zone, after, before)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            return set(candidates)  # a rule that cannot be expanded: nothing is dropped for it
        found.update(wall if zone is None else to_stored(wall, row.timezone) for wall in walls)
        if index + 1 < len(days):
            first = days[index + 1]
    return found & candidates
