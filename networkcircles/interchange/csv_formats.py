"""CSV contacts in: LinkedIn, Google, Outlook or any CSV with a header, told apart by the header."""

import csv
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path

from networkcircles.interchange.csv_headers import english_columns
from networkcircles.interchange.formulas import unescape_formula
from networkcircles.interchange.organizations import join_organizations
from networkcircles.interchange.reading import read_plain
from networkcircles.interchange.records import (
    MAX_FIELD_BYTES,
    MAX_RECORDS,
    FileWarning,
    ImportedContact,
    ImportRejected,
    ParsedFile,
    RejectedRow,
    is_email,
    parse_day,
    size_text,
    split_tags,
)
from networkcircles.store.queries import Labelled

HEADER_SEARCH_LINES = 30  # LinkedIn puts a few lines of notes above its header
GOOGLE_SEPARATOR = " ::: "  # Google joins several values of one cell with this
GOOGLE_BUILT_IN_LABELS = {
    "home",
    "work",
    "mobile",
    "other",
    "main",
    "pager",
    "home fax",
    "work fax",
    "google voice",
    "iphone",
}

_NAME_COLUMNS = {"name", "full name", "display name", "contact name", "contact"}
_FIRST_COLUMNS = ("first name", "given name", "firstname", "first")
_LAST_COLUMNS = ("last name", "family name", "surname", "lastname", "last")
_OUTLOOK_PHONES = {
    "mobile phone": "mobile",
    "business phone": "work",
    "business phone 2": "work",
    "home phone": "home",
    "home phone 2": "home",
    "other phone": "other",
    "primary phone": "main",
    "company main phone": "company",
    "car phone": "car",
    "pager": "pager",
    "business fax": "work fax",
    "home fax": "home fax",
    "other fax": "fax",
    "assistant's phone": "assistant",
    "callback": "callback",
    "radio phone": "radio",
}

# The line ends str.splitlines() knows, so a file saved with bare CRs still has lines.
_LINE_END = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

_CSV_LINE = re.compile("[^\r\n]*(?:\r\n|\r|\n|$)")  # how StringIO(newline="") splits
# The line ends str.splitlines() knows and the csv module does not (looked for one at a time
# with str.find: a few fast scans instead of a character class tried at every character).
_ODD_LINE_ENDS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# An e-mail slot of an Outlook export: (address, type, display name) columns.
_OUTLOOK_EMAILS = tuple(
    (f"e-mail{n} address", f"e-mail{n} type", f"e-mail{n} display name") for n in ("", " 2", " 3")
)
# An address in a display name: "Jane Doe (jane@example.com)".
_ADDRESS_IN_TEXT = re.compile(r"[^\s()<>\[\],;:\"']+@[^\s()<>\[\],;:\"']+")


@dataclass(slots=True)
class Row:
    """One data row of a CSV file, read by column name, and the warnings it gives."""

    path: Path
    line: int
    cells: list[str]
    columns: dict[str, int]  # normalised header name: index
    labels: Collection[str]  # circle names and keys (case-folded): not tags
    warnings: list[FileWarning] = field(default_factory=list)

    def get(self, name: str) -> str:
        index = self.columns.get(name)
        if index is None or index >= len(self.cells):
            return ""
        return _clean(self.cells[index])

    def warn(self, message: str, kind: str) -> None:
        self.warnings.append(FileWarning(self.path, self.line, message, kind))


def _clean(cell: str) -> str:
    """A cell's value: our export's formula guard taken off, spaces trimmed, line ends \\n."""
    if cell.startswith("'"):
        cell = unescape_formula(cell)
    return cell.strip().replace("\r\n", "\n")


Getter = Callable[[str], str]
Mapper = Callable[[Row], ImportedContact | str]


class _Read:
    """What reading the rows gives: contacts, refused rows and warnings."""

    def __init__(self) -> None:
        self.contacts: list[ImportedContact] = []
        self.rejected: list[RejectedRow] = []
        self.warnings: list[FileWarning] = []

    @property
    def count(self) -> int:
        return len(self.contacts) + len(self.rejected)


