"""Typed errors the store raises; the ui and the command line word them."""

from pathlib import Path

# A refused value: one error type for every check, defined with the checks themselves
# (networkcircles/values.py, below the store). Re-exported for the event rules of interchange.
from networkcircles.values import InvalidValue as InvalidValue


class StoreError(Exception):
    """A store file could not be opened as it is. Never raised after writing to it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotAStore(StoreError):
    """The file is not SQLite, is damaged, or belongs to another program."""


class StoreTooNew(StoreError):
    """A newer networkcircles wrote this file; we leave it untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            path,
            f"it was written by a newer networkcircles (schema {found}; "
            f"this version reads up to {supported})",
        )
        self.found = found
        self.supported = supported


class NoStore(StoreError):
    """A command that only reads was given a path where there is no network."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "there is no network there")


class StoreReadOnly(StoreError):
    """The store can be read but not written here; `why` is one of the WHY_* keys."""

    WHY_FILE = "write-protected"  # the file's owner-write bit is off (chmod 444)
    WHY_OWNER = "owner"  # another user owns it
    WHY_PLACE = "place"  # its folder or disk cannot be written to
    WHY_FULL = "full"  # its disk is full: not even the lock file fits

    def __init__(self, path: Path, why: str) -> None:
        reasons = {
            self.WHY_FILE: "the file is write-protected, so it can only be read",
            self.WHY_OWNER: "it belongs to another user, so it can only be read",
            self.WHY_PLACE: "its folder or disk is read-only, so it can only be read",
            self.WHY_FULL: "its disk is full, so it can only be read",
        }
        super().__init__(path, reasons.get(why, why))
        self.why = why


class StoreLocked(StoreError):
    """Another window or process has the file open for writing; `holder` says who."""

    def __init__(self, path: Path, holder: object) -> None:
        role = getattr(holder, "role", "")
        if role and role != "window":
            who = f"a command-line {role} ({holder}) has it open; try again when it is done"
        else:
            who = f"it is open in another window ({holder}); try again when it is closed"
        super().__init__(path, who)
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
        reason = "the disk is full; nothing was changed"
    elif "no such table" in text or "no such column" in text or "malformed" in text:
        reason = f"the file is damaged ({first})"
    elif "readonly" in text or "read-only" in text:
        reason = "it is open read-only, so nothing can be changed"
    elif "locked" in text or "busy" in text:
        reason = "another program is writing to it; try again in a moment"
    elif "i/o" in text:
        reason = "the disk could not be read or written (I/O error); nothing was changed"
    else:
        reason = f"the database failed ({first.lower()})"
    return StoreFailed(path, reason)
