"""Two-way sync of one kind of item (contacts or events) with one DAV collection.

The order makes every interruption safe to resume:
1. list what changed on the server (one sync-collection REPORT);
2. bring the server's changes in, one local transaction per batch, each item recorded with
   its ETag and text in the same transaction (a rerun skips what is already in);
3. deletions on the server (refused when there are many, unless allowed);
4. send local deletions, new and changed items out. A new item's address is recorded
   (committed) before its PUT, which says If-None-Match: *, so a sync killed between the PUT
   and the record finds the item on the server next time instead of sending it twice;
   a changed one says If-Match: its ETag, and a 412 fetches the server's version, merges and
   tries again;
5. the server's sync token is kept last: a sync that stopped early lists the same changes again.

What differs between contacts and events is an Adapter (contacts_sync.py, events_sync.py).

A field changed on both sides keeps this network's value, with the server's in the notes;
asked to `collect`, the sync also hands each such conflict back in its report, for the window
to ask the user (conflicts.py applies the answer).
"""

import abc
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, cast
from urllib.parse import urljoin, urlsplit

from networkcircles.services.errors import InvalidValue
from networkcircles.store.db import db
from networkcircles.store.models import SyncAccount, SyncItem
from networkcircles.sync import state
from networkcircles.sync.dav import Dav, Kind, PreconditionFailed
from networkcircles.sync.undo import Recorder, SyncUndo

BATCH = 200  # server items per local transaction
MANY_DELETIONS = 10  # more than this many deletions from the server (or a fifth) must be allowed
RETRIES = 3  # PUTs that meet a 412: fetch, merge, try again
CONFIRM_BATCH = 50  # server confirmations recorded per local transaction

Fields = dict[str, object]
Progress = Callable[[str, int, int], None]  # (stage, done, total)
Column = Literal["contact", "event"]
Confirmed = int | tuple[int, str, str, str]  # deleted: its id | sent: (id, etag, text, hash)


def quiet(stage: str, done: int, total: int) -> None:
    pass


class TooManyDeletions(Exception):
    """The server deleted many synced items at once (an emptied address book?)."""

    def __init__(self, count: int, total: int, what: str = "contacts") -> None:
        super().__init__(f"the server deleted {count} of {total} synced {what}")
        self.count = count
        self.total = total
        self.what = what


@dataclass(frozen=True)
class FieldConflict:
    """One field changed on both sides since the last sync: this network's value (kept for
    now) and the server's."""

    name: str
    ours: object
    theirs: object


@dataclass(frozen=True)
class Conflict:
    """A contact or event with fields changed on both sides, for the user to decide. The sync
    has kept ours and put `note` (the server's values) in its notes: what stays when nobody
    decides (conflicts.resolve replaces it with what was decided)."""

    kind: Column
    local_id: int
    name: str
    fields: tuple[FieldConflict, ...]
    note: str


@dataclass
class Report:
    """What one sync did: in (written here), out (written on the server), conflicts."""

    came_in: int = 0
    went_out: int = 0
    conflicts: int = 0
    log: list[str] = field(default_factory=list)
    requests: int = 0  # HTTP requests made
    # changed occurrences and records of who was met dropped here because a series' new
    # schedule from the server no longer has their occurrence (services.events.update_event)
    dropped: int = 0
    undo: SyncUndo | None = None  # when asked for and something was written here
    recorder: Recorder | None = None  # what made `undo`: asked again after conflicts.resolve
    open_conflicts: list[Conflict] = field(default_factory=list)  # when asked to collect them

    def add(self, other: "Report") -> None:
        self.came_in += other.came_in
        self.went_out += other.went_out
        self.conflicts += other.conflicts
        self.dropped += other.dropped
        self.log += other.log
        self.open_conflicts += other.open_conflicts


def _items(value: object) -> tuple[Any, ...]:
    return cast(tuple[Any, ...], value or ())


