"""Checking the values a service is given, the same way everywhere."""

from datetime import date
from typing import Any

from networkcircles.services.errors import InvalidValue

# Control characters other than tab and line breaks: a NUL or an escape typed or pasted
# into a field is dropped, so what is stored exports and imports again (a vCard or CSV
# holding a NUL is refused as binary), and never reaches a terminal or a printer.
_CONTROLS = {code: None for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]}
for _kept in "\t\n\r":
    del _CONTROLS[ord(_kept)]


def plain_text(value: Any) -> str:
    """A field's text as services store it: None is "", control characters removed."""
    return "" if value is None else str(value).translate(_CONTROLS)


def checked_day(name: str, value: Any, required: bool = True) -> date | None:
    """A date from a date or "YYYY-MM-DD" text; "" or None is no date (refused if required)."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if text else None
        except ValueError as error:
            raise InvalidValue(name, f"'{value}' is not a date (YYYY-MM-DD)") from error
    if value is None:
        if required:
            raise InvalidValue(name, "a date is needed")
        return None
    if not isinstance(value, date):
        raise InvalidValue(name, "not a date")
    return value
