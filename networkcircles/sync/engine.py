"""One sync of one account: find its collections (once), then contacts and events both ways."""

import contextlib

from networkcircles.store.models import SyncAccount
from networkcircles.sync import state
from networkcircles.sync.contacts_sync import ContactsAdapter
from networkcircles.sync.dav import CONTACTS, EVENTS, Dav, normal_url
from networkcircles.sync.errors import NoCollection
from networkcircles.sync.events_sync import EventsAdapter
from networkcircles.sync.twoway import Progress, Report, TwoWaySync, quiet
from networkcircles.sync.undo import Recorder


def _collections(dav: Dav, account: SyncAccount) -> SyncAccount:
    """An address book's or a calendar's own URL syncs that collection alone; a server's
    address finds both (and creates them when the user has none)."""
    if account.addressbook_url or account.calendar_url:
        return account
    found = {}
    if dav.is_collection(dav.url, CONTACTS):
        found["addressbook_url"] = dav.url
    elif dav.is_collection(dav.url, EVENTS):
        found["calendar_url"] = dav.url
    else:
        found["addressbook_url"] = dav.find_collection(CONTACTS)
        with contextlib.suppress(NoCollection):  # an address book alone: CardDAV only
            found["calendar_url"] = dav.find_collection(EVENTS)
    SyncAccount.update(found).where(SyncAccount.id == account.id).execute()
    return SyncAccount.get_by_id(account.id)


def sync(
    url: str,
    user: str,
    password: str,
    allow_deletes: bool = False,
    progress: Progress = quiet,
    undoable: bool = False,
    collect_conflicts: bool = False,
    recorder: Recorder | None = None,
) -> Report:
    """Sync the open store with the account at `url` (a server's address or a collection's).

    Raises sync.errors.SyncError kinds (unreachable, refused, server failure), and
    twoway.TooManyDeletions when the server deleted many items and `allow_deletes` is False;
    in every case what was already done is committed and consistent. `undoable`: the report
    carries a SyncUndo of what this sync wrote here (the window's undo step), and the Recorder
    that made it (asked again once conflicts are decided: one step). `collect_conflicts`: the
    conflicts also wait in report.open_conflicts for the user (sync/conflicts.py); either way
    this network's version is kept for now and the server's goes into the notes.
    `recorder` (made with Recorder.start() before the call, implies `undoable`): the caller's
    own, so that a sync that raises part way can still make an undo step of what it wrote
    (recorder.finish())."""
    url = normal_url(url)
    account = state.account(url, user)
    dav = Dav(url, user, password)
    try:
        account = _collections(dav, account)
        report = Report()
        if recorder is None and undoable:
            recorder = Recorder.start()
        for collection, adapter in (
            (account.addressbook_url, ContactsAdapter()),
            (account.calendar_url, EventsAdapter()),
        ):
            if collection:
                report.add(
                    TwoWaySync(
                        dav,
                        account,
                        collection,
                        adapter,
                        allow_deletes,
                        progress,
                        recorder,
                        collect_conflicts,
                    ).run()
                )
                account = SyncAccount.get_by_id(account.id)
        report.requests = dav.requests
        report.recorder = recorder
        report.undo = None if recorder is None else recorder.finish()
        return report
    finally:
        dav.close()