def read_csv(path: Path, circle_labels: Collection[str] = ()) -> ParsedFile:
    """Every contact in a CSV file, plus the rows that cannot become one.

    `circle_labels` (case-folded circle names and keys) are labels our own export adds; they
    are not kept as tags. Raises ImportRejected when the file is not CSV contacts, is cut off
    or is damaged: then none of its rows count.
    """
    path = Path(path)
    decoded = read_plain(path)
    text = decoded.text
    _refuse_other_formats(path, text)
    header_line, delimiter, header = _find_header(path, text)
    columns = {name: index for index, name in reversed(list(enumerate(header)))}
    kind, mapper = _layout(columns)
    labels = {label.casefold() for label in circle_labels}
    read = _Read()
    width = len(header)
    rows = _rows(path, text, header_line, delimiter, width)
    for count, (line, cells) in enumerate(rows):  # each row is a contact or a refused row
        if count >= MAX_RECORDS:
            raise ImportRejected(
                path,
                line,
                f"the file holds more than {MAX_RECORDS:,} "
                "records, the most one import takes (split it into "
                "smaller files)",
                "too-big",
            )
        if len(cells) > width and "".join(cells[width:]).strip():
            read.rejected.append(
                RejectedRow(
                    path, line, f"{len(cells)} values in a row where the header names {width}"
                )
            )
        elif isinstance(mapper, _LinkedIn):  # reads the cells alone and never warns: no Row
            _keep(mapper.contact(cells), path, line, read)
        else:
            row = Row(path, line, cells, columns, labels)
            _keep(mapper(row), path, line, read)
            if row.warnings:
                read.warnings += row.warnings
    if not read.count:
        raise ImportRejected(path, None, "the file has a header but no contacts", "empty")
    return ParsedFile(path, kind, read.contacts, read.rejected, decoded.warnings + read.warnings)


def _refuse_other_formats(path: Path, text: str) -> None:
    start = text.lstrip()[:20].upper()
    if start.startswith("BEGIN:VCARD"):
        raise ImportRejected(path, 1, "this is a vCard file, not CSV", "wrong-type")
    if start.startswith(("BEGIN:VCALENDAR", "%PDF", "<", "{", "PK")):
        raise ImportRejected(path, 1, "this is not a CSV file", "wrong-type")


def _keep(result: ImportedContact | str, path: Path, line: int, read: _Read) -> None:
    """A row's contact, or the reason it is refused (a string), kept in `read`."""
    if isinstance(result, str):
        read.rejected.append(RejectedRow(path, line, result))
    else:
        result.line = line
        read.contacts.append(result)


def _rows(
    path: Path,
    text: str,
    header_line: int,
    delimiter: str,
    width: int,
) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows after the header: the line each starts on, and its cells. The csv
    module's errors become ImportRejected naming the line."""
    body = _lines(text, _line_start(text, header_line + 1))
    first_line = header_line + 2  # 1-based number of the line after the header
    # A cell may be as big as any value we read (the csv module's own limit is 128 KB).
    csv.field_size_limit(MAX_FIELD_BYTES)
    reader = csv.reader(body, delimiter=delimiter, strict=True)
    last_end = 0
    cells: list[str] = []
    try:
        for cells in reader:
            line = first_line + last_end
            last_end = reader.line_num
            if "".join(cells).strip():  # a cell that is not blank: in one call
                yield line, cells
    except csv.Error as error:
        raise _csv_error(path, first_line + reader.line_num - 1, error) from None
    if cells and len(cells) < width and not text.endswith(("\n", "\r")):
        raise ImportRejected(
            path, first_line + last_end - 1, "the file is cut off in its last row", "cut-off"
        )


