"""How warm a contact is: recently contacted, due for a call, overdue, or never contacted."""

from datetime import date, timedelta
from enum import StrEnum

RECENT_DAYS = 30  # contacted within this many days counts as warm
DUE_SOON_DAYS = 7  # a follow-up within this many days is due


class Warmth(StrEnum):
    RECENT = "recent"
    DUE = "due"
    OVERDUE = "overdue"
    NEVER = "never"


def warmth_status(last_contacted: date | None, next_follow_up: date | None, today: date) -> Warmth:
    """The dot colour's meaning. A missed follow-up outweighs a recent call."""
    if next_follow_up is not None and next_follow_up < today:
        return Warmth.OVERDUE
    if next_follow_up is not None and next_follow_up <= today + timedelta(days=DUE_SOON_DAYS):
        return Warmth.DUE
    if last_contacted is None:
        return Warmth.NEVER
    if (today - last_contacted).days <= RECENT_DAYS:
        return Warmth.RECENT
    return Warmth.DUE
