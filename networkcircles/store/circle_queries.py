"""Read-only queries for what each circle needs: reliability, references, tips, the pitch,
interactions, follow-ups, referrals and wishes. Plain frozen rows, never models."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from networkcircles.store.db import db

Row = tuple[Any, ...]  # one row as sqlite3 returns it


def _day(text: str | date | None) -> date | None:
    if isinstance(text, date):
        return text
    return date.fromisoformat(text[:10]) if text else None


def _required_day(text: str | date | None) -> date:
    """A day from a NOT NULL column."""
    found = _day(text)
    if found is None:
        raise ValueError("a day the schema requires is missing")
    return found


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


# The contact columns the circle services edit, in the order ContactExtras lists them.
EXTRA_FIELDS = (
    "has_useful_contacts",
    "useful_contacts_note",
    "can_convey",
    "passes_gossip",
    "people_per_day",
    "vouches_work_ethic",
    "vouches_expertise",
    "vouch_note",
    "same_field",
    "worked_where",
    "worked_when",
    "heard_pitch_on",
    "is_wish",
    "possible_introducer",
)


@dataclass(frozen=True, slots=True)
class ContactExtras:
    """One contact's circle details (the fields ContactDetails does not carry)."""

    id: int
    name: str
    circle_key: str | None
    has_useful_contacts: bool | None
    useful_contacts_note: str
    can_convey: bool | None
    passes_gossip: bool | None
    people_per_day: int | None
    vouches_work_ethic: bool
    vouches_expertise: bool
    vouch_note: str
    same_field: bool | None
    worked_where: str
    worked_when: str
    heard_pitch_on: date | None
    is_wish: bool
    possible_introducer: int | None
    possible_introducer_name: str
    knows_looking_on: date | None
    last_contacted: date | None
    next_follow_up: date | None
    follow_up_note: str

    def values(self) -> dict[str, Any]:
        """The editable fields, in the shape services.contact_extras.update() takes."""
        return {name: getattr(self, name) for name in EXTRA_FIELDS}


_EXTRAS_SQL = """
SELECT c.id, c.name, ci.key, c.has_useful_contacts, c.useful_contacts_note, c.can_convey,
       c.passes_gossip, c.people_per_day, c.vouches_work_ethic, c.vouches_expertise,
       c.vouch_note, c.same_field, c.worked_where, c.worked_when, c.heard_pitch_on,
       c.is_wish, c.possible_introducer_id, COALESCE(p.name, ''), c.knows_looking_on,
       c.last_contacted, c.next_follow_up, c.follow_up_note
FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id
LEFT JOIN contact p ON p.id = c.possible_introducer_id
"""


def contact_extras(contact_id: int) -> ContactExtras | None:
    row = db.execute_sql(f"{_EXTRAS_SQL} WHERE c.id = ?", (contact_id,)).fetchone()
    return None if row is None else _extras(row)


def contact_extras_of(contact_ids: list[int]) -> dict[int, ContactExtras]:
    """The extras of these contacts by id (ids with no contact are left out)."""
    unique, found = sorted(set(contact_ids)), {}
    for start in range(0, len(unique), 500):  # well under SQLite's limit of bound values
        chunk = unique[start : start + 500]
        sql = f"{_EXTRAS_SQL} WHERE c.id IN ({', '.join('?' * len(chunk))})"
        for row in db.execute_sql(sql, chunk).fetchall():
            found[row[0]] = _extras(row)
    return found


def _extras(row: Row) -> ContactExtras:
    return ContactExtras(
        row[0],
        row[1],
        row[2],
        _flag(row[3]),
        row[4] or "",
        _flag(row[5]),
        _flag(row[6]),
        row[7],
        bool(row[8]),
        bool(row[9]),
        row[10] or "",
        _flag(row[11]),
        row[12] or "",
        row[13] or "",
        _day(row[14]),
        bool(row[15]),
        row[16],
        row[17],
        _day(row[18]),
        _day(row[19]),
        _day(row[20]),
        row[21] or "",
    )


