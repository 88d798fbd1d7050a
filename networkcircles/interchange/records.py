"""What every contacts file turns into: plain records, the errors that refuse a file, the
warnings a file that still imports carries, and the limits every import keeps to.

The readers (vcard.py, csv_formats.py) return whole files of `ImportedContact`s or raise
`ImportRejected`; nothing here touches the store. reading.py turns a file's bytes into text.
"""

import functools
import locale
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import phonenumbers

from networkcircles.store import contact_fields
from networkcircles.store.queries import Labelled

# The one e-mail test for typed and imported addresses alike lives with the other value
# checks; the readers import it from here.
from networkcircles.values import is_email as is_email

MIB = 1024 * 1024

# -- limits: how much one import takes --------------------------------------------------------
# Each bounds time and memory for a file someone else made; each is far above real exports.
# A file over a limit is refused with a message naming it, before anything is parsed.

MAX_FILE_BYTES = 512 * MIB
"""Bytes read from one file. Contact photos make vCard exports big (10,000 contacts with 40 KB
photos is about 530 MB in base64); photos are dropped while reading, so they cost time, not
memory. Reading this much takes a few seconds."""

MAX_TEXT_BYTES = 64 * MIB
"""Text kept from one file (photos dropped; for CSV the whole file). 50,000 records (below) of a
rich 1.3 KB each; a real export of that many people is 15-30 MB. Memory follows what is kept,
about five times this at worst (the bytes, the text, the parser's records)."""

MAX_FIELD_BYTES = 1 * MIB
"""One value: a vCard or iCalendar property (unfolded), a CSV cell. A page of notes is 3 KB;
a value this big is an embedded file. One we keep (a name, a note) over the limit refuses the
file; one we do not keep (a photo, an attachment) is skipped with a warning."""

MAX_RECORDS = 50_000
"""Contacts or events in one file. LinkedIn caps connections at 30,000 and Google Contacts an
account at 25,000; vobject parses about 5,000 cards a second, so the largest file allowed
imports in about ten seconds."""

MAX_LINES = 2_000_000
"""Lines of one vCard or iCalendar file (after unfolding): 40 per record at MAX_RECORDS. Bounds
the time a file of millions of tiny lines (each one dropped or kept) can take."""

MAX_WARNINGS = 50
"""Warnings listed one by one per file; past it, one more says how many were left out."""

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class ImportRejected(Exception):
    """A whole file was refused; nothing from it may be written.

    `line` is the 1-based line (or record, when `is_record`) where the problem shows, or None
    when it concerns the file as a whole. `reason` is plain English for the log and the CLI;
    `kind` is a stable key the ui can word itself.
    """

    def __init__(
        self,
        path: Path,
        line: int | None,
        reason: str,
        kind: str = "invalid",
        is_record: bool = False,
    ) -> None:
        where = "" if line is None else f"{'record' if is_record else 'line'} {line}: "
        super().__init__(f"{path}: {where}{reason}")
        self.path = Path(path)
        self.line = line
        self.reason = reason
        self.kind = kind
        self.is_record = is_record


@dataclass(frozen=True, slots=True)
class FileWarning:
    """Trouble in a file that still imports: something skipped or replaced, and where.

    `line` is the 1-based line of the file (None: the file as a whole); `message` is plain
    English for the log and the CLI; `kind` is a stable key the ui can word itself:
    "damaged-text" (bytes that are not UTF-8, shown as U+FFFD), "skipped-value" (a value we do
    not keep, too big to read), "malformed-value" (a value we do not keep that cannot be
    read), "left-out" (a value of a property we keep that cannot be what the property says,
    such as an EMAIL that is not an address: left out, the record kept), "group" (a vCard
    KIND:group, read as a tag on its members), "dropped-rule" (a repeat rule networkcircles
    does not keep), "loose-component" (an event with no VCALENDAR round it, read all the
    same), "more" (warnings left out, counted).
    """

    path: Path
    line: int | None
    message: str
    kind: str = "warning"

    def __str__(self) -> str:
        where = "" if self.line is None else f"line {self.line}: "
        return f"{self.path}: {where}warning: {self.message}"


def size_text(size: int) -> str:
    """A byte count as people read it: "512 MB", "1.4 MB", "900 KB"."""
    if size >= MIB:
        value = size / MIB
        return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """One record of an otherwise good file that cannot become a contact."""

    path: Path
    line: int
    reason: str
    is_record: bool = False  # True: `line` counts vCards, not lines


