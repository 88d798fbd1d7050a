"""One contact as sync compares it: a few named fields, read from a vCard's text and from the
store, written back into a vCard without losing what other programs put there.

The standard fields are read by the project's own vCard reader (interchange.vcard.read_vcards,
one small temporary file per card) and written by the exporter
(interchange.exporting.vcard_text); this module adds only what sync needs on top: the UID,
the circle and reliability answers as X-NETWORKCIRCLES-* properties, and replacing just the
properties of the fields that changed inside the server's own card (a phone's PHOTO, BDAY or
structured address stay as they were).
"""

import re
import tempfile
from pathlib import Path

import vobject

from networkcircles.interchange.exporting import vcard_text
from networkcircles.interchange.records import ImportRejected, split_tags
from networkcircles.interchange.vcard import CIRCLE_PROPERTY, HOW_KNOWN_PROPERTY, read_vcards
from networkcircles.store.queries import ContactDetails

RELIABILITY_PROPERTY = "X-NETWORKCIRCLES-RELIABILITY"

# Lists merge item by item; the others are single values.
LIST_FIELDS = ("emails", "phones", "tags")
FIELDS = ("name", "emails", "phones", "organization", "role", "address", "website", "linkedin",
          "notes", "tags", "how_known", "circle", "reliability")  # fmt: skip
# Fields other programs may drop: absent (None) means "no opinion", never "cleared".
OWN_FIELDS = ("how_known", "circle", "reliability")

# The vCard properties that carry each field (lower case, as vobject keys them).
_PROPERTIES = {
    "name": ("fn", "n"), "emails": ("email",), "phones": ("tel",), "organization": ("org",),
    "role": ("title", "role"), "address": ("adr",), "website": ("url", "x-socialprofile"),
    "linkedin": ("url", "x-socialprofile"), "notes": ("note",), "tags": ("categories",),
    "how_known": (HOW_KNOWN_PROPERTY.lower(),), "circle": (CIRCLE_PROPERTY.lower(),),
    "reliability": (RELIABILITY_PROPERTY.lower(),),
}  # fmt: skip

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


def local_fields(details: ContactDetails, answers=(None, None, None)) -> Fields:
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
        "reliability": reliability_text(tuple(answers)),
    }


def _unfolded(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def _own_property(text: str, name: str) -> str | None:
    match = re.search(rf"^{re.escape(name)}(?:;[^:\r\n]*)?:(.*?)\r?$", text, re.M | re.I)
    return None if match is None else match.group(1).replace("\\,", ",").replace("\\;", ";")


def read_cards(texts: dict[str, str]) -> dict[str, Fields | str]:
    """href -> fields, or the reason the card cannot become a contact. Each card is read on
    its own (one small temporary file each), so no card's fields can land on another's."""
    found: dict[str, Fields | str] = {}
    if not texts:
        return found
    with tempfile.TemporaryDirectory(prefix="networkcircles-sync-") as folder:
        path = Path(folder) / "card.vcf"
        for href, text in texts.items():
            path.write_text(text, encoding="utf-8", newline="")
            try:
                parsed = read_vcards(path)
            except ImportRejected as rejected:
                found[href] = rejected.reason
                continue
            if parsed.rejected:
                found[href] = parsed.rejected[0].reason
            elif len(parsed.contacts) != 1:
                found[href] = "the server's item holds no single vCard"
            else:
                found[href] = _fields(parsed.contacts[0], text)
    return found


def _fields(contact, text: str) -> Fields:
    unfolded = _unfolded(text)
    circle = _own_property(unfolded, CIRCLE_PROPERTY)
    reliability = _own_property(unfolded, RELIABILITY_PROPERTY)
    how_known = contact.how_known if _own_property(unfolded, HOW_KNOWN_PROPERTY) else None
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
        "how_known": how_known,
        "circle": None if circle is None else circle.strip(),
        "reliability": None if reliability is None else reliability.strip(),
    }


def _component(text: str):
    return vobject.readOne(text, allowQP=True)


def new_card(details: ContactDetails, fields: Fields, uid: str) -> str:
    """A whole vCard 3.0 for a contact the server has not seen."""
    card = _component(vcard_text([details]))
    card.add("uid").value = uid
    if fields.get("reliability"):
        card.add(RELIABILITY_PROPERTY.lower()).value = fields["reliability"]
    return card.serialize()


def updated_card(server_text: str, details: ContactDetails, fields: Fields, changed) -> str:
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
        labels = [line for line in card.contents.get("x-ablabel", [])
                  if not (line.group and line.group.upper() in gone_groups)]  # fmt: skip
        if labels:
            card.contents["x-ablabel"] = labels
        else:
            card.contents.pop("x-ablabel", None)
    taken = {line.group.upper() for lines in card.contents.values() for line in lines
             if getattr(line, "group", None)}  # fmt: skip
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
    return card.serialize()


def _free_group(taken: set[str], renamed: dict[str, str]) -> str:
    number = 1
    used = taken | {value.upper() for value in renamed.values()}
    while f"NCITEM{number}" in used:
        number += 1
    return f"ncitem{number}"