@dataclass(frozen=True, slots=True)
class ContactName:
    id: int
    name: str
    circle_key: str | None


def contact_names() -> list[ContactName]:
    """Everyone, by name: for contact pickers."""
    cursor = db.execute_sql(
        "SELECT c.id, c.name, ci.key FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id "
        "ORDER BY c.name COLLATE NOCASE, c.id"
    )
    return [ContactName(*row) for row in cursor.fetchall()]


def contact_names_of(contact_ids: Iterable[int]) -> dict[int, str]:
    """The names of these contacts by id (ids with no contact are left out)."""
    ids, found = sorted(set(contact_ids)), {}
    for start in range(0, len(ids), 500):  # well under SQLite's limit of bound values
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id, name FROM contact WHERE id IN ({marks})"
        found.update(db.execute_sql(sql, chunk).fetchall())
    return found


def contact_circles(contact_ids: Iterable[int] | None = None) -> dict[int, str | None]:
    """Each contact's circle key (None: unplaced); only `contact_ids` when given."""
    sql = "SELECT c.id, ci.key FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id"
    if contact_ids is None:
        return dict(db.execute_sql(sql).fetchall())
    ids, found = sorted(set(contact_ids)), {}
    for start in range(0, len(ids), 500):  # well under SQLite's limit of bound values
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(db.execute_sql(f"{sql} WHERE c.id IN ({marks})", chunk).fetchall())
    return found


# reliability


def reliability_answers() -> list[tuple[int, bool | None, bool | None, bool | None, int | None]]:
    """(id, has_useful_contacts, can_convey, passes_gossip, people_per_day) of every contact."""
    cursor = db.execute_sql(
        "SELECT id, has_useful_contacts, can_convey, passes_gossip, people_per_day FROM contact"
    )
    return [(r[0], _flag(r[1]), _flag(r[2]), _flag(r[3]), r[4]) for r in cursor.fetchall()]


def mark_answers_of(
    contact_ids: list[int],
) -> dict[int, tuple[bool | None, bool | None, bool | None, bool]]:
    """What the diagram's marks of these contacts rest on, by id (ids with no contact left
    out): (has_useful_contacts, can_convey, passes_gossip, is_wish). Four columns of the
    contact table: an edit of 300 reads them, not every extra of each."""
    unique, found = sorted(set(contact_ids)), {}
    for start in range(0, len(unique), 500):  # well under SQLite's limit of bound values
        chunk = unique[start : start + 500]
        sql = (
            "SELECT id, has_useful_contacts, can_convey, passes_gossip, is_wish FROM contact"
            f" WHERE id IN ({', '.join('?' * len(chunk))})"
        )
        for row in db.execute_sql(sql, chunk).fetchall():
            found[row[0]] = (_flag(row[1]), _flag(row[2]), _flag(row[3]), bool(row[4]))
    return found


Answers = tuple[bool | None, bool | None, bool | None]
_ANSWERS = ("has_useful_contacts", "can_convey", "passes_gossip")


def answer_sets() -> list[Answers]:
    """Each set of answers (has_useful_contacts, can_convey, passes_gossip) some contact has:
    at most 27, from one query with no row per contact."""
    cursor = db.execute_sql(f"SELECT DISTINCT {', '.join(_ANSWERS)} FROM contact")
    return sorted({(_flag(r[0]), _flag(r[1]), _flag(r[2])) for r in cursor.fetchall()}, key=str)


def contacts_answering(answer_sets: list[Answers]) -> list[tuple[int, Answers]]:
    """(id, answers) of the contacts whose answers are one of these sets."""
    if not answer_sets:
        return []
    one = "(" + " AND ".join(f"coalesce({name} != 0, -1) = ?" for name in _ANSWERS) + ")"
    values = [-1 if answer is None else int(answer) for found in answer_sets for answer in found]
    cursor = db.execute_sql(
        f"SELECT id, {', '.join(_ANSWERS)} FROM contact WHERE "
        + " OR ".join([one] * len(answer_sets)),
        values,
    )
    return [(r[0], (_flag(r[1]), _flag(r[2]), _flag(r[3]))) for r in cursor.fetchall()]


