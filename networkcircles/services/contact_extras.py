"""Changing a contact's circle details: reliability answers, vouching, the pitch, wishes."""

from datetime import date, datetime
from typing import Any

from networkcircles.services import contacts
from networkcircles.services.errors import InvalidValue, NotFound
from networkcircles.services.values import plain_text
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import EXTRA_FIELDS
from networkcircles.store.db import db
from networkcircles.store.models import Contact

_MAYBE_FLAGS = ("has_useful_contacts", "can_convey", "passes_gossip", "same_field")
_FLAGS = ("vouches_work_ethic", "vouches_expertise", "is_wish")
_TEXTS = ("useful_contacts_note", "vouch_note", "worked_where", "worked_when")


def _clean(contact_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EXTRA_FIELDS:
            raise InvalidValue(name, "no such field")
        if name in _MAYBE_FLAGS:
            if value is not None and not isinstance(value, bool):
                raise InvalidValue(name, "yes, no or not known")
        elif name in _FLAGS:
            if not isinstance(value, bool):
                raise InvalidValue(name, "yes or no")
        elif name in _TEXTS:
            value = plain_text(value).strip()
        elif name == "people_per_day":
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 0
            ):
                raise InvalidValue(name, "a number of people, 0 or more")
        elif name == "heard_pitch_on":
            if isinstance(value, str):
                try:
                    value = date.fromisoformat(value) if value.strip() else None
                except ValueError as error:
                    raise InvalidValue(name, f"'{value}' is not a date (YYYY-MM-DD)") from error
            elif isinstance(value, datetime) or (value is not None and not isinstance(value, date)):
                raise InvalidValue(name, "not a date")
        elif name == "possible_introducer" and value is not None:
            if value == contact_id:
                raise InvalidValue(name, "nobody introduces you to themselves")
            if not Contact.select().where(Contact.id == value).exists():
                raise InvalidValue(name, f"there is no contact {value}")
        clean[name] = value
    return clean


def update(contact_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change some circle details of one contact; return their values before (for undo)."""
    clean = _clean(contact_id, changes)
    with db.atomic():
        before = circle_queries.contact_extras(contact_id)
        if before is None:
            raise NotFound("contact", contact_id)
        if clean:
            Contact.update(clean).where(Contact.id == contact_id).execute()
    return {name: getattr(before, name) for name in clean}


def meet_wish(contact_id: int, circle_key: str) -> dict[str, Any]:
    """You met someone you wanted to meet: they leave the "possible" band for a ring.
    Returns the values before (is_wish, circle_key) for undo."""
    with db.atomic():
        before = circle_queries.contact_extras(contact_id)
        if before is None:
            raise NotFound("contact", contact_id)
        contacts.move(contact_id, circle_key)
        Contact.update(is_wish=False).where(Contact.id == contact_id).execute()
    return {"is_wish": before.is_wish, "circle_key": before.circle_key}
