"""Importing contacts files: plan first (nothing written), then apply in one transaction.

A plan reads each file whole, so a damaged file is refused before anything is written,
and matches every record against the store: the same e-mail (ignoring case), or the same
normalised name and phone number, means the same person, who is merged, not duplicated.
Two more keys catch what those miss: the same LinkedIn profile address, and, for a record
with no e-mail, phone or profile at all, the same name at the same organisation.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from networkcircles.interchange.csv_formats import read_csv
from networkcircles.interchange.ical import read_calendar
from networkcircles.interchange.records import (
    SCALAR_FIELDS,
    FileWarning,
    ImportedContact,
    ImportRejected,
    ParsedFile,
    RejectedRow,
    connected_on_text,
    normalise_name,
    normalise_phone,
    split_tags,
)
from networkcircles.interchange.suffixes import CSV_SUFFIXES, ICS_SUFFIXES, VCARD_SUFFIXES
from networkcircles.interchange.vcard import read_vcards
from networkcircles.services import events, import_undo
from networkcircles.services.circles import UnknownCircle
from networkcircles.services.events import EventDraft
from networkcircles.services.gc_pause import collection_paused
from networkcircles.services.import_undo import ImportUndo
from networkcircles.store import event_queries, queries, search
from networkcircles.store.db import db
from networkcircles.store.ids import next_free_id
from networkcircles.store.queries import Labelled

PROGRESS_STEP = 500  # records between progress calls: often enough to cancel, cheap enough

# The text columns of `contact` an import fills, in the order of the INSERT below.
TEXT_COLUMNS = SCALAR_FIELDS

Progress = Callable[[int, int], bool]


@dataclass
class Foreseen:
    """What a file's merges will do: the existing contacts they change, and how many records
    add nothing at all."""

    updated_ids: set[int] = field(default_factory=set)
    unchanged: int = 0


@dataclass
class FilePlan:
    """What one readable file will do to the store.

    The counts are what apply_plan() will really write, worked out from the store as it is
    when planning, once for new contacts left unplaced and once for new contacts put in a
    circle (which places the matched contacts that are still unplaced too). A record of
    someone this same plan adds counts in `merged_into_new` (one contact, not two).
    """

    path: Path
    format: str
    new: list[ImportedContact] = field(default_factory=list)
    merges: list[tuple[int, ImportedContact]] = field(default_factory=list)  # (contact id, record)
    rejected: list[RejectedRow] = field(default_factory=list)
    merged_into_new: int = 0  # records that are someone planned as new earlier in this plan
    events: list[EventDraft] = field(default_factory=list)  # what an .ics file holds
    warnings: list[FileWarning] = field(default_factory=list)  # skipped or replaced, imports
    unplaced: Foreseen = field(default_factory=Foreseen)  # the merges, new ones left unplaced
    placing: Foreseen = field(default_factory=Foreseen)  # the merges, new ones put in a circle
    events_new: int = 0  # events that will be added
    events_known: int = 0  # events already stored (same UID): skipped

    def foreseen(self, circle_key: str | None) -> Foreseen:
        return self.unplaced if circle_key is None else self.placing

    @property
    def new_count(self) -> int:
        return len(self.new)

    @property
    def merged_count(self) -> int:
        return self.merged_count_into(None)

    def merged_count_into(self, circle_key: str | None) -> int:
        return len(self.foreseen(circle_key).updated_ids)

    def nothing_new_into(self, circle_key: str | None) -> int:
        """Records that change nothing: people there already, people twice, known events."""
        return self.foreseen(circle_key).unchanged + self.merged_into_new + self.events_known


@dataclass
class ImportPlan:
    """Every file of one import: those that will be written and those refused whole."""

    files: list[FilePlan] = field(default_factory=list)
    rejected_files: list[ImportRejected] = field(default_factory=list)

    @property
    def new_count(self) -> int:
        return sum(plan.new_count for plan in self.files)

    @property
    def merged_count(self) -> int:
        """Existing contacts the import changes (new contacts go to the unplaced tray)."""
        return self.merged_count_into(None)

    def merged_count_into(self, circle_key: str | None) -> int:
        """Existing contacts changed when new contacts go to `circle_key`: a matched contact
        that is unplaced is placed in that circle too."""
        return len({i for plan in self.files for i in plan.foreseen(circle_key).updated_ids})

    @property
    def unchanged_count(self) -> int:
        return self.unchanged_count_into(None)

    def unchanged_count_into(self, circle_key: str | None) -> int:
        """Records that add nothing: people already there with nothing new, and people who
        come twice in the files (folded into one new contact)."""
        return sum(
            plan.foreseen(circle_key).unchanged + plan.merged_into_new for plan in self.files
        )

    @property
    def events_count(self) -> int:
        return sum(plan.events_new for plan in self.files)

    @property
    def events_known(self) -> int:
        return sum(plan.events_known for plan in self.files)

    @property
    def rejected_rows(self) -> list[RejectedRow]:
        return [row for plan in self.files for row in plan.rejected]

    @property
    def rejected_count(self) -> int:
        return len(self.rejected_rows) + len(self.rejected_files)

    @property
    def warnings(self) -> list[FileWarning]:
        return [warning for plan in self.files for warning in plan.warnings]

    @property
    def record_count(self) -> int:
        return sum(len(plan.new) + len(plan.merges) for plan in self.files)

    def writes_anything(self, circle_key: str | None = None) -> bool:
        """True when applying the plan would change the store."""
        return bool(self.new_count or self.merged_count_into(circle_key) or self.events_count)


@dataclass(frozen=True)
class ImportResult:
    added_ids: tuple[int, ...]
    merged_ids: tuple[int, ...]  # existing contacts the import changed
    cancelled: bool = False
    event_ids: tuple[int, ...] = ()  # events added from .ics files
    events_skipped: int = 0  # events of .ics files already stored (same UID)
    undo: ImportUndo | None = None  # what import_undo.take_back() needs (when asked for)

    @property
    def added(self) -> int:
        return len(self.added_ids)

    @property
    def merged(self) -> int:
        return len(self.merged_ids)

    @property
    def changed_anything(self) -> bool:
        return bool(self.added_ids or self.merged_ids or self.event_ids)


class _Cancelled(Exception):
    pass


def read_file(path: Path, circle_labels: Iterable[str] = ()) -> ParsedFile:
    """Parse one file by its suffix; raise ImportRejected if it is not what it says."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        return read_vcards(path)
    if suffix in CSV_SUFFIXES:
        return read_csv(path, circle_labels=tuple(circle_labels))
    raise ImportRejected(
        path,
        None,
        f"'{suffix or path.name}' files cannot be imported "
        "(use .vcf or .csv for contacts, .ics for events)",
        "unsupported",
    )


