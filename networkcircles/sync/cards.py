"""One contact as sync compares it: a few named fields, read from a vCard's text and from the
store, written back into a vCard without losing what other programs put there.

The standard fields are read by the project's own vCard reader (interchange.vcard.read_vcard_bytes,
one card at a time, from memory) and written by the exporter
(interchange.exporting.vcard_text); this module adds only what sync needs on top: the UID,
the circle and reliability answers as X-NETWORKCIRCLES-* properties, and replacing just the
properties of the fields that changed inside the server's own card (a phone's PHOTO, BDAY or
structured address stay as they were).
"""

import re
from collections.abc import Iterable
from typing import Any

import vobject

from networkcircles.interchange.exporting import vcard_text
from networkcircles.interchange.records import ImportedContact, ImportRejected, split_tags
from networkcircles.interchange.vcard import CIRCLE_PROPERTY, HOW_KNOWN_PROPERTY, read_vcard_bytes
from networkcircles.store.queries import ContactDetails

RELIABILITY_PROPERTY = "X-NETWORKCIRCLES-RELIABILITY"

# Lists merge item by item; the others are single values.
LIST_FIELDS = ("emails", "phones", "tags")
FIELDS = (
    "name",
    "emails",
    "phones",
    "organization",
    "role",
    "address",
    "website",
    "linkedin",
    "notes",
    "tags",
    "how_known",
    "circle",
    "reliability",
)
# Fields other programs may drop: absent (None) means "no opinion", never "cleared".
OWN_FIELDS = ("how_known", "circle", "reliability")

# The vCard properties that carry each field (lower case, as vobject keys them).
_PROPERTIES = {
    "name": ("fn", "n"),
    "emails": ("email",),
    "phones": ("tel",),
    "organization": ("org",),
    "role": ("title", "role"),
    "address": ("adr",),
    "website": ("url", "x-socialprofile"),
    "linkedin": ("url", "x-socialprofile"),
    "notes": ("note",),
    "tags": ("categories",),
    "how_known": (HOW_KNOWN_PROPERTY.lower(),),
    "circle": (CIRCLE_PROPERTY.lower(),),
    "reliability": (RELIABILITY_PROPERTY.lower(),),
}

_ANSWERS = ("has_useful_contacts", "can_convey", "passes_gossip")
_WORDS = {True: "yes", False: "no", None: "unknown"}

Fields = dict[str, object]


def reliability_text(answers: tuple[bool | None, bool | None, bool | None]) -> str:
    if all(answer is None for answer in answers):
        return ""
    pairs = zip(_ANSWERS, answers, strict=True)
    return " ".join(f"{name}={_WORDS[value]}" for name, value in pairs)


def reliability_answers(text: str) -> dict[str, bool | None]:
    words = {value: key for key, value in _WORDS.items()}
    answers: dict[str, bool | None] = dict.fromkeys(_ANSWERS)
    for part in re.split(r"[\s;,]+", text):
        name, _, value = part.partition("=")
        if name.strip() in answers and value.strip().lower() in words:
            answers[name.strip()] = words[value.strip().lower()]
    return answers


Answers = tuple[bool | None, bool | None, bool | None]


def local_fields(details: ContactDetails, answers: Answers = (None, None, None)) -> Fields:
    useful, convey, gossip = answers  # a list of three does too
    return {
        "name": details.name,
        "emails": tuple((item.value, item.label) for item in details.emails),
        "phones": tuple((item.value, item.label) for item in details.phones),
        "organization": details.organization,
        "role": details.role,
        "address": details.address,
        "website": details.website,
        "linkedin": details.linkedin,
        "notes": details.notes,
        "tags": tuple(split_tags(details.tags)),
        "how_known": details.how_known,
        "circle": details.circle_key or "",
        "reliability": reliability_text((useful, convey, gossip)),
    }


def read_cards(texts: dict[str, str]) -> dict[str, Fields | str]:
    """href -> fields, or the reason the card cannot become a contact. Each card is read on
    its own (its href names it in messages), so no card's fields can land on another's."""
    found: dict[str, Fields | str] = {}
    for href, text in texts.items():
        try:
            parsed = read_vcard_bytes(text.encode("utf-8", "replace"), href)
        except ImportRejected as rejected:
            found[href] = rejected.reason
            continue
        # Half a card would be written back without what was left out: a card whose kept
        # value cannot be read (an EMAIL that is not an address) is skipped, as a whole.
        left_out = [warning.message for warning in parsed.warnings if warning.kind == "left-out"]
        if parsed.rejected:
            found[href] = parsed.rejected[0].reason
        elif left_out:
            found[href] = f"a value networkcircles cannot keep ({left_out[0]})"
        elif len(parsed.contacts) != 1:
            found[href] = "the server's item holds no single vCard"
        else:
            found[href] = _fields(parsed.contacts[0])
    return found


def _fields(contact: ImportedContact) -> Fields:
    circle = contact.own.get(CIRCLE_PROPERTY)
    reliability = contact.own.get(RELIABILITY_PROPERTY)
    return {
        "name": contact.name,
        "emails": tuple((item.value, item.label) for item in contact.emails),
        "phones": tuple((item.value, item.label) for item in contact.phones),
        "organization": contact.organization,
        "role": contact.role,
        "address": contact.address,
        "website": contact.website,
        "linkedin": contact.linkedin,
        "notes": contact.notes,
        "tags": tuple(contact.tags),
        "how_known": contact.how_known if HOW_KNOWN_PROPERTY in contact.own else None,
        "circle": None if circle is None else circle.strip(),
        "reliability": None if reliability is None else reliability.strip(),
    }


def _component(text: str) -> Any:  # a vobject Component (vobject has no type information)
    return vobject.readOne(text, allowQP=True)


def new_card(details: ContactDetails, fields: Fields, uid: str) -> str:
    """A whole vCard 3.0 for a contact the server has not seen."""
    card = _component(vcard_text([details]))
    card.add("uid").value = uid
    if fields.get("reliability"):
        card.add(RELIABILITY_PROPERTY.lower()).value = fields["reliability"]
    return str(card.serialize())


def updated_card(
    server_text: str, details: ContactDetails, fields: Fields, changed: Iterable[str]
) -> str:
    """The server's card with the properties of the `changed` fields replaced by ours."""
    card = _component(server_text)
    ours = _component(new_card(details, fields, "unused"))
    names = {name for field in changed for name in _PROPERTIES[field]}
    gone_groups = set()
    for name in names:
        for line in card.contents.pop(name, []):
            if line.group:
                gone_groups.add(line.group.upper())
    if gone_groups:
        labels = [
            line
            for line in card.contents.get("x-ablabel", [])
            if not (line.group and line.group.upper() in gone_groups)
        ]
        if labels:
            card.contents["x-ablabel"] = labels
        else:
            card.contents.pop("x-ablabel", None)
    taken = {
        line.group.upper()
        for lines in card.contents.values()
        for line in lines
        if getattr(line, "group", None)
    }
    renamed: dict[str, str] = {}
    for name in sorted(names):
        for line in ours.contents.get(name, []):
            if line.group:
                renamed[line.group.upper()] = line.group = _free_group(taken, renamed)
            card.add(line)
    for line in ours.contents.get("x-ablabel", []):
        if line.group and line.group.upper() in renamed:
            line.group = renamed[line.group.upper()]
            card.add(line)
    return str(card.serialize())


def _free_group(taken: set[str], renamed: dict[str, str]) -> str:
    number = 1
    used = taken | {value.upper() for value in renamed.values()}
    while f"NCITEM{number}" in used:
        number += 1
    return f"ncitem{number}"
