"""One vCard (a vobject component, values in native form) as an `ImportedContact`, field by
field: names, organisations, e-mails and phones, addresses, links, notes and our own extensions.

vCard 4.0's KIND says what a card describes: `individual` (the default) is a person,
`org` an organisation (a contact whose name is the organisation: no person's name is made up
from N), `group` a list of other cards (not a contact: vcard.py turns it into a tag on its
members). Other kinds (`location`, `device`, X- kinds) are read as a person would be.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from networkcircles.interchange.organizations import join_organizations, split_organizations
from networkcircles.interchange.records import ImportedContact, is_email, split_tags
from networkcircles.store.queries import Labelled

OWN_PREFIX = "X-NETWORKCIRCLES-"
HOW_KNOWN_PROPERTY = OWN_PREFIX + "HOW-KNOWN"
CIRCLE_PROPERTY = OWN_PREFIX + "CIRCLE"

# vCard TYPE values that say nothing a person would call a label.
_NOT_LABELS = {"INTERNET", "PREF", "VOICE", "X400", "MSG", "TEXT", "VIDEO", "BBS", "MODEM", "ISDN"}
_TYPE_LABELS = {"CELL": "mobile", "IPHONE": "iphone"}

Card = Any  # a vobject Component (vobject has no type information)
Line = Any  # a vobject ContentLine
Warn = Callable[[int, str, str], None]
"""Records a warning: (line of the text, message, kind)."""


@dataclass(slots=True)
class Group:
    """A KIND:group card: its name and its members as the card writes them (urn:uuid:…,
    mailto:…), for vcard.py to find among the file's other cards."""

    name: str
    line: int
    members: list[str] = field(default_factory=list)


def kind(card: Card) -> str:
    """The card's KIND, lower case; "individual" when it has none."""
    lines = card.contents.get("kind", [])
    value = text_of(lines[0].value).lower() if lines else ""
    return value or "individual"


def uid(card: Card) -> str:
    lines = card.contents.get("uid", [])
    return text_of(lines[0].value) if lines else ""


def group(card: Card, line: int) -> Group:
    members = [text_of(item.value) for item in card.contents.get("member", [])]
    return Group(display_name(card), line, [member for member in members if member])


def contact(card: Card, line: int, warn: Warn) -> ImportedContact | None:
    """The contact a card describes; None when it has no name, e-mail or organisation to show
    it by. A value that cannot be what its property says (an EMAIL that is not an address) is
    left out with a warning: the rest of the card is still the person."""
    labels = group_labels(card)
    is_org = kind(card) == "org"
    found = ImportedContact(name=display_name(card, use_n=not is_org), line=line)
    found.emails = email_addresses(card, labels, warn)
    found.phones = phone_numbers(card, labels)
    found.organization = organization(card) or (found.name if is_org else "")
    if is_org and not found.name:  # named by the organisation itself, not its units
        found.name = split_organizations(found.organization)[0][0]
    found.role = role(card)
    found.address = address(card)
    found.website, found.linkedin = links(card, labels)
    found.notes = notes(card)
    found.tags = categories(card)
    found.own = own_values(card)
    found.how_known = found.own.get(HOW_KNOWN_PROPERTY, "")
    if not found.name:
        found.name = found.organization or (found.emails[0].value if found.emails else "")
    return found if found.name else None


# -- text and labels ---------------------------------------------------------------------------