class _Index:
    """Who is already known, by e-mail and by (name, phone); loaded in two queries."""

    def __init__(self) -> None:
        self.emails: dict[str, tuple[str, int]] = {}
        self.name_phones: dict[tuple[str, str], tuple[str, int]] = {}
        for address, contact_id in db.execute_sql(
            "SELECT address, contact_id FROM contact_email ORDER BY contact_id"
        ).fetchall():
            self.emails.setdefault(address.strip().lower(), ("old", contact_id))
        for contact_id, name, number in db.execute_sql(
            "SELECT c.id, c.name, p.number FROM contact c "
            "JOIN contact_phone p ON p.contact_id = c.id ORDER BY c.id"
        ).fetchall():
            key = (normalise_name(name), normalise_phone(number))
            if key[1]:
                self.name_phones.setdefault(key, ("old", contact_id))
        self.profiles: dict[str, tuple[str, int]] = {}
        self.bare: dict[tuple[str, str], tuple[str, int]] = {}
        for contact_id, name, organization, linkedin in db.execute_sql(
            "SELECT id, name, organization, linkedin FROM contact ORDER BY id"
        ).fetchall():
            if linkedin:
                self.profiles.setdefault(_profile(linkedin), ("old", contact_id))
            self.bare.setdefault(
                (normalise_name(name), organization.casefold()), ("old", contact_id)
            )

    @staticmethod
    def keys(record: ImportedContact) -> "_Keys":
        """What the index knows a record by, worked out once per record (find, then
        remember, look it up with the same keys)."""
        name = normalise_name(record.name)
        name_phones = []
        for phone in record.phones:
            number = normalise_phone(phone.value)
            if number:
                name_phones.append((name, number))
        return _Keys(
            [e.value.lower() for e in record.emails] if record.emails else [],
            name_phones,
            _profile(record.linkedin) if record.linkedin else None,
            (name, record.organization.casefold()),
        )

    def find(self, keys: "_Keys") -> tuple[str, int] | None:
        for address in keys.emails:
            if address in self.emails:
                return self.emails[address]
        for pair in keys.name_phones:
            if pair in self.name_phones:
                return self.name_phones[pair]
        if keys.profile is not None and keys.profile in self.profiles:
            return self.profiles[keys.profile]
        if not (keys.emails or keys.name_phones or keys.profile is not None):
            # Nothing else to go on (a LinkedIn row with a hidden e-mail and no profile):
            # the same name at the same organisation, so a second import adds nobody.
            return self.bare.get(keys.bare)
        return None

    def remember(self, keys: "_Keys", target: tuple[str, int]) -> None:
        for address in keys.emails:
            self.emails.setdefault(address, target)
        for pair in keys.name_phones:
            self.name_phones.setdefault(pair, target)
        if keys.profile is not None:
            self.profiles.setdefault(keys.profile, target)
        self.bare.setdefault(keys.bare, target)