# interactions and follow-ups


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: int
    contact_id: int
    happened_on: date
    kind: str
    note: str
    outcome: str


def interactions_of(contact_id: int) -> list[InteractionRow]:
    """One contact's interactions, newest first."""
    cursor = db.execute_sql(
        "SELECT id, contact_id, happened_on, kind, note, outcome FROM interaction "
        "WHERE contact_id = ? ORDER BY happened_on DESC, id DESC",
        (contact_id,),
    )
    return [
        InteractionRow(r[0], r[1], _required_day(r[2]), r[3], r[4], r[5]) for r in cursor.fetchall()
    ]


def interaction(interaction_id: int) -> InteractionRow | None:
    row = db.execute_sql(
        "SELECT id, contact_id, happened_on, kind, note, outcome FROM interaction WHERE id = ?",
        (interaction_id,),
    ).fetchone()
    return InteractionRow(row[0], row[1], _required_day(row[2]), *row[3:]) if row else None


def latest_interaction_day(contact_id: int) -> date | None:
    row = db.execute_sql(
        "SELECT max(happened_on) FROM interaction WHERE contact_id = ?", (contact_id,)
    ).fetchone()
    return _day(row[0])


def interactions_per_week(first: date, last: date) -> list[tuple[str, int, int]]:
    """(circle key, week number counted from `first`, interactions) from `first` to `last`:
    counted in SQL, so a long history is not read row by row."""
    cursor = db.execute_sql(
        "SELECT ci.key, CAST((julianday(substr(i.happened_on, 1, 10)) - julianday(?)) / 7 "
        "AS INTEGER) AS week, count(*) FROM interaction i "
        "JOIN contact c ON c.id = i.contact_id JOIN circle ci ON ci.id = c.circle_id "
        "WHERE i.happened_on >= ? AND i.happened_on <= ? GROUP BY ci.key, week",
        (first.isoformat(), first.isoformat(), f"{last.isoformat()}~"),
    )
    return [(key, week, count) for key, week, count in cursor.fetchall()]


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    contact_id: int
    name: str
    circle_key: str | None
    next_follow_up: date
    note: str


_FOLLOWING_UP = "WHERE c.next_follow_up IS NOT NULL AND c.next_follow_up <= ?"
_FOLLOW_UP_SQL = (
    "SELECT c.id, c.name, ci.key, c.next_follow_up, c.follow_up_note FROM contact c "
    f"LEFT JOIN circle ci ON ci.id = c.circle_id {_FOLLOWING_UP}"
)


def follow_up_order(row: FollowUpRow) -> tuple[date, str, int]:
    """The order follow-ups are listed in: earliest first, then by name."""
    return row.next_follow_up, row.name, row.contact_id


def follow_ups_counted_until(last: date) -> int:
    """How many follow-ups fall on or before `last`: follow_ups_until's rows, counted in SQL
    (start-up's reminder asks before the Due list has read them)."""
    sql = f"SELECT count(*) FROM contact c {_FOLLOWING_UP}"
    return int(db.execute_sql(sql, (_last_bound(last),)).fetchone()[0])


def _last_bound(last: date) -> str:
    """The largest stored value on `last` (a day, maybe with a time after it)."""
    return f"{last.isoformat()}~"


def follow_ups_until(last: date, contact_ids: list[int] | None = None) -> list[FollowUpRow]:
    """Every follow-up on or before `last` (of these contacts only, when given), earliest
    first (follow_up_order)."""
    found: list[FollowUpRow] = []
    bound = _last_bound(last)
    if contact_ids is None:
        chunks: list[list[int]] = [[]]
    else:
        ids = sorted(set(contact_ids))
        chunks = [ids[start : start + 500] for start in range(0, len(ids), 500)]
    for chunk in chunks:
        sql = _FOLLOW_UP_SQL
        if contact_ids is not None:
            sql += f" AND c.id IN ({', '.join('?' * len(chunk))})"
        for r in db.execute_sql(sql, (bound, *chunk)).fetchall():
            found.append(FollowUpRow(r[0], r[1], r[2], _required_day(r[3]), r[4]))
    return sorted(found, key=follow_up_order)


