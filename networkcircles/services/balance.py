"""Which circles get attention and which are neglected: per-circle figures for "mix it up"."""

from dataclasses import dataclass
from datetime import date, timedelta

from networkcircles.services.followups import RECENT_DAYS
from networkcircles.store import summary_queries


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