class _Keys(NamedTuple):
    emails: list[str]
    name_phones: list[tuple[str, str]]
    profile: str | None  # None without a LinkedIn address
    bare: tuple[str, str]  # (normalised name, case-folded organisation)


def _profile(url: str) -> str:
    """A LinkedIn profile address without scheme, www, query or trailing slash."""
    url = url.strip().casefold().split("?", 1)[0].rstrip("/")
    # "https://", then "http://", then "www.", each taken off when the address starts with it.
    return url.removeprefix("https://").removeprefix("http://").removeprefix("www.")


def circle_labels() -> set[str]:
    """Labels our exports add for circles (names and keys): not tags when read back."""
    return {text.casefold() for row in queries.circles() for text in (row.key, row.name)}


@collection_paused()  # tens of thousands of records, no cycles
def plan_import(paths: Iterable[Path | str]) -> ImportPlan:
    """Read every file whole and decide, per record, new or merged, and what each merge and
    each event will change. Writes nothing."""
    plan = ImportPlan()
    index = _Index()
    labels = circle_labels()
    planned_new: list[ImportedContact] = []
    for path in paths:
        try:
            file_plan, records = _read_plan(Path(path), labels)
        except ImportRejected as rejection:
            plan.rejected_files.append(rejection)
            continue
        for record in records:
            keys = index.keys(record)
            target = index.find(keys)
            if target is None:
                index.remember(keys, ("new", len(planned_new)))
                planned_new.append(record)
                file_plan.new.append(record)
            elif target[0] == "new":
                merge_records(planned_new[target[1]], record)
                index.remember(keys, target)
                file_plan.merged_into_new += 1
            else:
                file_plan.merges.append((target[1], record))
                index.remember(keys, target)
        plan.files.append(file_plan)
    _foresee_merges(plan)
    _foresee_events(plan)
    return plan


