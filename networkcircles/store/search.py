"""Full-text search over contacts: an FTS5 index kept in step with the tables by triggers.

One index row per contact (rowid = the contact's id): name, organisation, tags and every
e-mail address. The triggers on contact and contact_email do not write to the index
themselves: FTS5 flushes its buffers to disk at every trigger's statement savepoint, which
made an import of 10,000 rows five times slower. They note the contact's id in a small
queue table instead (cheap, and in the same transaction as the change), and every search
first brings the index up to date for the queued ids in two bulk statements. So inserts by
raw SQL (imports), peewee, cascades and undo all reach the index, and a search never sees
it out of step. The index keeps its own copy of the text, so a queued contact's old words
are removed by rowid alone. A search finds the contacts that have, for every word typed,
some indexed word starting with it.
"""

import sqlite3
import unicodedata

from peewee import OperationalError, SqliteDatabase

from networkcircles.store.connection import db as store
from networkcircles.store.connection import is_read_only

TABLE = "contact_search"
QUEUE = "contact_search_stale"

_CREATE = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(
        name, organization, tags, emails,
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
    )""",
    f"CREATE TABLE IF NOT EXISTS {QUEUE} (id INTEGER PRIMARY KEY)",
]

_TRIGGERS = {
    "contact_search_contact_insert": f"""
        CREATE TRIGGER contact_search_contact_insert AFTER INSERT ON contact BEGIN
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (new.id);
        END""",
    "contact_search_contact_delete": f"""
        CREATE TRIGGER contact_search_contact_delete AFTER DELETE ON contact BEGIN
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (old.id);
        END""",
    "contact_search_contact_update": f"""
        CREATE TRIGGER contact_search_contact_update
        AFTER UPDATE OF id, name, organization, tags ON contact BEGIN
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (old.id);
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (new.id);
        END""",
    "contact_search_email_insert": f"""
        CREATE TRIGGER contact_search_email_insert AFTER INSERT ON contact_email BEGIN
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (new.contact_id);
        END""",
    "contact_search_email_delete": f"""
        CREATE TRIGGER contact_search_email_delete AFTER DELETE ON contact_email BEGIN
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (old.contact_id);
        END""",
    "contact_search_email_update": f"""
        CREATE TRIGGER contact_search_email_update
        AFTER UPDATE OF contact_id, address ON contact_email BEGIN
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (old.contact_id);
            INSERT OR IGNORE INTO {QUEUE}(id) VALUES (new.contact_id);
        END""",
}

_ROWS = f"""
    INSERT INTO {TABLE}(rowid, name, organization, tags, emails)
    SELECT c.id, c.name, c.organization, c.tags,
           COALESCE((SELECT group_concat(address, ' ') FROM contact_email e
                     WHERE e.contact_id = c.id), '')
    FROM contact c"""


def create(db: SqliteDatabase) -> None:
    """Add the index, its queue and its triggers to a store (a new file: all empty)."""
    with db.atomic():
        for sql in _CREATE:
            db.execute_sql(sql)
        for name, sql in _TRIGGERS.items():
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
            db.execute_sql(sql)


def rebuild(db: SqliteDatabase) -> None:
    """Build the index afresh from the tables: for files made before it existed, or to
    repair one. Safe to run any time; one transaction."""
    with db.atomic():
        db.execute_sql(f"DROP TABLE IF EXISTS {TABLE}")
        db.execute_sql(f"DROP TABLE IF EXISTS {QUEUE}")
        create(db)
        db.execute_sql(_ROWS)


# Bringing the index up to date for the queued contacts: old words out, new words in.
CATCH_UP = (
    f"DELETE FROM {TABLE} WHERE rowid IN (SELECT id FROM {QUEUE})",
    _ROWS + f" WHERE c.id IN (SELECT id FROM {QUEUE})",
    f"DELETE FROM {QUEUE}",
)


def catch_up(db: SqliteDatabase) -> None:
    """Bring the index up to date for every contact changed since the last search."""
    if db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {QUEUE})").fetchone()[0] == 0:
        return
    with db.atomic():
        for sql in CATCH_UP:
            db.execute_sql(sql)


def exists(db: SqliteDatabase) -> bool:
    names = [TABLE, QUEUE, *_TRIGGERS]
    marks = ", ".join("?" * len(names))
    row = db.execute_sql(
        f"SELECT count(*) FROM sqlite_master WHERE name IN ({marks})", names
    ).fetchone()
    return bool(row[0] == len(names))


def ensure(db: SqliteDatabase) -> None:
    """Rebuild the index if the file lacks it or any of its triggers."""
    if not exists(db):
        rebuild(db)


def words(text: str) -> list[str]:
    """The searchable words of what the user typed: anything with a letter or digit.
    Control characters (a pasted NUL, an escape) separate words: SQLite ends a query
    string at a NUL, so one inside a word would cut the query off."""
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return [word for word in text.split() if any(c.isalnum() for c in word)]


def _prefix_query(word: str) -> str:
    # A quoted string is always a plain phrase to FTS5: quotes doubled, so ", *, NEAR, -,
    # :, AND, ^ and brackets are text, never syntax. The star makes it a prefix.
    return '"' + word.replace('"', '""') + '"*'


def query(found: list[str]) -> tuple[str, list[str]]:
    """The SQL and parameters finding the contacts that match every one of `found` (words):
    one query per word, intersected in SQL, answered as one text of ids ("3,17,42") or
    NULL for none."""
    matches = " INTERSECT ".join(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?" for _ in found)
    return f"SELECT group_concat(rowid) FROM ({matches})", [_prefix_query(w) for w in found]


def parsed_ids(text: str | None) -> frozenset[int]:
    """The ids of query()'s answer."""
    return frozenset(map(int, text.split(","))) if text else frozenset()


