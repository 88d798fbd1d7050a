"""Read-only queries for events, attendance and organisations: frozen rows, never models.

Times come back as stored (naive; see models.Event); services.events turns them into
occurrences in a time zone.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from networkcircles.store.db import db


def _datetime(value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("T", " ")[:19])


@dataclass(frozen=True, slots=True)
class ExceptionRow:
    """One changed or cancelled occurrence of a recurring event (models.EventException):
    `original_start` names the occurrence; a None field takes the series' value."""

    original_start: datetime
    cancelled: bool = False
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    title: str | None = None
    location: str | None = None
    notes: str | None = None
    status: str | None = None


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    all_day: bool
    timezone: str
    recurrence: str
    excluded: str
    location: str
    organizer_id: int | None
    organizer_name: str
    cost: float
    notes: str
    status: str
    uid: str
    attendee_count: int
    exceptions: tuple[ExceptionRow, ...] = ()


@dataclass(frozen=True, slots=True)
class Attendee:
    contact_id: int
    name: str
    organization: str
    circle_key: str | None
    status: str  # met | planned


@dataclass(frozen=True, slots=True)
class OrganizationRow:
    id: int
    name: str
    kind: str
    website: str
    notes: str
    reach: str
    dues: float
    dues_period: str
    membership: str
    has_job_board: bool
    has_mentoring: bool
    has_directory: bool
    events_per_year: int
    expected_contacts: int
    expected_leads: int


def _required_datetime(value: object) -> datetime:
    """A time from a NOT NULL column."""
    found = _datetime(value)
    if found is None:
        raise ValueError("a time the schema requires is missing")
    return found


_EVENT_SQL = """
SELECT e.id, e.title, e.kind, e.starts_at, e.ends_at, e.all_day, e.timezone, e.recurrence,
       e.excluded, e.location, e.organizer_id, COALESCE(o.name, ''), e.cost, e.notes, e.status,
       e.uid, (SELECT count(*) FROM attendance a WHERE a.event_id = e.id)
FROM event e LEFT JOIN organization o ON o.id = e.organizer_id
"""


_EXCEPTION_SQL = """
SELECT event_id, original_start, cancelled, starts_at, ends_at, title, location, notes, status
FROM event_exception
"""


def _exception_row(r: tuple[Any, ...]) -> ExceptionRow:
    original = _required_datetime(r[1])
    return ExceptionRow(original, bool(r[2]), _datetime(r[3]), _datetime(r[4]), *r[5:9])


def exceptions_by_event(event_id: int | None = None) -> dict[int, tuple[ExceptionRow, ...]]:
    """The changed occurrences of every recurring event (or of one), by event id."""
    if event_id is None:
        cursor = db.execute_sql(_EXCEPTION_SQL + " ORDER BY event_id, original_start")
    else:
        cursor = db.execute_sql(
            _EXCEPTION_SQL + " WHERE event_id = ? ORDER BY original_start", (event_id,)
        )
    found: dict[int, list[ExceptionRow]] = {}
    for r in cursor.fetchall():
        found.setdefault(r[0], []).append(_exception_row(r))
    return {key: tuple(rows) for key, rows in found.items()}


def _event_row(r: tuple[Any, ...], exceptions: tuple[ExceptionRow, ...] = ()) -> EventRow:
    starts = _required_datetime(r[3])
    return EventRow(
        r[0],
        r[1],
        r[2],
        starts,
        _datetime(r[4]),
        bool(r[5]),
        r[6] or "",
        r[7] or "",
        r[8] or "",
        r[9] or "",
        r[10],
        r[11],
        float(r[12] or 0),
        r[13] or "",
        r[14],
        r[15] or "",
        r[16],
        exceptions,
    )


def _with_exceptions(rows: list[tuple[Any, ...]]) -> list[EventRow]:
    exceptions = exceptions_by_event() if rows else {}
    return [_event_row(r, exceptions.get(r[0], ())) for r in rows]