def _read_plan(path: Path, labels: set[str]) -> tuple[FilePlan, list[ImportedContact]]:
    """One file read whole, and its records still to match; ImportRejected if refused."""
    if path.suffix.lower() in ICS_SUFFIXES:
        calendar = read_calendar(path)
        return FilePlan(
            calendar.path,
            calendar.format,
            events=list(calendar.drafts),
            warnings=list(calendar.warnings),
        ), []
    parsed = read_file(path, labels)
    return FilePlan(
        parsed.path, parsed.format, rejected=list(parsed.rejected), warnings=list(parsed.warnings)
    ), list(parsed.contacts)


def _foresee_merges(plan: ImportPlan) -> None:
    """Work out, as apply_plan() will, which existing contacts each file really changes:
    with new contacts left unplaced, and with them put in a circle."""
    ids = sorted({contact_id for file_plan in plan.files for contact_id, _ in file_plan.merges})
    as_stored = _existing(ids)
    for placing in (False, True):
        existing = _copy(as_stored)  # each pass changes its own copy, as the import would
        for file_plan in plan.files:
            foreseen = file_plan.placing if placing else file_plan.unplaced
            for contact_id, record in file_plan.merges:
                current = existing.get(contact_id)
                if current is None:  # gone since the index was read: cannot happen in one plan
                    continue
                circle = _ANY_CIRCLE if placing else None
                changes, emails, phones = _merge_one(contact_id, current, record, circle)
                if changes or emails or phones:
                    foreseen.updated_ids.add(contact_id)
                else:
                    foreseen.unchanged += 1


_ANY_CIRCLE = -1  # planning only: which circle does not matter, only that there is one


def _copy(existing: "dict[int, Current]") -> "dict[int, Current]":
    return {
        contact_id: {
            **current,
            "emails": list(current["emails"]),
            "phones": list(current["phones"]),
        }
        for contact_id, current in existing.items()
    }


def _foresee_events(plan: ImportPlan) -> None:
    """Which events will be added: import_drafts skips a UID already stored or already added."""
    if not any(file_plan.events for file_plan in plan.files):
        return  # no query: a contacts import reads the store in as few queries as it can
    known = event_queries.event_uids()
    for file_plan in plan.files:
        for draft in file_plan.events:
            if draft.uid and draft.uid in known:
                file_plan.events_known += 1
                continue
            known.add(draft.uid)
            file_plan.events_new += 1


def merge_records(into: ImportedContact, other: ImportedContact) -> None:
    """Fold a later record of the same person into an earlier one: fill gaps, add, keep."""
    for name in ("organization", "role", "address", "website", "linkedin", "notes", "how_known"):
        if not getattr(into, name) and getattr(other, name):
            setattr(into, name, getattr(other, name))
    if into.connected_on is None:
        into.connected_on = other.connected_on
    into.emails.extend(_missing(into.emails, other.emails, str.lower))
    into.phones.extend(_missing(into.phones, other.phones, normalise_phone))
    into.tags.extend(tag for tag in other.tags if tag not in into.tags)


def _missing(
    have: list[Labelled], candidates: list[Labelled], key: Callable[[str], str]
) -> list[Labelled]:
    seen = {key(item.value) for item in have}
    added = []
    for item in candidates:
        if key(item.value) not in seen:
            seen.add(key(item.value))
            added.append(item)
    return added


def _circle_id(circle_key: str | None) -> int | None:
    if circle_key is None:
        return None
    for row in queries.circles():
        if row.key == circle_key:
            return int(row.id)
    raise UnknownCircle(circle_key)