# The contact columns a record fills, in the order of ImportedContact.scalar_values().
SCALAR_FIELDS = contact_fields.IMPORTED_FIELDS


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
    # networkcircles' own X-NETWORKCIRCLES-* vCard properties the record carries, by name
    # (upper case): sync reads the circle and reliability answers from them. One another
    # program dropped is absent, which is not the same as empty.
    own: dict[str, str] = field(default_factory=dict)

    def scalar_fields(self) -> dict[str, str]:
        """The contact columns this record fills (how_known gains the LinkedIn date)."""
        return dict(zip(SCALAR_FIELDS, self.scalar_values(), strict=True))

    def scalar_values(self) -> tuple[str, ...]:
        """scalar_fields()' values in SCALAR_FIELDS order: a row for an INSERT."""
        how_known = self.how_known
        if self.connected_on and not how_known:
            how_known = connected_on_text(self.connected_on)
        return (
            self.name,
            how_known,
            self.organization,
            self.role,
            self.address,
            self.website,
            self.linkedin,
            self.notes,
            ", ".join(self.tags),
        )


@dataclass(slots=True)
class ParsedFile:
    """A whole file read: its contacts, the records refused, and which layout it was."""

    path: Path
    format: str  # "vcard", "linkedin", "google", "outlook" or "csv"
    contacts: list[ImportedContact]
    rejected: list[RejectedRow]
    warnings: list[FileWarning] = field(default_factory=list)


@functools.lru_cache(maxsize=4096)  # connections share their days: 10,000 rows, ~300 days
def connected_on_text(day: date) -> str:
    # Month names spelt out here, not by strftime: the locale must not change stored text.
    return f"Connected on LinkedIn on {day.day} {_MONTHS[day.month - 1]} {day.year}"


def parse_day(text: str) -> date | None:
    """A date as exports write it: "12 Mar 2024", "03/12/24" (US order), "2024-03-12"."""
    text = text.strip()
    if not text:
        return None
    parts = text.replace(",", " ").split()
    day: str
    month: str | int
    year: str
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
    folded = name.casefold()
    if folded.isascii() and folded.replace(" ", "").isalnum():  # the commonest: nothing to drop
        return " ".join(folded.split())
    # ASCII text decomposes to itself: only the rest needs unicodedata.
    decomposed = folded if folded.isascii() else unicodedata.normalize("NFKD", folded)
    if decomposed.isascii():  # the common case, in one C call: the same test for ASCII
        letters = _NOT_ASCII_LETTER_OR_SPACE.sub("", decomposed)
    else:
        letters = "".join(ch for ch in decomposed if ch.isalnum() or ch.isspace())
    return " ".join(letters.split())


# What str.isalnum() and str.isspace() both refuse, among ASCII characters.
_NOT_ASCII_LETTER_OR_SPACE = re.compile(r"[^0-9A-Za-z \t\n\r\x0b\x0c\x1c-\x1f]")


UNKNOWN_REGION = "ZZ"
"""phonenumbers' region for "none": only numbers written with their country code are read."""


@functools.cache
def default_region() -> str:
    """The user's country as a two-letter region ("US", "DE"), for numbers written without
    their country code; UNKNOWN_REGION when the locale names none.

    From the environment's locale (LC_ALL, LC_TELEPHONE, LANG, then the process's own locale:
    "de_DE.UTF-8" is "DE"), read once: the layers below ui have no QLocale, and the window
    starts with the same environment. NETWORKCIRCLES_PHONE_REGION overrides it.
    """
    chosen = os.environ.get("NETWORKCIRCLES_PHONE_REGION", "").strip().upper()
    if len(chosen) == 2 and chosen.isalpha():
        return chosen
    names = [os.environ.get(key, "") for key in ("LC_ALL", "LC_TELEPHONE", "LANG")]
    names.append(locale.getlocale(locale.LC_CTYPE)[0] or "")
    for name in names:
        found = _LOCALE_REGION.match(name)
        if found:
            return found.group(1).upper()
    return UNKNOWN_REGION


_LOCALE_REGION = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?![A-Za-z])")


def normalise_phone(number: str, region: str | None = None) -> str:
    """The key two numbers share when they are the same number, however written: E.164 with
    the extension ("+1 (555) 010-2030", "555.010.2030" in the US and "+15550102030" are all
    "+15550102030"). `region` (default: default_region()) places numbers written without a
    country code. A number the phonenumbers library cannot place keeps only its digits (and a
    leading +), as it was typed. Only for comparing: numbers are stored as written."""
    return _phone_key(number.strip(), region or default_region())


@functools.lru_cache(maxsize=65_536)
def _phone_key(number: str, region: str) -> str:
    if number.lower().startswith("tel:"):
        number = number[4:]
    try:
        parsed = phonenumbers.parse(number.replace(";ext=", " ext. "), region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_possible_number(parsed):
        key = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        return f"{key};ext={parsed.extension}" if parsed.extension else key
    number = number.split(";", 1)[0]  # RFC 3966 ";ext=" and the like
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"+{digits}" if number.startswith("+") and digits else digits


def split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]
