"""Two-way sync of the contacts with one CardDAV address book.

The order makes every interruption safe to resume:
1. list what changed on the server (one sync-collection REPORT);
2. bring the server's changes in, one local transaction per batch, each item recorded with
   its ETag and text in the same transaction (a rerun skips what is already in);
3. deletions on the server (refused when there are many, unless allowed);
4. send local deletions, new and changed contacts out. A new contact's address is recorded
   (committed) before its PUT, which says If-None-Match: *, so a sync killed between the PUT
   and the record finds the card on the server next time instead of uploading it twice;
   a changed one says If-Match: its ETag, and a 412 fetches the server's version, merges and
   tries again;
5. the server's sync token is kept last: a sync that stopped early lists the same changes again.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from networkcircles.services import contacts, reliability
from networkcircles.services.errors import InvalidValue
from networkcircles.store.db import db
from networkcircles.store.models import SyncAccount, SyncItem
from networkcircles.store.queries import ContactDetails, Labelled
from networkcircles.store.seed import CIRCLE_KEYS
from networkcircles.sync import cards, state
from networkcircles.sync.cards import FIELDS, LIST_FIELDS, Fields
from networkcircles.sync.dav import CONTACTS, Dav, PreconditionFailed

BATCH = 200  # server items per local transaction
MANY_DELETIONS = 10  # more than this many deletions from the server (or a fifth) must be allowed
RETRIES = 3  # PUTs that meet a 412: fetch, merge, try again
CONFIRM_BATCH = 50  # server confirmations recorded per local transaction

_LABELS = {"name": "name", "emails": "e-mails", "phones": "phones",
           "organization": "organisation", "role": "role", "address": "address",
           "website": "website", "linkedin": "LinkedIn", "notes": "notes", "tags": "tags",
           "how_known": "how known", "circle": "circle", "reliability": "reliability"}  # fmt: skip


class TooManyDeletions(Exception):
    """The server deleted many synced contacts at once (an emptied address book?)."""

    def __init__(self, count: int, total: int) -> None:
        super().__init__(f"the server deleted {count} of {total} synced contacts")
        self.count = count
        self.total = total


@dataclass
class Report:
    """What one sync did: in (written here), out (written on the server), conflicts."""

    came_in: int = 0
    went_out: int = 0
    conflicts: int = 0
    log: list[str] = field(default_factory=list)
    changed_ids: set[int] = field(default_factory=set)  # contacts written here
    requests: int = 0  # HTTP requests made

    def add(self, other: "Report") -> None:
        self.came_in += other.came_in
        self.went_out += other.went_out
        self.conflicts += other.conflicts
        self.log += other.log
        self.changed_ids |= other.changed_ids


Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _quiet(stage: str, done: int, total: int) -> None:
    pass


def merge(base: Fields | None, local: Fields, remote: Fields) -> tuple[Fields, Fields]:
    """Three-way merge, field by field: (merged, the server's values that lost).

    A field changed on one side only takes that side's value; lists (e-mails, phones, tags)
    merge item by item and never conflict; a field changed on both sides keeps the local
    value and returns the server's. Without a base (first sync, matched by e-mail) an empty
    side takes the other's value."""
    base = base or {}
    merged: Fields = {}
    lost: Fields = {}
    for name in FIELDS:
        mine, theirs, was = local.get(name), remote.get(name), base.get(name)
        if theirs is None or mine == theirs:
            merged[name] = mine
        elif name in LIST_FIELDS:
            was = was or ()
            kept = [item for item in mine if not (item in was and item not in theirs)]
            merged[name] = tuple(kept + [i for i in theirs if i not in was and i not in mine])
        elif theirs == was or (not base and not theirs):
            merged[name] = mine
        elif mine == was or (not base and not mine):
            merged[name] = theirs
        else:
            merged[name] = mine
            lost[name] = theirs
    return merged, lost


def _conflict_note(lost: Fields) -> str:
    parts = []
    for name, value in lost.items():
        if isinstance(value, tuple):
            value = ", ".join(v if isinstance(v, str) else v[0] for v in value)
        parts.append(f"{_LABELS[name]}: {value}")
    return f"[sync {date.today().isoformat()}] kept this version; the server had " + "; ".join(
        parts
    )


def _flag_note(text: str) -> str:
    return f"[sync {date.today().isoformat()}] {text}"


def _with_note(fields: Fields, note: str) -> Fields:
    fields = dict(fields)
    fields["notes"] = f"{fields['notes']}\n{note}".strip()
    return fields


def _changes(fields: Fields, current: Fields | None) -> dict:
    """update()'s arguments for the fields that differ from `current`."""
    changes: dict = {}
    for name in FIELDS:
        value = fields.get(name)
        if value is None or (current is not None and current.get(name) == value):
            continue
        if name in ("emails", "phones"):
            changes[name] = [Labelled(v, label) for v, label in value]
        elif name == "tags":
            changes["tags"] = ", ".join(value)
        elif name == "circle":
            if value == "" or value in CIRCLE_KEYS:
                changes["circle_key"] = value or None
        elif name != "reliability":
            changes[name] = value
    return changes


def write_local(contact_id: int | None, fields: Fields, current: Fields | None) -> int:
    """Create or change one contact to `fields` (inside the caller's transaction)."""
    changes = _changes(fields, current)
    if contact_id is None:
        name = changes.pop("name")
        circle = changes.pop("circle_key", None)
        contact_id = contacts.create(name, circle, changes.pop("emails", ()),
                                     changes.pop("phones", ()), **changes)  # fmt: skip
    elif changes:
        contacts.update(contact_id, changes)
    wanted = fields.get("reliability")
    if wanted is not None and (current is None or current.get("reliability") != wanted):
        reliability.set_answers(contact_id, cards.reliability_answers(wanted))
    return contact_id


class ContactsSync:
    def __init__(self, dav: Dav, account: SyncAccount, allow_deletes: bool = False,
                 progress: Progress = _quiet) -> None:  # fmt: skip
        self.dav = dav
        self.account = account
        self.collection = account.addressbook_url
        self.allow_deletes = allow_deletes
        self.progress = progress
        self.report = Report()
        self._confirmed: list[tuple] = []

    def run(self) -> Report:
        listing = self.dav.changes(self.collection, self.account.addressbook_token)
        items = state.items(self.account.id, "contact")
        if listing.full:  # everything listed: what we know and the server lacks is gone
            # (but for addresses reserved and never confirmed: they are still to be sent)
            listing.deleted |= {href for href, item in items.items()
                                if href not in listing.changed and item.etag}  # fmt: skip
        wanted = [href for href, etag in listing.changed.items()
                  if href not in items or items[href].etag != etag]  # fmt: skip
        deleted = [href for href in listing.deleted if href in items]
        self._check_deletions(items, deleted)
        self._bring_in(wanted, items)
        self._apply_deletions(deleted)
        self._send_out()
        state.finish(self.account.id, "addressbook_token", listing.token)
        return self.report

    # --- in -------------------------------------------------------------------------------

    def _check_deletions(self, items: dict[str, SyncItem], deleted: list[str]) -> None:
        linked = [item for item in items.values() if item.contact_id is not None]
        count = sum(1 for href in deleted if items[href].contact_id is not None)
        too_many = count > MANY_DELETIONS or (count > 1 and count * 5 > len(linked))
        if too_many and not self.allow_deletes:
            raise TooManyDeletions(count, len(linked))

    def _bring_in(self, hrefs: list[str], items: dict[str, SyncItem]) -> None:
        done = 0
        for start in range(0, len(hrefs), BATCH):
            chunk = hrefs[start : start + BATCH]
            fetched = self.dav.fetch(self.collection, CONTACTS, chunk)
            parsed = cards.read_cards({href: text for href, (_, text) in fetched.items()})
            local = state.local_contacts()
            by_email = self._unlinked_emails(local)
            with db.atomic():
                for href, (etag, text) in fetched.items():
                    self._one_in(href, etag, text, parsed[href], items.get(href), local,
                                 by_email)  # fmt: skip
            done += len(chunk)
            self.progress("in", done, len(hrefs))

    def _unlinked_emails(self, local) -> dict[str, int]:
        linked = {row.contact_id for row in SyncItem.select(SyncItem.contact).where(
            (SyncItem.account == self.account.id) & SyncItem.contact.is_null(False))}  # fmt: skip
        return {
            address.lower(): contact_id
            for contact_id, (_, fields) in local.items()
            if contact_id not in linked
            for address, _ in fields["emails"]
        }

    def _one_in(self, href, etag, text, remote, item, local, by_email) -> None:
        if not isinstance(remote, str):
            try:
                with db.atomic():  # one card's trouble must not undo the batch
                    self._apply_one(href, etag, text, remote, item, local, by_email)
                return
            except InvalidValue as refused:
                remote = str(refused)
        self.report.log.append(f"skipped {href}: {remote}")
        if item is None or item.contact_id is None:  # never a contact here: remember why
            self._record(item, href, etag, text, None, state.SKIPPED)

    def _apply_one(self, href, etag, text, remote: Fields, item, local, by_email) -> None:
        contact_id = None if item is None else item.contact_id
        if item is not None and contact_id is None and item.local_hash != state.SKIPPED:
            fields = _with_note(remote, _flag_note("deleted here, changed on the server: kept"))
            contact_id = write_local(None, fields, None)
            self.report.conflicts += 1
            self.report.log.append(f"kept {remote['name']}: deleted here, changed on the server")
            self._after_write(item, href, etag, text, contact_id, fields, upload=True)
            return
        if contact_id is None:
            for address, _ in remote["emails"]:
                contact_id = by_email.pop(address.lower(), None)
                if contact_id is not None:
                    break
            if contact_id is None:
                contact_id = write_local(None, remote, None)
                self.report.log.append(f"in: new {remote['name']}")
                self._after_write(item, href, etag, text, contact_id, remote, upload=False)
                return
            base = None  # the same person on both sides before their first sync
        else:
            base = None if not item.base else cards.read_cards({href: item.base}).get(href)
            base = base if isinstance(base, dict) else None
        mine = local[contact_id][1]
        if item is not None and cards.fingerprint(mine) == item.local_hash:
            merged, lost = dict(remote), {}
            for name in cards.OWN_FIELDS:  # absent from the server's card: keep ours
                if merged.get(name) is None:
                    merged[name] = mine[name]
        else:
            merged, lost = merge(base, mine, remote)
        if lost:
            merged = _with_note(merged, _conflict_note(lost))
            self.report.conflicts += 1
            self.report.log.append(f"conflict on {merged['name']}: kept this version "
                                   f"({', '.join(_LABELS[n] for n in lost)})")  # fmt: skip
        write_local(contact_id, merged, mine)
        if merged != mine:
            self.report.log.append(f"in: changed {merged['name']}")
        upload = any(merged[name] != remote.get(name) for name in FIELDS
                     if remote.get(name) is not None or merged[name])  # fmt: skip
        self._after_write(item, href, etag, text, contact_id, merged, upload)

    def _after_write(self, item, href, etag, text, contact_id, fields, upload) -> None:
        self.report.came_in += 1
        self.report.changed_ids.add(contact_id)
        # upload: leave a fingerprint that cannot match, so step 4 sends our version
        self._record(item, href, etag, text, contact_id, "" if upload else None)

    def _record(self, item, href, etag, text, contact_id, local_hash) -> None:
        if local_hash is None:
            local_hash = cards.fingerprint(state.local_contacts_one(contact_id))
        values = {"etag": etag, "base": text, "contact": contact_id, "local_hash": local_hash}
        if item is None:
            SyncItem.create(account=self.account.id, kind="contact", href=href, **values)
        else:
            SyncItem.update(values).where(SyncItem.id == item.id).execute()

    def _apply_deletions(self, hrefs: list[str]) -> None:
        if not hrefs:
            return
        local = state.local_contacts()
        with db.atomic():
            for href in hrefs:
                item = SyncItem.get_or_none((SyncItem.account == self.account.id)
                                            & (SyncItem.href == href))  # fmt: skip
                if item is None:
                    continue
                entry = local.get(item.contact_id) if item.contact_id is not None else None
                if entry is not None and cards.fingerprint(entry[1]) != item.local_hash:
                    fields = _with_note(entry[1], _flag_note("deleted on the server, changed "
                                                             "here: kept"))  # fmt: skip
                    write_local(item.contact_id, fields, entry[1])
                    self.report.conflicts += 1
                    self.report.log.append(f"kept {fields['name']}: deleted on the server, "
                                           "changed here")  # fmt: skip
                elif entry is not None:
                    contacts.delete(item.contact_id)
                    self.report.came_in += 1
                    self.report.changed_ids.add(item.contact_id)
                    self.report.log.append(f"in: deleted {entry[1]['name']}")
                item.delete_instance()  # a kept contact goes out again as a new card

    # --- out ------------------------------------------------------------------------------

    def _send_out(self) -> None:
        items = state.items(self.account.id, "contact")
        local = state.local_contacts()
        by_contact = {item.contact_id: item for item in items.values() if item.contact_id}
        gone = [item for item in items.values()
                if item.contact_id is None and item.local_hash != state.SKIPPED]  # fmt: skip
        new_ids = [contact_id for contact_id in local if contact_id not in by_contact]
        changed = [item for item in by_contact.values()
                   if item.contact_id in local
                   and (not item.etag or cards.fingerprint(local[item.contact_id][1])
                        != item.local_hash)]  # fmt: skip
        total, done = len(gone) + len(new_ids) + len(changed), 0
        try:
            for item in gone:
                try:
                    self.dav.delete(self.collection, item.href, item.etag)
                except PreconditionFailed:  # changed there meanwhile: the next sync brings it
                    self.report.log.append(f"not deleted on the server (changed there): "
                                           f"{item.href}")  # fmt: skip
                    continue
                self._confirm(("delete", item.id))
                self.report.went_out += 1
                done += 1
                self.progress("out", done, total)
            pending = self._reserve(new_ids, local)
            for item in pending + changed:
                details, fields = local[item.contact_id]
                self._put(item, details, fields)
                done += 1
                self.progress("out", done, total)
        finally:
            self._flush()

    def _confirm(self, what: tuple) -> None:
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
                if what[0] == "delete":
                    SyncItem.delete_by_id(what[1])
                else:
                    _, item_id, etag, text, local_hash = what
                    SyncItem.update(etag=etag, base=text, local_hash=local_hash).where(
                        SyncItem.id == item_id
                    ).execute()
        self._confirmed.clear()

    def _reserve(self, new_ids: list[int], local) -> list[SyncItem]:
        """Addresses for new contacts, committed before anything is sent."""
        base = urlsplit(self.collection).path
        reserved = []
        with db.atomic():
            for contact_id in new_ids:
                uid = f"networkcircles-{uuid.uuid4()}"
                reserved.append(SyncItem.create(
                    account=self.account.id, kind="contact", contact=contact_id,
                    href=urljoin(base if base.endswith("/") else base + "/", uid + ".vcf"),
                    etag="", base="", local_hash="",
                ))  # fmt: skip
        return reserved

    def _put(self, item: SyncItem, details: ContactDetails, fields: Fields) -> None:
        for _attempt in range(RETRIES):
            if item.base:
                base = cards.read_cards({item.href: item.base}).get(item.href)
                changed = [name for name in FIELDS if not isinstance(base, dict)
                           or base.get(name) != fields[name]]  # fmt: skip
                text = cards.updated_card(item.base, details, fields, changed)
            else:
                uid = item.href.rsplit("/", 1)[-1].removesuffix(".vcf")
                text = cards.new_card(details, fields, uid)
            try:
                etag = self.dav.put(self.collection, item.href, text, CONTACTS, item.etag or None)
            except PreconditionFailed:
                item = self._refetch(item)
                if item is None:
                    return
                details, fields = state.local_contacts()[item.contact_id]
                continue
            if not etag:
                etag = self.dav.fetch(self.collection, CONTACTS, [item.href]).get(
                    item.href, ("", ""))[0]  # fmt: skip
            self._confirm(("put", item.id, etag, text, cards.fingerprint(fields)))
            self.report.went_out += 1
            self.report.log.append(f"out: {fields['name']}")
            return
        self.report.log.append(f"gave up sending {fields['name']}: it keeps changing there")

    def _refetch(self, item: SyncItem) -> SyncItem | None:
        """After a 412: bring the server's version in (merging), and return the fresh item."""
        fetched = self.dav.fetch(self.collection, CONTACTS, [item.href])
        if item.href not in fetched:  # deleted there meanwhile: send ours as new
            with db.atomic():
                SyncItem.update(etag="", base="").where(SyncItem.id == item.id).execute()
            return SyncItem.get_by_id(item.id)
        etag, text = fetched[item.href]
        parsed = cards.read_cards({item.href: text})
        local = state.local_contacts()
        with db.atomic():
            self._one_in(item.href, etag, text, parsed[item.href], item, local, {})
        fresh = SyncItem.get_by_id(item.id)
        if fresh.contact_id is None or fresh.local_hash == cards.fingerprint(
            state.local_contacts_one(fresh.contact_id)
        ):
            return None  # nothing of ours left to send
        return fresh
