"""Typed errors the store raises; the ui and the command line word them.

Each StoreError has a `kind` (a key of REASONS) and the `values` its reason mentions, as a
refused value has (values.InvalidValue): the window words the kind in the user's language
(ui/error_text.py); `reason`, the English sentence, is for the command line and the logs.
"""

from pathlib import Path
from typing import Any, ClassVar

# A refused value: one error type for every check, defined with the checks themselves
# (networkcircles/values.py, below the store). Re-exported for the event rules of interchange.
from networkcircles.values import InvalidValue as InvalidValue

# Why a store cannot be opened or written, by kind; the names in braces are the error's
# values. "detail" is what the system or SQLite said, in its own (English) words.
REASONS: dict[str, str] = {
    # not a network, or a damaged one (NotAStore)
    "not_sqlite": "it is not a networkcircles network (not an SQLite database)",
    "header_cut_off": "the file is damaged (cut off inside its header)",
    "cut_off": "the file is damaged (it is cut off)",
    "other_program": "it is an SQLite database of another program",
    "damaged": "the file is damaged ({detail})",
    "no_schema_version": "the file is damaged (it has no schema version)",
    "bad_schema_version": "the file is damaged (it says schema version {found})",
    "tables_missing": "the file is damaged (table {tables} is missing)",
    "not_regular": "it is a {what}, not a regular file",
    "unreadable": "it cannot be read ({detail})",
    "backup_empty": "the backup is empty",
    # newer (StoreTooNew), missing (NoStore)
    "too_new": (
        "it was written by a newer networkcircles (schema {found}; "
        "this version reads up to {supported})"
    ),
    "no_store": "there is no network there",
    # only readable here (StoreReadOnly, by its `why`)
    "write_protected": "the file is write-protected, so it can only be read",
    "other_owner": "it belongs to another user, so it can only be read",
    "read_only_place": "its folder or disk is read-only, so it can only be read",
    "disk_full_read_only": "its disk is full, so it can only be read",
    # someone else writes it (StoreLocked)
    "locked_by_window": "it is open in another window ({holder}); try again when it is closed",
    "locked_by_command": (
        "a command-line {role} ({holder}) has it open; try again when it is done"
    ),
    # cannot be made or opened (StoreError itself)
    "folder_not_made": "its folder cannot be made ({detail})",
    "lock_not_made": "its lock file cannot be made ({detail})",
    "not_created": "it cannot be created ({detail})",
    "empty_read_only": "there is no network in it yet, so it cannot be opened read-only",
    "needs_upgrade": "it must be upgraded first, which cannot be done read-only",
    # SQLite failed on an open store (StoreFailed, from database_trouble)
    "disk_full": "the disk is full; nothing was changed",
    "opened_read_only": "it is open read-only, so nothing can be changed",
    "busy": "another program is writing to it; try again in a moment",
    "io_error": "the disk could not be read or written (I/O error); nothing was changed",
    "database_failed": "the database failed ({detail})",
}


class StoreError(Exception):
    """A store file could not be opened as it is. Never raised after writing to it.
    `kind` is a key of REASONS; `values` fill its reason."""

    def __init__(self, path: Path, kind: str, **values: Any) -> None:
        self.path = path
        self.kind = kind
        self.values: dict[str, Any] = values
        self.reason = REASONS[kind].format(**values)
        super().__init__(f"{path}: {self.reason}")


class NotAStore(StoreError):
    """The file is not SQLite, is damaged, or belongs to another program."""


class StoreTooNew(StoreError):
    """A newer networkcircles wrote this file; we leave it untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, "too_new", found=found, supported=supported)
        self.found = found
        self.supported = supported


class NoStore(StoreError):
    """A command that only reads was given a path where there is no network."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "no_store")


class StoreReadOnly(StoreError):
    """The store can be read but not written here; `why` is one of the WHY_* keys."""

    WHY_FILE = "write-protected"  # the file's owner-write bit is off (chmod 444)
    WHY_OWNER = "owner"  # another user owns it
    WHY_PLACE = "place"  # its folder or disk cannot be written to
    WHY_FULL = "full"  # its disk is full: not even the lock file fits

    KINDS: ClassVar[dict[str, str]] = {  # each WHY_* key's kind
        WHY_FILE: "write_protected",
        WHY_OWNER: "other_owner",
        WHY_PLACE: "read_only_place",
        WHY_FULL: "disk_full_read_only",
    }

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(path, self.KINDS[why])
        self.why = why


class StoreLocked(StoreError):
    """Another window or process has the file open for writing; `holder` says who."""

    def __init__(self, path: Path, holder: object) -> None:
        role = getattr(holder, "role", "")
        if role and role != "window":
            super().__init__(path, "locked_by_command", role=role, holder=str(holder))
        else:
            super().__init__(path, "locked_by_window", holder=str(holder))
        self.holder = holder


class StoreFailed(StoreError):
    """SQLite failed while reading or writing an open store (full disk, damage, I/O)."""


def database_trouble(path: Path, error: BaseException) -> StoreFailed:
    """A StoreFailed wording what SQLite (or peewee wrapping it) reported. The cause is
    looked for along the chain: a failed rollback after a full disk names the disk."""
    said: list[str] = []  # what each error of the chain says, the empty ones left out
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        if str(link):
            said.append(str(link))
        link = link.__cause__ or link.__context__
    first = said[0] if said else type(error).__name__
    text = " | ".join(said).lower()
    if "full" in text:
        return StoreFailed(path, "disk_full")
    if "no such table" in text or "no such column" in text or "malformed" in text:
        return StoreFailed(path, "damaged", detail=first)
    if "readonly" in text or "read-only" in text:
        return StoreFailed(path, "opened_read_only")
    if "locked" in text or "busy" in text:
        return StoreFailed(path, "busy")
    if "i/o" in text:
        return StoreFailed(path, "io_error")
    return StoreFailed(path, "database_failed", detail=first.lower())
