"""The store side of sync: accounts, synced items, and the local contacts as sync sees them."""

from datetime import datetime
from typing import TYPE_CHECKING

from networkcircles.store import circle_queries
from networkcircles.store.db import db
from networkcircles.store.models import SyncAccount, SyncItem
from networkcircles.store.queries import ContactDetails, contact_details

if TYPE_CHECKING:  # cards brings vobject: imported where it is used (local_contacts)
    from networkcircles.sync.cards import Fields

SKIPPED = "skipped"  # local_hash of a server card that cannot become a contact


def account(url: str, user: str) -> SyncAccount:
    with db.atomic():
        found: SyncAccount
        found, _ = SyncAccount.get_or_create(url=url, user=user)  # type: ignore[no-untyped-call]
    return found


def remove_account(account_id: int) -> None:
    """Forget an account here; its synced items go with it (cascade). The server keeps all."""
    with db.atomic():
        SyncAccount.delete().where(SyncAccount.id == account_id).execute()


def accounts() -> list[SyncAccount]:
    return list(SyncAccount.select().order_by(SyncAccount.id))


def items(account_id: int, kind: str) -> dict[str, SyncItem]:
    """The account's items of one kind by href, without their base text (base_of reads it:
    only a changed item needs it, and the texts are most of the table)."""
    columns = [
        SyncItem.id,
        SyncItem.account,
        SyncItem.kind,
        SyncItem.contact,
        SyncItem.event,
        SyncItem.href,
        SyncItem.etag,
        SyncItem.local_hash,
    ]
    query = SyncItem.select(*columns).where(
        (SyncItem.account == account_id) & (SyncItem.kind == kind)
    )
    return {item.href: item for item in query}


def base_of(item: SyncItem | None) -> str:
    """The text last agreed with the server for this item ("" for none yet)."""
    if item is None:
        return ""
    row = SyncItem.select(SyncItem.base).where(SyncItem.id == item.id).tuples().first()
    return row[0] if row else ""


def local_contacts() -> dict[int, tuple[ContactDetails, "Fields"]]:
    """Every contact with its sync fields, in four queries."""
    # Here, not at the top: the window reads the last sync time at start-up, and these
    # bring vobject, the vCard and CSV readers and phonenumbers with them.
    from networkcircles.interchange.exporting import load_contacts
    from networkcircles.sync.cards import local_fields

    answers = {row[0]: row[1:4] for row in circle_queries.reliability_answers()}
    return {
        details.id: (details, local_fields(details, answers.get(details.id, (None,) * 3)))
        for details in load_contacts()
    }


def finish(account_id: int, column: str, token: str) -> None:
    with db.atomic():
        SyncAccount.update(
            {column: token, "last_synced_at": datetime.now().replace(microsecond=0)}
        ).where(SyncAccount.id == account_id).execute()


def local_contacts_one(contact_id: int) -> "Fields":
    """One contact's sync fields (LookupError when it is gone)."""
    from networkcircles.sync.cards import local_fields  # see local_contacts

    details = contact_details(contact_id)
    extras = circle_queries.contact_extras(contact_id)
    if details is None or extras is None:
        raise LookupError(f"there is no contact {contact_id}")
    answers = (extras.has_useful_contacts, extras.can_convey, extras.passes_gossip)
    return local_fields(details, answers)