def merge_list(was: object, mine: object, theirs: object) -> tuple[Any, ...] | None:
    """Item by item: what either side added is in, what either side removed is out; None (a
    conflict) when both sides replaced or removed the same item differently (a phone number
    edited on both sides, or edited on one and removed on the other)."""
    was_, mine_, theirs_ = _items(was), _items(mine), _items(theirs)
    removed_here = {item for item in was_ if item not in mine_}
    removed_there = {item for item in was_ if item not in theirs_}
    added_here = {item for item in mine_ if item not in was_}
    added_there = {item for item in theirs_ if item not in was_}
    if removed_here & removed_there and added_here != added_there:
        return None
    kept = [item for item in mine_ if item not in removed_there]
    return tuple(kept + [item for item in theirs_ if item in added_there and item not in mine_])


class Adapter(abc.ABC):
    """The kind-specific half of a sync. `fields` name the values compared and merged;
    `list_fields` merge item by item; `own_fields` are ours alone (other programs may drop
    them: absent means "no opinion", never "cleared")."""

    kind: Kind
    column: Column  # the SyncItem column: contact | event
    token_column: str  # the SyncAccount column that keeps the sync token
    what: str  # contacts | events, for messages
    fields: tuple[str, ...]
    list_fields: tuple[str, ...] = ()
    own_fields: tuple[str, ...] = ()
    labels: dict[str, str]

    def take_dropped(self) -> int:
        """How many parts of the item the last write dropped besides (see Report.dropped)."""
        return 0

    @abc.abstractmethod
    def load_all(self) -> dict[int, tuple[Any, Fields]]:
        """Every local item: id -> (the row the writers take, its fields)."""

    @abc.abstractmethod
    def load_one(self, item_id: int) -> Fields:
        """One local item's fields."""

    @abc.abstractmethod
    def read(self, texts: dict[str, str]) -> dict[str, Fields | str]:
        """href -> the server item's fields, or why it cannot be one of ours."""

    @abc.abstractmethod
    def new_text(self, local: Any, fields: Fields, uid: str) -> str:
        """The whole text of an item the server has not seen."""

    @abc.abstractmethod
    def updated_text(self, server: str, local: Any, fields: Fields, changed: list[str]) -> str:
        """The server's text with the properties of the `changed` fields replaced by ours."""

    @abc.abstractmethod
    def write(self, item_id: int | None, fields: Fields, current: Fields | None) -> int:
        """Create (item_id None) or change one local item; returns its id."""

    @abc.abstractmethod
    def delete(self, item_id: int) -> None:
        """Delete one local item."""

    @abc.abstractmethod
    def name(self, fields: Fields) -> str:
        """What the log calls the item."""

    def keys(self, fields: Fields) -> list[str]:
        """What identifies the same item on both sides before their first sync."""
        return []

    def fingerprint(self, fields: Fields) -> str:
        """A short digest: a changed digest is a local change."""
        text = repr([fields.get(name) for name in self.fields])
        return hashlib.sha1(text.encode()).hexdigest()

    def merge(self, base: Fields | None, local: Fields, remote: Fields) -> tuple[Fields, Fields]:
        """Three-way merge, field by field: (merged, the server's values that lost).

        A field changed on one side only takes that side's value; list fields merge item by
        item (merge_list); a field changed on both sides keeps the local value and returns
        the server's. Without a base (first sync, the same item on both sides) an empty side
        takes the other's value."""
        merged: Fields = {}
        lost: Fields = {}
        for name in self.fields:
            value, theirs_won = self._merge_field(name, base, local, remote)
            merged[name] = value
            if theirs_won is not None:
                lost[name] = theirs_won
        return merged, lost

    def _merge_field(
        self, name: str, base: Fields | None, local: Fields, remote: Fields
    ) -> tuple[object, object]:
        """(the merged value, the server's value when it conflicts, else None)."""
        mine, theirs = local.get(name), remote.get(name)
        was = (base or {}).get(name)
        if theirs is None or mine == theirs:
            return mine, None
        if name in self.list_fields:
            merged = merge_list(was, mine, theirs)
            return (mine, theirs) if merged is None else (merged, None)
        if theirs == was or (not base and not theirs):
            return mine, None
        if mine == was or (not base and not mine):
            return theirs, None
        return mine, theirs

    def shown(self, value: object) -> str:
        """A field's value as one line of text (a list's values joined)."""
        if isinstance(value, tuple):
            return ", ".join(v if isinstance(v, str) else str(v[0]) for v in value)
        return "" if value is None else str(value)

    def conflict_note(self, lost: Fields) -> str:
        parts = [f"{self.labels[name]}: {self.shown(value)}" for name, value in lost.items()]
        return flag_note("kept this version; the server had " + "; ".join(parts))

    def with_note(self, fields: Fields, note: str) -> Fields:
        fields = dict(fields)
        fields["notes"] = f"{fields['notes']}\n{note}".strip()
        return fields


