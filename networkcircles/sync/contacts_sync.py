"""Contacts both ways with a CardDAV address book: the contact half of twoway.TwoWaySync."""

from typing import Any, cast

from networkcircles.services import contacts, reliability
from networkcircles.store.queries import ContactDetails, Labelled
from networkcircles.store.seed import CIRCLE_KEYS
from networkcircles.sync import cards, state
from networkcircles.sync.cards import FIELDS, Fields
from networkcircles.sync.dav import CONTACTS
from networkcircles.sync.twoway import Adapter, TooManyDeletions  # noqa: F401  (tests)

_LABELS = {
    "name": "name",
    "emails": "e-mails",
    "phones": "phones",
    "organization": "organisation",
    "role": "role",
    "address": "address",
    "website": "website",
    "linkedin": "LinkedIn",
    "notes": "notes",
    "tags": "tags",
    "how_known": "how known",
    "circle": "circle",
    "reliability": "reliability",
}


def _changes(fields: Fields, current: Fields | None) -> dict[str, Any]:
    """update()'s arguments for the fields that differ from `current`."""
    changes: dict[str, Any] = {}
    for name in FIELDS:
        value = fields.get(name)
        if value is None or (current is not None and current.get(name) == value):
            continue
        if name in ("emails", "phones"):
            changes[name] = [Labelled(v, label) for v, label in cast(tuple[Any, ...], value)]
        elif name == "tags":
            changes["tags"] = ", ".join(cast(tuple[str, ...], value))
        elif name == "circle":
            if value == "" or value in CIRCLE_KEYS:
                changes["circle_key"] = value or None
        elif name != "reliability":
            changes[name] = value
    return changes


def write_local(contact_id: int | None, fields: Fields, current: Fields | None) -> int:
    """Create or change one contact to `fields` (inside the caller's transaction)."""
    changes = _changes(fields, current)
    if contact_id is None:
        name = changes.pop("name")
        circle = changes.pop("circle_key", None)
        contact_id = contacts.create(
            name, circle, changes.pop("emails", ()), changes.pop("phones", ()), **changes
        )
    elif changes:
        contacts.update(contact_id, changes)
    wanted = fields.get("reliability")
    if wanted is not None and (current is None or current.get("reliability") != wanted):
        reliability.set_answers(contact_id, cards.reliability_answers(str(wanted)))
    return contact_id


class ContactsAdapter(Adapter):
    kind = CONTACTS
    column = "contact"
    token_column = "addressbook_token"
    what = "contacts"
    fields = FIELDS
    list_fields = cards.LIST_FIELDS
    own_fields = cards.OWN_FIELDS
    labels = _LABELS

    def load_all(self) -> dict[int, tuple[Any, Fields]]:
        return dict(state.local_contacts())

    def load_one(self, item_id: int) -> Fields:
        return state.local_contacts_one(item_id)

    def read(self, texts: dict[str, str]) -> dict[str, Fields | str]:
        return cards.read_cards(texts)

    def new_text(self, local: ContactDetails, fields: Fields, uid: str) -> str:
        return cards.new_card(local, fields, uid)

    def updated_text(
        self, server: str, local: ContactDetails, fields: Fields, changed: list[str]
    ) -> str:
        return cards.updated_card(server, local, fields, changed)

    def write(self, item_id: int | None, fields: Fields, current: Fields | None) -> int:
        return write_local(item_id, fields, current)

    def delete(self, item_id: int) -> None:
        contacts.delete(item_id)

    def keys(self, fields: Fields) -> list[str]:
        emails = cast(tuple[tuple[str, str], ...], fields["emails"])
        return [f"email:{address.lower()}" for address, _ in emails]

    def name(self, fields: Fields) -> str:
        return str(fields["name"])


def merge(base: Fields | None, local: Fields, remote: Fields) -> tuple[Fields, Fields]:
    """The contacts' three-way merge (twoway.Adapter.merge), for tests and callers."""
    return ContactsAdapter().merge(base, local, remote)
