"""Whole rows, every column, taken out of the store and put back: what undoing a bulk write
(an import) needs. Rows keep their ids, which AUTOINCREMENT never hands to anyone else."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import SqliteDatabase

_CHUNK = 500  # ids per statement, well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class TableRows:
    """Some rows of one table, as stored."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _columns(db: SqliteDatabase, table: str) -> tuple[str, ...]:
    return tuple(row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")'))


def select_rows(db: SqliteDatabase, table: str, column: str, ids: Sequence[int]) -> TableRows:
    """The rows of `table` whose `column` is one of `ids`, every column, in id order."""
    columns = _columns(db, table)
    names = ", ".join(f'"{c}"' for c in columns)
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        rows += db.execute_sql(
            f'SELECT {names} FROM "{table}" WHERE "{column}" IN ({marks}) ORDER BY id', chunk
        ).fetchall()
    return TableRows(table, columns, tuple(rows))


def delete_rows(db: SqliteDatabase, table: str, column: str, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        db.execute_sql(f'DELETE FROM "{table}" WHERE "{column}" IN ({marks})', chunk)


def insert_rows(db: SqliteDatabase, saved: TableRows) -> None:
    """Put rows back exactly as they were, ids included."""
    if not saved.rows:
        return
    names = ", ".join(f'"{c}"' for c in saved.columns)
    marks = ", ".join("?" * len(saved.columns))
    db.cursor().executemany(f'INSERT INTO "{saved.table}" ({names}) VALUES ({marks})', saved.rows)


def overwrite_rows(db: SqliteDatabase, saved: TableRows) -> None:
    """Set rows that still exist back to the saved values, in place (an UPDATE, so nothing
    that points at them cascades away)."""
    if not saved.rows:
        return
    others = [c for c in saved.columns if c != "id"]
    position = saved.columns.index("id")
    assignments = ", ".join(f'"{c}" = ?' for c in others)
    values = [
        (*(row[i] for i, c in enumerate(saved.columns) if c != "id"), row[position])
        for row in saved.rows
    ]
    db.cursor().executemany(f'UPDATE "{saved.table}" SET {assignments} WHERE id = ?', values)
