"""vCard 2.1, 3.0 and 4.0 files in, whole or not at all (vobject does the parsing)."""

import binascii
from pathlib import Path

import vobject
from vobject.base import VObjectError

from networkcircles.interchange.organizations import join_organizations
from networkcircles.interchange.reading import read_folded
from networkcircles.interchange.records import (
    ImportedContact,
    ImportRejected,
    ParsedFile,
    RejectedRow,
    is_email,
    split_tags,
)
from networkcircles.store.queries import Labelled

# vCard TYPE values that say nothing a person would call a label.
_NOT_LABELS = {"INTERNET", "PREF", "VOICE", "X400", "MSG", "TEXT", "VIDEO", "BBS", "MODEM", "ISDN"}
_TYPE_LABELS = {"CELL": "mobile", "IPHONE": "iphone"}

HOW_KNOWN_PROPERTY = "X-NETWORKCIRCLES-HOW-KNOWN"
CIRCLE_PROPERTY = "X-NETWORKCIRCLES-CIRCLE"

# Properties a contact is made of: one of these over MAX_FIELD_BYTES refuses the file.
KEPT_PROPERTIES = frozenset({
    "BEGIN", "END", "VERSION", "FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "ROLE", "ADR", "URL",
    "X-SOCIALPROFILE", "NOTE", "CATEGORIES", "X-ABLABEL", HOW_KNOWN_PROPERTY,
})  # fmt: skip
# Embedded files we never keep: left out before vobject sees them (a 50 MB photo took minutes,
# and a damaged one refused the whole file).
DROPPED_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


def read_vcards(path: Path) -> ParsedFile:
    """Every contact in a .vcf file, plus the cards that cannot become one.

    Raises ImportRejected when the file is not a vCard file, is cut off, or is damaged
    anywhere: then none of its cards count.
    """
    path = Path(path)
    decoded = read_folded(path, "VCARD", KEPT_PROPERTIES, DROPPED_PROPERTIES,
                          quoted_printable=True)  # fmt: skip
    text = decoded.text
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.upper() != "BEGIN:VCARD":
        raise ImportRejected(path, 1, "this is not a vCard file (it must start with BEGIN:VCARD)",
                             "wrong-type")  # fmt: skip
    contacts: list[ImportedContact] = []
    rejected: list[RejectedRow] = []
    record = 0
    try:
        for component in vobject.readComponents(text, allowQP=True):
            record += 1
            if component.name.upper() != "VCARD":
                raise ImportRejected(
                    path, record, f"found a {component.name} where a vCard should be",
                    "wrong-type", is_record=True,
                )  # fmt: skip
            line = _first_line(component)
            line = decoded.file_line(line) if line else 0
            contact = _contact(component, line)
            if contact is None:
                rejected.append(
                    RejectedRow(path, line, "the card has no name, e-mail or organisation")
                )
            elif isinstance(contact, str):
                rejected.append(RejectedRow(path, line, contact))
            else:
                contacts.append(contact)
    except ImportRejected:
        raise
    except VObjectError as error:
        reason, kind = _reason(error)
        number = getattr(error, "lineNumber", None)
        line = decoded.file_line(number) if isinstance(number, int) else None
        raise ImportRejected(path, line, reason, kind) from None
    except (ValueError, UnicodeError, LookupError, binascii.Error) as error:
        raise ImportRejected(path, record + 1, f"the card cannot be read ({error})", "damaged",
                             is_record=True) from None  # fmt: skip
    if record == 0:
        raise ImportRejected(path, None, "the file holds no vCard", "empty")
    return ParsedFile(path, "vcard", contacts, rejected, decoded.warnings)


def _reason(error: VObjectError) -> tuple[str, str]:
    message = str(getattr(error, "msg", error))
    if "never closed" in message:
        return "the file is cut off (a vCard has no END:VCARD)", "cut-off"
    return f"the vCard is damaged ({message})", "damaged"


def _first_line(component) -> int:
    for lines in component.contents.values():
        number = getattr(lines[0], "lineNumber", None)
        if number:
            return max(1, number - 1)  # the BEGIN:VCARD line comes before its first property
    return 0


