"""One sync of one account: find its collections (once), then contacts and events both ways."""

from networkcircles.store.models import SyncAccount
from networkcircles.sync import state
from networkcircles.sync.contacts_sync import ContactsSync, Progress, Report, _quiet
from networkcircles.sync.dav import CONTACTS, Dav


def sync(url: str, user: str, password: str, allow_deletes: bool = False,
         progress: Progress = _quiet) -> Report:  # fmt: skip
    """Sync the open store with the account at `url` (a server's address or a collection's).

    Raises dav.SyncError kinds (unreachable, refused, server failure), and
    contacts_sync.TooManyDeletions when the server deleted many contacts and `allow_deletes`
    is False; in every case what was already done is committed and consistent."""
    account = state.account(url, user)
    dav = Dav(url, user, password)
    try:
        if not account.addressbook_url:
            found = dav.find_collection(CONTACTS)
            SyncAccount.update(addressbook_url=found).where(SyncAccount.id == account.id).execute()
            account = SyncAccount.get_by_id(account.id)
        report = ContactsSync(dav, account, allow_deletes, progress).run()
        report.requests = dav.requests
        return report
    finally:
        dav.close()
