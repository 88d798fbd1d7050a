"""CSV contacts in: LinkedIn, Google, Outlook or any CSV with a header, told apart by the header."""

import csv
import re
from collections.abc import Callable, Collection, Iterator
from pathlib import Path

from networkcircles.interchange.formulas import unescape_formula
from networkcircles.interchange.reading import read_plain
from networkcircles.interchange.records import (
    MAX_FIELD_BYTES,
    MAX_RECORDS,
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
GOOGLE_BUILT_IN_LABELS = {"home", "work", "mobile", "other", "main", "pager", "home fax",
                          "work fax", "google voice", "iphone"}  # fmt: skip

_NAME_COLUMNS = {"name", "full name", "display name", "contact name", "contact"}
_FIRST_COLUMNS = ("first name", "given name", "firstname", "first")
_LAST_COLUMNS = ("last name", "family name", "surname", "lastname", "last")
_OUTLOOK_PHONES = {
    "mobile phone": "mobile", "business phone": "work", "business phone 2": "work",
    "home phone": "home", "home phone 2": "home", "other phone": "other",
    "primary phone": "main", "company main phone": "company", "car phone": "car",
    "pager": "pager", "business fax": "work fax", "home fax": "home fax", "other fax": "fax",
    "assistant's phone": "assistant", "callback": "callback", "radio phone": "radio",
}  # fmt: skip

# The line ends str.splitlines() knows, so a file saved with bare CRs still has lines.
_LINE_END = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

_CSV_LINE = re.compile("[^\r\n]*(?:\r\n|\r|\n|$)")  # how StringIO(newline="") splits

Row = list[str]
Getter = Callable[[str], str]
Mapper = Callable[[Getter, Row, dict[str, int], set[str]], ImportedContact | str]


def read_csv(path: Path, circle_labels: Collection[str] = ()) -> ParsedFile:
    """Every contact in a CSV file, plus the rows that cannot become one.

    `circle_labels` (case-folded circle names and keys) are labels our own export adds; they
    are not kept as tags. Raises ImportRejected when the file is not CSV contacts, is cut off
    or is damaged: then none of its rows count.
    """
    path = Path(path)
    decoded = read_plain(path)
    text = decoded.text
    start = text.lstrip()[:20].upper()
    if start.startswith("BEGIN:VCARD"):
        raise ImportRejected(path, 1, "this is a vCard file, not CSV", "wrong-type")
    if start.startswith(("BEGIN:VCALENDAR", "%PDF", "<", "{", "PK")):
        raise ImportRejected(path, 1, "this is not a CSV file", "wrong-type")
    header_line, delimiter, header = _find_header(path, text)
    columns = {name: index for index, name in reversed(list(enumerate(header)))}
    kind, mapper = _layout(columns)
    body = _lines(text, _line_start(text, header_line + 1))
    first_line = header_line + 2  # 1-based number of the line after the header
    # A cell may be as big as any value we read (the csv module's own limit is 128 KB).
    csv.field_size_limit(MAX_FIELD_BYTES)
    reader = csv.reader(body, delimiter=delimiter, strict=True)
    labels = {label.casefold() for label in circle_labels}
    contacts: list[ImportedContact] = []
    rejected: list[RejectedRow] = []
    width = len(header)
    last_end = 0
    row: Row = []
    try:
        for row in reader:
            line = first_line + last_end
            last_end = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(contacts) + len(rejected) >= MAX_RECORDS:
                raise ImportRejected(path, line, f"the file holds more than {MAX_RECORDS:,} "
                                     "records, the most one import takes (split it into "
                                     "smaller files)", "too-big")  # fmt: skip
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                rejected.append(RejectedRow(path, line, f"{len(row)} values in a row where "
                                                        f"the header names {width}"))  # fmt: skip
                continue

            def get(name: str, row: Row = row) -> str:
                index = columns.get(name)
                if index is None or index >= len(row):
                    return ""
                return unescape_formula(row[index]).strip().replace("\r\n", "\n")

            result = mapper(get, row, columns, labels)
            if isinstance(result, str):
                rejected.append(RejectedRow(path, line, result))
            else:
                result.line = line
                contacts.append(result)
    except csv.Error as error:
        where = first_line + reader.line_num - 1
        if "field larger than field limit" in str(error):
            raise ImportRejected(path, where, "a value of more than "
                                 f"{size_text(MAX_FIELD_BYTES)}, the most networkcircles "
                                 "reads in one value", "too-big") from None  # fmt: skip
        if "end of data" in str(error):
            raise ImportRejected(path, where, "the file is cut off inside a quoted value",
                                 "cut-off") from None  # fmt: skip
        raise ImportRejected(path, where, f"this is not well-formed CSV ({error})",
                             "damaged") from None  # fmt: skip
    if row and len(row) < width and not text.endswith(("\n", "\r")):
        raise ImportRejected(path, first_line + last_end - 1, "the file is cut off in its last row",
                             "cut-off")  # fmt: skip
    if not contacts and not rejected:
        raise ImportRejected(path, None, "the file has a header but no contacts", "empty")
    return ParsedFile(path, kind, contacts, rejected, decoded.warnings)


def _lines(text: str, start: int) -> Iterator[str]:
    """The lines of `text` from `start` on, with their line ends, one at a time: what
    io.StringIO(newline="") gives the csv module, without its copy at four bytes a character."""
    for found in _CSV_LINE.finditer(text, start):
        if found.group():
            yield found.group()


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
            cells = [_normalise(cell) for cell in cells]
            if _has_name_column(cells) and (best is None or len(cells) > len(best[2])):
                best = (index, delimiter, cells)
        if best:
            return best
    raise ImportRejected(path, None, "no name column in the header (it needs Name, or First Name "
                         "and Last Name)", "no-name-column")  # fmt: skip


def _layout(columns: dict[str, int]) -> tuple[str, Mapper]:
    if {"first name", "last name", "connected on"} <= columns.keys():
        return "linkedin", _linkedin
    if "e-mail 1 - value" in columns or "phone 1 - value" in columns:
        return "google", _google
    if "e-mail address" in columns and ("job title" in columns or "business phone" in columns):
        return "outlook", _outlook
    return "csv", _plain


def _joined_name(get, first: tuple[str, ...], last: tuple[str, ...], extra=()) -> str:
    words = [next((get(c) for c in first if get(c)), "")]
    words += [get(c) for c in extra]
    words.append(next((get(c) for c in last if get(c)), ""))
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


def _linkedin(get, row, columns, labels) -> ImportedContact | str:
    contact = ImportedContact(name=_joined_name(get, ("first name",), ("last name",)))
    if get("email address"):  # blank when the connection hides it
        contact.emails.append(Labelled(get("email address")))
    contact.organization, contact.role = get("company"), get("position")
    contact.linkedin = get("url") or get("profile url")
    raw_day = get("connected on")
    contact.connected_on = parse_day(raw_day)
    if raw_day and contact.connected_on is None:
        contact.how_known = f"Connected on LinkedIn on {raw_day}"
    return _finish(contact)


def _google_label(text: str) -> str:
    label = text.strip().removeprefix("*").strip()  # "* Work": Google's mark for primary
    return label.lower() if label.lower() in GOOGLE_BUILT_IN_LABELS else label


def _numbered(columns, prefix: str, suffix: str) -> list[int]:
    numbers = []
    for name in columns:
        if name.startswith(prefix) and name.endswith(suffix):
            middle = name[len(prefix) : -len(suffix)].strip()
            if middle.isdigit():
                numbers.append(int(middle))
    return sorted(numbers)


def _google(get, row, columns, labels) -> ImportedContact | str:
    name = get("name") or _joined_name(
        get, ("first name", "given name"), ("last name", "family name"),
        ("middle name", "additional name"),
    )  # fmt: skip
    prefix, suffix = get("name prefix"), get("name suffix")
    if name and not get("name"):
        name = " ".join(part for part in (prefix, name, suffix) if part)
    contact = ImportedContact(name=name or get("nickname") or get("file as"))
    for kind, target in (("e-mail", contact.emails), ("phone", contact.phones)):
        for number in _numbered(columns, f"{kind} ", " - value"):
            label = _google_label(get(f"{kind} {number} - label") or get(f"{kind} {number} - type"))
            for value in get(f"{kind} {number} - value").split(GOOGLE_SEPARATOR.strip()):
                if value.strip():
                    target.append(Labelled(value.strip(), label))
    contact.organization = get("organization name") or get("organization 1 - name")
    contact.role = get("organization title") or get("organization 1 - title")
    contact.address = get("address 1 - formatted") or ", ".join(
        get(f"address 1 - {part}")
        for part in ("street", "city", "region", "postal code", "country")
        if get(f"address 1 - {part}")
    )
    for number in _numbered(columns, "website ", " - value"):
        label = _google_label(get(f"website {number} - label") or get(f"website {number} - type"))
        url = get(f"website {number} - value")
        if url and (label.casefold() == "linkedin" or "linkedin.com" in url.lower()):
            contact.linkedin = contact.linkedin or url
        elif url:
            contact.website = contact.website or url
    contact.notes = get("notes").replace("\r\n", "\n")
    for label in (get("labels") or get("group membership")).split(GOOGLE_SEPARATOR.strip()):
        label = label.strip()
        if label and not label.startswith("*") and label.casefold() not in labels:
            contact.tags.append(label)  # "* myContacts", "* starred": Google's own groups
    for number in _numbered(columns, "custom field ", " - value"):
        if get(f"custom field {number} - label").casefold() == "how known":
            contact.how_known = get(f"custom field {number} - value")
    return _finish(contact)


def _outlook(get, row, columns, labels) -> ImportedContact | str:
    name = _joined_name(get, ("first name",), ("last name",), ("middle name",))
    if name and get("suffix"):
        name = f"{name} {get('suffix')}"
    contact = ImportedContact(name=name or get("nickname") or get("display name"))
    for column in ("e-mail address", "e-mail 2 address", "e-mail 3 address"):
        if get(column):
            contact.emails.append(Labelled(get(column)))
    for column, label in _OUTLOOK_PHONES.items():
        if get(column):
            contact.phones.append(Labelled(get(column), label))
    contact.organization, contact.role = get("company"), get("job title")
    for place in ("business", "home", "other"):
        parts = [get(f"{place} {part}") for part in ("street", "city", "state", "postal code",
                                                     "country/region", "country")]  # fmt: skip
        if any(parts):
            contact.address = ", ".join(part for part in parts if part)
            break
    contact.website = get("web page") or get("personal web page")
    contact.notes = get("notes").replace("\r\n", "\n")
    contact.tags = [tag.strip() for tag in get("categories").split(";") if tag.strip()]
    return _finish(contact)


def _first_of(get, *names: str) -> str:
    return next((get(name) for name in names if get(name)), "")


def _plain(get, row, columns, labels) -> ImportedContact | str:
    name = _first_of(get, *_NAME_COLUMNS) or _joined_name(get, _FIRST_COLUMNS, _LAST_COLUMNS)
    contact = ImportedContact(name=name)
    for column in columns:
        value = get(column)
        if not value:
            continue
        words = column.replace("-", "").replace("_", " ").split()
        if {"email", "mail", "emails"} & set(words) or column in ("email", "e-mail"):
            label = " ".join(w for w in words if w not in ("email", "mail", "address", "emails"))
            contact.emails.extend(Labelled(v.strip(), label) for v in value.split(",") if v.strip())
        elif {"phone", "mobile", "tel", "telephone", "cell", "phones"} & set(words):
            label = " ".join(w for w in words if w not in ("phone", "number", "tel", "telephone"))
            contact.phones.append(Labelled(value, label))
    contact.organization = _first_of(get, "organization", "organisation", "company", "employer")
    contact.role = _first_of(get, "role", "job title", "title", "position")
    contact.address = _first_of(get, "address", "postal address", "home address")
    contact.website = _first_of(get, "website", "web site", "url", "homepage", "web page")
    contact.linkedin = _first_of(get, "linkedin", "linkedin url", "linkedin profile")
    contact.notes = _first_of(get, "notes", "note", "comments", "comment").replace("\r\n", "\n")
    contact.how_known = _first_of(get, "how known", "how_known", "how we met", "met at")
    tags = _first_of(get, "tags", "labels", "categories", "groups")
    contact.tags = [t for t in split_tags(tags.replace(";", ",")) if t.casefold() not in labels]
    return _finish(contact)