def _types(line) -> list[str]:
    """TYPE values from both 3.0/4.0 (TYPE=a,b or TYPE="a,b") and 2.1 (TEL;CELL)."""
    values = []
    for value in line.params.get("TYPE", []) + list(getattr(line, "singletonparams", [])):
        values.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return values


def _apple_label(text: str) -> str:
    # Apple writes its built-in labels as _$!<Mobile>!$_ and the user's own as typed.
    if text.startswith("_$!<") and text.endswith(">!$_"):
        return text[4:-4].lower()
    return text


def _label(line, group_labels: dict[str, str]) -> str:
    if line.group and line.group.upper() in group_labels:
        return group_labels[line.group.upper()]
    for value in _types(line):
        if value not in _NOT_LABELS and not value.startswith("X-"):
            return _TYPE_LABELS.get(value, value.lower())
    return ""


def _text(value) -> str:
    if isinstance(value, list):
        value = ",".join(str(part) for part in value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _name(component) -> str:
    if "fn" in component.contents:
        name = _text(component.fn.value)
        if name:
            return name
    if "n" in component.contents:
        value = component.n.value
        parts = [value.prefix, value.given, value.additional, value.family, value.suffix]
        words = [_text(part) for part in parts if part and _text(part)]
        if words:
            return " ".join(words)
    return ""


def _contact(component, line: int) -> ImportedContact | str | None:
    group_labels = {
        item.group.upper(): _apple_label(_text(item.value))
        for item in component.contents.get("x-ablabel", [])
        if item.group
    }
    contact = ImportedContact(name=_name(component), line=line)
    for item in component.contents.get("email", []):
        address = _text(item.value)
        if not address:
            continue
        if not is_email(address):
            return f"'{address}' is not an e-mail address"
        contact.emails.append(Labelled(address, _label(item, group_labels)))
    for item in component.contents.get("tel", []):
        number = _text(item.value)
        if number.lower().startswith("tel:"):  # vCard 4.0 writes numbers as RFC 3966 URIs
            number = number[4:].replace(";ext=", " ext. ")
        if number:
            contact.phones.append(Labelled(number, _label(item, group_labels)))
    contact.organization = join_organizations(  # every ORG line, units kept (csvimport)
        [_text(part) for part in (org.value if isinstance(org.value, list) else [org.value])]
        for org in component.contents.get("org", [])
    )
    for key in ("title", "role"):
        if key in component.contents and not contact.role:
            contact.role = _text(component.contents[key][0].value)
    if "adr" in component.contents:
        contact.address = _address(component.adr.value)
    for item in component.contents.get("url", []) + component.contents.get("x-socialprofile", []):
        url = _text(item.value)
        is_linkedin = (
            "linkedin.com" in url.lower()
            or "LINKEDIN" in _types(item)
            or _label(item, group_labels).casefold() == "linkedin"
        )
        if is_linkedin and not contact.linkedin:
            contact.linkedin = url
        elif not is_linkedin and not contact.website and item.name.upper() == "URL":
            contact.website = url
    if "note" in component.contents:
        contact.notes = "\n".join(_text(item.value) for item in component.contents["note"])
    for item in component.contents.get("categories", []):
        value = item.value
        tags = [_text(v) for v in value] if isinstance(value, list) else split_tags(_text(value))
        contact.tags.extend(tag for tag in tags if tag and tag not in contact.tags)
    how_known = component.contents.get(HOW_KNOWN_PROPERTY.lower())
    if how_known:
        contact.how_known = _text(how_known[0].value)
    if not contact.name:
        contact.name = contact.organization or (contact.emails[0].value if contact.emails else "")
    return contact if contact.name else None


def _address(value) -> str:
    if isinstance(value, str):
        return _text(value)
    parts = [value.box, value.extended, value.street, value.city, value.region, value.code,
             value.country]  # fmt: skip
    return ", ".join(_text(part) for part in parts if part and _text(part))