def _csv_error(path: Path, where: int, error: csv.Error) -> ImportRejected:
    if "field larger than field limit" in str(error):
        return ImportRejected(
            path,
            where,
            "a value of more than "
            f"{size_text(MAX_FIELD_BYTES)}, the most networkcircles "
            "reads in one value",
            "too-big",
        )
    if "end of data" in str(error):
        return ImportRejected(path, where, "the file is cut off inside a quoted value", "cut-off")
    return ImportRejected(path, where, f"this is not well-formed CSV ({error})", "damaged")


def _lines(text: str, start: int) -> Iterator[str]:
    """The lines of `text` from `start` on, with their line ends: what io.StringIO(newline="")
    gives the csv module, without its copy at four bytes a character."""
    if all(text.find(end, start) < 0 for end in _ODD_LINE_ENDS):
        # Line ends are only \r\n, \r and \n (as in nearly every file): str.splitlines()
        # splits exactly where the csv module would, in one call.
        return iter(text[start:].splitlines(keepends=True))
    return (found.group() for found in _CSV_LINE.finditer(text, start) if found.group())


def _line_start(text: str, number: int) -> int:
    """Where line `number` (0-based) of `text` begins, splitting lines as splitlines() does."""
    if number == 0:
        return 0
    for count, found in enumerate(_LINE_END.finditer(text), start=1):
        if count == number:
            return found.end()
    return len(text)


def _first_lines(text: str, count: int) -> list[str]:
    return text[: _line_start(text, count)].splitlines()


def _normalise(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().strip('"').casefold().split())


def _has_name_column(cells: list[str]) -> bool:
    found = set(cells)
    return bool(found & _NAME_COLUMNS or found & set(_FIRST_COLUMNS) or found & set(_LAST_COLUMNS))


def _find_header(path: Path, text: str) -> tuple[int, str, list[str]]:
    """(index of the header line, delimiter, normalised header cells)."""
    for index, line in enumerate(_first_lines(text, HEADER_SEARCH_LINES)):
        best: tuple[int, str, list[str]] | None = None
        for delimiter in (",", ";", "\t"):
            try:
                cells = next(csv.reader([line], delimiter=delimiter), [])
            except csv.Error:
                continue
            cells = english_columns([_normalise(cell) for cell in cells])
            if _has_name_column(cells) and (best is None or len(cells) > len(best[2])):
                best = (index, delimiter, cells)
        if best:
            return best
    raise ImportRejected(
        path,
        None,
        "no name column in the header (it needs Name, or First Name and Last Name)",
        "no-name-column",
    )


def _layout(columns: dict[str, int]) -> tuple[str, "Mapper | _LinkedIn"]:
    if {"first name", "last name", "connected on"} <= columns.keys():
        return "linkedin", _LinkedIn(columns)
    if "e-mail 1 - value" in columns or "phone 1 - value" in columns:
        return "google", _google
    outlook_marks = ("job title", "business phone", "e-mail type", "e-mail display name")
    if "e-mail address" in columns and any(mark in columns for mark in outlook_marks):
        return "outlook", _outlook
    return "csv", _plain


def _joined_name(
    get: Getter, first: tuple[str, ...], last: tuple[str, ...], extra: tuple[str, ...] = ()
) -> str:
    words = [next(filter(None, map(get, first)), "")]  # each column read once
    words += [get(c) for c in extra]
    words.append(next(filter(None, map(get, last)), ""))
    return " ".join(word for word in words if word)


def _finish(contact: ImportedContact) -> ImportedContact | str:
    for item in contact.emails:
        if not is_email(item.value):
            return f"'{item.value}' is not an e-mail address"
    if not contact.name:
        contact.name = contact.organization or (contact.emails[0].value if contact.emails else "")
    if not contact.name:
        return "the row has no name, e-mail or organisation"
    return contact


# The columns a LinkedIn row is read from, in the order _LinkedIn unpacks them.
_LINKEDIN_COLUMNS = (
    "first name",
    "last name",
    "email address",
    "company",
    "position",
    "url",
    "profile url",
    "connected on",
)


