"""A sync as one undoable step here: the rows of every contact and event it wrote, as they
were before and after, taken with store/row_sets.py (the import undo's idea).

Undo puts the before rows back (same ids), redo the after rows. Only this network changes:
the server keeps what the sync sent, and the next sync sends the undone values out as edits
made here (a contact the sync brought in and undo removed is deleted on the server). A redo
that brings such a contact back ties it to its card again (store/sync_links.py), so the card
is neither deleted nor sent twice.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from networkcircles.store import row_sets, sync_links
from networkcircles.store.db import db
from networkcircles.store.ids import next_free_id
from networkcircles.store.row_sets import TableRows
from networkcircles.store.sync_links import Kind

# table: the columns that tie its rows to a contact or an event (parents first)
_CONTACT_LINKS = {
    "contact": ("id", "possible_introducer_id"),
    "contact_email": ("contact_id",),
    "contact_phone": ("contact_id",),
    "interaction": ("contact_id",),
    "reference_request": ("contact_id",),
    "referral": ("introducer_id", "introduced_id"),
    "attendance": ("contact_id",),
    "lead": ("source_id",),
}
_EVENT_LINKS = {
    "event": ("id",),
    "event_exception": ("event_id",),
    "attendance": ("event_id",),
    "lead": ("event_id",),
}
_ORDER = (
    "organization",
    "contact",
    "event",
    "event_exception",
    "contact_email",
    "contact_phone",
    "interaction",
    "reference_request",
    "referral",
    "attendance",
    "lead",
)
Row = tuple[Any, ...]
Rows = dict[str, dict[int, Row]]  # table -> id -> row
_KINDS: dict[str, Kind] = {"contact": "contact", "event": "event"}


def _rows(table: str, links: Iterable[str], ids: list[int]) -> TableRows:
    found: dict[int, Row] = {}
    columns: tuple[str, ...] = ()
    for column in links:
        saved = row_sets.select_rows(db, table, column, ids)
        columns = saved.columns
        for row in saved.rows:
            found[row[0]] = row
    return TableRows(table, columns, tuple(found[key] for key in sorted(found)))


def _ids_from(table: str, first: int) -> list[int]:
    """The ids of `table` from `first` on (rows made since an id was free)."""
    query = f'SELECT id FROM "{table}" WHERE id >= ?'
    return [row[0] for row in db.execute_sql(query, (first,))]


def _merge(into: Rows, rows: TableRows, columns: dict[str, tuple[str, ...]]) -> None:
    columns[rows.table] = rows.columns
    kept = into.setdefault(rows.table, {})
    for row in rows.rows:
        kept.setdefault(row[0], row)  # the first sight is the one before


@dataclass
class Recorder:
    """Told by the sync which contact or event it is about to write or delete."""

    first_organization_id: int = 0
    before: Rows = field(default_factory=dict)
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    touched: dict[str, set[int]] = field(default_factory=lambda: {"contact": set(), "event": set()})

    @classmethod
    def start(cls) -> "Recorder":
        return cls(first_organization_id=next_free_id(db, "organization"))

    def about_to_change(self, kind: str, local_id: int | None) -> None:
        if local_id is None or local_id in self.touched[kind]:
            return
        self.touched[kind].add(local_id)
        for table, links in (_CONTACT_LINKS if kind == "contact" else _EVENT_LINKS).items():
            _merge(self.before, _rows(table, links, [local_id]), self.columns)

    def created(self, kind: str, local_id: int) -> None:
        self.touched[kind].add(local_id)

    def finish(self) -> "SyncUndo | None":
        if not any(self.touched.values()):
            return None
        after: Rows = {}
        for kind, links_of in (("contact", _CONTACT_LINKS), ("event", _EVENT_LINKS)):
            ids = sorted(self.touched[kind])
            if ids:
                for table, links in links_of.items():
                    _merge(after, _rows(table, links, ids), self.columns)
        organizations = row_sets.select_rows(
            db, "organization", "id", _ids_from("organization", self.first_organization_id)
        )
        _merge(after, organizations, self.columns)
        return SyncUndo(self.columns, self.before, after)


@dataclass(frozen=True)
class SyncUndo:
    columns: dict[str, tuple[str, ...]]
    before: Rows
    after: Rows
    # the sync links (SyncItem ids) of the contacts and events a step removed: a redo (or an
    # undo) that brings them back ties them to their cards again (store/sync_links.py)
    links: dict[tuple[Kind, int], tuple[int, ...]] = field(default_factory=dict)

    def undo(self) -> None:
        self._become(self.before, self.after)

    def redo(self) -> None:
        self._become(self.after, self.before)

    def _become(self, wanted: Rows, other: Rows) -> None:
        """Rows only the other side holds go, rows both hold are set in place (an UPDATE: no
        cascade reaches rows outside the step), rows only the wanted side holds come back;
        one transaction, foreign keys checked at its end."""
        with db.atomic():
            db.execute_sql("PRAGMA defer_foreign_keys = ON")
            for table in reversed(_ORDER):
                gone = sorted(set(other.get(table, {})) - set(wanted.get(table, {})))
                kind = _KINDS.get(table)
                if kind is not None:
                    for local_id in gone:
                        self.links[(kind, local_id)] = sync_links.links(kind, local_id)
                row_sets.delete_rows(db, table, "id", gone)
            for table in _ORDER:
                rows = wanted.get(table, {})
                if not rows:
                    continue
                both = tuple(row for key, row in rows.items() if key in other.get(table, {}))
                new = tuple(row for key, row in rows.items() if key not in other.get(table, {}))
                columns = self.columns[table]
                row_sets.overwrite_rows(db, TableRows(table, columns, both))
                row_sets.insert_rows(db, TableRows(table, columns, new))
                kind = _KINDS.get(table)
                if kind is not None:
                    for row in new:
                        sync_links.relink(kind, row[0], self.links.pop((kind, row[0]), ()))
