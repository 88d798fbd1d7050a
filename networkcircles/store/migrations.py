"""Schema versions: a new file is built from the models, an older one is upgraded step by step.

The version lives in `PRAGMA user_version`, so it rolls back with the transaction that
changed the schema. Each later version is one small function registered with `@step(n)`.
A step runs in one transaction with foreign keys off (a table rebuild must not cascade) and
is committed only when `PRAGMA foreign_key_check` finds nothing and no table lost a row.
Steps use SQL of their own, never today's models: the models describe the newest version.
"""

from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from networkcircles.store import backup, search, table_rebuild
from networkcircles.store.errors import NotAStore, StoreTooNew
from networkcircles.store.models import ALL_MODELS, Circle
from networkcircles.store.seed import CIRCLE_SEEDS
from networkcircles.store.sqlite_file import APPLICATION_ID

SCHEMA_VERSION = 4

Step = Callable[[SqliteDatabase], None]
STEPS: dict[int, Step] = {}


def step(version: int) -> Callable[[Step], Step]:
    """Register the function that takes a file from `version - 1` to `version`."""

    def register(function: Step) -> Step:
        STEPS[version] = function
        return function

    return register


def tables_of_this_version() -> set[str]:
    """The tables a file of the current schema version must hold (the search index aside:
    it is rebuilt when missing)."""
    return {model._meta.table_name for model in ALL_MODELS}


def create_fresh(db: SqliteDatabase) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        search.create(db)  # the full-text index and the triggers that keep it in step
        seed_circles()
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        db.user_version = SCHEMA_VERSION


def seed_circles() -> None:
    for position, seed in enumerate(CIRCLE_SEEDS, start=1):
        # a ring already there (its key is unique) keeps the user's name, colour and place
        Circle.insert(
            key=seed.key,
            name=seed.name,
            description=seed.description,
            colour=seed.colour,
            position=position,
        ).on_conflict_ignore().execute()


def upgrade(db: SqliteDatabase, path: Path) -> None:
    found = db.user_version
    if found == 0 and not db.get_tables():
        create_fresh(db)
        return
    if found > SCHEMA_VERSION:
        raise StoreTooNew(path, found, SCHEMA_VERSION)
    if found < 1 or any(version not in STEPS for version in range(found + 1, SCHEMA_VERSION + 1)):
        raise NotAStore(path, "bad_schema_version", found=found)
    if found < SCHEMA_VERSION:
        backup.copy_before_migration(db, path, found)
        for version in range(found + 1, SCHEMA_VERSION + 1):
            _run_step(db, version)


def _row_counts(db: SqliteDatabase) -> dict[str, int]:
    tables = [t for t in db.get_tables() if not t.startswith(("sqlite_", search.TABLE))]
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _run_step(db: SqliteDatabase, version: int) -> None:
    """One step, all or nothing. Foreign keys go off outside the transaction (SQLite ignores
    the pragma inside one) and back on whatever happens."""
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            before = _row_counts(db)
            STEPS[version](db)
            table_rebuild.check_foreign_keys(db)
            after = _row_counts(db)
            lost = {t: (n, after.get(t, 0)) for t, n in before.items() if after.get(t, 0) < n}
            if lost:
                raise table_rebuild.RebuildFailed(f"rows would be lost: {lost}")
            db.user_version = version
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")


# The tables of schema 1, parents before children (frozen: later models may differ).
_SCHEMA_1_TABLES = (
    "circle",
    "organization",
    "contact",
    "contact_email",
    "contact_phone",
    "event",
    "attendance",
    "interaction",
    "referral",
    "lead",
    "reference_request",
    "profile",
)


@step(2)
def _ids_never_reused(db: SqliteDatabase) -> None:
    """AUTOINCREMENT on every table: a deleted row's id is never handed to a new row, so undo
    can put a row back under its old id without taking someone else's."""
    for table in _SCHEMA_1_TABLES:
        table_rebuild.rebuild(
            db, table, table_rebuild.with_autoincrement(table_rebuild.table_sql(db, table))
        )


@step(3)
def _sync_state(db: SqliteDatabase) -> None:
    """CardDAV/CalDAV accounts and, per synced contact or event, its address, ETag and the
    text last agreed with the server (networkcircles/sync). New tables only: no row moves."""
    for sql in (
        'CREATE TABLE "sync_account" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
        '"url" VARCHAR(255) NOT NULL, "user" VARCHAR(255) NOT NULL, '
        '"addressbook_url" VARCHAR(255) NOT NULL, "calendar_url" VARCHAR(255) NOT NULL, '
        '"addressbook_token" VARCHAR(255) NOT NULL, "calendar_token" VARCHAR(255) NOT NULL, '
        '"last_synced_at" DATETIME)',
        'CREATE UNIQUE INDEX "sync_account_url_user" ON "sync_account" ("url", "user")',
        'CREATE TABLE "sync_item" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
        '"account_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "contact_id" INTEGER, '
        '"event_id" INTEGER, "href" VARCHAR(255) NOT NULL, "etag" VARCHAR(255) NOT NULL, '
        '"base" TEXT NOT NULL, "local_hash" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "sync_item_account_id" ON "sync_item" ("account_id")',
        'CREATE INDEX "sync_item_contact_id" ON "sync_item" ("contact_id")',
        'CREATE INDEX "sync_item_event_id" ON "sync_item" ("event_id")',
        'CREATE UNIQUE INDEX "sync_item_account_id_href" ON "sync_item" ("account_id", "href")',
    ):
        db.execute_sql(sql)


@step(4)
def _occurrences(db: SqliteDatabase) -> None:
    """Recurring events keep their changed occurrences (iCalendar RECURRENCE-ID) in a table of
    exceptions, and "who I met" belongs to one occurrence: attendance gains the occurrence's
    original start ("" for a one-off event) and is unique per event, occurrence and contact.

    Rows of a recurring event from before (no occurrence known) go to its first occurrence,
    the series' own start: the one occurrence every series has, and the date the user gave.
    """
    for sql in (
        'CREATE TABLE "event_exception" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
        '"event_id" INTEGER NOT NULL, "original_start" DATETIME NOT NULL, '
        '"cancelled" INTEGER NOT NULL DEFAULT 0, "starts_at" DATETIME, "ends_at" DATETIME, '
        '"title" VARCHAR(255), "location" VARCHAR(255), "notes" TEXT, "status" VARCHAR(255), '
        'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "event_exception_event_id" ON "event_exception" ("event_id")',
        'CREATE UNIQUE INDEX "event_exception_event_id_original_start" '
        'ON "event_exception" ("event_id", "original_start")',
    ):
        db.execute_sql(sql)
    table_rebuild.rebuild(
        db,
        "attendance",
        (
            'CREATE TABLE "attendance" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
            '"event_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, '
            "\"status\" VARCHAR(255) NOT NULL DEFAULT 'met', "
            "\"occurrence\" VARCHAR(255) NOT NULL DEFAULT '', "
            'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
            'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'
        ),
    )
    db.execute_sql('DROP INDEX IF EXISTS "attendance_event_id_contact_id"')
    db.execute_sql(
        "UPDATE attendance SET occurrence = (SELECT substr(replace(e.starts_at, 'T', ' '), 1, 19) "
        "FROM event e WHERE e.id = attendance.event_id) "
        "WHERE event_id IN (SELECT id FROM event WHERE recurrence != '')"
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX "attendance_event_id_occurrence_contact_id" '
        'ON "attendance" ("event_id", "occurrence", "contact_id")'
    )