class _LinkedIn:
    """LinkedIn's connections, read with the header's columns looked up once per file: its
    exports run to 30,000 rows, each read the same way."""

    def __init__(self, columns: dict[str, int]) -> None:
        self.places = [columns.get(name) for name in _LINKEDIN_COLUMNS]  # None: not in the file
        present = [place for place in self.places if place is not None]
        self.pick = itemgetter(*present)  # the layout needs three columns at least: a tuple
        self.width = max(present) + 1  # a row this long has every cell read
        # Where a column the file lacks goes, as a blank, among the cells picked.
        self.missing = [n for n, place in enumerate(self.places) if place is None]
        self.days: dict[str, date | None] = {}  # connections share their days: each read once

    def _values(self, cells: list[str]) -> list[str]:
        """The cells of _LINKEDIN_COLUMNS, cleaned; "" for a column the file or row lacks."""
        if len(cells) < self.width:  # a short row: cell by cell
            count = len(cells)
            return [_clean(cells[p]) if p is not None and p < count else "" for p in self.places]
        picked = self.pick(cells)
        joined = "".join(picked)
        if "'" in joined or "\r" in joined:  # a formula guard or a line end, maybe: the long way
            values = [_clean(cell) for cell in picked]
        else:
            values = list(map(str.strip, picked))
        for slot in self.missing:
            values.insert(slot, "")
        return values

    def contact(self, cells: list[str]) -> ImportedContact | str:
        """A row's contact, from its cells, or the reason it is refused."""
        first, last, email, company, position, url, profile, raw_day = self._values(cells)
        # _finish's checks, made before the contact is: one e-mail at most, and the name
        # falls back to the organisation, then the e-mail.
        if email and not is_email(email):
            return f"'{email}' is not an e-mail address"
        name = f"{first} {last}" if first and last else first or last or company or email
        if not name:
            return "the row has no name, e-mail or organisation"
        if raw_day in self.days:
            day = self.days[raw_day]
        else:
            day = self.days[raw_day] = parse_day(raw_day)
        return ImportedContact(
            name=name,
            emails=[Labelled(email)] if email else [],  # blank when the connection hides it
            organization=company,
            role=position,
            linkedin=url or profile,
            connected_on=day,
            how_known=f"Connected on LinkedIn on {raw_day}" if raw_day and day is None else "",
        )


def _google_label(text: str) -> str:
    label = text.strip().removeprefix("*").strip()  # "* Work": Google's mark for primary
    return label.lower() if label.lower() in GOOGLE_BUILT_IN_LABELS else label


def _numbered(columns: Collection[str], prefix: str, suffix: str) -> list[int]:
    numbers = []
    for name in columns:
        if name.startswith(prefix) and name.endswith(suffix):
            middle = name[len(prefix) : -len(suffix)].strip()
            if middle.isdigit():
                numbers.append(int(middle))
    return sorted(numbers)


def _google(row: Row) -> ImportedContact | str:
    contact = ImportedContact(name=_google_name(row.get))
    _google_labelled(row, "e-mail", contact.emails)
    _google_labelled(row, "phone", contact.phones)
    get = row.get
    contact.organization = _google_organizations(row)
    contact.role = get("organization title") or get("organization 1 - title")
    contact.address = get("address 1 - formatted") or ", ".join(
        get(f"address 1 - {part}")
        for part in ("street", "city", "region", "postal code", "country")
        if get(f"address 1 - {part}")
    )
    _google_websites(row, contact)
    contact.notes = get("notes").replace("\r\n", "\n")
    contact.tags = _google_tags(row)
    for number in _numbered(row.columns, "custom field ", " - value"):
        if get(f"custom field {number} - label").casefold() == "how known":
            contact.how_known = get(f"custom field {number} - value")
    return _finish(contact)


