"""Creating, changing, moving, deleting and restoring contacts: one unit of work each."""

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, cast

from networkcircles.services import extras_snapshot
from networkcircles.services.errors import InvalidValue
from networkcircles.store import sync_links
from networkcircles.store.contact_fields import SCALAR_FIELDS
from networkcircles.store.db import db
from networkcircles.store.models import (
    Attendance,
    Contact,
    ContactEmail,
    ContactPhone,
    Interaction,
    Referral,
)
from networkcircles.store.queries import ContactDetails, Labelled, contact_details
from networkcircles.values import (
    Check,
    Count,
    Day,
    Text,
    checked_email,
    checked_phone,
    cleaned,
    plain_text,
    refused_as,
    web_address,
)

DATE_FIELDS = ("knows_looking_on", "last_contacted", "next_follow_up")


class InvalidContact(InvalidValue):
    """A contact field's value was refused; nothing was written."""


class UnknownContact(LookupError):
    pass


@dataclass(frozen=True)
class ContactSnapshot:
    """Everything a delete removes, so undo can put it back with the same id."""

    details: ContactDetails
    created_at: datetime
    referrals: tuple[tuple[int, int, date | None, str], ...]
    interactions: tuple[tuple[int, date, str, str, str], ...]
    attendances: tuple[tuple[int, str, str], ...]  # (event id, status, occurrence)
    extras: dict[str, Any] = field(default_factory=dict)  # services/contact_extras.py
    sync_links: tuple[int, ...] = ()  # its SyncItem rows: undo ties them back (no duplicate)


def validate_email(address: str) -> None:
    with refused_as(InvalidContact):
        checked_email("emails", address)


def _circle_id(circle_key: str | None) -> int | None:
    if circle_key is None:
        return None
    found = db.execute_sql("SELECT id FROM circle WHERE key = ?", (circle_key,)).fetchone()
    if found is None:
        raise InvalidContact("circle", "no_circle", value=circle_key)
    return int(found[0])


def _stamp() -> object:
    """Now, as Contact.updated_at stores it."""
    return Contact.updated_at.db_value(datetime.now().replace(microsecond=0))


# A move writes one column: plain SQL, as peewee's query building costs more than the
# statement (an edit is meant to fit in one frame).
_MOVE_SQL = "UPDATE contact SET circle_id = ?, updated_at = ? WHERE id"