# The last answer, as text and as ids. Typing on through a name often leaves the matches as
# they were: the same text then gives back the same set, with no new ids made (thousands
# for a first letter) and nothing for the list and the diagram to compare.
_last_answer: tuple[str | None, frozenset[int]] = (None, frozenset())


def _ids(db: SqliteDatabase, found: list[str]) -> frozenset[int]:
    global _last_answer
    sql, params = query(found)
    text = db.execute_sql(sql, params).fetchone()[0]
    if text != _last_answer[0]:
        _last_answer = (text, parsed_ids(text))
    return _last_answer[1]


def matching_ids(text: str, db: SqliteDatabase | None = None) -> frozenset[int] | None:
    """The ids of contacts with, for every word of `text`, an indexed word (in name,
    organisation, tags or an e-mail address) starting with it. None when `text` has
    nothing to search for (every contact matches). A search with the same matches as the
    one before gives back the same set object."""
    if db is None:
        db = store
    found = words(text)
    if not found:
        return None
    read_only = is_read_only()
    if not read_only:
        catch_up(db)
    try:
        ids = _ids(db, found)
        if read_only:
            # Only a writer catches the index up: contacts another process changed since
            # are still queued. Judge those from the tables themselves instead.
            ids = _with_queued(db, found, ids)
        return ids
    except (sqlite3.OperationalError, OperationalError):  # peewee wraps sqlite3's errors
        # A word FTS5 still cannot parse (it never should): match nobody, don't crash.
        return frozenset()


def _with_queued(db: SqliteDatabase, found: list[str], ids: frozenset[int]) -> frozenset[int]:
    """`ids` with the queued contacts judged by LIKE on the tables: each word must be
    found somewhere in name, organisation, tags or an e-mail address (a little looser than
    the index's word starts, and blind to diacritics: a few contacts, until a writer
    catches the index up)."""
    queued = {row[0] for row in db.execute_sql(f"SELECT id FROM {QUEUE}")}
    if not queued:
        return ids
    fields = (
        "c.name",
        "c.organization",
        "c.tags",
        "coalesce((SELECT group_concat(address, ' ') "
        "FROM contact_email e WHERE e.contact_id = c.id), '')",
    )
    text = " || ' ' || ".join(f"coalesce({field}, '')" for field in fields)
    clauses, params = [], []
    for word in found:
        pattern = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append(f"({text}) LIKE ? ESCAPE '\\'")
        params.append(f"%{pattern}%")
    sql = f"SELECT c.id FROM contact c WHERE c.id IN (SELECT id FROM {QUEUE}) AND " + " AND ".join(
        clauses
    )
    return (ids - queued) | {row[0] for row in db.execute_sql(sql, params)}


def raw_like_ids(connection: sqlite3.Connection, text: str) -> set[int]:
    """The same search with LIKE '%word%' and no index: the benchmark's floor."""
    clauses, params = [], []
    for word in words(text):
        clauses.append(
            "(c.name LIKE ? OR c.organization LIKE ? OR c.tags LIKE ? OR EXISTS "
            "(SELECT 1 FROM contact_email e WHERE e.contact_id = c.id AND e.address LIKE ?))"
        )
        params += [f"%{word}%"] * 4
    where = " AND ".join(clauses) or "1"
    return {row[0] for row in connection.execute(f"SELECT id FROM contact c WHERE {where}", params)}
