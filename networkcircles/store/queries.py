"""Read-only queries that return small frozen rows, never models.

A Qt model's data() must never set off a lazy query, so everything a view needs comes
back in one go as plain values.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from sys import intern
from typing import Any, NamedTuple

from networkcircles.store.db import db
from networkcircles.store.seed import CIRCLE_KEYS


@lru_cache(maxsize=8192)  # a network's dates repeat: 50,000 rows hold a few hundred days
def stored_day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


@dataclass(frozen=True, slots=True)
class CircleRow:
    id: int
    key: str
    name: str
    description: str
    colour: str
    position: int


class ContactRow(NamedTuple):
    """What the list and the diagram show of one contact. A named tuple rather than a frozen
    dataclass: as immutable, and made in one C call (kept_rows, every contact at start-up:
    0.2 µs a row, against 1.6 µs through a frozen dataclass's __init__)."""

    id: int
    name: str
    circle_key: str | None
    organization: str
    role: str
    email: str
    phone: str
    tags: str
    knows_looking_on: date | None
    last_contacted: date | None
    next_follow_up: date | None
    warmth: int


@dataclass(frozen=True, slots=True)
class Labelled:
    """An e-mail address or phone number with its label ("work", "mobile", ...)."""

    value: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class ContactDetails:
    """Every field of one contact, as the detail panel edits it."""

    id: int
    name: str
    circle_key: str | None
    how_known: str
    organization: str
    role: str
    emails: tuple[Labelled, ...]
    phones: tuple[Labelled, ...]
    address: str
    website: str
    linkedin: str
    notes: str
    tags: str
    knows_looking_on: date | None
    last_contacted: date | None
    next_follow_up: date | None
    follow_up_note: str
    warmth: int


def circles() -> list[CircleRow]:
    cursor = db.execute_sql(
        "SELECT id, key, name, description, colour, position FROM circle ORDER BY position"
    )
    return [CircleRow(*row) for row in cursor.fetchall()]


# What a ContactRow holds, in its order: the contact's first e-mail and phone number (by
# position, then id) come from the covering indexes on (contact_id, position, id, value).
_CONTACT_COLUMNS = """
c.id, c.name, ci.key, c.organization, c.role,
COALESCE((SELECT address FROM contact_email e WHERE e.contact_id = c.id
          ORDER BY e.position, e.id LIMIT 1), ''),
COALESCE((SELECT number FROM contact_phone p WHERE p.contact_id = c.id
          ORDER BY p.position, p.id LIMIT 1), ''),
c.tags, c.knows_looking_on, c.last_contacted, c.next_follow_up, c.warmth
"""
_CONTACT_ROW_SQL = (
    f"SELECT {_CONTACT_COLUMNS} FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id"
)

# The rows of the contacts in an id range as one JSON array of arrays, made by SQLite in a
# single call (which lets go of Python's lock, unlike a cursor stepping row by row): see
# rows_ahead.py. Parameters: the first id and the last.
CONTACT_ROWS_AS_JSON = (
    f"SELECT json_group_array(json_array({_CONTACT_COLUMNS})) FROM "
    "(SELECT * FROM contact WHERE id BETWEEN ? AND ? ORDER BY id) c "
    "LEFT JOIN circle ci ON ci.id = c.circle_id"
)


def _contact_row(row: tuple[Any, ...]) -> ContactRow:
    return ContactRow(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        stored_day(row[8]),
        stored_day(row[9]),
        stored_day(row[10]),
        row[11],
    )


def contact_rows() -> list[ContactRow]:
    """All contacts, in id order."""
    return kept_rows(db.execute_sql(_CONTACT_ROW_SQL + " ORDER BY c.id"))


def kept_rows(
    found: Iterable[Sequence[Any]], days: dict[str | None, date | None] | None = None
) -> list[ContactRow]:
    """ContactRows of the values of _CONTACT_COLUMNS, to be kept for as long as the window
    shows the network: values that repeat across contacts (circles, companies, roles, tags,
    days) are held once, not once per contact. `days`: the dates of the rows made so far."""
    if days is None:
        days = {}
    days.setdefault(None, None)
    days.setdefault("", None)
    rows = []
    for row in found:
        last, follow_up, told = row[9], row[10], row[8]
        # stored_day, one date object per distinct day
        if told not in days:
            days[told] = stored_day(told)
        if last not in days:
            days[last] = stored_day(last)
        if follow_up not in days:
            days[follow_up] = stored_day(follow_up)
        rows.append(
            ContactRow._make(
                (
                    row[0],
                    row[1],
                    row[2] and intern(row[2]),
                    intern(row[3]),
                    intern(row[4]),
                    row[5],
                    row[6],
                    intern(row[7]),
                    days[told],
                    days[last],
                    days[follow_up],
                    row[11],
                )
            )
        )
    return rows


def contact_row(contact_id: int) -> ContactRow | None:
    cursor = db.execute_sql(_CONTACT_ROW_SQL + " WHERE c.id = ?", (contact_id,))
    row = cursor.fetchone()
    return _contact_row(row) if row else None


def contact_rows_of(contact_ids: list[int]) -> dict[int, ContactRow]:
    """The rows of these contacts by id (ids with no contact are left out): a few statements
    for a bulk edit instead of one per contact."""
    unique, found = sorted(set(contact_ids)), {}
    for start in range(0, len(unique), 500):  # well under SQLite's limit of bound values
        chunk = unique[start : start + 500]
        sql = f"{_CONTACT_ROW_SQL} WHERE c.id IN ({', '.join('?' * len(chunk))})"
        for row in db.execute_sql(sql, chunk).fetchall():
            found[row[0]] = _contact_row(row)
    return found


def contact_details(contact_id: int) -> ContactDetails | None:
    cursor = db.execute_sql(
        "SELECT c.id, c.name, ci.key, c.how_known, c.organization, c.role, c.address, "
        "c.website, c.linkedin, c.notes, c.tags, c.knows_looking_on, c.last_contacted, "
        "c.next_follow_up, c.follow_up_note, c.warmth "
        "FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id WHERE c.id = ?",
        (contact_id,),
    )
    row = cursor.fetchone()
    if row is None:
        return None
    emails = db.execute_sql(
        "SELECT address, label FROM contact_email WHERE contact_id = ? ORDER BY position, id",
        (contact_id,),
    ).fetchall()
    phones = db.execute_sql(
        "SELECT number, label FROM contact_phone WHERE contact_id = ? ORDER BY position, id",
        (contact_id,),
    ).fetchall()
    return ContactDetails(
        id=row[0],
        name=row[1],
        circle_key=row[2],
        how_known=row[3],
        organization=row[4],
        role=row[5],
        emails=tuple(Labelled(*e) for e in emails),
        phones=tuple(Labelled(*p) for p in phones),
        address=row[6],
        website=row[7],
        linkedin=row[8],
        notes=row[9],
        tags=row[10],
        knows_looking_on=stored_day(row[11]),
        last_contacted=stored_day(row[12]),
        next_follow_up=stored_day(row[13]),
        follow_up_note=row[14],
        warmth=row[15],
    )


def _count(table: str) -> int:
    found: int = db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
    return found


def contacts_in(circle_keys: Iterable[str] | None = None) -> int:
    """How many contacts the network holds (None), or how many sit in these circles: what
    decides whether a long job is worth a process of its own."""
    if circle_keys is None:
        return _count("contact")
    keys = list(circle_keys)
    if not keys:
        return 0
    found: int = db.execute_sql(
        "SELECT count(*) FROM contact c JOIN circle ci ON ci.id = c.circle_id "
        f"WHERE ci.key IN ({', '.join('?' * len(keys))})",
        keys,
    ).fetchone()[0]
    return found


def stats() -> dict[str, Any]:
    """The figures of `networkcircles stats --json` (DESIGN.md)."""
    per_circle = dict.fromkeys(CIRCLE_KEYS, 0)
    cursor = db.execute_sql(
        "SELECT ci.key, count(c.id) FROM circle ci "
        "LEFT JOIN contact c ON c.circle_id = ci.id GROUP BY ci.key"
    )
    for key, count in cursor.fetchall():
        per_circle[key] = count
    return {
        "contacts": _count("contact"),
        "unplaced": db.execute_sql(
            "SELECT count(*) FROM contact WHERE circle_id IS NULL"
        ).fetchone()[0],
        "circles": per_circle,
        "events": _count("event"),
        "organizations": _count("organization"),
        "interactions": _count("interaction"),
        "referrals": _count("referral"),
        "leads": _count("lead"),
    }
