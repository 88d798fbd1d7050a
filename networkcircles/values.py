"""Checking a value the same way everywhere: one behaviour per kind of value, one error type.

Services check every value they are given with these functions and refuse a bad one with
InvalidValue (or a subclass naming their kind of record); importers use the same tests and
turn a failure into a warning or a refused file. Plain Python: no Qt, nothing from the rest of
the package, so every layer may import it.

The kinds of value, and how each behaves:

- text: None is ""; control characters other than tab and line breaks are removed; optionally
  stripped, required, or limited to a number of characters;
- a day: a `date` or "YYYY-MM-DD" text; "" or None is no day. A date-and-time (a `datetime`,
  or text with a time in it) is refused: a day field keeps a day, and silently dropping the
  time would hide a caller's mistake;
- a moment: a `datetime`, a `date` (its midnight) or ISO 8601 text; an aware time becomes
  naive UTC;
- yes/no: True or False (or 1 and 0, as SQLite hands them back); optionally None (not known);
- a whole number: an int (not a bool) within bounds; an amount: a number, 0 or more;
- one of a list of choices;
- an e-mail address: something@domain, no spaces; a one-word domain is an address, as
  RFC 5322 allows (root@localhost);
- a phone number: at least one digit; digits, letters (1-800-FLOWERS, "ext"), spaces and
  dashes of any kind (pasted numbers hold no-break spaces and en dashes) and + ( ) . / # * ,
  ; = : [ ] only;
- a web address: no spaces; http or https if it names a scheme ("www.example.org" is fine).
"""

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

REASONS: dict[str, str] = {
    # values.py
    "too_long": "keep it short: at most {max_chars} characters",
    "not_day": "'{value}' is not a date (YYYY-MM-DD)",
    "day_needed": "a date is needed",
    "not_a_day": "not a date",
    "not_moment": "'{value}' is not a date and time",
    "not_yes_no": "yes or no",
    "not_yes_no_unknown": "yes, no or not known",
    "count_from": "a whole number, {low} or more",
    "count_between": "a whole number from {low} to {high}",
    "not_amount": "'{value}' is not an amount",
    "negative_amount": "an amount cannot be negative",
    "not_choice": "'{value}' is not one of {choices}",
    "not_email": "'{value}' is not an e-mail address",
    "not_phone": "'{value}' is not a phone number",
    "not_web_address": "'{value}' is not a web address (http or https)",
    "no_such_field": "no such field",
    # a required field left empty (Text(required=...), Moment(required=...))
    "contact_needs_name": "a contact needs a name",
    "organisation_needs_name": "an organisation needs a name",
    "circle_needs_name": "a circle needs a name",
    "event_needs_title": "an event needs a title",
    "event_needs_start": "an event needs a start",
    "reference_needs_application": "say which application the reference is for",
    "lead_needs_company": "a job lead needs a company",
    "tip_needs_name": "a fair or a resource needs a name",
    # the services' own rules
    "self_introduction": "nobody introduces you to themselves",
    "duplicate_referral": "this introduction is already recorded",
    "no_contact": "there is no contact {value}",
    "no_circle": "there is no circle '{value}'",
    "no_organisation": "there is no organisation {value}",
    "not_reliability_answer": "not a reliability answer",
    "not_colour": "'{value}' is not a colour like #1971c2",
    "not_time_zone": "'{value}' is not a time zone",
    "ends_before_start": "the event ends before it starts",
    "not_repeating": "only a repeating event has occurrences to change",
    "other_occurrence": "the occurrence named is not the one changed",
    "not_recurrence": "'{value}' is not a recurrence rule",
    "too_frequent": "'{value}' repeats more often than daily",
}
"""Every kind of refusal (InvalidValue.kind) and its English reason, a template of the
refusal's values: the CLI and the logs print it; the window words each kind in the user's
language (ui/error_text.py) from the kind and the values."""


class InvalidValue(ValueError):
    """A value was refused; nothing was written.

    `field` names the field, `kind` says why (a key of REASONS) and `values` hold what the
    reason mentions (the value given, bounds, choices); `reason` is the English sentence."""

    def __init__(self, field: str, kind: str, **values: Any) -> None:
        self.field = field
        self.kind = kind
        self.values: dict[str, Any] = values
        self.reason = REASONS[kind].format(**values)
        super().__init__(f"{field}: {self.reason}")


# -- text --------------------------------------------------------------------------------------