def _google_organizations(row: Row) -> str:
    """Every organisation with its department: "Globex; Analytics / City Volunteers"."""
    get = row.get
    organizations = [[get("organization name"), get("organization department")]]
    organizations += [
        [get(f"organization {number} - name"), get(f"organization {number} - department")]
        for number in _numbered(row.columns, "organization ", " - name")
    ]
    return join_organizations(organizations)


def _google_name(get: Getter) -> str:
    name = get("name") or _joined_name(
        get,
        ("first name", "given name"),
        ("last name", "family name"),
        ("middle name", "additional name"),
    )
    if name and not get("name"):
        name = " ".join(part for part in (get("name prefix"), name, get("name suffix")) if part)
        if _same_words(get("file as"), name):
            name = get("file as")  # the name as written, its spacing kept ("Tomasz  Nowak")
    return name or get("nickname") or get("file as")


def _same_words(one: str, other: str) -> bool:
    return one.split() == other.split()


def _google_labelled(row: Row, kind: str, target: list[Labelled]) -> None:
    """The numbered e-mail or phone columns; one cell may hold several values."""
    for number in _numbered(row.columns, f"{kind} ", " - value"):
        label = row.get(f"{kind} {number} - label") or row.get(f"{kind} {number} - type")
        for value in row.get(f"{kind} {number} - value").split(GOOGLE_SEPARATOR.strip()):
            if value.strip():
                target.append(Labelled(value.strip(), _google_label(label)))


def _google_websites(row: Row, contact: ImportedContact) -> None:
    """The first LinkedIn address is the profile; the first other one the website."""
    for number in _numbered(row.columns, "website ", " - value"):
        label = row.get(f"website {number} - label") or row.get(f"website {number} - type")
        url = row.get(f"website {number} - value")
        if url and (_google_label(label).casefold() == "linkedin" or "linkedin.com" in url.lower()):
            contact.linkedin = contact.linkedin or url
        elif url:
            contact.website = contact.website or url


def _google_tags(row: Row) -> list[str]:
    """Labels, but Google's own groups ("* myContacts", "* starred") and our circle names."""
    cell = row.get("labels") or row.get("group membership")
    tags = []
    for label in cell.split(GOOGLE_SEPARATOR.strip()):
        label = label.strip()
        if label and not label.startswith("*") and label.casefold() not in row.labels:
            tags.append(label)
    return tags


def _outlook(row: Row) -> ImportedContact | str:
    get = row.get
    name = _joined_name(get, ("first name",), ("last name",), ("middle name",))
    if name and get("suffix"):
        name = f"{name} {get('suffix')}"
    name = name or _first_of(get, "name", "full name", "display name", "nickname")
    contact = ImportedContact(name=name)
    contact.emails = _outlook_emails(row)
    for column, label in _OUTLOOK_PHONES.items():
        if get(column):
            contact.phones.append(Labelled(get(column), label))
    contact.organization, contact.role = get("company"), get("job title")
    contact.address = _outlook_address(get)
    contact.website = get("web page") or get("personal web page")
    contact.notes = get("notes").replace("\r\n", "\n")
    contact.tags = [tag.strip() for tag in get("categories").split(";") if tag.strip()]
    return _finish(contact)


def _outlook_address(get: Getter) -> str:
    for place in ("business", "home", "other"):
        parts = [
            get(f"{place} {part}")
            for part in ("street", "city", "state", "postal code", "country/region", "country")
        ]
        if any(parts):
            return ", ".join(part for part in parts if part)
    return ""


def is_exchange_address(value: str, kind: str = "") -> bool:
    """An Exchange X.500 address ("/O=EXCHANGELABS/OU=.../CN=RECIPIENTS/CN=..."), which
    Outlook writes, with type EX, for people of its own organisation: not an e-mail address."""
    return kind.strip().upper() == "EX" or value.strip().upper().startswith("/O=")


