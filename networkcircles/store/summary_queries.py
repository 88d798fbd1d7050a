"""Read-only queries for printed summaries and the balance figures: plain rows, never models."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from networkcircles.store.db import db
from networkcircles.store.queries import stored_day


@dataclass(frozen=True, slots=True)
class PrintContactRow:
    """What a printed circle summary shows of one contact (best phone and e-mail: the first)."""

    id: int
    name: str
    circle_key: str | None
    how_known: str
    organization: str
    role: str
    email: str
    phone: str
    knows_looking_on: date | None
    last_contacted: date | None
    next_follow_up: date | None
    follow_up_note: str


@dataclass(frozen=True, slots=True)
class CircleFigures:
    key: str
    name: str
    contacts: int
    knows_looking: int
    contacted_since: int  # last contacted on or after the `since` day given
    overdue_follow_ups: int
    last_outreach: date | None


@dataclass(frozen=True, slots=True)
class LeadRow:
    """An open lead or tip. `title` names a fair or a resource; `fair_on` is the day of the
    calendar event a fair made (None for the others)."""

    kind: str  # job | fair | resource
    company: str
    role: str
    title: str
    status: str
    source_name: str  # "" when nobody is recorded as the source
    fair_on: date | None = None


_PRINT_CONTACT_SQL = """
SELECT c.id, c.name, ci.key, c.how_known, c.organization, c.role,
       COALESCE((SELECT address FROM contact_email e WHERE e.contact_id = c.id
                 ORDER BY e.position, e.id LIMIT 1), ''),
       COALESCE((SELECT number FROM contact_phone p WHERE p.contact_id = c.id
                 ORDER BY p.position, p.id LIMIT 1), ''),
       c.knows_looking_on, c.last_contacted, c.next_follow_up, c.follow_up_note
FROM contact c JOIN circle ci ON ci.id = c.circle_id
"""


def contacts_in_circles(circle_keys: list[str] | None = None) -> list[PrintContactRow]:
    """Everyone placed in the given circles (None: every circle), in id order."""
    sql = _PRINT_CONTACT_SQL
    params: tuple[str, ...] = ()
    if circle_keys is not None:
        if not circle_keys:
            return []
        sql += f" WHERE ci.key IN ({', '.join('?' * len(circle_keys))})"
        params = tuple(circle_keys)
    rows = db.execute_sql(sql + " ORDER BY c.id", params).fetchall()
    return [_print_contact(r) for r in rows]


def _print_contact(r: tuple[Any, ...]) -> PrintContactRow:
    return PrintContactRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        stored_day(r[8]),
        stored_day(r[9]),
        stored_day(r[10]),
        r[11],
    )


def circle_members() -> dict[str, list[int]]:
    """The ids of the contacts in each circle, for drawing the diagram."""
    members: dict[str, list[int]] = {}
    cursor = db.execute_sql(
        "SELECT ci.key, c.id FROM contact c JOIN circle ci ON ci.id = c.circle_id ORDER BY c.id"
    )
    for key, contact_id in cursor.fetchall():
        members.setdefault(key, []).append(contact_id)
    return members


def contact_dates() -> list[tuple[int, date | None, date | None]]:
    """(id, last_contacted, next_follow_up) of every placed contact: the diagram's dot colours."""
    cursor = db.execute_sql(
        "SELECT id, last_contacted, next_follow_up FROM contact WHERE circle_id IS NOT NULL"
    )
    return [(r[0], stored_day(r[1]), stored_day(r[2])) for r in cursor.fetchall()]


def unplaced_count() -> int:
    found: int = db.execute_sql("SELECT count(*) FROM contact WHERE circle_id IS NULL").fetchone()[
        0
    ]
    return found


def circle_figures(today: date, since: date) -> list[CircleFigures]:
    """Per circle, in ring order: counts for the balance view (dates compare as ISO text)."""
    cursor = db.execute_sql(
        """
        SELECT ci.key, ci.name, count(c.id),
               count(c.knows_looking_on),
               sum(CASE WHEN c.last_contacted >= ? AND c.last_contacted <= ? THEN 1 ELSE 0 END),
               sum(CASE WHEN c.next_follow_up < ? THEN 1 ELSE 0 END),
               max(CASE WHEN c.last_contacted <= ? THEN c.last_contacted END)
        FROM circle ci LEFT JOIN contact c ON c.circle_id = ci.id
        GROUP BY ci.id ORDER BY ci.position
        """,
        (since.isoformat(), _end_of(today), today.isoformat(), _end_of(today)),
    )
    return [
        CircleFigures(r[0], r[1], r[2], r[3], r[4] or 0, r[5] or 0, stored_day(r[6]))
        for r in cursor.fetchall()
    ]


def _end_of(day: date) -> str:
    # A DateField holds "YYYY-MM-DD"; a stray time after it must still count as that day.
    return f"{day.isoformat()}~"


def open_leads() -> list[LeadRow]:
    """Leads and tips whose status is not closed, newest shared or noted first."""
    cursor = db.execute_sql(
        "SELECT l.kind, l.company, l.role, l.title, l.status, COALESCE(c.name, ''), e.starts_at "
        "FROM lead l LEFT JOIN contact c ON c.id = l.source_id "
        "LEFT JOIN event e ON e.id = l.event_id WHERE l.status != 'closed' "
        "ORDER BY COALESCE(l.shared_on, l.noted_on) IS NULL, "
        "COALESCE(l.shared_on, l.noted_on) DESC, l.id"
    )
    return [
        LeadRow(r[0], r[1], r[2], r[3], r[4], r[5], stored_day(str(r[6]) if r[6] else None))
        for r in cursor.fetchall()
    ]


BalanceState = tuple[int, str | None, bool, str | None, str | None]


def balance_states(contact_ids: list[int] | None = None) -> list[BalanceState]:
    """(id, circle key, knows you are looking, last contacted, next follow-up) per contact,
    the dates as stored: what the balance figures count. Only `contact_ids` when given."""
    sql = (
        "SELECT c.id, ci.key, c.knows_looking_on IS NOT NULL, c.last_contacted, "
        "c.next_follow_up FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id"
    )
    return [(r[0], r[1], bool(r[2]), r[3], r[4]) for r in _by_ids(sql, "c.id", contact_ids)]


def interaction_days(contact_ids: list[int] | None = None) -> list[tuple[int, str]]:
    """(contact id, day as stored) of every interaction; only those of `contact_ids` when
    given."""
    sql = "SELECT contact_id, happened_on FROM interaction"
    return [(r[0], r[1]) for r in _by_ids(sql, "contact_id", contact_ids)]


def _by_ids(sql: str, column: str, ids: list[int] | None) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]]
    if ids is None:
        found = db.execute_sql(sql).fetchall()
        return found
    found = []
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):  # well under SQLite's limit of bound values
        chunk = unique[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found += db.execute_sql(f"{sql} WHERE {column} IN ({marks})", chunk).fetchall()
    return found
