"""Changed occurrences of a series (iCalendar RECURRENCE-ID): one occurrence moved, changed
or cancelled is an exception kept with its series, named by its original start."""

from datetime import datetime, time
from typing import Any

from networkcircles.interchange.event_rules import STATUSES, InvalidEvent
from networkcircles.services.event_base import UnknownEvent, stored_moment
from networkcircles.services.values import plain_text
from networkcircles.store import event_queries
from networkcircles.store.db import db
from networkcircles.store.event_queries import EventRow, ExceptionRow
from networkcircles.store.models import EventException


def exception_of(event_id: int, original: datetime) -> ExceptionRow | None:
    """How one occurrence of a series differs from its rule (None: it does not)."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    return next((x for x in row.exceptions if x.original_start == original), None)


def _check_exception(row: EventRow, exception: ExceptionRow) -> ExceptionRow:
    if not row.recurrence:
        raise InvalidEvent("occurrence", "not_repeating")
    title = exception.title
    if title is not None:
        title = plain_text(title).strip()
        if not title:
            raise InvalidEvent("title", "event_needs_title")
    if exception.status is not None and exception.status not in STATUSES:
        raise InvalidEvent(
            "status", "not_choice", value=exception.status, choices=", ".join(STATUSES)
        )
    start, end = exception.starts_at, exception.ends_at
    if row.all_day:
        start = datetime.combine(start.date(), time()) if start else None
        end = datetime.combine(end.date(), time()) if end else None
    if start is not None and end is not None and end < start:
        raise InvalidEvent("ends_at", "ends_before_start")
    return ExceptionRow(
        exception.original_start.replace(microsecond=0),
        exception.cancelled,
        start,
        end,
        title,
        None if exception.location is None else plain_text(exception.location).strip(),
        None if exception.notes is None else plain_text(exception.notes),
        exception.status,
    )


def write_exception(event_id: int, exception: ExceptionRow) -> None:
    EventException.insert(
        event=event_id,
        original_start=exception.original_start,
        cancelled=exception.cancelled,
        starts_at=exception.starts_at,
        ends_at=exception.ends_at,
        title=exception.title,
        location=exception.location,
        notes=exception.notes,
        status=exception.status,
    ).on_conflict_replace().execute()


def set_exceptions(event_id: int, exceptions: list[ExceptionRow]) -> None:
    """Make the series' changed occurrences exactly `exceptions` (sync: the server's set).
    Raises InvalidEvent (nothing written) for a bad one."""
    with db.atomic():
        row = event_queries.event_row(event_id)
        if row is None:
            raise UnknownEvent(event_id)
        checked = [_check_exception(row, exception) for exception in exceptions]
        EventException.delete().where(EventException.event == event_id).execute()
        for exception in checked:
            write_exception(event_id, exception)


def put_exception(
    event_id: int, original: datetime, exception: ExceptionRow | None
) -> ExceptionRow | None:
    """Make one occurrence of a series (named by its original start) differ from the rule
    as `exception` says, or follow the rule again with None. Returns what was there before,
    so undo puts it back. Raises InvalidEvent (nothing written) for a bad value."""
    with db.atomic():
        row = event_queries.event_row(event_id)
        if row is None:
            raise UnknownEvent(event_id)
        before = next((x for x in row.exceptions if x.original_start == original), None)
        EventException.delete().where(
            (EventException.event == event_id) & (EventException.original_start == original)
        ).execute()
        if exception is not None:
            checked = _check_exception(row, exception)
            if checked.original_start != original:
                raise InvalidEvent("occurrence", "other_occurrence")
            write_exception(event_id, checked)
    return before


def occurrence_change(event_id: int, original: datetime, values: dict[str, Any]) -> ExceptionRow:
    """What an editor's values for one occurrence change from its series, as an exception:
    fields equal to the series' are left to it (None); times only when they moved."""
    row = event_queries.event_row(event_id)
    if row is None:
        raise UnknownEvent(event_id)
    start = stored_moment("starts_at", values.get("starts_at")) or original
    end = stored_moment("ends_at", values.get("ends_at"))
    usual_end = original + (row.ends_at - row.starts_at) if row.ends_at is not None else None
    moved = start != original or end != usual_end

    def changed(name: str, series: str) -> str | None:
        value = values.get(name)
        return None if value is None or value == series else str(value)

    return ExceptionRow(
        original,
        False,
        start if moved else None,
        end if moved else None,
        changed("title", row.title),
        changed("location", row.location),
        changed("notes", row.notes),
        changed("status", row.status),
    )