@collection_paused()
def apply_plan(
    plan: ImportPlan,
    circle_key: str | None = None,
    progress: Progress | None = None,
    undoable: bool = False,
) -> ImportResult:
    """Write a plan in one transaction. `progress(done, total)` returning False cancels:
    everything rolls back and the result says `cancelled`. `undoable` keeps, in the result,
    what services.import_undo needs to take the import back.

    New contacts go to `circle_key` (None: the unplaced tray); merged ones keep their
    circle, unless they were unplaced and a circle is given.
    """
    circle_id = _circle_id(circle_key)
    total = plan.record_count
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(done, total) is False:
            raise _Cancelled

    before: import_undo.BeforeImport | None = None
    try:
        with db.atomic():
            if progress is not None and progress(0, total) is False:
                raise _Cancelled
            if undoable:
                before = import_undo.before_import(
                    [contact_id for file_plan in plan.files for contact_id, _ in file_plan.merges]
                )
            merged_ids, orphans = _apply_merges(plan, circle_id, tick)
            added_ids = _insert_new(plan, circle_id, tick, orphans)
            event_ids, events_skipped = events.import_drafts(
                [draft for file_plan in plan.files for draft in file_plan.events]
            )
            if (added_ids or merged_ids) and search.exists(db):
                # The search index learns the new words here, in the import's own time
                # (a worker in the window), not at the first keystroke after it.
                search.catch_up(db)
    except _Cancelled:
        return ImportResult((), (), cancelled=True)
    added, merged = tuple(added_ids), tuple(dict.fromkeys(merged_ids))
    undo = None
    if before is not None:
        undo = import_undo.after_import(before, added, merged, tuple(event_ids))
    return ImportResult(added, merged, False, tuple(event_ids), events_skipped, undo)


def _now_text() -> str:
    return str(datetime.now().replace(microsecond=0))


Tick = Callable[[int], None]
Row = tuple[object, ...]


def _insert_new(
    plan: ImportPlan, circle_id: int | None, tick: Tick, orphans: list[ImportedContact]
) -> list[int]:
    records = [record for file_plan in plan.files for record in file_plan.new] + orphans
    if not records:
        return []
    cursor = db.cursor()
    next_id = next_free_id(db, "contact")
    now = _now_text()
    ids: list[int] = []
    for start in range(0, len(records), PROGRESS_STEP):
        chunk = records[start : start + PROGRESS_STEP]
        contact_rows: list[Row] = []
        email_rows: list[Row] = []
        phone_rows: list[Row] = []
        for record in chunk:
            contact_id = next_id
            next_id += 1
            ids.append(contact_id)
            contact_rows.append((contact_id, circle_id, *record.scalar_values(), now, now))
            email_rows += [(contact_id, e.value, e.label, i) for i, e in enumerate(record.emails)]
            phone_rows += [(contact_id, p.value, p.label, i) for i, p in enumerate(record.phones)]
        cursor.executemany(
            f"INSERT INTO contact (id, circle_id, {', '.join(TEXT_COLUMNS)}, follow_up_note, "
            f"warmth, created_at, updated_at) VALUES (?, ?, {', '.join('?' * len(TEXT_COLUMNS))}, "
            "'', 0, ?, ?)",
            contact_rows,
        )
        _insert_labelled(cursor, email_rows, phone_rows)
        tick(len(chunk))
    return ids


def _insert_labelled(cursor: Any, email_rows: list[Row], phone_rows: list[Row]) -> None:
    if email_rows:
        cursor.executemany(
            "INSERT INTO contact_email (contact_id, address, label, position) VALUES (?, ?, ?, ?)",
            email_rows,
        )
    if phone_rows:
        cursor.executemany(
            "INSERT INTO contact_phone (contact_id, number, label, position) VALUES (?, ?, ?, ?)",
            phone_rows,
        )


Current = dict[str, Any]  # a contact's columns, plus "emails" and "phones": (value, position)


def _existing(ids: list[int]) -> dict[int, Current]:
    """Current fields, e-mails and phones of the contacts a plan merges into."""
    found: dict[int, Current] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.execute_sql(
            f"SELECT id, circle_id, {', '.join(TEXT_COLUMNS)} FROM contact WHERE id IN ({marks})",
            chunk,
        ).fetchall():
            found[row[0]] = {
                "circle_id": row[1],
                **dict(zip(TEXT_COLUMNS, row[2:], strict=True)),
                "emails": [],
                "phones": [],
            }
        for table, column, key in (
            ("contact_email", "address", "emails"),
            ("contact_phone", "number", "phones"),
        ):
            for contact_id, value, position in db.execute_sql(
                f"SELECT contact_id, {column}, position FROM {table} "
                f"WHERE contact_id IN ({marks}) ORDER BY position, id",
                chunk,
            ).fetchall():
                found[contact_id][key].append((value, position))
    return found


