"""One way to check a value (networkcircles/values.py): each kind of value behaves the same in
every service that takes one, and a refused value writes nothing."""

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from networkcircles.services import (
    associations,
    contact_extras,
    contacts,
    events,
    interactions,
    references,
    referrals,
    tips,
)
from networkcircles.store.queries import Labelled
from networkcircles.values import (
    InvalidValue,
    checked_amount,
    checked_choice,
    checked_count,
    checked_day,
    checked_flag,
    checked_moment,
    checked_text,
    is_email,
    is_phone,
    is_web_address,
)

DAY = date(2026, 5, 4)
START = datetime(2026, 5, 4, 10, 0)

# -- the checks themselves ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (DAY, DAY),
        ("2026-05-04", DAY),
        (" 2026-05-04 ", DAY),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_a_day_is_a_date_or_yyyy_mm_dd(given: Any, expected: date | None) -> None:
    assert checked_day("on", given, required=False) == expected


BAD_DAYS = [
    "2026-13-01",
    "2026-5-4",
    "20260504",
    "2026-W19-1",
    "4 May 2026",
    "2026-05-04T10:00",
    "2026-05-04 10:00",
    START,
    20260504,
    True,
]


@pytest.mark.parametrize("bad", BAD_DAYS, ids=repr)
def test_a_day_field_refuses_anything_else_a_datetime_too(bad: Any) -> None:
    with pytest.raises(InvalidValue) as refused:
        checked_day("on", bad, required=False)
    assert refused.value.field == "on"
    assert "date" in refused.value.reason


def test_a_required_day_must_be_given() -> None:
    with pytest.raises(InvalidValue, match="a date is needed"):
        checked_day("on", "")


def test_a_moment_is_naive_utc() -> None:
    assert checked_moment("at", "2026-05-04T12:00+02:00") == START
    assert checked_moment("at", DAY) == datetime(2026, 5, 4)
    assert checked_moment("at", "") is None
    with pytest.raises(InvalidValue, match="needs a start"):
        checked_moment("at", None, required="event_needs_start")
    with pytest.raises(InvalidValue):
        checked_moment("at", "soon")


def test_addresses() -> None:
    assert all(is_email(a) for a in ("contact1@invalid", "root@localhost", "a.b@c.d.example"))
    assert not any(is_email(a) for a in ("ana-at-example", "a@", "@b", "a@.b", "a@b.", "a@b c"))
    good_phones = (
        "+1 555 0100",
        "(030) 123-45",
        "1-800-FLOWERS",
        "+44 20 7946 0958 ext. 12",
        "tel:+1-201-555-0123;ext=1234",
        "555.0100",
        "+49\u00a030\u202f1234\u20135678",
    )
    assert all(is_phone(p) for p in good_phones)
    assert not any(is_phone(p) for p in ("n/a", "ask Ana", "", "+1 555 <b>", "12_34", "1\n2"))
    good_web = (
        "https://example.org",
        "http://example.org/a?b=c",
        "www.example.org",
        "linkedin.com/in/ana",
        "example.org:8080/x",
        "HTTPS://EXAMPLE.ORG",
    )
    assert all(is_web_address(w) for w in good_web)
    bad_web = (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://exa mple.org",
        "data:,x",
        "https:",
        "",
    )
    assert not any(is_web_address(w) for w in bad_web)


def test_numbers_flags_choices_and_text() -> None:
    assert checked_count("n", 3, high=3) == 3
    for bad in (True, 1.5, "3", -1, 4):
        with pytest.raises(InvalidValue):
            checked_count("n", bad, high=3)
    assert checked_amount("cost", "12.5") == 12.5 and checked_amount("cost", None) == 0
    for bad in ("-1", "abc", float("nan"), float("inf"), True):
        with pytest.raises(InvalidValue):
            checked_amount("cost", bad)
    assert checked_flag("f", 1) is True and checked_flag("f", None, unknown_allowed=True) is None
    for bad in ("yes", 2, "", None):
        with pytest.raises(InvalidValue):
            checked_flag("f", bad)
    assert checked_choice("kind", None, ("", "a")) == ""
    with pytest.raises(InvalidValue, match="'b' is not one of a"):
        checked_choice("kind", "b", ("", "a"))
    assert checked_text("t", " a\x00b\x1b \n") == "ab"
    assert checked_text("t", " a  b ", one_spaced=True) == "a b"
    with pytest.raises(InvalidValue, match="at most 3"):
        checked_text("t", "abcd", max_chars=3)


# -- every service, the same behaviour ---------------------------------------------------------

Writer = Callable[[dict[str, int], Any], Any]


@pytest.fixture
def made(store: Path) -> dict[str, int]:
    """A contact, a second contact and an organisation to write to."""
    return {
        "contact": contacts.create("Ana", "peers"),
        "other": contacts.create("Ben", "coworkers"),
        "org": associations.create_organization("Data Guild"),
    }


