"""What deleting a contact loses besides its ContactDetails, kept for the undo: the circle
details (contact_extras' columns), reference requests, the leads they shared and the wishes they
might introduce. contacts.py's delete and restore use it; it lives apart from contact_extras.py,
which imports contacts.py (meeting a wish moves the contact), so that the two form no cycle."""

from typing import Any

from networkcircles.store import circle_queries
from networkcircles.store.db import db
from networkcircles.store.models import Contact, Lead, ReferenceRequest


def snapshot(contact_id: int) -> dict[str, Any]:
    """What a contact delete loses besides ContactDetails: these columns, reference requests,
    the leads they shared and the wishes they might introduce."""
    extras = circle_queries.contact_extras(contact_id)
    if extras is None:
        return {}
    return {
        "values": extras.values(),
        "references": tuple(circle_queries.reference_requests(contact_id)),
        "leads": tuple(
            r[0] for r in db.execute_sql("SELECT id FROM lead WHERE source_id = ?", (contact_id,))
        ),
        "wished": tuple(
            r[0]
            for r in db.execute_sql(
                "SELECT id FROM contact WHERE possible_introducer_id = ?", (contact_id,)
            )
        ),
    }


def restore(contact_id: int, saved: dict[str, Any]) -> None:
    """Put back what snapshot() kept, once the contact row exists again."""
    if not saved:
        return
    with db.atomic():
        values = dict(saved["values"])
        introducer = values.get("possible_introducer")
        if introducer is not None and not Contact.select().where(Contact.id == introducer).exists():
            values["possible_introducer"] = None  # deleted meanwhile
        Contact.update(values).where(Contact.id == contact_id).execute()
        for row in saved["references"]:
            ReferenceRequest.insert(
                id=row.id,
                contact=contact_id,
                application=row.application,
                asked_on=row.asked_on,
                agreed=row.agreed,
                given_on=row.given_on,
                note=row.note,
            ).on_conflict_ignore().execute()
        if saved["leads"]:
            Lead.update(source=contact_id).where(Lead.id.in_(saved["leads"])).execute()
        if saved["wished"]:
            Contact.update(possible_introducer=contact_id).where(
                Contact.id.in_(saved["wished"])
            ).execute()