def _outlook_emails(row: Row) -> list[Labelled]:
    """The three e-mail slots. A slot holding an Exchange address gives no address of its
    own: another slot's SMTP address stands for it, else an address in its display name,
    else the person has no e-mail (with a warning)."""
    found: list[Labelled] = []
    slots = [tuple(row.get(column) for column in slot) for slot in _OUTLOOK_EMAILS]
    for number, (value, kind, display) in enumerate(slots, start=1):
        if not value:
            continue
        if not is_exchange_address(value, kind):
            found.append(Labelled(value))
            continue
        if any(v and not is_exchange_address(v, k) for v, k, _ in slots):
            continue  # the person's SMTP address, in another slot, is read in its turn
        address = _address_in(display)
        if address:
            found.append(Labelled(address))
            row.warn(
                f"e-mail {number} is an Exchange address ({_short(value)}); the address "
                f"in its display name, {address}, is used instead",
                "exchange-address",
            )
        else:
            row.warn(
                f"e-mail {number} is an Exchange address ({_short(value)}), not an "
                "e-mail address, and was left out",
                "exchange-address",
            )
    unique: dict[str, Labelled] = {}
    for item in found:
        unique.setdefault(item.value.lower(), item)
    return list(unique.values())


def _address_in(text: str) -> str:
    """The e-mail address in a display name such as "Jane Doe (jane@example.com)", or ""."""
    for found in _ADDRESS_IN_TEXT.finditer(text):
        candidate = found.group().strip(".")
        if is_email(candidate):
            return candidate
    return ""


def _short(value: str, most: int = 60) -> str:
    return value if len(value) <= most else f"{value[: most - 1]}…"


def _first_of(get: Getter, *names: str) -> str:
    return next((get(name) for name in names if get(name)), "")


def _plain(row: Row) -> ImportedContact | str:
    get = row.get
    name = _first_of(get, *_NAME_COLUMNS) or _joined_name(get, _FIRST_COLUMNS, _LAST_COLUMNS)
    contact = ImportedContact(name=name)
    _plain_labelled(row, contact)
    contact.organization = _first_of(get, "organization", "organisation", "company", "employer")
    contact.role = _first_of(get, "role", "job title", "title", "position")
    contact.address = _first_of(get, "address", "postal address", "home address")
    contact.website = _first_of(get, "website", "web site", "url", "homepage", "web page")
    contact.linkedin = _first_of(get, "linkedin", "linkedin url", "linkedin profile")
    contact.notes = _first_of(get, "notes", "note", "comments", "comment").replace("\r\n", "\n")
    contact.how_known = _first_of(get, "how known", "how_known", "how we met", "met at")
    tags = _first_of(get, "tags", "labels", "categories", "groups")
    contact.tags = [t for t in split_tags(tags.replace(";", ",")) if t.casefold() not in row.labels]
    return _finish(contact)


_NOT_A_VALUE = {"type", "display", "kind"}  # "E-mail Type", "E-mail Display Name": about one


def _plain_labelled(row: Row, contact: ImportedContact) -> None:
    """E-mail and phone columns, named however the file likes; the words besides "e-mail"
    or "phone" are the label ("Work E-mail": work)."""
    for column in row.columns:
        value = row.get(column)
        words = column.replace("-", "").replace("_", " ").split()
        if not value or _NOT_A_VALUE & set(words):
            continue
        if {"email", "mail", "emails"} & set(words) or column in ("email", "e-mail"):
            label = " ".join(w for w in words if w not in ("email", "mail", "address", "emails"))
            for address in (v.strip() for v in value.split(",")):
                if is_exchange_address(address):  # never an e-mail (see _outlook_emails)
                    row.warn(
                        f"the {column} value is an Exchange address ({_short(address)}), "
                        "not an e-mail address, and was left out",
                        "exchange-address",
                    )
                elif address:
                    contact.emails.append(Labelled(address, label))
        elif {"phone", "mobile", "tel", "telephone", "cell", "phones"} & set(words):
            label = " ".join(w for w in words if w not in ("phone", "number", "tel", "telephone"))
            contact.phones.append(Labelled(value, label))
