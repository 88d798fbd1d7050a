"""A repeat rule in parts, for the ui and printing to put in words."""

from dataclasses import dataclass
from datetime import date, datetime, time

from networkcircles.interchange.event_rules import wall_time
from networkcircles.store.event_queries import EventRow

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
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
    if text[-2:] not in WEEKDAYS or not -5 <= position <= 5:
        raise ValueError(text)
    return position, WEEKDAYS.index(text[-2:])


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