def flag_note(text: str) -> str:
    return f"[sync {date.today().isoformat()}] {text}"


@dataclass(frozen=True)
class Incoming:
    """One server item being brought in: its address, ETag, text and fields, and what we
    knew of it (None: never seen)."""

    href: str
    etag: str
    text: str
    fields: Fields
    item: SyncItem | None


class TwoWaySync:
    def __init__(
        self,
        dav: Dav,
        account: SyncAccount,
        collection: str,
        adapter: Adapter,
        allow_deletes: bool = False,
        progress: Progress = quiet,
        recorder: Recorder | None = None,
        collect: bool = False,
    ) -> None:
        self.dav = dav
        self.account = account
        self.collection = collection
        self.adapter = adapter
        self.allow_deletes = allow_deletes
        self.progress = progress
        self.report = Report()
        self._confirmed: list[Confirmed] = []
        self.recorder = recorder  # undo.Recorder: told before each local write
        self.collect = collect  # conflicts also go into report.open_conflicts, to be decided

    def _write(self, local_id: int | None, fields: Fields, current: Fields | None) -> int:
        if self.recorder is not None:
            self.recorder.about_to_change(self.adapter.column, local_id)
        written = self.adapter.write(local_id, fields, current)
        if dropped := self.adapter.take_dropped():
            self.report.dropped += dropped
            self.report.log.append(
                f"in: {self.adapter.name(fields)}: removed {dropped} changed occurrence(s) or "
                "record(s) of who was met that the new schedule no longer has"
            )
        if self.recorder is not None and local_id is None:
            self.recorder.created(self.adapter.column, written)
        return written

    def _delete(self, local_id: int) -> None:
        if self.recorder is not None:
            self.recorder.about_to_change(self.adapter.column, local_id)
        self.adapter.delete(local_id)

    def _linked(self, item: SyncItem) -> int | None:
        """SyncItem's contact_id or event_id."""
        linked: int | None = getattr(item, f"{self.adapter.column}_id")
        return linked

    def _linked_id(self, item: SyncItem) -> int:
        """The local id of an item known to be linked."""
        local_id = self._linked(item)
        assert local_id is not None, item.href
        return local_id

    def run(self) -> Report:
        token = getattr(self.account, self.adapter.token_column)
        listing = self.dav.changes(self.collection, token)
        items = state.items(self.account.id, self.adapter.column)
        if listing.full:  # everything listed: what we know and the server lacks is gone
            # (but for addresses reserved and never confirmed: they are still to be sent)
            listing.deleted |= {
                href for href, item in items.items() if href not in listing.changed and item.etag
            }
        wanted = [
            href
            for href, etag in listing.changed.items()
            if href not in items or items[href].etag != etag
        ]
        deleted = [href for href in listing.deleted if href in items]
        self._check_deletions(items, deleted)
        self._bring_in(wanted, items)
        self._apply_deletions(deleted)
        self._send_out(None if wanted or deleted else items)
        state.finish(self.account.id, self.adapter.token_column, listing.token)
        return self.report

    # --- in -------------------------------------------------------------------------------

    def _check_deletions(self, items: dict[str, SyncItem], deleted: list[str]) -> None:
        linked = [item for item in items.values() if self._linked(item) is not None]
        count = sum(1 for href in deleted if self._linked(items[href]) is not None)
        too_many = count > MANY_DELETIONS or (count > 1 and count * 5 > len(linked))
        if too_many and not self.allow_deletes:
            raise TooManyDeletions(count, len(linked), self.adapter.what)

    def _bring_in(self, hrefs: list[str], items: dict[str, SyncItem]) -> None:
        if not hrefs:
            return
        done = 0
        # Read once: each href comes once, so no item meets a row an earlier batch wrote.
        local = self.adapter.load_all()
        unlinked = self._unlinked_keys(local)
        for start in range(0, len(hrefs), BATCH):
            chunk = hrefs[start : start + BATCH]
            fetched = self.dav.fetch(self.collection, self.adapter.kind, chunk)
            parsed = self.adapter.read({href: text for href, (_, text) in fetched.items()})
            with db.atomic():
                for href, (etag, text) in fetched.items():
                    self._one_in(href, etag, text, parsed[href], items.get(href), local, unlinked)
            done += len(chunk)
            self.progress("in", done, len(hrefs))

    def _unlinked_keys(self, local: dict[int, tuple[Any, Fields]]) -> dict[str, int]:
        column = getattr(SyncItem, self.adapter.column)
        rows: Any = (
            SyncItem.select(column)
            .where((SyncItem.account == self.account.id) & column.is_null(False))
            .tuples()
        )
        linked = {row[0] for row in rows}
        return {
            key: local_id
            for local_id, (_, fields) in local.items()
            if local_id not in linked
            for key in self.adapter.keys(fields)
        }

    def _one_in(
        self,
        href: str,
        etag: str,
        text: str,
        remote: Fields | str,
        item: SyncItem | None,
        local: dict[int, tuple[Any, Fields]],
        unlinked: dict[str, int],
    ) -> None:
        if not isinstance(remote, str):
            try:
                with db.atomic():  # one item's trouble must not undo the batch
                    self._apply_one(Incoming(href, etag, text, remote, item), local, unlinked)
                return
            except InvalidValue as refused:
                remote = str(refused)
        self.report.log.append(f"skipped {href}: {remote}")
        if item is None or self._linked(item) is None:  # never stored here: remember why
            self._record(Incoming(href, etag, text, {}, item), None, state.SKIPPED)

    def _apply_one(
        self, incoming: Incoming, local: dict[int, tuple[Any, Fields]], unlinked: dict[str, int]
    ) -> None:
        item = incoming.item
        local_id = None if item is None else self._linked(item)
        if item is not None and local_id is None and item.local_hash != state.SKIPPED:
            self._deleted_here(incoming)
            return
        base: Fields | None = None  # None: the same item on both sides before their first sync
        if local_id is None:
            local_id = self._same_item(incoming.fields, unlinked)
            if local_id is None:
                self._new_in(incoming)
                return
        else:
            base = self._base(incoming)
        self._merge_in(incoming, local_id, local[local_id][1], base)

    def _deleted_here(self, incoming: Incoming) -> None:
        """Deleted here, changed on the server: kept, flagged, and sent out again."""
        note = flag_note("deleted here, changed on the server: kept")
        local_id = self._write(None, self.adapter.with_note(incoming.fields, note), None)
        self.report.conflicts += 1
        self.report.log.append(
            f"kept {self.adapter.name(incoming.fields)}: deleted here, changed on the server"
        )
        self._after_write(incoming, local_id, upload=True)

    def _same_item(self, remote: Fields, unlinked: dict[str, int]) -> int | None:
        for key in self.adapter.keys(remote):
            local_id = unlinked.pop(key, None)
            if local_id is not None:
                return local_id
        return None

    def _new_in(self, incoming: Incoming) -> None:
        local_id = self._write(None, incoming.fields, None)
        self.report.log.append(f"in: new {self.adapter.name(incoming.fields)}")
        self._after_write(incoming, local_id, upload=False)

    def _base(self, incoming: Incoming) -> Fields | None:
        """The fields both sides last agreed on (None when unknown)."""
        agreed = state.base_of(incoming.item)
        if not agreed:
            return None
        base = self.adapter.read({incoming.href: agreed}).get(incoming.href)
        return base if isinstance(base, dict) else None

    def _merge_in(
        self, incoming: Incoming, local_id: int, mine: Fields, base: Fields | None
    ) -> None:
        adapter, remote, item = self.adapter, incoming.fields, incoming.item
        changed_here = item is None or adapter.fingerprint(mine) != item.local_hash
        if changed_here:
            merged, lost = adapter.merge(base, mine, remote)
        else:
            merged, lost = dict(remote), {}
            for name in adapter.own_fields:  # absent from the server's copy: keep ours
                if merged.get(name) is None:
                    merged[name] = mine[name]
        if lost:
            merged = self._conflict(local_id, merged, lost)
        self._write(local_id, merged, mine)
        if merged != mine:
            self.report.log.append(f"in: changed {adapter.name(merged)}")
        # Send ours when it differs from the server's copy; our own fields the server's copy
        # lacks only when they changed here (no rewriting other programs' items for nothing).
        upload = any(
            merged[name] != remote.get(name)
            for name in adapter.fields
            if remote.get(name) is not None or (changed_here and merged[name])
        )
        self._after_write(incoming, local_id, upload)

    def _conflict(self, local_id: int, merged: Fields, lost: Fields) -> Fields:
        """Fields changed on both sides: ours is kept and the server's goes into the notes;
        when collecting, the conflict also waits in the report for the user's choice."""
        adapter = self.adapter
        note = adapter.conflict_note(lost)
        self.report.conflicts += 1
        if self.collect:
            fields = tuple(
                FieldConflict(name, merged[name], theirs) for name, theirs in lost.items()
            )
            self.report.open_conflicts.append(
                Conflict(adapter.column, local_id, adapter.name(merged), fields, note)
            )
        self.report.log.append(
            f"conflict on {adapter.name(merged)}: kept this version "
            f"({', '.join(adapter.labels[n] for n in lost)})"
        )
        return adapter.with_note(merged, note)

    def _after_write(self, incoming: Incoming, local_id: int, upload: bool) -> None:
        self.report.came_in += 1
        # upload: leave a fingerprint that cannot match, so step 4 sends our version
        self._record(incoming, local_id, "" if upload else None)

    def _record(self, incoming: Incoming, local_id: int | None, local_hash: str | None) -> None:
        if local_hash is None:
            assert local_id is not None
            local_hash = self.adapter.fingerprint(self.adapter.load_one(local_id))
        values = {
            "etag": incoming.etag,
            "base": incoming.text,
            self.adapter.column: local_id,
            "local_hash": local_hash,
        }
        if incoming.item is None:
            SyncItem.create(
                account=self.account.id, kind=self.adapter.column, href=incoming.href, **values
            )
        else:
            SyncItem.update(values).where(SyncItem.id == incoming.item.id).execute()

    def _apply_deletions(self, hrefs: list[str]) -> None:
        if not hrefs:
            return
        adapter = self.adapter
        local = adapter.load_all()
        with db.atomic():
            for href in hrefs:
                item = SyncItem.get_or_none(
                    (SyncItem.account == self.account.id) & (SyncItem.href == href)
                )
                if item is None:
                    continue
                local_id = self._linked(item)
                if local_id is not None and local_id in local:
                    self._deleted_there(local_id, local[local_id][1], item.local_hash)
                item.delete_instance()  # a kept item goes out again as a new one

    def _deleted_there(self, local_id: int, mine: Fields, agreed_hash: str) -> None:
        """Deleted on the server: deleted here too, unless changed here (then kept, flagged)."""
        adapter = self.adapter
        if adapter.fingerprint(mine) != agreed_hash:
            fields = adapter.with_note(mine, flag_note("deleted on the server, changed here: kept"))
            self._write(local_id, fields, mine)
            self.report.conflicts += 1
            self.report.log.append(
                f"kept {adapter.name(fields)}: deleted on the server, changed here"
            )
        else:
            self._delete(local_id)
            self.report.came_in += 1
            self.report.log.append(f"in: deleted {adapter.name(mine)}")

    # --- out ------------------------------------------------------------------------------

    def _send_out(self, items: dict[str, SyncItem] | None) -> None:
        """`items`: the account's items when nothing came in (no need to read them again)."""
        adapter = self.adapter
        items = items if items is not None else state.items(self.account.id, adapter.column)
        local = adapter.load_all()
        by_local = {self._linked(item): item for item in items.values() if self._linked(item)}
        gone = [
            item
            for item in items.values()
            if self._linked(item) is None and item.local_hash != state.SKIPPED
        ]
        new_ids = [local_id for local_id in local if local_id not in by_local]
        changed = [
            item
            for local_id, item in by_local.items()
            if local_id in local
            and (not item.etag or adapter.fingerprint(local[local_id][1]) != item.local_hash)
        ]
        total, done = len(gone) + len(new_ids) + len(changed), 0
        try:
            for item in gone:
                try:
                    self.dav.delete(self.collection, item.href, item.etag)
                except PreconditionFailed:  # changed there meanwhile: the next sync brings it
                    self.report.log.append(
                        f"not deleted on the server (changed there): {item.href}"
                    )
                    continue
                self._confirm(item.id)
                self.report.went_out += 1
                done += 1
                self.progress("out", done, total)
            pending = self._reserve(new_ids)
            for item in pending + changed:
                obj, fields = local[self._linked_id(item)]
                self._put(item, obj, fields)
                done += 1
                self.progress("out", done, total)
        finally:
            self._flush()

    def _confirm(self, what: Confirmed) -> None:
        """Record what the server confirmed, a few dozen at a time (a commit costs a disk
        flush). One lost in a crash is harmless: a DELETE is sent again (404 is fine), a PUT
        shows up in the next listing with the text we sent, so nothing is sent twice."""
        self._confirmed.append(what)
        if len(self._confirmed) >= CONFIRM_BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._confirmed:
            return
        with db.atomic():
            for what in self._confirmed:
                if isinstance(what, int):
                    SyncItem.delete().where(SyncItem.id == what).execute()
                else:
                    item_id, etag, text, local_hash = what
                    SyncItem.update(etag=etag, base=text, local_hash=local_hash).where(
                        SyncItem.id == item_id
                    ).execute()
        self._confirmed.clear()

    def _reserve(self, new_ids: list[int]) -> list[SyncItem]:
        """Addresses for new items, committed before anything is sent."""
        base = urlsplit(self.collection).path
        base = base if base.endswith("/") else base + "/"
        reserved = []
        with db.atomic():
            for local_id in new_ids:
                uid = f"networkcircles-{uuid.uuid4()}"
                reserved.append(
                    SyncItem.create(
                        account=self.account.id,
                        kind=self.adapter.column,
                        href=urljoin(base, uid + self.adapter.kind.suffix),
                        etag="",
                        base="",
                        local_hash="",
                        **{self.adapter.column: local_id},
                    )
                )
        return reserved

    def _put(self, item: SyncItem, obj: Any, fields: Fields) -> None:
        adapter = self.adapter
        for _attempt in range(RETRIES):
            agreed = state.base_of(item)
            if agreed:
                base = adapter.read({item.href: agreed}).get(item.href)
                changed = [
                    name
                    for name in adapter.fields
                    if not isinstance(base, dict) or base.get(name) != fields[name]
                ]
                text = adapter.updated_text(agreed, obj, fields, changed)
            else:
                uid = item.href.rsplit("/", 1)[-1].removesuffix(adapter.kind.suffix)
                text = adapter.new_text(obj, fields, uid)
            try:
                etag = self.dav.put(
                    self.collection, item.href, text, adapter.kind, item.etag or None
                )
            except PreconditionFailed:
                fresh = self._refetch(item)
                if fresh is None:
                    return
                item = fresh
                obj, fields = adapter.load_all()[self._linked_id(item)]
                continue
            if not etag:
                etag = self.dav.fetch(self.collection, adapter.kind, [item.href]).get(
                    item.href, ("", "")
                )[0]
            self._confirm((item.id, etag, text, adapter.fingerprint(fields)))
            self.report.went_out += 1
            self.report.log.append(f"out: {adapter.name(fields)}")
            return
        self.report.log.append(f"gave up sending {adapter.name(fields)}: it keeps changing there")

    def _refetch(self, item: SyncItem) -> SyncItem | None:
        """After a 412: bring the server's version in (merging), and return the fresh item."""
        fetched = self.dav.fetch(self.collection, self.adapter.kind, [item.href])
        if item.href not in fetched:  # deleted there meanwhile: send ours as new
            with db.atomic():
                SyncItem.update(etag="", base="").where(SyncItem.id == item.id).execute()
            return SyncItem.get_by_id(item.id)
        etag, text = fetched[item.href]
        parsed = self.adapter.read({item.href: text})
        local = self.adapter.load_all()
        with db.atomic():
            self._one_in(item.href, etag, text, parsed[item.href], item, local, {})
        fresh = SyncItem.get_by_id(item.id)
        local_id = self._linked(fresh)
        if local_id is None or fresh.local_hash == self.adapter.fingerprint(
            self.adapter.load_one(local_id)
        ):
            return None  # nothing of ours left to send
        return fresh