def text_of(value: object) -> str:
    """A value as one line of stored text: lists joined by commas, line ends as "\\n"."""
    if isinstance(value, list):
        value = ",".join(str(part) for part in value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def types(line: Line) -> list[str]:
    """TYPE values from both 3.0/4.0 (TYPE=a,b or TYPE="a,b") and 2.1 (TEL;CELL)."""
    values: list[str] = []
    for value in line.params.get("TYPE", []) + list(getattr(line, "singletonparams", [])):
        values.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return values


def _apple_label(text: str) -> str:
    # Apple writes its built-in labels as _$!<Mobile>!$_ and the user's own as typed.
    if text.startswith("_$!<") and text.endswith(">!$_"):
        return text[4:-4].lower()
    return text


def group_labels(card: Card) -> dict[str, str]:
    """Apple's X-ABLabel lines by the group they label ("ITEM1" -> "work")."""
    return {
        item.group.upper(): _apple_label(text_of(item.value))
        for item in card.contents.get("x-ablabel", [])
        if item.group
    }


def label(line: Line, labels: dict[str, str]) -> str:
    if line.group and line.group.upper() in labels:
        return labels[line.group.upper()]
    for value in types(line):
        if value not in _NOT_LABELS and not value.startswith("X-"):
            return _TYPE_LABELS.get(value, value.lower())
    return ""


# -- names and organisations -------------------------------------------------------------------


def display_name(card: Card, use_n: bool = True) -> str:
    """FN, else the parts of N in reading order (when `use_n`), else ""."""
    if "fn" in card.contents:
        name = text_of(card.fn.value)
        if name:
            return name
    if use_n and "n" in card.contents:
        value = card.n.value
        parts = [value.prefix, value.given, value.additional, value.family, value.suffix]
        words = [text_of(part) for part in parts if part and text_of(part)]
        if words:
            return " ".join(words)
    return ""


def organization(card: Card) -> str:
    """Every ORG line with its units (ORG:IBM;Accounting), empty parts left out, as one text
    (interchange/organizations.py: "IBM; Accounting / City Volunteers")."""
    return join_organizations(
        [text_of(part) for part in (org.value if isinstance(org.value, list) else [org.value])]
        for org in card.contents.get("org", [])
    )


def role(card: Card) -> str:
    for key in ("title", "role"):
        if key in card.contents:
            value = text_of(card.contents[key][0].value)
            if value:
                return value
    return ""


# -- e-mails and phones ------------------------------------------------------------------------


def email_addresses(card: Card, labels: dict[str, str], warn: Warn) -> list[Labelled]:
    """Every e-mail address; a value that is not one is left out with a warning."""
    found: list[Labelled] = []
    for item in card.contents.get("email", []):
        address = text_of(item.value)
        if not address:
            continue
        if not is_email(address):
            message = f"EMAIL '{address}' left out: it is not an e-mail address"
            warn(getattr(item, "lineNumber", None) or 0, message, "left-out")
            continue
        found.append(Labelled(address, label(item, labels)))
    return found


def phone_numbers(card: Card, labels: dict[str, str]) -> list[Labelled]:
    """Every number as written; vCard 4.0's RFC 3966 URIs ("tel:+1-555-0100;ext=2") unwrapped."""
    found: list[Labelled] = []
    for item in card.contents.get("tel", []):
        number = text_of(item.value)
        if number.lower().startswith("tel:"):
            number = number[4:].replace(";ext=", " ext. ")
        if number:
            found.append(Labelled(number, label(item, labels)))
    return found


# -- addresses and links -----------------------------------------------------------------------


def address(card: Card) -> str:
    """The first ADR as one line, its non-empty parts joined by commas."""
    if "adr" not in card.contents:
        return ""
    value = card.adr.value
    if isinstance(value, str):
        return text_of(value)
    parts = [
        value.box,
        value.extended,
        value.street,
        value.city,
        value.region,
        value.code,
        value.country,
    ]
    return ", ".join(text_of(part) for part in parts if part and text_of(part))


# Google and others escape a URL as text ("https\\://…"); a backslash is never part of a URL,
# so one before : ; , or another backslash is an escape and goes.
_URL_ESCAPE = re.compile(r"\\([:;,\\])")

# The groups Google gives every contact, written into its vCards as categories; its CSV marks
# them with "* ". They are Google's bookkeeping, not the user's tags.
_GOOGLE_SYSTEM_GROUPS = {"mycontacts", "starred"}


def links(card: Card, labels: dict[str, str]) -> tuple[str, str]:
    """(website, LinkedIn profile): the first URL of each kind; X-SOCIALPROFILE is LinkedIn's
    only when it says so."""
    website = linkedin = ""
    for item in card.contents.get("url", []) + card.contents.get("x-socialprofile", []):
        url = _URL_ESCAPE.sub(r"\1", text_of(item.value))
        is_linkedin = (
            "linkedin.com" in url.lower()
            or "LINKEDIN" in types(item)
            or label(item, labels).casefold() == "linkedin"
        )
        if is_linkedin and not linkedin:
            linkedin = url
        elif not is_linkedin and not website and item.name.upper() == "URL":
            website = url
    return website, linkedin


# -- notes, tags and our own extensions --------------------------------------------------------


def notes(card: Card) -> str:
    return "\n".join(text_of(item.value) for item in card.contents.get("note", []))


def categories(card: Card) -> list[str]:
    tags: list[str] = []
    for item in card.contents.get("categories", []):
        value = item.value
        if isinstance(value, list):
            found = [text_of(part) for part in value]
        else:
            found = split_tags(text_of(value))
        tags.extend(
            tag
            for tag in found
            if tag and tag not in tags and tag.casefold() not in _GOOGLE_SYSTEM_GROUPS
        )
    return tags


def own_values(card: Card) -> dict[str, str]:
    """The first value of each of networkcircles' own X-NETWORKCIRCLES-* properties, by name
    (upper case). One the card lacks (another program dropped it) is absent, not empty."""
    return {
        key.upper(): text_of(lines[0].value)
        for key, lines in card.contents.items()
        if key.upper().startswith(OWN_PREFIX) and lines
    }