# Control characters other than tab and line breaks: a NUL or an escape typed or pasted
# into a field is dropped, so what is stored exports and imports again (a vCard or CSV
# holding a NUL is refused as binary), and never reaches a terminal or a printer.
_CONTROLS: dict[int, None] = {code: None for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]}
for _kept in "\t\n\r":
    del _CONTROLS[ord(_kept)]


def plain_text(value: Any) -> str:
    """A field's text as services store it: None is "", control characters removed."""
    return "" if value is None else str(value).translate(_CONTROLS)


def checked_text(
    name: str,
    value: Any,
    *,
    strip: bool = True,
    required: str = "",
    max_chars: int | None = None,
    one_spaced: bool = False,
) -> str:
    """Text as stored: plain_text, stripped unless `strip` is False, inner runs of spacing
    made one space if `one_spaced`. `required` is the refusal's kind when it is empty (a
    key of REASONS; "" allows empty text); more than `max_chars` characters are refused."""
    text = plain_text(value)
    if one_spaced:
        text = " ".join(text.split())
    elif strip:
        text = text.strip()
    if required and not text:
        raise InvalidValue(name, required)
    if max_chars is not None and len(text) > max_chars:
        raise InvalidValue(name, "too_long", max_chars=max_chars)
    return text


# -- days and moments --------------------------------------------------------------------------

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str) -> date | None:
    """The day "YYYY-MM-DD" text names (surrounding spaces allowed); None if it names none."""
    text = text.strip()
    if not _DAY.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def checked_day(name: str, value: Any, required: bool = True) -> date | None:
    """A day from a date or "YYYY-MM-DD" text; "" or None is no day (refused if required).
    A datetime is refused: a day field keeps a day (see the module's docstring)."""
    if isinstance(value, str):
        if not value.strip():
            value = None
        else:
            day = parse_day(value)
            if day is None:
                raise InvalidValue(name, "not_day", value=value)
            value = day
    if value is None:
        if required:
            raise InvalidValue(name, "day_needed")
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValue(name, "not_a_day")
    return value


