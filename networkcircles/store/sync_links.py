"""A contact's or an event's links to the cards on sync servers (SyncItem rows), kept across a
delete and its undo.

Deleting a contact sets its SyncItem rows' contact to NULL (ON DELETE SET NULL): that tells the
next sync to delete the card on the server. Undoing the delete must give the rows back their
contact, or the next sync would send the contact out again as a new card (a duplicate):

- undone before a sync: the row is still there, unlinked; relinking it makes the contact the
  card it was, with the same fingerprint, so the next sync sends nothing and the server's card
  stays as it was;
- undone after a sync sent the delete: the row is gone with the card; the contact, back here,
  goes out with the next sync as a new card (one card on the server again, not two);
- undone after a sync linked the row to something else (the server changed the card, so the
  sync brought it back as a contact of its own): that row is left alone.
"""

from collections.abc import Iterable
from typing import Any, Literal

from networkcircles.store.db import db
from networkcircles.store.models import SyncItem

Kind = Literal["contact", "event"]


def links(kind: Kind, local_id: int) -> tuple[int, ...]:
    """The ids of the SyncItem rows that tie this contact or event to server items."""
    column = getattr(SyncItem, kind)
    query: Any = SyncItem.select(SyncItem.id).where(column == local_id).order_by(SyncItem.id)
    return tuple(row[0] for row in query.tuples())


def relink(kind: Kind, local_id: int, item_ids: Iterable[int]) -> int:
    """Tie the rows of `item_ids` that are still unlinked back to this contact or event
    (after an undone delete); returns how many were."""
    ids = list(item_ids)
    if not ids:
        return 0
    column = getattr(SyncItem, kind)
    with db.atomic():
        changed: int = (
            SyncItem.update({column: local_id})
            .where(SyncItem.id.in_(ids) & column.is_null() & (SyncItem.kind == kind))
            .execute()
        )
    return changed
