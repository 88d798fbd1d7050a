"""What every contacts file turns into: plain records, the errors that refuse a file, text decoding.

The readers (vcard.py, csv_formats.py) return whole files of `ImportedContact`s or raise
`ImportRejected`; nothing here touches the store.
"""

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from networkcircles.store.queries import Labelled

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Deliberately loose, the same test services.contacts applies to typed addresses.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ImportRejected(Exception):
    """A whole file was refused; nothing from it may be written.

    `line` is the 1-based line (or record, when `is_record`) where the problem shows, or None
    when it concerns the file as a whole. `reason` is plain English for the log and the CLI;
    `kind` is a stable key the ui can word itself.
    """

    def __init__(
        self, path: Path, line: int | None, reason: str, kind: str = "invalid", is_record=False
    ) -> None:
        where = "" if line is None else f"{'record' if is_record else 'line'} {line}: "
        super().__init__(f"{path}: {where}{reason}")
        self.path = Path(path)
        self.line = line
        self.reason = reason
        self.kind = kind
        self.is_record = is_record


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """One record of an otherwise good file that cannot become a contact."""

    path: Path
    line: int
    reason: str
    is_record: bool = False  # True: `line` counts vCards, not lines


@dataclass(slots=True)
class ImportedContact:
    """One person as a file describes them, before matching against the store."""

    name: str
    line: int = 0  # where the record starts in its file (1-based)
    emails: list[Labelled] = field(default_factory=list)
    phones: list[Labelled] = field(default_factory=list)
    organization: str = ""
    role: str = ""
    address: str = ""
    website: str = ""
    linkedin: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    how_known: str = ""
    connected_on: date | None = None  # LinkedIn's "Connected On"

    def scalar_fields(self) -> dict[str, str]:
        """The contact columns this record fills (how_known gains the LinkedIn date)."""
        how_known = self.how_known
        if self.connected_on and not how_known:
            how_known = connected_on_text(self.connected_on)
        return {
            "name": self.name,
            "how_known": how_known,
            "organization": self.organization,
            "role": self.role,
            "address": self.address,
            "website": self.website,
            "linkedin": self.linkedin,
            "notes": self.notes,
            "tags": ", ".join(self.tags),
        }


@dataclass(slots=True)
class ParsedFile:
    """A whole file read: its contacts, the records refused, and which layout it was."""

    path: Path
    format: str  # "vcard", "linkedin", "google", "outlook" or "csv"
    contacts: list[ImportedContact]
    rejected: list[RejectedRow]


def connected_on_text(day: date) -> str:
    # Month names spelt out here, not by strftime: the locale must not change stored text.
    return f"Connected on LinkedIn on {day.day} {_MONTHS[day.month - 1]} {day.year}"


def parse_day(text: str) -> date | None:
    """A date as exports write it: "12 Mar 2024", "03/12/24" (US order), "2024-03-12"."""
    text = text.strip()
    if not text:
        return None
    parts = text.replace(",", " ").split()
    if len(parts) == 3 and parts[1][:3].title() in _MONTHS:
        day, month, year = parts[0], _MONTHS.index(parts[1][:3].title()) + 1, parts[2]
    elif len(parts) == 3 and parts[0][:3].title() in _MONTHS:  # "Mar 12 2024"
        month, day, year = _MONTHS.index(parts[0][:3].title()) + 1, parts[1], parts[2]
    elif "/" in text:
        pieces = text.split("/")
        if len(pieces) != 3:
            return None
        month, day, year = pieces
    else:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    try:
        year_number = int(year)
        if year_number < 100:
            year_number += 2000
        return date(year_number, int(month), int(day))
    except ValueError:
        return None


def normalise_name(name: str) -> str:
    """Case, accents, punctuation and spacing do not tell two people apart."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(ch for ch in decomposed if ch.isalnum() or ch.isspace())
    return " ".join(letters.split())


def normalise_phone(number: str) -> str:
    """Digits only, keeping a leading +. Enough to match the same number typed twice."""
    number = number.strip()
    if number.lower().startswith("tel:"):
        number = number[4:]
    number = number.split(";", 1)[0]  # RFC 3966 ";ext=" and the like
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"+{digits}" if number.startswith("+") and digits else digits


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


def read_text(path: Path) -> str:
    """Read a text file whatever a spreadsheet saved it as; refuse empty or binary files.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are read as such; anything
    else that is not valid UTF-8 is taken as Windows-1252, the usual spreadsheet encoding,
    falling back to Latin-1 for the five bytes Windows-1252 leaves undefined.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRejected(
            path, None, f"cannot be read ({error.strerror})", "unreadable"
        ) from None
    if not data.strip():
        raise ImportRejected(path, None, "the file is empty", "empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportRejected(path, None, "damaged UTF-16 text", "binary") from None
    else:
        if b"\x00" in data:
            raise ImportRejected(path, _line_of(data, b"\x00"), "binary data, not text", "binary")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > max(2, len(text) // 200):
        first = next(i for i, ch in enumerate(text) if ord(ch) < 32 and ch not in "\r\n\t\f")
        raise ImportRejected(
            path, text.count("\n", 0, first) + 1, "binary data, not text", "binary"
        )
    return text


def _line_of(data: bytes, needle: bytes) -> int:
    return data.count(b"\n", 0, data.index(needle)) + 1
