"""StoreBridge: the ui's one door to the services; it writes, then announces what changed."""

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from networkcircles.services import (
    associations,
    circles,
    contact_extras,
    contacts,
    events,
    import_undo,
    interactions,
    profile,
    references,
    referrals,
    tips,
)
from networkcircles.store.circle_queries import (
    InteractionRow,
    ProfileRow,
    ReferenceRow,
    ReferralRow,
)
from networkcircles.ui.background import run_in_background
from networkcircles.ui.idle_checkpoint import IdleCheckpoint

T = TypeVar("T")


class StoreBridge(QObject):
    """Signals: contacts_changed(list) with the ids of contacts added, edited, moved or
    deleted (a deleted id no longer has a row); circles_changed() after a circle was
    renamed or recoloured; network_changed() when a whole other file or a bulk change needs
    every view to reload."""

    contacts_changed = Signal(list)
    circles_changed = Signal()
    network_changed = Signal()
    # Circle details (see the methods at the end): each carries the ids of the contacts
    # concerned; leads_changed and profile_changed carry nothing.
    interactions_changed = Signal(list)
    referrals_changed = Signal(list)
    references_changed = Signal(list)
    leads_changed = Signal()
    profile_changed = Signal()
    # Events and associations: events_changed(ids) after an event was added, edited, deleted
    # or its attendees changed; organizations_changed(ids) after an organisation changed.
    events_changed = Signal(list)
    organizations_changed = Signal(list)
    # command_failed(step, what, error): an undo command's redo or undo (`step`: "redo" or
    # "undo") raised; `what` is its text. Nothing it tried was written (each service is one
    # transaction). The window tells the user and clears history.
    command_failed = Signal(str, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Each of these follows a write: the WAL is copied into the file once they pause.
        self.idle_checkpoint = IdleCheckpoint(self)
        for wrote in (
            self.contacts_changed,
            self.circles_changed,
            self.network_changed,
            self.interactions_changed,
            self.referrals_changed,
            self.references_changed,
            self.leads_changed,
            self.profile_changed,
            self.events_changed,
            self.organizations_changed,
        ):
            wrote.connect(self.idle_checkpoint.wrote)

    def take_back_import(self, undo: import_undo.ImportUndo) -> import_undo.ImportRows:
        saved = self._in_background(
            self.tr("Undo"), self.tr("Taking back the import…"), lambda: import_undo.take_back(undo)
        )
        self._import_done(undo)
        return saved

    def put_back_import(self, undo: import_undo.ImportUndo, saved: import_undo.ImportRows) -> None:
        self._in_background(
            self.tr("Redo"),
            self.tr("Putting the import back…"),
            lambda: import_undo.put_back(undo, saved),
        )
        self._import_done(undo)

    def _in_background(self, title: str, label: str, work: Callable[[], T]) -> T:
        """A bulk write (an import taken back or put back: thousands of rows) on a worker
        thread, so the window keeps painting; it is one transaction and cannot be cancelled."""
        parent = self.parent()
        return run_in_background(
            parent if isinstance(parent, QWidget) else None,
            title,
            label,
            lambda _progress: work(),
            cancellable=False,
        ).result

    def _import_done(self, undo: import_undo.ImportUndo) -> None:
        self.network_changed.emit()  # a bulk change: every view reloads once
        if undo.event_ids:
            self.events_changed.emit(list(undo.event_ids))
        if undo.organization_ids:
            self.organizations_changed.emit(list(undo.organization_ids))

    def update_circle(self, key: str, name: str | None = None, colour: str | None = None) -> None:
        circles.update(key, name=name, colour=colour)
        self.circles_changed.emit()

    def create_contact(self, name: str, circle_key: str | None, **fields: Any) -> int:
        contact_id = contacts.create(name, circle_key, **fields)
        self.contacts_changed.emit([contact_id])
        return contact_id

    def update_contact(self, contact_id: int, changes: dict[str, Any]) -> None:
        contacts.update(contact_id, changes)
        self.contacts_changed.emit([contact_id])

    def move_contact(self, contact_id: int, circle_key: str | None) -> None:
        contacts.move(contact_id, circle_key)
        self.contacts_changed.emit([contact_id])

    def move_contacts(self, moves: dict[int, str | None]) -> None:
        contacts.move_many(moves)
        self.contacts_changed.emit(list(moves))

    def delete_contact(self, contact_id: int) -> contacts.ContactSnapshot:
        saved = contacts.delete(contact_id)
        self.contacts_changed.emit([contact_id])
        return saved

    def restore_contact(self, saved: contacts.ContactSnapshot) -> int:
        contact_id = contacts.restore(saved)
        changed = {contact_id}
        for introducer, introduced, _on, _note in saved.referrals:
            changed.update((introducer, introduced))
        self.contacts_changed.emit(sorted(changed))
        return contact_id

    # circle details: reliability, vouching, pitch heard, wishes (contact columns)

    def update_contact_extras(self, contact_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        before = contact_extras.update(contact_id, changes)
        self.contacts_changed.emit([contact_id])
        return before

    def meet_wish(self, contact_id: int, circle_key: str) -> dict[str, Any]:
        before = contact_extras.meet_wish(contact_id, circle_key)
        self.contacts_changed.emit([contact_id])
        return before

    # interactions and follow-ups

    def log_interaction(
        self, contact_id: int, happened_on: date | str, kind: str, note: str = "", outcome: str = ""
    ) -> interactions.Logged:
        logged = interactions.log(contact_id, happened_on, kind, note, outcome)
        self._interactions_done(contact_id)
        return logged

    def unlog_interaction(self, logged: interactions.Logged) -> None:
        interactions.unlog(logged)
        self._interactions_done(logged.contact_id)

    def relog_interaction(self, logged: interactions.Logged, row: InteractionRow) -> None:
        interactions.relog(logged, row)
        self._interactions_done(logged.contact_id)

    def delete_interaction(self, interaction_id: int) -> interactions.DeletedInteraction:
        saved = interactions.delete(interaction_id)
        self._interactions_done(saved.row.contact_id)
        return saved

    def restore_interaction(self, saved: interactions.DeletedInteraction) -> None:
        interactions.restore(saved)
        self._interactions_done(saved.row.contact_id)

    def _interactions_done(self, contact_id: int) -> None:
        self.interactions_changed.emit([contact_id])
        self.contacts_changed.emit([contact_id])  # last contacted follows the interactions

    def set_follow_up(
        self, contact_id: int, on: date | str | None, note: str = ""
    ) -> tuple[date | None, str]:
        before = interactions.set_follow_up(contact_id, on, note)
        self.contacts_changed.emit([contact_id])
        return before

    # referrals

    def add_referral(
        self, introducer_id: int, introduced_id: int, on: date | None = None, note: str = ""
    ) -> None:
        referrals.add(introducer_id, introduced_id, on, note)
        self._referrals_done([introducer_id, introduced_id])

    def remove_referral(self, introducer_id: int, introduced_id: int) -> ReferralRow:
        saved = referrals.remove(introducer_id, introduced_id)
        self._referrals_done([introducer_id, introduced_id])
        return saved

    def restore_referral(self, saved: ReferralRow) -> None:
        referrals.restore(saved)
        self._referrals_done([saved.introducer_id, saved.introduced_id])

    def _referrals_done(self, ids: list[int]) -> None:
        self.referrals_changed.emit(ids)
        self.contacts_changed.emit(ids)

    # reference requests

    def log_reference(self, contact_id: int, **values: Any) -> int:
        request_id = references.log_request(contact_id, **values)
        self.references_changed.emit([contact_id])
        return request_id

    def update_reference(
        self, contact_id: int, request_id: int, changes: dict[str, Any]
    ) -> dict[str, Any]:
        before = references.update_request(request_id, changes)
        self.references_changed.emit([contact_id])
        return before

    def delete_reference(self, request_id: int) -> ReferenceRow:
        saved = references.delete_request(request_id)
        self.references_changed.emit([saved.contact_id])
        return saved

    def restore_reference(self, saved: ReferenceRow) -> int:
        request_id = references.restore_request(saved)
        self.references_changed.emit([saved.contact_id])
        return request_id

    # tips and leads

    def create_tip(self, **values: Any) -> int:
        lead_id = tips.create(**values)
        self.leads_changed.emit()
        return lead_id

    def update_tip(self, lead_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        before = tips.update(lead_id, changes)
        self.leads_changed.emit()
        return before

    def delete_tip(self, lead_id: int) -> tips.TipSnapshot:
        saved = tips.delete(lead_id)
        self.leads_changed.emit()
        return saved

    def restore_tip(self, saved: tips.TipSnapshot) -> int:
        lead_id = tips.restore(saved)
        self.leads_changed.emit()
        return lead_id

    # the pitch

    def save_profile(self, values: ProfileRow | dict[str, Any]) -> ProfileRow | None:
        before = profile.save(values)
        self.profile_changed.emit()
        return before

    def restore_profile(self, before: ProfileRow | None) -> None:
        profile.restore(before)
        self.profile_changed.emit()

    # events and associations (services/events.py, services/associations.py)

    def create_event(self, fields: dict[str, Any]) -> int:
        values = dict(fields)
        event_id = events.create_event(values.pop("title"), values.pop("starts_at"), **values)
        self.events_changed.emit([event_id])
        return event_id

    def update_event(self, event_id: int, changes: dict[str, Any]) -> events.DroppedParts:
        """Change an event; returns the changed occurrences and attendances a new rule left
        without an occurrence, which it dropped (services.events.update_event)."""
        dropped = events.update_event(event_id, changes)
        self.events_changed.emit([event_id])
        if dropped.attendances:
            self.contacts_changed.emit(dropped.contacts())
        return dropped

    def put_back(self, event_id: int, dropped: events.DroppedParts) -> None:
        """Return what update_event dropped, once the edit is undone."""
        if not dropped:
            return
        events.put_back(event_id, dropped)
        self.events_changed.emit([event_id])
        if dropped.attendances:
            self.contacts_changed.emit(dropped.contacts())

    def delete_event(self, event_id: int) -> events.EventSnapshot:
        saved = events.delete_event(event_id)
        self.events_changed.emit([event_id])
        return saved

    def restore_event(self, saved: events.EventSnapshot) -> int:
        event_id = events.restore_event(saved)
        self.events_changed.emit([event_id])
        return event_id

    def put_exception(self, event_id: int, original: datetime, exception: Any) -> Any:
        """Change, cancel (or with None restore) one occurrence of a series; returns what
        was there before (services.events.put_exception)."""
        before = events.put_exception(event_id, original, exception)
        self.events_changed.emit([event_id])
        return before

    def link_attendees(
        self,
        event_id: int,
        contact_ids: list[int],
        status: str = "met",
        original: datetime | None = None,
    ) -> dict[int, str]:
        before = events.link_attendees(event_id, contact_ids, status, original)
        self.events_changed.emit([event_id])
        self.contacts_changed.emit(list(contact_ids))
        return before

    def set_attendances(
        self, event_id: int, statuses: dict[int, str], original: datetime | None = None
    ) -> None:
        events.set_attendances(event_id, statuses, original)
        self.events_changed.emit([event_id])
        self.contacts_changed.emit(list(statuses))

    def add_people_at_event(
        self, event_id: int, people: list[events.CapturedPerson], original: datetime | None = None
    ) -> list[int]:
        ids = events.add_people_at_event(event_id, people, original)
        self.events_changed.emit([event_id])
        self.contacts_changed.emit(ids)
        return ids

    def create_organization(self, name: str, kind: str = "association", **fields: Any) -> int:
        organization_id = associations.create_organization(name, kind, **fields)
        self.organizations_changed.emit([organization_id])
        return organization_id

    def update_organization(self, organization_id: int, changes: dict[str, Any]) -> None:
        associations.update_organization(organization_id, changes)
        self.organizations_changed.emit([organization_id])

    def delete_organization(self, organization_id: int) -> associations.OrganizationSnapshot:
        saved = associations.delete_organization(organization_id)
        self.organizations_changed.emit([organization_id])
        self.events_changed.emit(list(saved.event_ids))
        return saved

    def restore_organization(self, saved: associations.OrganizationSnapshot) -> int:
        organization_id = associations.restore_organization(saved)
        self.organizations_changed.emit([organization_id])
        self.events_changed.emit(list(saved.event_ids))
        return organization_id
