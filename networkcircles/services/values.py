"""Checking the values a service is given, the same way everywhere."""

from datetime import date
from typing import Any

from networkcircles.services.errors import InvalidValue


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
