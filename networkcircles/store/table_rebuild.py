"""Changing a table's schema by rebuilding it, the way SQLite's ALTER TABLE page says to.

SQLite can only add, rename and drop columns in place; anything else (AUTOINCREMENT, a new
constraint, a column's type) means building a new table, copying the rows, dropping the old
table and renaming the new one. Done naively, with foreign keys on, dropping the old table
cascades: every e-mail, interaction and attendance row of its contacts goes with it. So the
migration runner turns foreign keys off *outside* its transaction (SQLite ignores the pragma
inside one), and this module checks `PRAGMA foreign_key_check` before the runner commits.
Indexes and triggers go with a dropped table: they are read first and made again after.
"""

import re

from peewee import SqliteDatabase


class RebuildFailed(Exception):
    """A rebuild would lose or orphan rows; the transaction around it must roll back."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_sql(db: SqliteDatabase, table: str) -> str:
    row = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if row is None:
        raise RebuildFailed(f"there is no table {table}")
    return str(row[0])


def _with_name(create_sql: str, table: str, new_name: str) -> str:
    """The CREATE TABLE statement of `table` made to create `new_name` instead."""
    head = re.match(r"\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?", create_sql, re.IGNORECASE)
    if head is None:
        raise RebuildFailed(f"cannot read the definition of {table}")
    rest = create_sql[head.end() :]
    for spelling in (_quoted(table), f"`{table}`", f"[{table}]", table):
        if rest.startswith(spelling):
            return f"CREATE TABLE {_quoted(new_name)}{rest[len(spelling) :]}"
    raise RebuildFailed(f"cannot read the definition of {table}")


def _columns(db: SqliteDatabase, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f"PRAGMA table_info({_quoted(table)})")]


def rebuild(db: SqliteDatabase, table: str, create_sql: str) -> None:
    """Give `table` the definition `create_sql` (a CREATE TABLE for `table`), keeping every row,
    index and trigger. Call inside a transaction, with foreign keys off."""
    if db.execute_sql("PRAGMA foreign_keys").fetchone()[0]:
        raise RebuildFailed("foreign keys must be off while a table is rebuilt")
    attached = db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE tbl_name = ? AND type IN ('index', 'trigger', 'view') AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    before = db.execute_sql(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0]
    scratch = f"{table}__rebuilt"
    db.execute_sql(_with_name(create_sql, table, scratch))
    kept = [c for c in _columns(db, table) if c in set(_columns(db, scratch))]
    names = ", ".join(_quoted(c) for c in kept)
    db.execute_sql(f"INSERT INTO {_quoted(scratch)} ({names}) SELECT {names} FROM {_quoted(table)}")
    db.execute_sql(f"DROP TABLE {_quoted(table)}")
    db.execute_sql(f"ALTER TABLE {_quoted(scratch)} RENAME TO {_quoted(table)}")
    for _kind, _name, sql in attached:
        db.execute_sql(sql)
    after = db.execute_sql(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0]
    if after != before:
        raise RebuildFailed(f"{table} had {before} rows and would keep {after}")


def check_foreign_keys(db: SqliteDatabase) -> None:
    """Raise when any row points at a row that is not there (run before committing)."""
    orphans = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if orphans:
        table, rowid, parent, _ = orphans[0]
        raise RebuildFailed(
            f"{len(orphans)} rows would point nowhere (first: {table} row {rowid} -> {parent})"
        )


def with_autoincrement(create_sql: str) -> str:
    """The same CREATE TABLE with its integer primary key made AUTOINCREMENT, so an id once
    given is never given again (undo puts deleted rows back under their old ids)."""
    if re.search(r"\bAUTOINCREMENT\b", create_sql, re.IGNORECASE):
        return create_sql
    changed, count = re.subn(
        r"(INTEGER\s+NOT\s+NULL\s+PRIMARY\s+KEY|INTEGER\s+PRIMARY\s+KEY)(?!\s+AUTOINCREMENT)",
        r"\1 AUTOINCREMENT",
        create_sql,
        count=1,
        flags=re.IGNORECASE,
    )
    if count != 1:
        raise RebuildFailed("the table has no integer primary key")
    return changed