def _merge_one(
    contact_id: int, current: Current, record: ImportedContact, circle_id: int | None
) -> tuple[dict[str, object], list[Row], list[Row]]:
    """What merging `record` into `current` changes: column values, new e-mail rows, new phone
    rows. `current` is updated to match, so a later record of the same person sees it."""
    changes = _fill(current, record)
    if circle_id is not None and current["circle_id"] is None:
        changes["circle_id"] = current["circle_id"] = circle_id
    emails = _new_labelled(contact_id, current["emails"], record.emails, str.lower)
    phones = _new_labelled(contact_id, current["phones"], record.phones, normalise_phone)
    return changes, emails, phones


def _apply_merges(
    plan: ImportPlan, circle_id: int | None, tick: Tick
) -> tuple[list[int], list[ImportedContact]]:
    """Merge into existing contacts; return the ids of those that changed and the records
    whose contact was deleted since planning (those become new contacts)."""
    merges = [pair for file_plan in plan.files for pair in file_plan.merges]
    orphans: list[ImportedContact] = []
    if not merges:
        return [], orphans
    existing = _existing(sorted({contact_id for contact_id, _ in merges}))
    cursor = db.cursor()
    now = _now_text()
    merged: list[int] = []
    for start in range(0, len(merges), PROGRESS_STEP):
        email_rows: list[Row] = []
        phone_rows: list[Row] = []
        for contact_id, record in merges[start : start + PROGRESS_STEP]:
            current = existing.get(contact_id)
            if current is None:
                orphans.append(record)
                continue
            changes, emails, phones = _merge_one(contact_id, current, record, circle_id)
            if changes:
                changes["updated_at"] = now
                assignments = ", ".join(f"{name} = ?" for name in changes)
                cursor.execute(
                    f"UPDATE contact SET {assignments} WHERE id = ?",
                    (*changes.values(), contact_id),
                )
            email_rows += emails
            phone_rows += phones
            if changes or emails or phones:
                merged.append(contact_id)
        _insert_labelled(cursor, email_rows, phone_rows)
        tick(min(PROGRESS_STEP, len(merges) - start))
    return merged, orphans


def _fill(current: Current, record: ImportedContact) -> dict[str, object]:
    """Empty fields take the record's value; tags gain new ones; nothing typed is lost."""
    changes: dict[str, object] = {}
    for name, value in record.scalar_fields().items():
        if name in ("name", "tags") or not value:
            continue
        if not current[name]:
            changes[name] = current[name] = value
    if record.connected_on:
        text = connected_on_text(record.connected_on)
        if text not in current["how_known"] and text not in current["notes"]:
            notes = f"{current['notes']}\n{text}" if current["notes"] else text
            changes["notes"] = current["notes"] = notes
    tags = split_tags(current["tags"])
    extra = [tag for tag in record.tags if tag not in tags]
    if extra:
        changes["tags"] = current["tags"] = ", ".join(tags + extra)
    return changes


def _new_labelled(
    contact_id: int,
    have: list[tuple[str, int]],
    incoming: list[Labelled],
    key: Callable[[str], str],
) -> list[Row]:
    seen = {key(value) for value, _ in have}
    position = max((pos for _, pos in have), default=-1) + 1
    rows: list[Row] = []
    for item in incoming:
        if key(item.value) in seen:
            continue
        seen.add(key(item.value))
        have.append((item.value, position))
        rows.append((contact_id, item.value, item.label, position))
        position += 1
    return rows


def circle_keys() -> list[str]:
    return [str(row.key) for row in queries.circles()]