# referrals


@dataclass(frozen=True, slots=True)
class ReferralRow:
    introducer_id: int
    introducer_name: str
    introduced_id: int
    introduced_name: str
    introduced_on: date | None
    note: str


_REFERRAL_SQL = (
    "SELECT r.introducer_id, a.name, r.introduced_id, b.name, r.introduced_on, r.note "
    "FROM referral r JOIN contact a ON a.id = r.introducer_id "
    "JOIN contact b ON b.id = r.introduced_id "
)


def _referral(row: Row) -> ReferralRow:
    return ReferralRow(row[0], row[1], row[2], row[3], _day(row[4]), row[5])


def introduced_by(contact_id: int) -> list[ReferralRow]:
    """Who introduced this contact to you."""
    cursor = db.execute_sql(
        _REFERRAL_SQL + "WHERE r.introduced_id = ? ORDER BY a.name", (contact_id,)
    )
    return [_referral(r) for r in cursor.fetchall()]


def introductions_by(contact_id: int) -> list[ReferralRow]:
    """Whom this contact introduced you to."""
    cursor = db.execute_sql(
        _REFERRAL_SQL + "WHERE r.introducer_id = ? ORDER BY b.name", (contact_id,)
    )
    return [_referral(r) for r in cursor.fetchall()]


def referral(introducer_id: int, introduced_id: int) -> ReferralRow | None:
    row = db.execute_sql(
        _REFERRAL_SQL + "WHERE r.introducer_id = ? AND r.introduced_id = ?",
        (introducer_id, introduced_id),
    ).fetchone()
    return _referral(row) if row else None


def referral_pairs() -> list[tuple[int, int]]:
    """(introducer, introduced) of every referral: the diagram's lines."""
    cursor = db.execute_sql(
        "SELECT introducer_id, introduced_id FROM referral ORDER BY introducer_id, introduced_id"
    )
    return [tuple(r) for r in cursor.fetchall()]


def first_introducers() -> dict[int, int]:
    """introduced id -> the introducer to follow when tracing back (earliest, then lowest id)."""
    cursor = db.execute_sql(
        "SELECT introduced_id, introducer_id FROM referral "
        "ORDER BY introduced_id, introduced_on IS NULL, introduced_on, introducer_id"
    )
    chosen: dict[int, int] = {}
    for introduced, introducer in cursor.fetchall():
        chosen.setdefault(introduced, introducer)
    return chosen


# references


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    id: int
    contact_id: int
    application: str
    asked_on: date
    agreed: bool | None
    given_on: date | None
    note: str


_REFERENCE_SQL = (
    "SELECT id, contact_id, application, asked_on, agreed, given_on, note FROM reference_request "
)


def _reference(r: Row) -> ReferenceRow:
    return ReferenceRow(r[0], r[1], r[2], _required_day(r[3]), _flag(r[4]), _day(r[5]), r[6])


def reference_requests(contact_id: int) -> list[ReferenceRow]:
    """One contact's reference requests, newest first."""
    cursor = db.execute_sql(
        _REFERENCE_SQL + "WHERE contact_id = ? ORDER BY asked_on DESC, id DESC", (contact_id,)
    )
    return [_reference(r) for r in cursor.fetchall()]


def reference_request(request_id: int) -> ReferenceRow | None:
    row = db.execute_sql(_REFERENCE_SQL + "WHERE id = ?", (request_id,)).fetchone()
    return _reference(row) if row else None


def times_asked(contact_id: int, first: date, last: date) -> int:
    found: int = db.execute_sql(
        "SELECT count(*) FROM reference_request WHERE contact_id = ? "
        "AND asked_on >= ? AND asked_on <= ?",
        (contact_id, first.isoformat(), f"{last.isoformat()}~"),
    ).fetchone()[0]
    return found


