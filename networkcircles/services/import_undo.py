"""Taking an import back, and putting it back again: the window makes each import one
undoable step.

What an import did is known exactly: the contacts it added, the contacts it merged into
(with their rows as they were before), the events and the organisations it created. Undo
deletes what was added and sets merged contacts back to their old rows; it first keeps
everything it removes, so redo puts the very same rows back under the same ids.
"""

from dataclasses import dataclass

from networkcircles.store import row_sets
from networkcircles.store.db import db
from networkcircles.store.ids import next_free_id
from networkcircles.store.row_sets import TableRows

# A contact's own rows that an import writes: the contact, its e-mails, its phones.
_CONTACT_TABLES = (
    ("contact", "id"),
    ("contact_email", "contact_id"),
    ("contact_phone", "contact_id"),
)


@dataclass(frozen=True)
class ImportUndo:
    """What one import changed, and how merged contacts were before it."""

    added_ids: tuple[int, ...]
    merged_ids: tuple[int, ...]
    event_ids: tuple[int, ...]
    organization_ids: tuple[int, ...]
    merged_before: tuple[TableRows, ...]


@dataclass(frozen=True)
class ImportRows:
    """Everything an undo removed or overwrote, for redo to put back."""

    tables: tuple[TableRows, ...]


@dataclass(frozen=True)
class BeforeImport:
    """Taken just before an import writes (inside its transaction)."""

    merged_before: tuple[TableRows, ...]
    first_organization_id: int


def _contact_rows(ids: tuple[int, ...]) -> tuple[TableRows, ...]:
    return tuple(row_sets.select_rows(db, table, column, ids) for table, column in _CONTACT_TABLES)


def before_import(merge_ids: list[int]) -> BeforeImport:
    ids = tuple(sorted(set(merge_ids)))
    return BeforeImport(_contact_rows(ids), next_free_id(db, "organization"))


def after_import(
    before: BeforeImport, added: tuple[int, ...], merged: tuple[int, ...], events: tuple[int, ...]
) -> ImportUndo:
    organizations = tuple(
        row[0]
        for row in db.execute_sql(
            "SELECT id FROM organization WHERE id >= ? ORDER BY id", (before.first_organization_id,)
        )
    )
    kept = tuple(_only(rows, set(merged)) for rows in before.merged_before)
    return ImportUndo(added, merged, events, organizations, kept)


def _owner(rows: TableRows, row: tuple[object, ...]) -> int:
    column = "id" if rows.table == "contact" else "contact_id"
    owner = row[rows.columns.index(column)]
    assert isinstance(owner, int)
    return owner


def _only(rows: TableRows, ids: set[int]) -> TableRows:
    kept = tuple(row for row in rows.rows if _owner(rows, row) in ids)
    return TableRows(rows.table, rows.columns, kept)


def _set_merged(ids: tuple[int, ...], saved: tuple[TableRows, ...]) -> None:
    """Give contacts that still exist exactly the saved contact, e-mail and phone rows."""
    for rows in saved:
        mine = _only(rows, set(ids))
        if rows.table == "contact":
            row_sets.overwrite_rows(db, mine)  # in place: their interactions stay attached
        else:
            row_sets.delete_rows(db, rows.table, "contact_id", ids)
            row_sets.insert_rows(db, mine)


def take_back(undo: ImportUndo) -> ImportRows:
    """Undo an import: returns what was removed or overwritten, for put_back()."""
    with db.atomic():
        removed = (
            *_contact_rows(undo.added_ids + undo.merged_ids),
            row_sets.select_rows(db, "event", "id", undo.event_ids),
            row_sets.select_rows(db, "organization", "id", undo.organization_ids),
        )
        row_sets.delete_rows(db, "event", "id", undo.event_ids)
        row_sets.delete_rows(db, "organization", "id", undo.organization_ids)
        row_sets.delete_rows(db, "contact", "id", undo.added_ids)  # e-mails, phones cascade
        _set_merged(undo.merged_ids, undo.merged_before)
    return ImportRows(removed)


def put_back(undo: ImportUndo, saved: ImportRows) -> None:
    """Redo an import that take_back() undid: the same rows, the same ids."""
    tables = {rows.table: rows for rows in saved.tables}
    added = set(undo.added_ids)
    contact_rows = tuple(tables[table] for table, _ in _CONTACT_TABLES)
    with db.atomic():
        row_sets.insert_rows(db, tables["organization"])
        row_sets.insert_rows(db, tables["event"])
        for rows in contact_rows:  # the contact rows first: e-mails and phones point at them
            row_sets.insert_rows(db, _only(rows, added))
        _set_merged(undo.merged_ids, contact_rows)
