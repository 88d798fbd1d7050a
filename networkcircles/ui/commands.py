"""Undo commands: every user edit is one. They keep ids and plain values, never rows or items."""

import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from networkcircles.languages import counted
from networkcircles.services import events
from networkcircles.services.associations import OrganizationSnapshot
from networkcircles.services.contacts import ContactSnapshot
from networkcircles.services.events import EventSnapshot
from networkcircles.services.import_undo import ImportRows
from networkcircles.services.interactions import DeletedInteraction, Logged
from networkcircles.services.tips import TipSnapshot
from networkcircles.store.circle_queries import (
    InteractionRow,
    ProfileRow,
    ReferenceRow,
    ReferralRow,
)
from networkcircles.ui.bridge import StoreBridge

if TYPE_CHECKING:  # the import machinery loads when a file is imported, not at start-up
    from networkcircles.services.importing import ImportResult


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("undo", text, None, n)


def _guarded(method: Callable[[Any], None], doing: str) -> Callable[[Any], None]:
    @functools.wraps(method)
    def run(command: "Command") -> None:
        try:
            method(command)
        except Exception as error:
            # Each service call is one transaction, so the store is as it was before. An
            # exception must not vanish inside Qt's C++ call: the command leaves the stack
            # (a failed first redo is never pushed) and the window says what happened.
            command.setObsolete(True)
            command.bridge().command_failed.emit(doing, command.text(), error)

    return run


T = TypeVar("T")


def _done(value: T | None) -> T:
    """What redo() made, for undo(), or what undo() saved, for redo(): QUndoStack never
    undoes a command it has not done, so it is there."""
    if value is None:
        raise RuntimeError("a command was undone before it was done")
    return value


