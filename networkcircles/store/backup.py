"""Consistent copies of a store file, made with SQLite's online backup (restoring.py puts
one back).

Backups go to a `backups` folder beside the store, named `<stem>-<kind>-<stamp><suffix>`:
`daily` (the window's first start of a day), `schema<N>` (before migrating from version N)
and `before-restore` (the file as it was before a restore). Only names of that exact shape
count as backups of a store, so two stores in one folder never prune each other's.
"""

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from glob import escape as glob_escape
from pathlib import Path

from peewee import SqliteDatabase

from networkcircles.store.sqlite_file import HEADER_SIZE, header_fault, read_only_uri

BACKUP_FOLDER = "backups"
KEEP = 10  # backups of one store kept; the oldest go first
DAILY, BEFORE_RESTORE = "daily", "before-restore"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as File > Restore from Backup lists it."""

    path: Path
    kind: str  # "daily", "schemaN" or "before-restore"
    taken_at: datetime
    contacts: int
    size: int


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def _suffix(path: Path) -> str:
    return path.suffix or ".sqlite"


def _name_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"{re.escape(path.stem)}-(?P<kind>daily|schema\d+|before-restore)-"
        rf"(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<n>\d+))?{re.escape(_suffix(path))}"
    )


def _target(path: Path, kind: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    target = backup_folder(path) / f"{path.stem}-{kind}-{stamp}{_suffix(path)}"
    counter = 1
    while target.exists():
        counter += 1
        target = target.with_name(f"{path.stem}-{kind}-{stamp}-{counter}{_suffix(path)}")
    return target


class BackupFailed(Exception):
    """The copy did not come out whole; nothing was put under a backup's name."""


def _partial_name(target: Path) -> Path:
    # Hidden and without the backup suffix, so no listing ever counts or offers it.
    return target.with_name(f".{target.name}.partial")


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def copy_to(db: SqliteDatabase, target: Path) -> Path:
    """Write a consistent snapshot of the open database to `target`, owner-only.

    The copy is made under a temporary name, checked with `PRAGMA integrity_check` and only
    then renamed to `target`: a kill or a full disk half-way leaves no file that looks like a
    backup.
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # owner-only, like the files
    partial = _partial_name(target)
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        destination = sqlite3.connect(str(partial))
        try:
            # A live WAL database copied file by file can lose its last commits; backup() cannot.
            db.connection().backup(destination)
            # One self-contained file: no -wal or -shm needed to read the copy later.
            destination.execute("PRAGMA journal_mode = delete")
            check = destination.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            destination.close()
        if check != "ok":
            raise BackupFailed(f"the copy failed its integrity check ({check})")
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)  # the rename itself must survive a power cut
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _remove_partials(path: Path) -> None:
    """Copies a killed process left half-written (only one process writes a store at a time)."""
    try:
        entries = list(backup_folder(path).glob(f".{glob_escape(path.stem)}-*.partial"))
    except OSError:
        return
    for entry in entries:
        entry.unlink(missing_ok=True)


def _looks_whole(entry: Path) -> bool:
    """A cheap check that a backup file is a whole SQLite file (header and size agree)."""
    try:
        with open(entry, "rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = entry.stat().st_size
    except OSError:
        return False
    return header_fault(header, size) is None


def _backups_of(path: Path) -> list[tuple[datetime, int, Path, str]]:
    pattern = _name_pattern(path)
    found = []
    try:
        entries = list(backup_folder(path).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file() or not _looks_whole(entry):
            continue  # a broken copy is never offered, and never counts toward KEEP
        try:
            taken_at = datetime.strptime(match["stamp"], _STAMP_FORMAT)
        except ValueError:
            continue
        found.append((taken_at, int(match["n"] or 1), entry, match["kind"]))
    return sorted(found, key=lambda item: (item[0], _mtime(item[2]), item[1]))


def _mtime(entry: Path) -> int:
    try:
        return entry.stat().st_mtime_ns
    except OSError:
        return 0


def prune(path: Path, keep: int = KEEP, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups of `path` (never `spare`); return those gone."""
    backups = [entry for _, _, entry, _ in _backups_of(path)]
    gone = []
    for entry in backups[: max(len(backups) - keep, 0)]:
        if spare is not None and entry == spare:
            continue
        entry.unlink(missing_ok=True)
        gone.append(entry)
    return gone


def backup_now(db: SqliteDatabase, path: Path, kind: str) -> Path:
    """A backup of the open store at `path`, then the oldest pruned down to KEEP."""
    _remove_partials(path)
    target = copy_to(db, _target(path, kind))
    prune(path)
    return target


def copy_before_migration(db: SqliteDatabase, path: Path, found_version: int) -> Path:
    return backup_now(db, path, f"schema{found_version}")


def copy_before_restore(db: SqliteDatabase, path: Path) -> Path:
    """The open store as it is, under a `before-restore` name (never pruned by the restore
    that follows it)."""
    return copy_to(db, _target(path, BEFORE_RESTORE))


def daily_backup(db: SqliteDatabase, path: Path, today: date | None = None) -> Path | None:
    """The first start of a day backs the store up; later starts that day do nothing.

    An empty network (nothing in it to lose) is not backed up.
    """
    today = today or date.today()
    if any(kind == DAILY and taken.date() == today for taken, _, _, kind in _backups_of(path)):
        return None
    rows = db.execute_sql(
        "SELECT (SELECT count(*) FROM contact) + (SELECT count(*) FROM event) "
        "+ (SELECT count(*) FROM organization) + (SELECT count(*) FROM lead)"
    ).fetchone()[0]
    if not rows:
        return None
    return backup_now(db, path, DAILY)


def _contact_count(backup: Path) -> int | None:
    try:
        # immutable: a backup never changes, and reading it leaves nothing beside it
        copy = sqlite3.connect(read_only_uri(backup, immutable=True), uri=True)
        try:
            return int(copy.execute("SELECT count(*) FROM contact").fetchone()[0])
        finally:
            copy.close()
    except sqlite3.Error:
        return None


def list_backups(path: Path) -> list[BackupInfo]:
    """The backups of the store at `path`, newest first, with their contact counts."""
    infos = []
    for taken_at, _, entry, kind in reversed(_backups_of(path)):
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        contacts = _contact_count(entry)
        if contacts is None:
            continue  # unreadable: restoring it could only fail
        infos.append(BackupInfo(entry, kind, taken_at, contacts, size))
    return infos
