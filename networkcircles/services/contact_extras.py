"""Changing a contact's circle details: reliability answers, vouching, the pitch, wishes."""

from typing import Any

from networkcircles.services import contacts
from networkcircles.services.errors import InvalidValue, NotFound
from networkcircles.store import circle_queries
from networkcircles.store.db import db
from networkcircles.store.models import Contact
from networkcircles.values import Check, Count, Day, Flag, Text, cleaned

_MAYBE_FLAGS = ("has_useful_contacts", "can_convey", "passes_gossip", "same_field")
_FLAGS = ("vouches_work_ethic", "vouches_expertise", "is_wish")
_TEXTS = ("useful_contacts_note", "vouch_note", "worked_where", "worked_when")

# How each circle detail is checked (networkcircles/values.py); possible_introducer is
# checked against the contact it is for, in _clean.
_CHECKS: dict[str, Check] = {
    **dict.fromkeys(_MAYBE_FLAGS, Flag(unknown_allowed=True)),
    **dict.fromkeys(_FLAGS, Flag()),
    **dict.fromkeys(_TEXTS, Text()),
    "people_per_day": Count(optional=True),
    "heard_pitch_on": Day(),
}


def _introducer_check(contact_id: int) -> Check:
    def introducer(name: str, value: Any) -> int | None:
        if value is None:
            return None
        if value == contact_id:
            raise InvalidValue(name, "self_introduction")
        if isinstance(value, bool) or not Contact.select().where(Contact.id == value).exists():
            raise InvalidValue(name, "no_contact", value=value)
        return int(value)

    return introducer


def _clean(contact_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    checks = {**_CHECKS, "possible_introducer": _introducer_check(contact_id)}
    return cleaned(changes, checks)


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
