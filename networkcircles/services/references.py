"""Former co-workers as references: who was asked, for which application, and how often."""

from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from networkcircles.services.errors import NotFound
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import ReferenceRow
from networkcircles.store.db import db
from networkcircles.store.models import Contact, ReferenceRequest
from networkcircles.values import Check, Day, Flag, Text, cleaned

TOO_OFTEN_DAYS = 30
TOO_OFTEN_TIMES = 2  # asked more often than this within TOO_OFTEN_DAYS is too often

# How each field a request keeps is checked (networkcircles/values.py).
_CHECKS: dict[str, Check] = {
    "application": Text(required="reference_needs_application"),
    "asked_on": Day(required=True),
    "agreed": Flag(unknown_allowed=True),
    "given_on": Day(),
    "note": Text(strip=False),
}


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return cleaned(values, _CHECKS)


def log_request(
    contact_id: int,
    application: str,
    asked_on: date | str,
    agreed: bool | None = None,
    given_on: date | str | None = None,
    note: str = "",
) -> int:
    """Record that you asked a contact to be a reference; return the request's id."""
    clean = _clean(
        {
            "application": application,
            "asked_on": asked_on,
            "agreed": agreed,
            "given_on": given_on,
            "note": note,
        }
    )
    if not Contact.select().where(Contact.id == contact_id).exists():
        raise NotFound("contact", contact_id)
    return int(ReferenceRequest.create(contact=contact_id, **clean).id)


def update_request(request_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change a request (they agreed, the reference was given); return the values before."""
    clean = _clean(changes)
    with db.atomic():
        before = circle_queries.reference_request(request_id)
        if before is None:
            raise NotFound("reference request", request_id)
        if clean:
            ReferenceRequest.update(clean).where(ReferenceRequest.id == request_id).execute()
    return {name: getattr(before, name) for name in clean}


def delete_request(request_id: int) -> ReferenceRow:
    """Remove a request; the row returned puts it back through restore_request()."""
    with db.atomic():
        saved = circle_queries.reference_request(request_id)
        if saved is None:
            raise NotFound("reference request", request_id)
        ReferenceRequest.delete().where(ReferenceRequest.id == request_id).execute()
    return saved


def restore_request(saved: ReferenceRow) -> int:
    values = {f.name: getattr(saved, f.name) for f in fields(saved)}
    values["contact"] = values.pop("contact_id")
    ReferenceRequest.insert(**values).execute()
    return saved.id


def times_asked(contact_id: int, today: date) -> int:
    """How often they were asked in the TOO_OFTEN_DAYS days up to and including today."""
    first = today - timedelta(days=TOO_OFTEN_DAYS - 1)
    return circle_queries.times_asked(contact_id, first, today)


def asked_too_often(contact_id: int, today: date) -> bool:
    """More than twice in 30 days: give them a rest."""
    return times_asked(contact_id, today) > TOO_OFTEN_TIMES


@dataclass(frozen=True, slots=True)
class ReferenceSummary:
    agreed: int
    given: int
    asked_last_30_days: int
    too_often: bool


def summary(contact_id: int, today: date) -> ReferenceSummary:
    rows = circle_queries.reference_requests(contact_id)
    asked = times_asked(contact_id, today)
    return ReferenceSummary(
        agreed=sum(1 for r in rows if r.agreed),
        given=sum(1 for r in rows if r.given_on is not None),
        asked_last_30_days=asked,
        too_often=asked > TOO_OFTEN_TIMES,
    )