def checked_moment(name: str, value: Any, required: str = "") -> datetime | None:
    """A naive date and time (UTC if it came with a zone) from a datetime, a date (its
    midnight) or ISO 8601 text; "" or None is none, refused with the kind `required` if given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidValue(name, required)
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime.combine(value, time())
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError as error:
        raise InvalidValue(name, "not_moment", value=value) from error
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


# -- yes/no, numbers, choices ------------------------------------------------------------------


def checked_flag(name: str, value: Any, unknown_allowed: bool = False) -> bool | None:
    """True or False (1 and 0 as SQLite gives them back count); None only if `unknown_allowed`."""
    if value is None and unknown_allowed:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise InvalidValue(name, "not_yes_no_unknown" if unknown_allowed else "not_yes_no")


def checked_count(
    name: str, value: Any, *, low: int = 0, high: int | None = None, optional: bool = False
) -> int | None:
    """A whole number from `low` to `high` (no upper bound if None); None only if `optional`."""
    if value is None and optional:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        if high is None:
            raise InvalidValue(name, "count_from", low=low)
        raise InvalidValue(name, "count_between", low=low, high=high)
    return value


def checked_amount(name: str, value: Any) -> float:
    """An amount of money: a number, 0 or more; None and "" are 0."""
    if isinstance(value, bool):
        raise InvalidValue(name, "not_amount", value=value)
    try:
        amount = float(value or 0)
    except (TypeError, ValueError) as error:
        raise InvalidValue(name, "not_amount", value=value) from error
    if amount != amount or amount in (float("inf"), float("-inf")):  # NaN, infinity
        raise InvalidValue(name, "not_amount", value=value)
    if amount < 0:
        raise InvalidValue(name, "negative_amount")
    return amount


def checked_choice(name: str, value: Any, choices: Collection[str]) -> str:
    """One of `choices` (None counts as "")."""
    text = "" if value is None else value
    if not isinstance(text, str) or text not in choices:
        listed = ", ".join(choice for choice in choices if choice)
        raise InvalidValue(name, "not_choice", value=value, choices=listed)
    return text


# -- addresses ---------------------------------------------------------------------------------

# Deliberately loose: one @, something on each side, no spaces; the domain's labels are
# not empty (a one-word domain is fine: contact1@invalid, root@localhost).
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)*")
# A phone number's other marks; any space (a pasted no-break space too) and any dash also.
_PHONE_MARKS = frozenset("+()./#*,;=:[]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_PORT = re.compile(r"\d+(/|$)")


def is_email(text: str) -> bool:
    """True when `text` reads as an e-mail address."""
    return bool(_EMAIL.fullmatch(text))


def is_phone(text: str) -> bool:
    """True when `text` reads as a phone number: a digit at least, and no odd characters."""
    return any(char.isdigit() for char in text) and all(
        char.isalnum() or char in _PHONE_MARKS or unicodedata.category(char) in ("Zs", "Pd")
        for char in text
    )


def is_web_address(text: str) -> bool:
    """True when `text` reads as a web address: no spaces, and http(s) if it names a scheme."""
    if not text or any(char.isspace() for char in text):
        return False
    scheme = _SCHEME.match(text)
    if scheme is None or _PORT.match(text, scheme.end()):  # "example.org:8080/x": no scheme
        return True
    return scheme.group(1).lower() in ("http", "https") and len(text) > scheme.end() + 2


def checked_email(name: str, value: Any) -> str:
    """An e-mail address, stripped (refused unless is_email)."""
    text = plain_text(value).strip()
    if not is_email(text):
        raise InvalidValue(name, "not_email", value=text)
    return text


def checked_phone(name: str, value: Any) -> str:
    """A phone number, stripped (refused unless is_phone)."""
    text = plain_text(value).strip()
    if not is_phone(text):
        raise InvalidValue(name, "not_phone", value=text)
    return text


def checked_web_address(name: str, value: Any) -> str:
    """A web address, stripped; "" is none (refused unless is_web_address)."""
    text = plain_text(value).strip()
    if text and not is_web_address(text):
        raise InvalidValue(name, "not_web_address", value=text)
    return text


# -- records -----------------------------------------------------------------------------------

Check = Callable[[str, Any], Any]
"""How one field is checked: (field name, value given) -> value to store, or InvalidValue."""


@dataclass(frozen=True, slots=True)
class Text:
    """A text field (see checked_text)."""

    strip: bool = True
    required: str = ""
    max_chars: int | None = None
    one_spaced: bool = False

    def __call__(self, name: str, value: Any) -> str:
        return checked_text(
            name,
            value,
            strip=self.strip,
            required=self.required,
            max_chars=self.max_chars,
            one_spaced=self.one_spaced,
        )


@dataclass(frozen=True, slots=True)
class Day:
    """A day field (see checked_day)."""

    required: bool = False

    def __call__(self, name: str, value: Any) -> date | None:
        return checked_day(name, value, required=self.required)


@dataclass(frozen=True, slots=True)
class Moment:
    """A date-and-time field (see checked_moment)."""

    required: str = ""

    def __call__(self, name: str, value: Any) -> datetime | None:
        return checked_moment(name, value, required=self.required)


@dataclass(frozen=True, slots=True)
class Flag:
    """A yes/no field; `unknown_allowed`: None is "not known" (see checked_flag)."""

    unknown_allowed: bool = False

    def __call__(self, name: str, value: Any) -> bool | None:
        return checked_flag(name, value, unknown_allowed=self.unknown_allowed)


@dataclass(frozen=True, slots=True)
class Count:
    """A whole-number field (see checked_count)."""

    low: int = 0
    high: int | None = None
    optional: bool = False

    def __call__(self, name: str, value: Any) -> int | None:
        return checked_count(name, value, low=self.low, high=self.high, optional=self.optional)


@dataclass(frozen=True, slots=True)
class Choice:
    """A field holding one of a few words (see checked_choice)."""

    choices: tuple[str, ...]

    def __call__(self, name: str, value: Any) -> str:
        return checked_choice(name, value, self.choices)


def amount(name: str, value: Any) -> float:
    """An amount field (see checked_amount)."""
    return checked_amount(name, value)


def web_address(name: str, value: Any) -> str:
    """A web-address field (see checked_web_address)."""
    return checked_web_address(name, value)


@contextmanager
def refused_as(error: type[InvalidValue]) -> Iterator[None]:
    """Re-raise a refusal as `error`, the InvalidValue subclass a service promises."""
    try:
        yield
    except InvalidValue as refused:
        if isinstance(refused, error):
            raise
        raise error(refused.field, refused.kind, **refused.values) from refused


def cleaned(
    changes: Mapping[str, Any],
    fields: Mapping[str, Check],
    error: type[InvalidValue] = InvalidValue,
) -> dict[str, Any]:
    """Each value of `changes` checked by its field's check, in order; the first bad value
    (or unknown field) is refused with `error`."""
    clean: dict[str, Any] = {}
    with refused_as(error):
        for name, value in changes.items():
            check = fields.get(name)
            if check is None:
                raise InvalidValue(name, "no_such_field")
            clean[name] = check(name, value)
    return clean
