"""Typed errors the store raises; the ui and the command line word them."""

from pathlib import Path


class StoreError(Exception):
    """A store file could not be opened as it is. Never raised after writing to it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotAStore(StoreError):
    """The file is not SQLite, is damaged, or belongs to another program."""


class StoreTooNew(StoreError):
    """A newer networkcircles wrote this file; we leave it untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            path,
            f"it was written by a newer networkcircles (schema {found}; "
            f"this version reads up to {supported})",
        )
        self.found = found
        self.supported = supported


class StoreLocked(StoreError):
    """Another window or process has the file open for writing; `holder` says who."""

    def __init__(self, path: Path, holder: object) -> None:
        super().__init__(
            path, f"it is open in another window ({holder}); try again when it is closed"
        )
        self.holder = holder
