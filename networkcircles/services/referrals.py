"""Who introduced you to whom: A introduced B, recorded from B's side."""

from datetime import date

from networkcircles.services.errors import InvalidValue, NotFound
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import ReferralRow
from networkcircles.store.db import db
from networkcircles.store.models import Contact, Referral
from networkcircles.values import checked_day, plain_text


class SelfReferral(InvalidValue):
    def __init__(self, contact_id: int) -> None:
        super().__init__("introducer", "self_introduction")
        self.contact_id = contact_id


class DuplicateReferral(InvalidValue):
    def __init__(self, introducer_id: int, introduced_id: int) -> None:
        super().__init__("introducer", "duplicate_referral")
        self.introducer_id = introducer_id
        self.introduced_id = introduced_id


def add(introducer_id: int, introduced_id: int, on: date | None = None, note: str = "") -> None:
    """Record that `introducer_id` introduced you to `introduced_id`."""
    if introducer_id == introduced_id:
        raise SelfReferral(introducer_id)
    on = checked_day("introduced_on", on, required=False)
    note = plain_text(note)
    with db.atomic():
        for contact_id in (introducer_id, introduced_id):
            if not Contact.select().where(Contact.id == contact_id).exists():
                raise NotFound("contact", contact_id)
        if circle_queries.referral(introducer_id, introduced_id) is not None:
            raise DuplicateReferral(introducer_id, introduced_id)
        Referral.create(
            introducer=introducer_id, introduced=introduced_id, introduced_on=on, note=note
        )


def remove(introducer_id: int, introduced_id: int) -> ReferralRow:
    """Forget an introduction; the row returned puts it back through restore()."""
    with db.atomic():
        saved = circle_queries.referral(introducer_id, introduced_id)
        if saved is None:
            raise NotFound("referral", (introducer_id, introduced_id))
        Referral.delete().where(
            (Referral.introducer == introducer_id) & (Referral.introduced == introduced_id)
        ).execute()
    return saved


def restore(saved: ReferralRow) -> None:
    add(saved.introducer_id, saved.introduced_id, saved.introduced_on, saved.note)


def referral_pairs() -> list[tuple[int, int]]:
    """(introducer, introduced) of every referral: the diagram's lines."""
    return circle_queries.referral_pairs()
