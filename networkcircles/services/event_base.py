"""What the event services share: the error for an event that is not there, a stored time
read back as a datetime, and how an occurrence is named where who was met is kept."""

from datetime import datetime
from typing import Any

from networkcircles.interchange.event_rules import InvalidEvent
from networkcircles.values import checked_moment, refused_as


class UnknownEvent(LookupError):
    pass


def stored_moment(name: str, value: Any) -> datetime | None:
    """A date or time (as stored or given) as a datetime; InvalidEvent names `name` if not."""
    with refused_as(InvalidEvent):
        return checked_moment(name, value)


def occurrence_key(original: datetime | None) -> str:
    """How models.Attendance names an occurrence: its original start as stored, "" for the
    one occurrence of a one-off event."""
    return "" if original is None else original.replace(microsecond=0).isoformat(sep=" ")
