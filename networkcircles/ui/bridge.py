"""StoreBridge: the ui's one door to the services; it writes, then announces what changed."""

from typing import Any

from PySide6.QtCore import QObject, Signal

from networkcircles.services import circles, contacts


class StoreBridge(QObject):
    """Signals: contacts_changed(list) with the ids of contacts added, edited, moved or
    deleted (a deleted id no longer has a row); circles_changed() after a circle was
    renamed or recoloured; network_changed() when a whole other file or a bulk change needs
    every view to reload."""

    contacts_changed = Signal(list)
    circles_changed = Signal()
    network_changed = Signal()

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
