"""Contacts out: vCard 3.0 (Apple, Google, Thunderbird) and Google's CSV layout, written atomically.

What these write, csv_formats.py and vcard.py read back to the same contacts.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vobject

from networkcircles import safe_files
from networkcircles.interchange.csv_formats import GOOGLE_BUILT_IN_LABELS, GOOGLE_SEPARATOR
from networkcircles.interchange.formulas import escape_formula
from networkcircles.interchange.organizations import UNIT_SEPARATOR, split_organizations
from networkcircles.interchange.records import split_tags
from networkcircles.interchange.vcard import CIRCLE_PROPERTY, HOW_KNOWN_PROPERTY
from networkcircles.store import queries
from networkcircles.store.db import db
from networkcircles.store.queries import ContactDetails, Labelled

FORMATS = ("vcard", "csv")
_VCARD_TYPES = {"home": "HOME", "work": "WORK", "mobile": "CELL", "fax": "FAX", "pager": "PAGER"}


class UnknownFormat(ValueError):
    pass


def load_contacts(circle_key: str | None = None) -> list[ContactDetails]:
    """Every contact (or one circle's) with e-mails and phones, in three queries."""
    where, params = ("WHERE ci.key = ?", (circle_key,)) if circle_key else ("", ())
    rows = db.execute_sql(
        "SELECT c.id, c.name, ci.key, c.how_known, c.organization, c.role, c.address, "
        "c.website, c.linkedin, c.notes, c.tags, c.follow_up_note, c.warmth "
        f"FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id {where} ORDER BY c.id",
        params,
    ).fetchall()
    emails: dict[int, list[Labelled]] = {}
    phones: dict[int, list[Labelled]] = {}
    for table, column, target in (
        ("contact_email", "address", emails),
        ("contact_phone", "number", phones),
    ):
        for contact_id, value, label in db.execute_sql(
            f"SELECT contact_id, {column}, label FROM {table} ORDER BY contact_id, position, id"
        ).fetchall():
            target.setdefault(contact_id, []).append(Labelled(value, label))
    return [
        ContactDetails(
            id=r[0],
            name=r[1],
            circle_key=r[2],
            how_known=r[3],
            organization=r[4],
            role=r[5],
            emails=tuple(emails.get(r[0], ())),
            phones=tuple(phones.get(r[0], ())),
            address=r[6],
            website=r[7],
            linkedin=r[8],
            notes=r[9],
            tags=r[10],
            knows_looking_on=None,
            last_contacted=None,
            next_follow_up=None,
            follow_up_note=r[11],
            warmth=r[12],
        )
        for r in rows
    ]


def _split_name(name: str) -> tuple[str, str]:
    """(given, family): the last word is taken as the family name."""
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return " ".join(words[:-1]), words[-1]


def _add_labelled(card: Any, name: str, item: Labelled, base_type: str | None) -> None:
    label = item.label.strip()
    standard = _VCARD_TYPES.get(label.lower())
    if label and standard is None:  # a label of the user's own: Apple's grouped form
        group = f"item{sum(1 for line in card.getChildren() if line.name == 'X-ABLABEL') + 1}"
        line = card.add(name, group=group)
        card.add("x-ablabel", group=group).value = label
    else:
        line = card.add(name)
    line.value = item.value
    types = [t for t in (base_type, standard) if t]
    if types:
        line.type_paramlist = types


def _card(contact: ContactDetails) -> str:
    card = vobject.vCard()
    card.add("fn").value = contact.name
    given, family = _split_name(contact.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    for item in contact.emails:
        _add_labelled(card, "email", item, "INTERNET")
    for item in contact.phones:
        _add_labelled(card, "tel", item, None if item.label else "VOICE")
    for parts in split_organizations(contact.organization):  # "IBM; Accounting": ORG:IBM;Accounting
        card.add("org").value = parts
    if contact.role:
        card.add("title").value = contact.role
    if contact.address:
        card.add("adr").value = vobject.vcard.Address(street=contact.address)
    if contact.website:
        card.add("url").value = contact.website
    if contact.linkedin:
        _add_labelled(card, "url", Labelled(contact.linkedin, "LinkedIn"), None)
    if contact.notes:
        card.add("note").value = contact.notes
    tags = split_tags(contact.tags)
    if tags:
        card.add("categories").value = tags
    if contact.how_known:
        card.add(HOW_KNOWN_PROPERTY.lower()).value = contact.how_known
    if contact.circle_key:  # ours alone: other programs ignore X- properties
        card.add(CIRCLE_PROPERTY.lower()).value = contact.circle_key
    return str(card.serialize())


def vcard_text(contacts: list[ContactDetails]) -> str:
    return "".join(_card(contact) for contact in contacts)


@dataclass(frozen=True)
class _Slots:
    """How many numbered organisation, e-mail and phone columns the file needs."""

    organizations: int
    emails: int
    phones: int


def google_csv_text(contacts: list[ContactDetails], circle_names: dict[str, str]) -> str:
    """Google Contacts' export layout; the circle travels as a label."""
    slots = _Slots(
        max((len(split_organizations(c.organization)) for c in contacts), default=0) or 1,
        max((len(c.emails) for c in contacts), default=0) or 1,
        max((len(c.phones) for c in contacts), default=0) or 1,
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_google_header(slots))
    for contact in contacts:
        row = _google_row(contact, slots, circle_names)
        writer.writerow([escape_formula(cell) for cell in row])
    return out.getvalue()


def _google_header(slots: _Slots) -> list[str]:
    header = [
        "First Name",
        "Middle Name",
        "Last Name",
        "Name Prefix",
        "Name Suffix",
        "Nickname",
        "File As",
        "Birthday",
        "Notes",
        "Photo",
        "Labels",
    ]
    for number in range(1, slots.organizations + 1):
        header += [
            f"Organization {number} - Name",
            f"Organization {number} - Title",
            f"Organization {number} - Department",
        ]
    for number in range(1, slots.emails + 1):
        header += [f"E-mail {number} - Label", f"E-mail {number} - Value"]
    for number in range(1, slots.phones + 1):
        header += [f"Phone {number} - Label", f"Phone {number} - Value"]
    header += [
        "Address 1 - Label",
        "Address 1 - Formatted",
        "Website 1 - Label",
        "Website 1 - Value",
        "Website 2 - Label",
        "Website 2 - Value",
        "Custom Field 1 - Label",
        "Custom Field 1 - Value",
    ]
    return header


def _google_row(contact: ContactDetails, slots: _Slots, circle_names: dict[str, str]) -> list[str]:
    given, family = _split_name(contact.name)
    labels = ["* myContacts"]
    if contact.circle_key:
        labels.append(circle_names.get(contact.circle_key, contact.circle_key))
    labels += split_tags(contact.tags)
    # File As keeps a name that first and last name would respace ("Tomasz  Nowak").
    file_as = contact.name if f"{given} {family}".strip() != contact.name else ""
    row = [
        given,
        "",
        family,
        "",
        "",
        "",
        file_as,
        "",
        contact.notes,
        "",
        GOOGLE_SEPARATOR.join(labels),
    ]
    row += _organization_cells(contact, slots.organizations)
    for items, count in ((contact.emails, slots.emails), (contact.phones, slots.phones)):
        for index in range(count):
            item = items[index] if index < len(items) else Labelled("")
            row += [_google_label(item.label) if item.value else "", item.value]
    row += ["Home" if contact.address else "", contact.address]
    row += ["", contact.website, "LinkedIn" if contact.linkedin else "", contact.linkedin]
    row += ["How known" if contact.how_known else "", contact.how_known]
    return row


def _organization_cells(contact: ContactDetails, slots: int) -> list[str]:
    """Name, title and department of each organisation; the title goes with the first."""
    organizations = split_organizations(contact.organization)
    cells: list[str] = []
    for index in range(slots):
        parts = organizations[index] if index < len(organizations) else [""]
        title = contact.role if index == 0 else ""
        cells += [parts[0], title, UNIT_SEPARATOR.join(parts[1:])]
    return cells


def _google_label(label: str) -> str:
    return label.title() if label.lower() in GOOGLE_BUILT_IN_LABELS else label


def export_contacts(path: Path | str, format: str, circle_key: str | None = None) -> int:
    """Write all contacts (or one circle's) to `path`; return how many were written.

    The file appears whole or not at all: it is written beside its target, then renamed.
    """
    if format not in FORMATS:
        raise UnknownFormat(format)
    contacts = load_contacts(circle_key)
    names = {row.key: row.name for row in queries.circles()}
    text = vcard_text(contacts) if format == "vcard" else google_csv_text(contacts, names)
    write_atomically(Path(path), text)
    return len(contacts)


def write_atomically(path: Path, text: str) -> None:
    """`text` to `path` whole or not at all, owner-only, never over a device or a pipe."""
    safe_files.write_atomically(path, text)
