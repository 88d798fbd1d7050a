"""Typed errors of the services: they carry data, and the ui words them."""

# A value was refused; nothing was written. Defined below the services, in the store's
# errors, so that the event rules of interchange (event_rules.py) raise the same kind.
from networkcircles.store.errors import InvalidValue as InvalidValue


class NotFound(LookupError):
    """No row of that kind has that id."""

    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(f"no {kind} {record_id}")
        self.kind = kind
        self.record_id = record_id