# tips and leads


@dataclass(frozen=True, slots=True)
class TipRow:
    """A lead or a resource a contact shared. `title` names a fair or a resource."""

    id: int
    kind: str  # job | fair | resource
    company: str
    role: str
    title: str
    link: str
    status: str
    source_id: int | None
    source_name: str
    source_circle_key: str | None
    shared_on: date | None
    noted_on: date | None
    event_id: int | None
    event_on: date | None
    notes: str

    @property
    def headline(self) -> str:
        if self.kind == "job":
            return f"{self.company} — {self.role}" if self.role else self.company
        return self.title or self.company


_TIP_SQL = """
SELECT l.id, l.kind, l.company, l.role, l.title, l.link, l.status, l.source_id,
       COALESCE(c.name, ''), ci.key, l.shared_on, l.noted_on, l.event_id, e.starts_at, l.notes
FROM lead l LEFT JOIN contact c ON c.id = l.source_id
LEFT JOIN circle ci ON ci.id = c.circle_id LEFT JOIN event e ON e.id = l.event_id
"""


def _tip(r: Row) -> TipRow:
    return TipRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        _day(r[10]),
        _day(r[11]),
        r[12],
        _day(str(r[13]) if r[13] else None),
        r[14],
    )


def tips() -> list[TipRow]:
    """Every lead and tip, newest shared first."""
    cursor = db.execute_sql(
        _TIP_SQL + " ORDER BY COALESCE(l.shared_on, l.noted_on) IS NULL, "
        "COALESCE(l.shared_on, l.noted_on) DESC, l.id DESC"
    )
    return [_tip(r) for r in cursor.fetchall()]


def tip(lead_id: int) -> TipRow | None:
    row = db.execute_sql(_TIP_SQL + " WHERE l.id = ?", (lead_id,)).fetchone()
    return _tip(row) if row else None


def lead_sources() -> list[tuple[int, int | None]]:
    """(lead id, source contact id) of every lead."""
    return [tuple(r) for r in db.execute_sql("SELECT id, source_id FROM lead").fetchall()]


# the pitch


@dataclass(frozen=True, slots=True)
class ProfileRow:
    target_roles: str = ""
    industries: str = ""
    locations: str = ""
    strengths: str = ""
    pitch: str = ""


def profile() -> ProfileRow:
    """The user's pitch (empty until saved)."""
    row = db.execute_sql(
        "SELECT target_roles, industries, locations, strengths, pitch FROM profile "
        "ORDER BY id LIMIT 1"
    ).fetchone()
    return ProfileRow(*row) if row else ProfileRow()


# family, wishes


def knows_looking() -> dict[int, date | None]:
    """Every contact's "knows I'm looking" day (None: not told)."""
    cursor = db.execute_sql("SELECT id, knows_looking_on FROM contact")
    return {r[0]: _day(r[1]) for r in cursor.fetchall()}


def not_told_count(circle_key: str = "family") -> int:
    found: int = db.execute_sql(
        "SELECT count(*) FROM contact c JOIN circle ci ON ci.id = c.circle_id "
        "WHERE ci.key = ? AND c.knows_looking_on IS NULL",
        (circle_key,),
    ).fetchone()[0]
    return found


@dataclass(frozen=True, slots=True)
class WishRow:
    """Someone you want to meet, and who might introduce you."""

    contact_id: int
    name: str
    circle_key: str | None
    possible_introducer: int | None
    introducer_name: str


def wishes() -> list[WishRow]:
    cursor = db.execute_sql(
        "SELECT c.id, c.name, ci.key, c.possible_introducer_id, COALESCE(p.name, '') "
        "FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id "
        "LEFT JOIN contact p ON p.id = c.possible_introducer_id WHERE c.is_wish ORDER BY c.id"
    )
    return [WishRow(*r) for r in cursor.fetchall()]
