"""Why a sync stopped, as types the window can word without loading the sync machinery
(caldav and its calendar library cost start-up time the first paint does not need)."""


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
