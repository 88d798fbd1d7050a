"""Why a sync stopped, as types the window can word without loading the sync machinery
(caldav and its calendar library cost start-up time the first paint does not need)."""

from typing import ClassVar

ENVIRONMENT = "NETWORKCIRCLES_PASSWORD"  # the password for scripts, instead of the keyring


class SyncError(Exception):
    """A sync could not go on. `reason` is plain English for the log and the command line."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class ServerUnreachable(SyncError):
    pass


class NotAuthorized(SyncError):
    pass


class ServerFailed(SyncError):
    """An answer the sync cannot use: a 5xx, or a status no step expects."""

    def __init__(self, url: str, method: str, status: int) -> None:
        super().__init__(url, f"the server answered {method} with status {status}")
        self.method = method
        self.status = status


class NoCollection(SyncError):
    pass


class NoPassword(Exception):
    """No password for this account. `kind` says why (a key of REASONS: the window words it),
    `reason` says how to give one, in English (the command line, the logs); `detail` is
    what the keyring said, if it failed."""

    REASONS: ClassVar[dict[str, str]] = {
        "keyring_unusable": (
            "the system keyring cannot be used ({detail}); set {variable} to the password instead"
        ),
        "not_in_keyring": (
            "no password for {user} at {url} in the system keyring; "
            "add the account in the window or set {variable}"
        ),
        "keyring_cannot_keep": (
            "the system keyring cannot keep the password ({detail}); "
            "set {variable} before starting networkcircles"
        ),
    }

    def __init__(self, url: str, user: str, kind: str, detail: str = "") -> None:
        self.url = url
        self.user = user
        self.kind = kind
        self.detail = detail
        self.reason = self.REASONS[kind].format(
            url=url, user=user, detail=detail, variable=ENVIRONMENT
        )
        super().__init__(self.reason)
