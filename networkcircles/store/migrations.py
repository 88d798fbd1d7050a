"""Schema versions: a new file is built from the models, an older one is upgraded step by step.

The version lives in `PRAGMA user_version`, so it rolls back with the transaction that
changed the schema. Each later version is one small function registered with `@step(n)`.
"""

from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase
from playhouse.migrate import SqliteMigrator

from networkcircles.store import backup, search
from networkcircles.store.db import APPLICATION_ID
from networkcircles.store.errors import StoreTooNew
from networkcircles.store.models import ALL_MODELS, Circle
from networkcircles.store.seed import CIRCLE_SEEDS

SCHEMA_VERSION = 1

Step = Callable[[SqliteMigrator], None]
STEPS: dict[int, Step] = {}


def step(version: int) -> Callable[[Step], Step]:
    """Register the function that takes a file from `version - 1` to `version`."""

    def register(function: Step) -> Step:
        STEPS[version] = function
        return function

    return register


def create_fresh(db: SqliteDatabase) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        search.create(db)  # the full-text index and the triggers that keep it in step
        seed_circles()
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        db.user_version = SCHEMA_VERSION


def seed_circles() -> None:
    for position, seed in enumerate(CIRCLE_SEEDS, start=1):
        Circle.get_or_create(
            key=seed.key,
            defaults={
                "name": seed.name,
                "description": seed.description,
                "colour": seed.colour,
                "position": position,
            },
        )


def upgrade(db: SqliteDatabase, path: Path) -> None:
    found = db.user_version
    if found == 0 and not db.get_tables():
        create_fresh(db)
        return
    if found > SCHEMA_VERSION:
        raise StoreTooNew(path, found, SCHEMA_VERSION)
    if found < SCHEMA_VERSION:
        backup.copy_before_migration(db, path, found)
        for version in range(found + 1, SCHEMA_VERSION + 1):
            with db.atomic():
                STEPS[version](SqliteMigrator(db))
                db.user_version = version
