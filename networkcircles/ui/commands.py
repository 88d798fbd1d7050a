"""Undo commands: every user edit is one. They keep ids and plain values, never rows or items."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from networkcircles.services.contacts import ContactSnapshot
from networkcircles.ui.bridge import StoreBridge


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class AddContactCommand(QUndoCommand):
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
            self._bridge.restore_contact(self._saved)

    def undo(self) -> None:
        self._saved = self._bridge.delete_contact(self.contact_id)


class EditContactCommand(QUndoCommand):
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


class MoveContactCommand(QUndoCommand):
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


class MoveContactsCommand(QUndoCommand):
    """Move many contacts in one step (a multi-selection, a triage session)."""

    def __init__(self, bridge: StoreBridge, before: dict[int, str | None], new_circle: str | None):
        super().__init__(_tr("Move contacts"))
        self._bridge = bridge
        self._before = dict(before)
        self._after = dict.fromkeys(before, new_circle)

    def redo(self) -> None:
        self._bridge.move_contacts(self._after)

    def undo(self) -> None:
        self._bridge.move_contacts(self._before)


class DeleteContactCommand(QUndoCommand):
    """Delete a contact; undo restores it with its interactions and referrals, same id."""

    def __init__(self, bridge: StoreBridge, contact_id: int):
        super().__init__(_tr("Delete contact"))
        self._bridge, self._contact_id = bridge, contact_id
        self._saved: ContactSnapshot | None = None

    def redo(self) -> None:
        self._saved = self._bridge.delete_contact(self._contact_id)

    def undo(self) -> None:
        self._bridge.restore_contact(self._saved)


class EditCircleCommand(QUndoCommand):
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