# Each kind of value, and each service that takes one: (service and field, how to write it).
WRITERS: dict[str, dict[str, Writer]] = {
    "day": {
        "contacts.knows_looking_on": lambda m, v: contacts.update(
            m["contact"], {"knows_looking_on": v}
        ),
        "contact_extras.heard_pitch_on": lambda m, v: contact_extras.update(
            m["contact"], {"heard_pitch_on": v}
        ),
        "tips.shared_on": lambda m, v: tips.create(company="Acme", shared_on=v),
        "references.given_on": lambda m, v: references.log_request(
            m["contact"], "Acme", DAY, given_on=v
        ),
        "interactions.set_follow_up": lambda m, v: interactions.set_follow_up(m["contact"], v),
        "referrals.introduced_on": lambda m, v: (
            referrals.add(m["other"], m["contact"], v),
            referrals.remove(m["other"], m["contact"]),
        ),
    },
    "flag": {
        "contact_extras.vouches_expertise": lambda m, v: contact_extras.update(
            m["contact"], {"vouches_expertise": v}
        ),
        "associations.has_job_board": lambda m, v: associations.update_organization(
            m["org"], {"has_job_board": v}
        ),
        "events.all_day": lambda m, v: events.create_event("Fair", START, all_day=v),
    },
    "count": {
        "contacts.warmth": lambda m, v: contacts.update(m["contact"], {"warmth": v}),
        "contact_extras.people_per_day": lambda m, v: contact_extras.update(
            m["contact"], {"people_per_day": v}
        ),
        "associations.events_per_year": lambda m, v: associations.update_organization(
            m["org"], {"events_per_year": v}
        ),
    },
    "amount": {
        "events.cost": lambda m, v: events.create_event("Fair", START, cost=v),
        "associations.dues": lambda m, v: associations.update_organization(m["org"], {"dues": v}),
    },
    "web address": {
        "contacts.website": lambda m, v: contacts.update(m["contact"], {"website": v}),
        "contacts.linkedin": lambda m, v: contacts.update(m["contact"], {"linkedin": v}),
        "associations.website": lambda m, v: associations.update_organization(
            m["org"], {"website": v}
        ),
        "tips.link": lambda m, v: tips.create(company="Acme", link=v),
    },
    "e-mail": {
        "contacts.emails": lambda m, v: contacts.update(m["contact"], {"emails": [v]}),
        "contacts.create": lambda m, v: contacts.create("Cleo", emails=[Labelled(v)]),
    },
    "phone": {
        "contacts.phones": lambda m, v: contacts.update(m["contact"], {"phones": [v]}),
        "contacts.create": lambda m, v: contacts.create("Cleo", phones=[Labelled(v)]),
    },
    "choice": {
        "events.kind": lambda m, v: events.create_event("Fair", START, kind=v),
        "tips.kind": lambda m, v: tips.create(kind=v, company="Acme"),
        "interactions.kind": lambda m, v: interactions.log(m["contact"], DAY, v),
        "associations.reach": lambda m, v: associations.update_organization(m["org"], {"reach": v}),
    },
}
BAD: dict[str, list[Any]] = {
    "day": BAD_DAYS,
    "flag": ["yes", 2, 0.5, "true"],
    "count": [True, 1.5, "3", -1],
    "amount": ["-1", -0.5, "abc", float("nan"), True],
    "web address": ["javascript:alert(1)", "file:///etc/passwd", "https://exa mple.org"],
    "e-mail": ["ana-at-example", "a@", "a@b c"],
    "phone": ["n/a", "ask Ana", "+1 555 <b>"],
    "choice": ["party", "JOB", 3],
}
# What the one check of each kind says about a bad value: every service says the same.
REASON: dict[str, Callable[[Any], Any]] = {
    "day": lambda v: checked_day("x", v, required=False),
    "flag": lambda v: checked_flag("x", v),
    "amount": lambda v: checked_amount("x", v),
}
GOOD: dict[str, tuple[Any, ...]] = {
    "day": (DAY, "2026-05-04", " 2026-05-04 ", ""),
    "flag": (True, False, 1, 0),
    "count": (0, 2),
    "amount": (0, "12.5", 3),
    "web address": ("https://example.org/a", "www.example.org", ""),
    "e-mail": ("root@localhost", "ana@example.org"),
    "phone": ("+1 555 0100", "1-800-FLOWERS"),
    "choice": (),  # each service has its own choices
}
CASES = [
    pytest.param(kind, writer, id=service)
    for kind, writers in WRITERS.items()
    for service, writer in writers.items()
]


@pytest.mark.parametrize(("kind", "writer"), CASES)
def test_every_service_refuses_a_bad_value_alike_and_takes_a_good_one(
    store: Path,
    made: dict[str, int],
    dump_store: Callable[[Path], list[str]],
    kind: str,
    writer: Writer,
) -> None:
    """One store per service and kind (a store per value would make this slow)."""
    before = dump_store(store)
    for bad in BAD[kind]:
        with pytest.raises(InvalidValue) as refused:
            writer(made, bad)
        if kind in REASON:
            with pytest.raises(InvalidValue) as expected:
                REASON[kind](bad)
            assert refused.value.reason == expected.value.reason, bad
        if kind == "count":  # the bounds differ (warmth is 0 to 3), the words do not
            assert refused.value.reason.startswith("a whole number"), bad
        assert dump_store(store) == before, bad
    for good in GOOD[kind]:
        writer(made, good)
