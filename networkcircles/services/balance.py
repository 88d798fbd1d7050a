"""Which circles get attention and which are neglected: per-circle figures for "mix it up"."""

from dataclasses import dataclass
from datetime import date, timedelta

from networkcircles.services import tips
from networkcircles.services.followups import RECENT_DAYS
from networkcircles.store import circle_queries, queries, summary_queries
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
            found.append(
                Neglected(row.key, row.name, (today - row.last_outreach).days, row.last_outreach)
            )
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


# What one contact adds to the figures: circle key, knows you are looking, last contacted
# and next follow-up as day numbers (date.toordinal), and the days of their interactions.
_Seen = tuple[str | None, bool, int | None, int | None, tuple[int, ...]]
# One circle's figures after its key and name (people, knowing, contacted lately, follow-ups
# due, last contacted), and its weekly outreach.
_Figures = tuple[tuple[int, int, int, int, date | None], tuple[int, ...]]


def _day(text: str | None) -> int | None:
    return date.fromisoformat(text[:10]).toordinal() if text else None


def _stored_day(text: str) -> int:
    """The day number of a NOT NULL stored day."""
    return date.fromisoformat(text[:10]).toordinal()


class BalanceTally:
    """The figures of `report()`, kept up to date contact by contact: after an edit, only the
    contacts it names are read again, so a refresh costs the same at 500 contacts or 50,000.

    Call `contacts_changed(ids)` after contacts (or their interactions) were added, edited,
    moved or deleted, `links_changed()` after leads or referrals changed, and `reload()`
    after anything else (another file, an import, a renamed circle). Nothing is read until
    `report()` asks for it, and several changes in a row are read in one go.
    """

    REREAD_ALL = 2_000  # more changed contacts than this: one scan of all is cheaper

    def __init__(self) -> None:
        self._seen: dict[int, _Seen] | None = None  # None: read everything at the next report
        self._stale: set[int] = set()
        self._origins: dict[int, int] | None = None  # lead id -> first contact of its chain
        self._touched: set[str] = set()  # circles whose figures changed since the last report
        self._counted: dict[str, _Figures] = {}  # circle key -> its figures on _counted_on
        self._counted_on: date | None = None

    def reload(self) -> None:
        self._seen, self._origins = None, None
        self._stale.clear()

    def contacts_changed(self, contact_ids: list[int]) -> None:
        if self._seen is not None:
            self._stale.update(contact_ids)
            if len(self._stale) > self.REREAD_ALL:
                self.reload()

    def links_changed(self) -> None:
        self._origins = None

    def report(self, today: date, neglect_days: int = NEGLECT_DAYS) -> BalanceReport:
        """The same report as `report(today, neglect_days)`, from the tally."""
        seen_now, origin_of = self._catch_up()
        since = (today - timedelta(days=RECENT_DAYS)).toordinal()
        now = today.toordinal()
        starts = week_starts(today)
        first = starts[0].toordinal()
        if self._counted_on != today:
            self._counted_on, self._counted = today, {}
        figures, weekly = [], {key: [0] * WEEKS_SHOWN for key in CIRCLE_KEYS}
        for circle in queries.circles():
            key = circle.key
            if key in self._touched or key not in self._counted:
                self._counted[key] = self._circle_figures(key, since, now, first)
            counts, week_counts = self._counted[key]
            figures.append(CircleBalance(key, circle.name, *counts))
            if key in weekly:
                weekly[key] = list(week_counts)
        self._touched.clear()
        origins: dict[str | None, int] = dict.fromkeys(CIRCLE_KEYS, 0)
        for origin in origin_of.values():
            seen = seen_now.get(origin)
            origin_key = seen[0] if seen is not None else None
            origins[origin_key] = origins.get(origin_key, 0) + 1
        return BalanceReport(
            today=today,
            circles=figures,
            not_told_family=self._people.get("family", 0) - self._knowing.get("family", 0),
            leads_per_origin=origins,
            neglected=neglected(today, neglect_days, figures),
            week_starts=starts,
            weekly=weekly,
        )

    def _circle_figures(self, key: str, since: int, now: int, first: int) -> _Figures:
        """One circle's figures (after the key and name) and its weekly outreach."""
        last_days = self._last.get(key, {})
        last = [d for d, n in last_days.items() if n and d <= now]
        counts = (
            self._people.get(key, 0),
            self._knowing.get(key, 0),
            sum(last_days[d] for d in last if d >= since),
            sum(n for d, n in self._follow.get(key, {}).items() if d < now),
            date.fromordinal(max(last)) if last else None,
        )
        weeks = [0] * WEEKS_SHOWN
        for d, n in self._days.get(key, {}).items():
            if first <= d <= now:
                weeks[(d - first) // 7] += n
        return counts, tuple(weeks)

    def _catch_up(self) -> tuple[dict[int, _Seen], dict[int, int]]:
        """Read what changed since the last report; the contacts seen and the lead chains."""
        if self._seen is None:
            self._seen, self._counted = {}, {}
            self._people: dict[str | None, int] = {}
            self._knowing: dict[str | None, int] = {}
            self._last: dict[str | None, dict[int, int]] = {}
            self._follow: dict[str | None, dict[int, int]] = {}
            self._days: dict[str | None, dict[int, int]] = {}
            self._read(self._seen, None)
        elif self._stale:
            stale, self._stale = sorted(self._stale), set()
            known = {contact_id for contact_id in stale if contact_id in self._seen}
            for contact_id in known:
                self._count(self._seen.pop(contact_id), -1)
            if self._read(self._seen, stale) != known:
                self._origins = None  # someone was deleted, added or put back: chains may differ
        if self._origins is None:
            self._origins = tips.origin_contacts()
        return self._seen, self._origins

    def _read(self, seen_map: dict[int, _Seen], contact_ids: list[int] | None) -> set[int]:
        days: dict[int, list[int]] = {}
        for contact_id, text in summary_queries.interaction_days(contact_ids):
            days.setdefault(contact_id, []).append(_stored_day(text))
        found = set()
        for contact_id, key, knows, last, follow in summary_queries.balance_states(contact_ids):
            seen = (key, knows, _day(last), _day(follow), tuple(days.get(contact_id, ())))
            seen_map[contact_id] = seen
            self._count(seen, 1)
            found.add(contact_id)
        return found

    def _count(self, seen: _Seen | None, sign: int) -> None:
        if seen is None:
            return  # not there: in no circle's figures
        key, knows, last, follow, days = seen
        if key is None:
            return  # unplaced: in no circle's figures
        self._touched.add(key)
        self._people[key] = self._people.get(key, 0) + sign
        self._knowing[key] = self._knowing.get(key, 0) + sign * knows
        for tally, day in ((self._last, last), (self._follow, follow)):
            if day is not None:
                counts = tally.setdefault(key, {})
                counts[day] = counts.get(day, 0) + sign
        counts = self._days.setdefault(key, {})
        for day in days:
            counts[day] = counts.get(day, 0) + sign