# How each scalar field is checked (networkcircles/values.py); every other one is text.
_CHECKS: dict[str, Check] = {
    **dict.fromkeys(SCALAR_FIELDS, Text(strip=False)),
    **dict.fromkeys(DATE_FIELDS, Day()),
    "name": Text(required="contact_needs_name"),
    "website": web_address,
    "linkedin": web_address,
    "warmth": Count(high=3),
}


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise scalar fields; raise InvalidContact on the first bad one."""
    return cleaned(changes, _CHECKS, InvalidContact)


def _write_labelled(
    contact_id: int,
    emails: Iterable[Labelled] | None = None,
    phones: Iterable[Labelled] | None = None,
) -> None:
    if emails is not None:
        ContactEmail.delete().where(ContactEmail.contact == contact_id).execute()
        for position, item in enumerate(emails):
            ContactEmail.create(
                contact=contact_id, address=item.value, label=item.label, position=position
            )
    if phones is not None:
        ContactPhone.delete().where(ContactPhone.contact == contact_id).execute()
        for position, item in enumerate(phones):
            ContactPhone.create(
                contact=contact_id, number=item.value, label=item.label, position=position
            )


def _labelled(items: Iterable[object] | None, kind: str) -> tuple[Labelled, ...]:
    result = []
    for item in items or ():
        entry = item if isinstance(item, Labelled) else Labelled(str(item))
        entry = Labelled(plain_text(entry.value).strip(), plain_text(entry.label).strip())
        if not entry.value:
            continue
        with refused_as(InvalidContact):
            (checked_email if kind == "emails" else checked_phone)(kind, entry.value)
        result.append(entry)
    return tuple(result)


def create(
    name: str,
    circle_key: str | None = None,
    emails: Iterable[object] = (),
    phones: Iterable[object] = (),
    **changes: Any,
) -> int:
    """Add a contact and return its id."""
    clean = _clean({"name": name, **changes})
    labelled = _labelled(emails, "emails"), _labelled(phones, "phones")
    with db.atomic():
        contact = Contact.create(circle=_circle_id(circle_key), **clean)
        _write_labelled(contact.id, *labelled)
    return int(contact.id)


def update(contact_id: int, changes: dict[str, Any]) -> None:
    """Change some fields of one contact; `emails` and `phones` replace the whole list."""
    changes = dict(changes)
    emails = changes.pop("emails", None)
    phones = changes.pop("phones", None)
    circle_given = "circle_key" in changes
    circle_key = changes.pop("circle_key", None)
    clean = _clean(changes)
    emails = None if emails is None else _labelled(emails, "emails")
    phones = None if phones is None else _labelled(phones, "phones")
    if circle_given:
        clean["circle"] = _circle_id(circle_key)
    with db.atomic():
        if not Contact.select().where(Contact.id == contact_id).exists():
            raise UnknownContact(contact_id)
        clean["updated_at"] = datetime.now().replace(microsecond=0)
        Contact.update(clean).where(Contact.id == contact_id).execute()
        _write_labelled(contact_id, emails, phones)


def move(contact_id: int, circle_key: str | None) -> None:
    """Put a contact in a circle (None: back to the unplaced tray)."""
    cursor = db.execute_sql(f"{_MOVE_SQL} = ?", (_circle_id(circle_key), _stamp(), contact_id))
    if not cursor.rowcount:
        raise UnknownContact(contact_id)


_CHUNK = 500  # ids per statement: well under SQLite's limit of bound values


def move_many(moves: dict[int, str | None]) -> None:
    """Move many contacts at once, each to its own circle (None: unplaced): one UPDATE per
    circle named (per 500 contacts), all in one transaction. An unknown circle or contact
    raises before anything is kept."""
    if not moves:
        return
    keys = sorted({key for key in moves.values() if key is not None})
    found: dict[str, int] = {}
    if keys:
        marks = ", ".join("?" * len(keys))
        sql = f"SELECT key, id FROM circle WHERE key IN ({marks})"
        found = dict(db.execute_sql(sql, keys).fetchall())
    for missing in sorted(set(keys) - set(found)):
        raise InvalidContact("circle", "no_circle", value=missing)
    by_circle: dict[str | None, list[int]] = {}
    for contact_id, key in moves.items():
        by_circle.setdefault(key, []).append(contact_id)
    now = _stamp()
    with db.atomic():
        updated = 0
        for key, ids in by_circle.items():
            circle_id = None if key is None else found[key]
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                sql = f"{_MOVE_SQL} IN ({', '.join('?' * len(chunk))})"
                updated += db.execute_sql(sql, (circle_id, now, *chunk)).rowcount
        if updated != len(moves):  # the transaction rolls back: nobody moved
            ids, there = list(moves), set[int]()
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                sql = f"SELECT id FROM contact WHERE id IN ({', '.join('?' * len(chunk))})"
                there.update(row[0] for row in db.execute_sql(sql, chunk).fetchall())
            raise UnknownContact(min(set(ids) - there))


def snapshot(contact_id: int) -> ContactSnapshot:
    details = contact_details(contact_id)
    if details is None:
        raise UnknownContact(contact_id)
    contact = Contact.get_by_id(contact_id)
    referrals = tuple(
        cast(
            "Iterable[tuple[int, int, date | None, str]]",
            Referral.select(
                Referral.introducer, Referral.introduced, Referral.introduced_on, Referral.note
            )
            .where((Referral.introducer == contact_id) | (Referral.introduced == contact_id))
            .tuples(),
        )
    )
    interactions = tuple(
        cast(
            "Iterable[tuple[int, date, str, str, str]]",
            Interaction.select(
                Interaction.id,
                Interaction.happened_on,
                Interaction.kind,
                Interaction.note,
                Interaction.outcome,
            )
            .where(Interaction.contact == contact_id)
            .tuples(),
        )
    )
    attendances = tuple(
        cast(
            "Iterable[tuple[int, str, str]]",
            Attendance.select(Attendance.event, Attendance.status, Attendance.occurrence)
            .where(Attendance.contact == contact_id)
            .tuples(),
        )
    )
    return ContactSnapshot(
        details,
        contact.created_at,
        referrals,
        interactions,
        attendances,
        extras_snapshot.snapshot(contact_id),
        sync_links.links("contact", contact_id),
    )


def delete(contact_id: int) -> ContactSnapshot:
    """Remove a contact with its e-mails, phones, interactions and referrals."""
    with db.atomic():
        saved = snapshot(contact_id)
        Contact.delete().where(Contact.id == contact_id).execute()
    return saved


def restore(saved: ContactSnapshot) -> int:
    """Put a deleted contact back with its original id, so stacked undo commands still fit."""
    d = saved.details
    values = {f.name: getattr(d, f.name) for f in fields(d) if f.name in SCALAR_FIELDS}
    with db.atomic():
        Contact.insert(
            id=d.id, circle=_circle_id(d.circle_key), created_at=saved.created_at, **values
        ).execute()
        _write_labelled(d.id, d.emails, d.phones)
        for introducer, introduced, on, note in saved.referrals:
            Referral.insert(
                introducer=introducer, introduced=introduced, introduced_on=on, note=note
            ).on_conflict_ignore().execute()
        for interaction_id, on, kind, note, outcome in saved.interactions:
            Interaction.insert(
                id=interaction_id,
                contact=d.id,
                happened_on=on,
                kind=kind,
                note=note,
                outcome=outcome,
            ).execute()
        for event_id, status, occurrence in saved.attendances:
            Attendance.insert(
                event=event_id, contact=d.id, status=status, occurrence=occurrence
            ).on_conflict_ignore().execute()
        extras_snapshot.restore(d.id, saved.extras)
        sync_links.relink("contact", d.id, saved.sync_links)
    return d.id


def fields_of(details: ContactDetails) -> dict[str, Any]:
    """The editable values of a contact, in the shape update() takes."""
    values = {name: getattr(details, name) for name in SCALAR_FIELDS}
    values["emails"] = details.emails
    values["phones"] = details.phones
    values["circle_key"] = details.circle_key
    return values


def problems(changes: dict[str, Any]) -> dict[str, InvalidContact]:
    """Every refused field of `changes` with its refusal, without writing: for inline messages
    (the ui words each refusal's kind)."""
    found: dict[str, InvalidContact] = {}
    for name, value in changes.items():
        try:
            if name in ("emails", "phones"):
                _labelled(value, name)
            elif name == "circle_key":
                _circle_id(value)
            else:
                _clean({name: value})
        except InvalidContact as error:
            found[error.field] = error
    return found


def tray() -> tuple[set[int], list[int]]:
    """Every contact's id, and the ids of those in no circle (the unplaced tray) in id order:
    what the triage panel needs, without reading every contact's row."""
    everyone = Contact.select(Contact.id).tuples()
    unplaced = Contact.select(Contact.id).where(Contact.circle.is_null()).order_by(Contact.id)
    return (
        {row[0] for row in cast("Iterable[tuple[int]]", everyone)},
        [row[0] for row in cast("Iterable[tuple[int]]", unplaced.tuples())],
    )
