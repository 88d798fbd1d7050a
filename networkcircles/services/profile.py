"""Your pitch: one profile record, and who has heard it."""

from dataclasses import asdict
from datetime import date
from typing import Any

from networkcircles.services import contact_extras
from networkcircles.services.errors import InvalidValue
from networkcircles.services.values import plain_text
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import ProfileRow
from networkcircles.store.db import db
from networkcircles.store.models import Profile

FIELDS = ("target_roles", "industries", "locations", "strengths", "pitch")
PITCH_MAX_CHARS = 600  # "short": something an acquaintance can repeat


def get() -> ProfileRow:
    return circle_queries.profile()


def save(values: ProfileRow | dict[str, Any]) -> ProfileRow | None:
    """Replace the profile's fields given; return the profile before (None: there was none),
    which restore() puts back."""
    values = asdict(values) if isinstance(values, ProfileRow) else dict(values)
    for name in values:
        if name not in FIELDS:
            raise InvalidValue(name, "no such field")
    clean = {name: plain_text(value or "").strip() for name, value in values.items()}
    if len(clean.get("pitch", "")) > PITCH_MAX_CHARS:
        raise InvalidValue("pitch", f"keep it short: at most {PITCH_MAX_CHARS} characters")
    with db.atomic():
        existing = Profile.select(Profile.id).order_by(Profile.id).first()
        before = circle_queries.profile() if existing is not None else None
        if existing is None:
            Profile.create(**{**asdict(ProfileRow()), **clean})
        elif clean:
            Profile.update(clean).where(Profile.id == existing.id).execute()
    return before


def restore(before: ProfileRow | None) -> None:
    """Undo save(): the profile as it was, or none at all."""
    with db.atomic():
        if before is None:
            Profile.delete().execute()
        else:
            save(before)


def heard_pitch(contact_id: int, on: date | None) -> date | None:
    """Record the day a contact heard your pitch (None: not yet); return the day before."""
    before: date | None = contact_extras.update(contact_id, {"heard_pitch_on": on})[
        "heard_pitch_on"
    ]
    return before