class Command(QUndoCommand):
    """Every command's base: a failed redo() or undo() is reported through the bridge's
    command_failed signal, never lost, and never left on the stack."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, doing in (("redo", "redo"), ("undo", "undo")):
            if name in cls.__dict__:
                setattr(cls, name, _guarded(cls.__dict__[name], doing))

    _bridge: StoreBridge

    def bridge(self) -> StoreBridge:
        return self._bridge


class ImportCommand(Command):
    """An import made in the window. It is already written when pushed (the import has its
    own preview and progress); undo takes back exactly the contacts it added and merged and
    the events and organisations it created; redo puts the same rows back, same ids."""

    def __init__(self, bridge: StoreBridge, result: "ImportResult") -> None:
        text = _tr("Import {added} added, {merged} merged")
        if result.event_ids:  # a calendar, alone or with contacts
            text = _tr("Import {added} added, {merged} merged, {events}")
        count = len(result.event_ids)
        events = counted(_tr("%n event(s)", count), count)
        super().__init__(text.format(added=result.added, merged=result.merged, events=events))
        if result.undo is None:
            raise ValueError("the import was not made undoable")
        self._bridge, self._undo = bridge, result.undo
        self._saved: ImportRows | None = None  # what undo removed: None until the first undo

    def redo(self) -> None:
        if self._saved is not None:
            self._bridge.put_back_import(self._undo, self._saved)

    def undo(self) -> None:
        self._saved = self._bridge.take_back_import(self._undo)


class AddContactCommand(Command):
    """Add a contact; undo deletes it, redo puts the very same contact (same id) back."""

    def __init__(self, bridge: StoreBridge, name: str, circle_key: str | None, **fields: Any):
        super().__init__(_tr("Add contact"))
        self._bridge = bridge
        self._name, self._circle_key, self._fields = name, circle_key, fields
        self._saved: ContactSnapshot | None = None
        self.contact_id: int | None = None

    def redo(self) -> None:
        if self._saved is None:
            self.contact_id = self._bridge.create_contact(
                self._name, self._circle_key, **self._fields
            )
        else:
            self._bridge.restore_contact(_done(self._saved))

    def undo(self) -> None:
        self._saved = self._bridge.delete_contact(_done(self.contact_id))


class EditContactCommand(Command):
    """Change some fields of one contact; undo sets them back to what they were."""

    def __init__(
        self, bridge: StoreBridge, contact_id: int, before: dict[str, Any], after: dict[str, Any]
    ):
        super().__init__(_tr("Edit contact"))
        self._bridge, self._contact_id = bridge, contact_id
        self._before, self._after = before, after

    def redo(self) -> None:
        self._bridge.update_contact(self._contact_id, self._after)

    def undo(self) -> None:
        self._bridge.update_contact(self._contact_id, self._before)


class MoveContactCommand(Command):
    """Put a contact in another circle; undo puts it back."""

    def __init__(
        self, bridge: StoreBridge, contact_id: int, old_circle: str | None, new_circle: str | None
    ):
        super().__init__(_tr("Move contact"))
        self._bridge, self._contact_id = bridge, contact_id
        self._old_circle, self._new_circle = old_circle, new_circle

    def redo(self) -> None:
        self._bridge.move_contact(self._contact_id, self._new_circle)

    def undo(self) -> None:
        self._bridge.move_contact(self._contact_id, self._old_circle)


class MoveContactsCommand(Command):
    """Move many contacts in one step (a multi-selection, a triage session)."""

    def __init__(self, bridge: StoreBridge, before: dict[int, str | None], new_circle: str | None):
        super().__init__(_tr("Move contacts"))
        self._bridge = bridge
        self._before = dict(before)
        self._after: dict[int, str | None] = dict.fromkeys(before, new_circle)

    def redo(self) -> None:
        self._bridge.move_contacts(self._after)

    def undo(self) -> None:
        self._bridge.move_contacts(self._before)


class DeleteContactCommand(Command):
    """Delete a contact; undo restores it with its interactions and referrals, same id."""

    def __init__(self, bridge: StoreBridge, contact_id: int):
        super().__init__(_tr("Delete contact"))
        self._bridge, self._contact_id = bridge, contact_id
        self._saved: ContactSnapshot | None = None

    def redo(self) -> None:
        self._saved = self._bridge.delete_contact(self._contact_id)

    def undo(self) -> None:
        self._bridge.restore_contact(_done(self._saved))


class EditCircleCommand(Command):
    """Rename or recolour a circle; undo gives back the old name and colour."""

    def __init__(
        self, bridge: StoreBridge, key: str, before: tuple[str, str], after: tuple[str, str]
    ):
        super().__init__(_tr("Edit circle"))
        self._bridge, self._key = bridge, key
        self._before, self._after = before, after

    def redo(self) -> None:
        self._bridge.update_circle(self._key, *self._after)

    def undo(self) -> None:
        self._bridge.update_circle(self._key, *self._before)


# Circle details: reliability, vouching, pitch, wishes, interactions, referrals, references,
# tips and the profile. Each keeps ids and plain values; snapshots come from the services.


class EditContactExtrasCommand(Command):
    """Change circle details of one contact (reliability answers, vouching, pitch heard, wish)."""

    def __init__(
        self, bridge: StoreBridge, contact_id: int, after: dict[str, Any], text: str | None = None
    ):
        super().__init__(text or _tr("Edit contact"))
        self._bridge, self._contact_id = bridge, contact_id
        self._after = dict(after)
        self._before: dict[str, Any] | None = None

    def redo(self) -> None:
        self._before = self._bridge.update_contact_extras(self._contact_id, self._after)

    def undo(self) -> None:
        self._bridge.update_contact_extras(self._contact_id, _done(self._before))


class MeetWishCommand(Command):
    """You met someone you wanted to meet: into a ring; undo puts them back in "possible"."""

    def __init__(self, bridge: StoreBridge, contact_id: int, circle_key: str):
        super().__init__(_tr("Met a contact"))
        self._bridge, self._contact_id, self._circle_key = bridge, contact_id, circle_key
        self._before: dict[str, Any] | None = None

    def redo(self) -> None:
        self._before = self._bridge.meet_wish(self._contact_id, self._circle_key)

    def undo(self) -> None:
        before = _done(self._before)
        self._bridge.move_contact(self._contact_id, before["circle_key"])
        self._bridge.update_contact_extras(self._contact_id, {"is_wish": before["is_wish"]})


class LogInteractionCommand(Command):
    """Log an interaction; undo removes it and gives "last contacted" back its old day."""

    def __init__(
        self,
        bridge: StoreBridge,
        contact_id: int,
        happened_on: date | str,
        kind: str,
        note: str = "",
        outcome: str = "",
    ) -> None:
        super().__init__(_tr("Log interaction"))
        self._bridge, self._contact_id = bridge, contact_id
        self._values = (happened_on, kind, note, outcome)
        self._logged: Logged | None = None
        self._row: InteractionRow | None = None

    def redo(self) -> None:
        if self._logged is None:
            self._logged = self._bridge.log_interaction(self._contact_id, *self._values)
        else:
            self._bridge.relog_interaction(self._logged, _done(self._row))

    def undo(self) -> None:
        from networkcircles.store.circle_queries import interaction

        logged = _done(self._logged)
        self._row = interaction(logged.interaction_id)
        self._bridge.unlog_interaction(logged)


class DeleteInteractionCommand(Command):
    def __init__(self, bridge: StoreBridge, interaction_id: int):
        super().__init__(_tr("Delete interaction"))
        self._bridge, self._interaction_id = bridge, interaction_id
        self._saved: DeletedInteraction | None = None

    def redo(self) -> None:
        self._saved = self._bridge.delete_interaction(self._interaction_id)

    def undo(self) -> None:
        self._bridge.restore_interaction(_done(self._saved))


class SetFollowUpCommand(Command):
    """Set or clear (day None) the next follow-up of one contact."""

    def __init__(
        self, bridge: StoreBridge, contact_id: int, on: date | str | None, note: str = ""
    ) -> None:
        super().__init__(_tr("Set follow-up") if on is not None else _tr("Clear follow-up"))
        self._bridge, self._contact_id, self._after = bridge, contact_id, (on, note)
        self._before: tuple[date | None, str] | None = None

    def redo(self) -> None:
        self._before = self._bridge.set_follow_up(self._contact_id, *self._after)

    def undo(self) -> None:
        self._bridge.set_follow_up(self._contact_id, *_done(self._before))


class AddReferralCommand(Command):
    """Record that one contact introduced you to another."""

    def __init__(
        self,
        bridge: StoreBridge,
        introducer_id: int,
        introduced_id: int,
        on: date | None = None,
        note: str = "",
    ) -> None:
        super().__init__(_tr("Add introduction"))
        self._bridge = bridge
        self._args = (introducer_id, introduced_id, on, note)

    def redo(self) -> None:
        self._bridge.add_referral(*self._args)

    def undo(self) -> None:
        self._bridge.remove_referral(self._args[0], self._args[1])


class RemoveReferralCommand(Command):
    def __init__(self, bridge: StoreBridge, introducer_id: int, introduced_id: int):
        super().__init__(_tr("Remove introduction"))
        self._bridge, self._pair = bridge, (introducer_id, introduced_id)
        self._saved: ReferralRow | None = None

    def redo(self) -> None:
        self._saved = self._bridge.remove_referral(*self._pair)

    def undo(self) -> None:
        self._bridge.restore_referral(_done(self._saved))


class LogReferenceCommand(Command):
    """Record a reference request; undo removes it, redo puts the same row (same id) back."""

    def __init__(self, bridge: StoreBridge, contact_id: int, **values: Any):
        super().__init__(_tr("Log reference request"))
        self._bridge, self._contact_id, self._values = bridge, contact_id, values
        self._saved: ReferenceRow | None = None
        self.request_id: int | None = None

    def redo(self) -> None:
        if self._saved is None:
            self.request_id = self._bridge.log_reference(self._contact_id, **self._values)
        else:
            self._bridge.restore_reference(self._saved)

    def undo(self) -> None:
        self._saved = self._bridge.delete_reference(_done(self.request_id))


class EditReferenceCommand(Command):
    def __init__(
        self, bridge: StoreBridge, contact_id: int, request_id: int, after: dict[str, Any]
    ):
        super().__init__(_tr("Edit reference request"))
        self._bridge, self._ids, self._after = bridge, (contact_id, request_id), dict(after)
        self._before: dict[str, Any] | None = None

    def redo(self) -> None:
        self._before = self._bridge.update_reference(*self._ids, self._after)

    def undo(self) -> None:
        self._bridge.update_reference(*self._ids, _done(self._before))


class DeleteReferenceCommand(Command):
    def __init__(self, bridge: StoreBridge, request_id: int):
        super().__init__(_tr("Delete reference request"))
        self._bridge, self._request_id = bridge, request_id
        self._saved: ReferenceRow | None = None

    def redo(self) -> None:
        self._saved = self._bridge.delete_reference(self._request_id)

    def undo(self) -> None:
        self._bridge.restore_reference(_done(self._saved))


class AddTipCommand(Command):
    """Add a lead or tip; undo deletes it (and its fair event), redo restores the same ids."""

    def __init__(self, bridge: StoreBridge, **values: Any):
        super().__init__(_tr("Add tip"))
        self._bridge, self._values = bridge, values
        self._saved: TipSnapshot | None = None
        self.lead_id: int | None = None

    def redo(self) -> None:
        if self._saved is None:
            self.lead_id = self._bridge.create_tip(**self._values)
        else:
            self._bridge.restore_tip(_done(self._saved))

    def undo(self) -> None:
        self._saved = self._bridge.delete_tip(_done(self.lead_id))


class EditTipCommand(Command):
    def __init__(self, bridge: StoreBridge, lead_id: int, after: dict[str, Any]):
        super().__init__(_tr("Edit tip"))
        self._bridge, self._lead_id, self._after = bridge, lead_id, dict(after)
        self._before: dict[str, Any] | None = None

    def redo(self) -> None:
        self._before = self._bridge.update_tip(self._lead_id, self._after)

    def undo(self) -> None:
        self._bridge.update_tip(self._lead_id, _done(self._before))


class DeleteTipCommand(Command):
    def __init__(self, bridge: StoreBridge, lead_id: int):
        super().__init__(_tr("Delete tip"))
        self._bridge, self._lead_id = bridge, lead_id
        self._saved: TipSnapshot | None = None

    def redo(self) -> None:
        self._saved = self._bridge.delete_tip(self._lead_id)

    def undo(self) -> None:
        self._bridge.restore_tip(_done(self._saved))


class EditProfileCommand(Command):
    """Change your pitch; undo puts the profile back as it was (or removes it)."""

    def __init__(self, bridge: StoreBridge, after: dict[str, Any]):
        super().__init__(_tr("Edit your pitch"))
        self._bridge, self._after = bridge, dict(after)
        self._before: ProfileRow | None = None

    def redo(self) -> None:
        self._before = self._bridge.save_profile(self._after)

    def undo(self) -> None:
        self._bridge.restore_profile(self._before)


# Events and associations: each keeps ids and plain values; a delete keeps the snapshot
# the service returns, and undo restores it with the same id.


class AddEventCommand(Command):
    """Add an event; undo deletes it, redo puts the very same event (same id) back."""

    def __init__(self, bridge: StoreBridge, fields: dict[str, Any]):
        super().__init__(_tr("Add event"))
        self._bridge, self._fields = bridge, dict(fields)
        self._saved: EventSnapshot | None = None
        self.event_id: int | None = None

    def redo(self) -> None:
        if self._saved is None:
            self.event_id = self._bridge.create_event(self._fields)
        else:
            self._bridge.restore_event(self._saved)

    def undo(self) -> None:
        self._saved = self._bridge.delete_event(_done(self.event_id))


class EditEventCommand(Command):
    def __init__(
        self, bridge: StoreBridge, event_id: int, before: dict[str, Any], after: dict[str, Any]
    ):
        super().__init__(_tr("Edit event"))
        self._bridge, self._event_id = bridge, event_id
        self._before, self._after = dict(before), dict(after)
        # what a changed rule dropped (services.events.DroppedParts): undo puts back what
        # redo dropped, and redo what undo dropped
        self._redo_dropped = self._undo_dropped = events.DroppedParts()

    def redo(self) -> None:
        self._redo_dropped = self._bridge.update_event(self._event_id, self._after)
        self._bridge.put_back(self._event_id, self._undo_dropped)

    def undo(self) -> None:
        self._undo_dropped = self._bridge.update_event(self._event_id, self._before)
        self._bridge.put_back(self._event_id, self._redo_dropped)


class DeleteEventCommand(Command):
    """Delete an event with who was met there; undo restores both, same id."""

    def __init__(self, bridge: StoreBridge, event_id: int):
        super().__init__(_tr("Delete event"))
        self._bridge, self._event_id = bridge, event_id
        self._saved: EventSnapshot | None = None

    def redo(self) -> None:
        self._saved = self._bridge.delete_event(self._event_id)

    def undo(self) -> None:
        self._bridge.restore_event(_done(self._saved))


class EditOccurrenceCommand(Command):
    """Change, move or cancel one occurrence of a recurring event (an exception of its
    series); undo puts back what was there, redo the change."""

    def __init__(
        self,
        bridge: StoreBridge,
        event_id: int,
        original: datetime,
        before: Any,
        after: Any,
        text: str | None = None,
    ) -> None:
        super().__init__(text or _tr("Change one occurrence"))
        self._bridge, self._event_id, self._original = bridge, event_id, original
        self._before, self._after = before, after

    def redo(self) -> None:
        self._bridge.put_exception(self._event_id, self._original, self._after)

    def undo(self) -> None:
        self._bridge.put_exception(self._event_id, self._original, self._before)


class LinkAttendeesCommand(Command):
    """Link contacts to one occurrence of an event as met (or planned); undo puts their links
    back as they were. `original` names the occurrence (None: a one-off event's only one)."""

    def __init__(
        self,
        bridge: StoreBridge,
        event_id: int,
        contact_ids: list[int],
        status: str = "met",
        original: datetime | None = None,
    ) -> None:
        super().__init__(_tr("Link people to event"))
        self._bridge, self._event_id, self._original = bridge, event_id, original
        self._contact_ids, self._status = list(contact_ids), status
        self._before: dict[int, str] = {}

    def redo(self) -> None:
        self._before = self._bridge.link_attendees(
            self._event_id, self._contact_ids, self._status, self._original
        )

    def undo(self) -> None:
        self._bridge.set_attendances(self._event_id, self._before, self._original)


class UnlinkAttendeesCommand(Command):
    def __init__(
        self,
        bridge: StoreBridge,
        event_id: int,
        contact_ids: list[int],
        original: datetime | None = None,
    ) -> None:
        super().__init__(_tr("Unlink people from event"))
        self._bridge, self._event_id, self._contact_ids = bridge, event_id, list(contact_ids)
        self._original = original
        self._before: dict[int, str] = {}

    def redo(self) -> None:
        from networkcircles.services.events import attendees_at

        linked = {a.contact_id: a.status for a in attendees_at(self._event_id, self._original)}
        self._before = {cid: linked.get(cid, "") for cid in self._contact_ids}
        self._bridge.set_attendances(
            self._event_id, dict.fromkeys(self._contact_ids, ""), self._original
        )

    def undo(self) -> None:
        self._bridge.set_attendances(self._event_id, self._before, self._original)


class AddPeopleAtEventCommand(Command):
    """The capture mode's people: new contacts linked to one occurrence of the event, in one
    step; undo removes them, redo brings them back with the same ids."""

    def __init__(
        self,
        bridge: StoreBridge,
        event_id: int,
        people: list[events.CapturedPerson],
        original: datetime | None = None,
    ) -> None:
        super().__init__(_tr("Add people met at event"))
        self._bridge, self._event_id, self._people = bridge, event_id, list(people)
        self._original = original
        self._saved: list[ContactSnapshot] = []
        self.contact_ids: list[int] = []

    def redo(self) -> None:
        if not self._saved:
            self.contact_ids = self._bridge.add_people_at_event(
                self._event_id, self._people, self._original
            )
            return
        for saved in self._saved:
            self._bridge.restore_contact(saved)
        self._bridge.events_changed.emit([self._event_id])

    def undo(self) -> None:
        self._saved = [self._bridge.delete_contact(cid) for cid in self.contact_ids]
        self._bridge.events_changed.emit([self._event_id])


class AddOrganizationCommand(Command):
    def __init__(self, bridge: StoreBridge, name: str, kind: str = "association", **fields: Any):
        super().__init__(_tr("Add association"))
        self._bridge, self._name, self._kind, self._fields = bridge, name, kind, fields
        self._saved: OrganizationSnapshot | None = None
        self.organization_id: int | None = None

    def redo(self) -> None:
        if self._saved is None:
            self.organization_id = self._bridge.create_organization(
                self._name, self._kind, **self._fields
            )
        else:
            self._bridge.restore_organization(self._saved)

    def undo(self) -> None:
        self._saved = self._bridge.delete_organization(_done(self.organization_id))


class EditOrganizationCommand(Command):
    """Change an association's details (dues, membership, benefits, ...); undo reverts."""

    def __init__(
        self,
        bridge: StoreBridge,
        organization_id: int,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(_tr("Edit association"))
        self._bridge, self._organization_id = bridge, organization_id
        self._before, self._after = dict(before), dict(after)

    def redo(self) -> None:
        self._bridge.update_organization(self._organization_id, self._after)

    def undo(self) -> None:
        self._bridge.update_organization(self._organization_id, self._before)


class DeleteOrganizationCommand(Command):
    def __init__(self, bridge: StoreBridge, organization_id: int):
        super().__init__(_tr("Delete association"))
        self._bridge, self._organization_id = bridge, organization_id
        self._saved: OrganizationSnapshot | None = None

    def redo(self) -> None:
        self._saved = self._bridge.delete_organization(self._organization_id)

    def undo(self) -> None:
        self._bridge.restore_organization(_done(self._saved))
