"""Ids for rows written in bulk with explicit ids (imports, the demo)."""

from peewee import SqliteDatabase


def next_free_id(db: SqliteDatabase, table: str) -> int:
    """The id AUTOINCREMENT would give the next row of `table`: above every id the table has
    ever held, deleted ones included, so bulk inserts never reuse a deleted row's id."""
    used = db.execute_sql(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0
    given = db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    return max(used, given[0] if given else 0) + 1
