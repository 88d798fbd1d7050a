"""Typed errors of the services: they carry data, and the ui words them."""


class InvalidValue(ValueError):
    """A value was refused; nothing was written."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class NotFound(LookupError):
    """No row of that kind has that id."""

    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(f"no {kind} {record_id}")
        self.kind = kind
        self.record_id = record_id
