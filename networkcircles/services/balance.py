"""Which circles get attention and which are neglected: per-circle figures for "mix it up"."""

from dataclasses import dataclass
from datetime import date, timedelta

from networkcircles.services import tips
from networkcircles.services.followups import RECENT_DAYS
from networkcircles.store import circle_queries, summary_queries
from networkcircles.store.seed import CIRCLE_KEYS


@dataclass(frozen=True, slots=True)
class CircleBalance:
    """One circle's figures on a given day.

    `contacted_last_30_days` counts contacts whose last contact falls in the 30 days up to
    and including today; `overdue_follow_ups` those whose next follow-up is before today;
    `last_outreach` is the latest last-contacted day in the circle (future days ignored).
    """

    key: str
    name: str
    contacts: int
    knows_looking: int
    contacted_last_30_days: int
    overdue_follow_ups: int
    last_outreach: date | None


def circle_balance(today: date) -> list[CircleBalance]:
    """Every circle, from the centre outwards, including empty ones."""
    since = today - timedelta(days=RECENT_DAYS)
    return [
        CircleBalance(
            key=row.key,
            name=row.name,
            contacts=row.contacts,
            knows_looking=row.knows_looking,
            contacted_last_30_days=row.contacted_since,
            overdue_follow_ups=row.overdue_follow_ups,
            last_outreach=row.last_outreach,
        )
        for row in summary_queries.circle_figures(today, since)
    ]


NEGLECT_DAYS = 21  # no outreach in a circle for this many days: it is neglected
WEEKS_SHOWN = 12


def not_told_yet(circle_key: str = "family") -> int:
    """How many in the circle (family and friends by default) do not know you are looking."""
    return circle_queries.not_told_count(circle_key)


def leads_per_origin() -> dict[str | None, int]:
    """Leads counted by the circle their chain of introductions started from, every circle
    listed (None: started from someone unplaced). Leads without a source are not counted."""
    counts: dict[str | None, int] = dict.fromkeys(CIRCLE_KEYS, 0)
    for origin in tips.origin_circles().values():
        counts[origin] = counts.get(origin, 0) + 1
    return counts


@dataclass(frozen=True, slots=True)
class Neglected:
    """A circle with people in it and no outreach for `days` days (None: never)."""

    key: str
    name: str
    days: int | None
    last_outreach: date | None


def neglected(
    today: date, days: int = NEGLECT_DAYS, figures: list[CircleBalance] | None = None
) -> list[Neglected]:
    """Circles with contacts whose latest outreach is `days` or more days ago, or never.
    `figures`: circle_balance(today) when the caller has it already."""
    found = []
    for row in figures if figures is not None else circle_balance(today):
        if row.contacts == 0:
            continue
        if row.last_outreach is None:
            found.append(Neglected(row.key, row.name, None, None))
        elif (today - row.last_outreach).days >= days:
            found.append(Neglected(row.key, row.name, (today - row.last_outreach).days,
                                   row.last_outreach))  # fmt: skip
    return found


def week_starts(today: date, weeks: int = WEEKS_SHOWN) -> list[date]:
    """The first day of each 7-day week shown, oldest first; the last week ends today."""
    return [today - timedelta(days=7 * (weeks - i) - 1) for i in range(weeks)]


def weekly_outreach(today: date, weeks: int = WEEKS_SHOWN) -> dict[str, list[int]]:
    """Interactions per circle per 7-day week, oldest week first, the last one ending today."""
    counts = {key: [0] * weeks for key in CIRCLE_KEYS}
    first = week_starts(today, weeks)[0]
    for key, index, count in circle_queries.interactions_per_week(first, today):
        if key in counts and 0 <= index < weeks:
            counts[key][index] += count
    return counts


@dataclass(frozen=True, slots=True)
class BalanceReport:
    """Everything the balance dock shows, on one day."""

    today: date
    circles: list[CircleBalance]
    not_told_family: int
    leads_per_origin: dict[str | None, int]
    neglected: list[Neglected]
    week_starts: list[date]
    weekly: dict[str, list[int]]


def report(today: date, neglect_days: int = NEGLECT_DAYS) -> BalanceReport:
    figures = circle_balance(today)
    return BalanceReport(
        today=today,
        circles=figures,
        not_told_family=not_told_yet("family"),
        leads_per_origin=leads_per_origin(),
        neglected=neglected(today, neglect_days, figures),
        week_starts=week_starts(today),
        weekly=weekly_outreach(today),
    )
