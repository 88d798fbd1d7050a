"""vCard 2.1, 3.0 and 4.0 files in, whole or not at all (vobject parses each line).

The file's bytes become text in reading.py, its lines become cards in vcard_lines.py (where a
property we do not keep that cannot be read is a warning, not a refusal), and each card becomes
a contact in vcard_fields.py. A KIND:group card (vCard 4.0) is not a person: its name becomes a
tag on those of its members that are in the same file, with a warning saying so.
"""

import binascii
from pathlib import Path

from vobject.base import VObjectError

from networkcircles.interchange import vcard_fields
from networkcircles.interchange.reading import (
    DecodedText,
    capped,
    read_folded,
    read_folded_bytes,
)
from networkcircles.interchange.records import (
    FileWarning,
    ImportedContact,
    ImportRejected,
    ParsedFile,
    RejectedRow,
)
from networkcircles.interchange.vcard_fields import (
    CIRCLE_PROPERTY,
    HOW_KNOWN_PROPERTY,
    Group,
)
from networkcircles.interchange.vcard_lines import VALUE_ERRORS, components

__all__ = [
    "CIRCLE_PROPERTY",
    "HOW_KNOWN_PROPERTY",
    "read_vcard_bytes",
    "read_vcards",
]

# Properties a contact is made of: one of these over MAX_FIELD_BYTES, or that cannot be read,
# refuses the file; any other is left out with a warning.
KEPT_PROPERTIES = frozenset(
    {
        "BEGIN",
        "END",
        "VERSION",
        "FN",
        "N",
        "EMAIL",
        "TEL",
        "ORG",
        "TITLE",
        "ROLE",
        "ADR",
        "URL",
        "X-SOCIALPROFILE",
        "NOTE",
        "CATEGORIES",
        "X-ABLABEL",
        HOW_KNOWN_PROPERTY,
        "KIND",
        "MEMBER",
    }
)
# Embedded files we never keep: left out before vobject sees them (a 50 MB photo took minutes,
# and a damaged one refused the whole file).
DROPPED_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


def read_vcards(path: Path) -> ParsedFile:
    """Every contact in a .vcf file, plus the cards that cannot become one.

    Raises ImportRejected when the file is not a vCard file, is cut off, or a value we keep is
    damaged: then none of its cards count.
    """
    path = Path(path)
    decoded = read_folded(path, "VCARD", KEPT_PROPERTIES, DROPPED_PROPERTIES, quoted_printable=True)
    return _parsed(decoded)


def read_vcard_bytes(data: bytes, name: str | Path) -> ParsedFile:
    """As read_vcards, for vCard text in memory (a card from a server); `name` stands for the
    file in messages and warnings."""
    decoded = read_folded_bytes(
        data, name, "VCARD", KEPT_PROPERTIES, DROPPED_PROPERTIES, quoted_printable=True
    )
    return _parsed(decoded)


def _parsed(decoded: DecodedText) -> ParsedFile:
    path, text = decoded.path, decoded.text
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.upper() != "BEGIN:VCARD":
        raise ImportRejected(
            path, 1, "this is not a vCard file (it must start with BEGIN:VCARD)", "wrong-type"
        )
    reader = _Reader(decoded)
    reader.read()
    if reader.records == 0:
        raise ImportRejected(path, None, "the file holds no vCard", "empty")
    in_order = sorted(reader.warnings, key=lambda warning: warning.line or 0)
    listed = [warning for warning in decoded.warnings if warning.kind != "more"]
    warnings = capped(path, listed + in_order + reader.apply_groups(), decoded.left_out)
    return ParsedFile(path, "vcard", reader.contacts, reader.rejected, warnings)


class _Reader:
    """The cards of one decoded file, in order: contacts, refused cards, groups, warnings."""

    def __init__(self, decoded: DecodedText) -> None:
        self.decoded = decoded
        self.path = decoded.path
        self.contacts: list[ImportedContact] = []
        self.rejected: list[RejectedRow] = []
        self.warnings: list[FileWarning] = []
        self.groups: list[Group] = []
        self.uids: dict[str, ImportedContact] = {}
        self.records = 0

    def warn(self, line: int, message: str, kind: str) -> None:
        """A warning at line `line` of the decoded text (0: the card's own line unknown)."""
        where = self.decoded.file_line(line) if line else None
        self.warnings.append(FileWarning(self.path, where, message, kind))

    def read(self) -> None:
        try:
            for card, begin in components(self.decoded.text, KEPT_PROPERTIES, self.warn):
                self.records += 1
                self._card(card, self.decoded.file_line(begin) if begin else 0)
        except ImportRejected:
            raise
        except VObjectError as error:
            reason, kind = _reason(error)
            number = getattr(error, "lineNumber", None)
            line = self.decoded.file_line(number) if isinstance(number, int) else None
            raise ImportRejected(self.path, line, reason, kind) from None
        except (*VALUE_ERRORS, UnicodeError, binascii.Error) as error:
            raise ImportRejected(
                self.path,
                self.records + 1,
                f"the card cannot be read ({error})",
                "damaged",
                is_record=True,
            ) from None

    def _card(self, card: vcard_fields.Card, line: int) -> None:
        if not card.name or card.name.upper() != "VCARD":
            what = card.name or "line outside any card"
            raise ImportRejected(
                self.path,
                self.records,
                f"found a {what} where a vCard should be",
                "wrong-type",
                is_record=True,
            )
        if vcard_fields.kind(card) == "group":
            self.groups.append(vcard_fields.group(card, line))
            return
        contact = vcard_fields.contact(card, line, self.warn)
        if contact is None:
            self.rejected.append(
                RejectedRow(self.path, line, "the card has no name, e-mail or organisation")
            )
        else:
            self.contacts.append(contact)
            uid = vcard_fields.uid(card)
            if uid:
                self.uids.setdefault(_uid_key(uid), contact)

    def apply_groups(self) -> list[FileWarning]:
        """Each group's name as a tag on its members in this file, and a warning per group."""
        warnings = []
        for group in self.groups:
            members = [self._member(member) for member in group.members]
            found = [member for member in members if member is not None]
            name = group.name or "(no name)"
            for member in found:
                if group.name and group.name not in member.tags:
                    member.tags.append(group.name)
            missing = len(members) - len(found)
            message = (
                f"the group '{name}' is not a contact: {len(found)} of its members "
                f"in this file got the tag '{name}'"
            )
            if missing:
                message += f" ({missing} not in this file)"
            warnings.append(FileWarning(self.path, group.line or None, message, "group"))
        return warnings

    def _member(self, reference: str) -> ImportedContact | None:
        """The contact a MEMBER value points at: urn:uuid:…, a bare UID, or mailto:…."""
        text = reference.strip()
        if text.lower().startswith("mailto:"):
            address = text[7:].casefold()
            for contact in self.contacts:
                if any(email.value.casefold() == address for email in contact.emails):
                    return contact
            return None
        return self.uids.get(_uid_key(text))


def _uid_key(uid: str) -> str:
    """A UID as MEMBER may point at it: "urn:uuid:ABC" and "abc" are the same card."""
    return uid.strip().casefold().removeprefix("urn:uuid:")


def _reason(error: VObjectError) -> tuple[str, str]:
    message = str(getattr(error, "msg", error))
    if "never closed" in message:
        return "the file is cut off (a vCard has no END:VCARD)", "cut-off"
    return f"the vCard is damaged ({message})", "damaged"
