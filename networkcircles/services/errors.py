"""Typed errors of the services: they carry data, and the ui words them."""

# A refused value: one error type for every check (networkcircles/values.py), here too.
from networkcircles.values import InvalidValue as InvalidValue


class NotFound(LookupError):
    """No row of that kind has that id."""

    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(f"no {kind} {record_id}")
        self.kind = kind
        self.record_id = record_id
