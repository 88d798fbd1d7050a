"""Deciding a sync conflict: a contact or event changed on both sides since the last sync,
in fields whose changes overlap.

A sync keeps this network's values and puts the server's in the notes (the rule the command
line keeps, and what stays when nobody decides). In the window the user then picks, per field,
which version to keep: resolve() writes the server's values picked, and replaces the sync's
note with one saying which version was taken and what the other held, so neither is lost.
The next sync sends the result out.
"""

from collections.abc import Collection, Sequence

from networkcircles.store.db import db
from networkcircles.store.models import Contact, Event
from networkcircles.sync.contacts_sync import ContactsAdapter
from networkcircles.sync.events_sync import EventsAdapter
from networkcircles.sync.twoway import Adapter, Column, Conflict, flag_note
from networkcircles.sync.undo import Recorder


def adapter_for(kind: Column) -> Adapter:
    return ContactsAdapter() if kind == "contact" else EventsAdapter()


def _exists(kind: Column, local_id: int) -> bool:
    model = Contact if kind == "contact" else Event
    found: bool = model.select().where(model.id == local_id).exists()
    return found


def resolve(conflict: Conflict, theirs: Collection[str], recorder: Recorder | None = None) -> bool:
    """Take the server's values of the fields named in `theirs`, keep ours for the others.
    False when nothing changed here: all ours picked (the sync's note already says what the
    server had), or the contact or event is gone, or its fields changed again meanwhile."""
    picked = {field.name for field in conflict.fields} & set(theirs)
    if not picked or not _exists(conflict.kind, conflict.local_id):
        return False
    adapter = adapter_for(conflict.kind)
    current = adapter.load_one(conflict.local_id)
    wanted = dict(current)
    notes = str(current.get("notes") or "")
    wanted["notes"] = notes.replace(conflict.note, "").strip()
    took: list[str] = []
    kept: list[str] = []
    for field in conflict.fields:
        if wanted.get(field.name) != field.ours:
            return False  # changed again since the sync: the user's newer edit stands
        if field.name in picked:
            wanted[field.name] = field.theirs
            took.append(f"{adapter.labels[field.name]}: {adapter.shown(field.ours)}")
        else:
            kept.append(f"{adapter.labels[field.name]}: {adapter.shown(field.theirs)}")
    parts = ["took the server's version; this network had " + "; ".join(took)]
    if kept:
        parts.append("kept this version; the server had " + "; ".join(kept))
    wanted = adapter.with_note(wanted, flag_note(". ".join(parts)))
    with db.atomic():
        if recorder is not None:
            recorder.about_to_change(conflict.kind, conflict.local_id)
        adapter.write(conflict.local_id, wanted, current)
    return True


def resolve_all(
    conflicts: Sequence[Conflict],
    theirs: Sequence[Collection[str]],
    recorder: Recorder | None = None,
) -> int:
    """resolve() each conflict with its choice; how many changed here."""
    return sum(
        resolve(conflict, names, recorder)
        for conflict, names in zip(conflicts, theirs, strict=True)
    )