def event_rows() -> list[EventRow]:
    """Every event (a recurring one once, with its changed occurrences), earliest first."""
    cursor = db.execute_sql(_EVENT_SQL + " ORDER BY e.starts_at, e.id")
    return _with_exceptions(cursor.fetchall())


def event_row(event_id: int) -> EventRow | None:
    row = db.execute_sql(_EVENT_SQL + " WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    return _event_row(row, exceptions_by_event(event_id).get(event_id, ()))


@dataclass(frozen=True, slots=True)
class ContactEvent:
    """One occurrence a contact was met at (or is to be met at)."""

    event: EventRow
    status: str  # met | planned
    occurrence: str  # models.Attendance.occurrence: "" for a one-off event


def events_for_contact(contact_id: int) -> list[ContactEvent]:
    """The occurrences a contact was met at (or is planned to be met at), latest first."""
    cursor = db.execute_sql(
        _EVENT_SQL.replace("SELECT", "SELECT at.status, at.occurrence,", 1)
        + " JOIN attendance at ON at.event_id = e.id WHERE at.contact_id = ? "
        "ORDER BY CASE at.occurrence WHEN '' THEN e.starts_at ELSE at.occurrence END DESC, e.id",
        (contact_id,),
    )
    rows = cursor.fetchall()
    exceptions = exceptions_by_event() if rows else {}
    return [
        ContactEvent(_event_row(r[2:], exceptions.get(r[2], ())), r[0], r[1] or "") for r in rows
    ]


def events_for_organization(organization_id: int) -> list[EventRow]:
    cursor = db.execute_sql(
        _EVENT_SQL + " WHERE e.organizer_id = ? ORDER BY e.starts_at DESC, e.id",
        (organization_id,),
    )
    return _with_exceptions(cursor.fetchall())


def attendees(event_id: int, occurrence: str | None = None) -> list[Attendee]:
    """Who was met (or is to be met) at an event: at one occurrence (its
    models.Attendance.occurrence key) or, with None, at any."""
    where, parameters = "a.event_id = ?", list[object]([event_id])
    if occurrence is not None:
        where += " AND a.occurrence = ?"
        parameters.append(occurrence)
    cursor = db.execute_sql(
        "SELECT DISTINCT c.id, c.name, c.organization, ci.key, a.status FROM attendance a "
        "JOIN contact c ON c.id = a.contact_id LEFT JOIN circle ci ON ci.id = c.circle_id "
        f"WHERE {where} ORDER BY a.status, c.name, c.id",
        parameters,
    )
    return [Attendee(*r) for r in cursor.fetchall()]


def attendance_rows(event_id: int) -> list[tuple[int, str, str]]:
    """(contact id, status, occurrence) of every attendance of an event."""
    cursor = db.execute_sql(
        "SELECT contact_id, status, occurrence FROM attendance WHERE event_id = ? ORDER BY id",
        (event_id,),
    )
    return [(r[0], r[1], r[2] or "") for r in cursor.fetchall()]


def event_uids() -> set[str]:
    return {r[0] for r in db.execute_sql("SELECT uid FROM event WHERE uid != ''").fetchall()}


_ORG_SQL = """
SELECT id, name, kind, website, notes, reach, dues, dues_period, membership, has_job_board,
       has_mentoring, has_directory, events_per_year, expected_contacts, expected_leads
FROM organization
"""


def _org_row(r: tuple[Any, ...]) -> OrganizationRow:
    return OrganizationRow(
        r[0],
        r[1],
        r[2],
        r[3] or "",
        r[4] or "",
        r[5] or "",
        float(r[6] or 0),
        r[7] or "yearly",
        r[8] or "",
        bool(r[9]),
        bool(r[10]),
        bool(r[11]),
        r[12] or 0,
        r[13] or 0,
        r[14] or 0,
    )


def organizations(kind: str | None = None) -> list[OrganizationRow]:
    """Organisations by name; only those of `kind` when given."""
    if kind is None:
        cursor = db.execute_sql(_ORG_SQL + " ORDER BY name, id")
    else:
        cursor = db.execute_sql(_ORG_SQL + " WHERE kind = ? ORDER BY name, id", (kind,))
    return [_org_row(r) for r in cursor.fetchall()]


def organization(organization_id: int) -> OrganizationRow | None:
    row = db.execute_sql(_ORG_SQL + " WHERE id = ?", (organization_id,)).fetchone()
    return _org_row(row) if row else None


@dataclass(frozen=True, slots=True)
class AssociationTies:
    """What ties contacts, events and leads to each association (ids only)."""

    events_attended: dict[int, int]  # organisation id -> events with status "attended"
    members: dict[int, set[int]]  # organisation id -> contacts naming it (organisation or
    # how they are known: "Member of the Data Guild")
    met_at_events: dict[int, set[int]]  # organisation id -> contacts met at its events
    lead_sources: dict[int, int]  # contact id -> number of leads they were the source of


# A contact belongs to an association when its organisation is the association's name, or
# how they are known contains that name (spaces around and ASCII case aside). The name's
# LIKE pattern escapes LIKE's own wildcards; a name too long for a LIKE pattern (SQLite
# refuses patterns over 50,000 bytes) is looked for with instr() in the lowered text.
_MEMBERS_SQL = (
    "WITH o(id, name, pattern) AS MATERIALIZED (SELECT id, lower(trim(name)), '%' || "
    r"replace(replace(replace(lower(trim(name)), '\', '\\'), '%', '\%'), '_', '\_') || '%' "
    "FROM organization WHERE kind = 'association') "
    "SELECT o.id, c.id FROM contact c JOIN o ON trim(c.organization) = o.name COLLATE NOCASE "
    "OR (o.name != '' AND CASE WHEN length(o.name) <= 5000 "
    r"THEN c.how_known LIKE o.pattern ESCAPE '\' "
    "ELSE instr(lower(c.how_known), o.name) > 0 END) WHERE 1"
)


def association_ties(contact_ids: list[int] | None = None) -> AssociationTies:
    """Four queries for the whole comparison table, whatever the number of associations;
    with `contact_ids`, the ties of those contacts only (the events attended stay whole):
    each of them looked up by id, the rest of the network not read at all."""
    attended: dict[int, int] = dict(
        db.execute_sql(
            "SELECT organizer_id, count(*) FROM event WHERE status = 'attended' "
            "AND organizer_id IS NOT NULL GROUP BY organizer_id"
        ).fetchall()
    )
    only: dict[str, str] = {"c": "", "a": "", "lead": ""}
    chosen: list[str] = []
    if contact_ids is not None:
        # The ids as one JSON array, however many (a bound value each would stop at
        # SQLite's limit on bound values; the whole network was read beyond 500 before).
        chosen = [json.dumps(sorted(set(contact_ids)))]
        ids = "(SELECT value FROM json_each(?))"
        only = {
            "c": f" AND c.id IN {ids}",
            "a": f" AND a.contact_id IN {ids}",
            "lead": f" AND source_id IN {ids}",
        }
    members: dict[int, set[int]] = {}
    # Each name is lowered once; each contact's fields are compared as they are, ASCII case
    # aside (NOCASE and LIKE fold ASCII letters only, as SQLite's lower() does), so that no
    # contact's fields are lowered at all (lowering 50,000 was most of this query).
    for org_id, contact_id in db.execute_sql(
        _MEMBERS_SQL + only["c"],
        chosen,
    ).fetchall():
        members.setdefault(org_id, set()).add(contact_id)
    met: dict[int, set[int]] = {}
    for org_id, contact_id in db.execute_sql(
        "SELECT e.organizer_id, a.contact_id FROM attendance a JOIN event e ON e.id = a.event_id "
        f"WHERE e.organizer_id IS NOT NULL AND a.status = 'met'{only['a']}",
        chosen,
    ).fetchall():
        met.setdefault(org_id, set()).add(contact_id)
    leads = dict(
        db.execute_sql(
            f"SELECT source_id, count(*) FROM lead WHERE source_id IS NOT NULL{only['lead']} "
            "GROUP BY source_id",
            chosen,
        ).fetchall()
    )
    return AssociationTies(attended, members, met, leads)
