"""Logging interactions and setting follow-ups; what is due today or overdue."""

from dataclasses import dataclass
from datetime import date

from networkcircles.services.errors import NotFound
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import FollowUpRow, InteractionRow
from networkcircles.store.db import db
from networkcircles.store.models import Contact, Interaction
from networkcircles.values import checked_choice, checked_day, plain_text

KINDS = ("call", "email", "meeting", "event", "message")


@dataclass(frozen=True, slots=True)
class Logged:
    """What undo needs after log(): the new interaction and the contact's last contact before."""

    interaction_id: int
    contact_id: int
    last_contacted_before: date | None


@dataclass(frozen=True, slots=True)
class DeletedInteraction:
    row: InteractionRow
    last_contacted_before: date | None


def _last_contacted(contact_id: int) -> date | None:
    row = Contact.select(Contact.last_contacted).where(Contact.id == contact_id).tuples().first()
    if row is None:
        raise NotFound("contact", contact_id)
    last: date | None = row[0]
    return last


def log(
    contact_id: int, happened_on: date | str, kind: str = "call", note: str = "", outcome: str = ""
) -> Logged:
    """Record an interaction. "Last contacted" becomes the latest of what it was and this day."""
    day = checked_day("happened_on", happened_on)
    kind = checked_choice("kind", kind, KINDS)
    with db.atomic():
        before = _last_contacted(contact_id)
        interaction = Interaction.create(
            contact=contact_id,
            happened_on=day,
            kind=kind,
            note=plain_text(note),
            outcome=plain_text(outcome),
        )
        if before is None or (day is not None and day > before):
            Contact.update(last_contacted=day).where(Contact.id == contact_id).execute()
    return Logged(interaction.id, contact_id, before)


def unlog(logged: Logged) -> None:
    """Undo log(): remove the interaction and give "last contacted" back its old day."""
    with db.atomic():
        Interaction.delete().where(Interaction.id == logged.interaction_id).execute()
        Contact.update(last_contacted=logged.last_contacted_before).where(
            Contact.id == logged.contact_id
        ).execute()


def _insert(row: InteractionRow) -> None:
    """Put an interaction back as it was, under its own id (redo and undo)."""
    Interaction.insert(
        id=row.id,
        contact=row.contact_id,
        happened_on=row.happened_on,
        kind=row.kind,
        note=row.note,
        outcome=row.outcome,
    ).execute()


def relog(logged: Logged, row: InteractionRow) -> None:
    """Redo log() after unlog(), with the same interaction id."""
    with db.atomic():
        _insert(row)
        before = logged.last_contacted_before
        if before is None or row.happened_on > before:
            Contact.update(last_contacted=row.happened_on).where(
                Contact.id == row.contact_id
            ).execute()


def delete(interaction_id: int) -> DeletedInteraction:
    """Remove an interaction; "last contacted" falls back to the latest one left (if it was
    this one). The result puts both back through restore()."""
    with db.atomic():
        row = circle_queries.interaction(interaction_id)
        if row is None:
            raise NotFound("interaction", interaction_id)
        before = _last_contacted(row.contact_id)
        Interaction.delete().where(Interaction.id == interaction_id).execute()
        if before == row.happened_on:
            latest = circle_queries.latest_interaction_day(row.contact_id)
            Contact.update(last_contacted=latest).where(Contact.id == row.contact_id).execute()
    return DeletedInteraction(row, before)


def restore(saved: DeletedInteraction) -> None:
    row = saved.row
    with db.atomic():
        _insert(row)
        Contact.update(last_contacted=saved.last_contacted_before).where(
            Contact.id == row.contact_id
        ).execute()


def set_follow_up(
    contact_id: int, on: date | str | None, note: str = ""
) -> tuple[date | None, str]:
    """Set (or, with None, clear) the next follow-up; return the (date, note) before."""
    day = checked_day("next_follow_up", on, required=False)
    note = "" if day is None else plain_text(note).strip()
    with db.atomic():
        row = (
            Contact.select(Contact.next_follow_up, Contact.follow_up_note)
            .where(Contact.id == contact_id)
            .tuples()
            .first()
        )
        if row is None:
            raise NotFound("contact", contact_id)
        Contact.update(next_follow_up=day, follow_up_note=note).where(
            Contact.id == contact_id
        ).execute()
    return row[0], row[1]


def clear_follow_up(contact_id: int) -> tuple[date | None, str]:
    return set_follow_up(contact_id, None)


@dataclass(frozen=True, slots=True)
class Due:
    overdue: list[FollowUpRow]  # before today, oldest first
    today: list[FollowUpRow]

    def __bool__(self) -> bool:
        return bool(self.overdue or self.today)

    def days_overdue(self, row: FollowUpRow, today: date) -> int:
        return (today - row.next_follow_up).days


def due(today: date, contact_ids: list[int] | None = None) -> Due:
    """Follow-ups that are overdue (before today) or due today: everyone's, or only those
    of `contact_ids` (after an edit of a few)."""
    rows = circle_queries.follow_ups_until(today, contact_ids)
    return Due(
        overdue=[r for r in rows if r.next_follow_up < today],
        today=[r for r in rows if r.next_follow_up == today],
    )
