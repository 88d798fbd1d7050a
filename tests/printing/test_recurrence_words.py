"""Repeat rules in words, never the raw RRULE."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from networkcircles.printing.recurrence import in_words
from networkcircles.services import events
from networkcircles.store.event_queries import EventRow

BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _row(rule: str, start: datetime = datetime(2026, 10, 20, 18, 0), **extra) -> EventRow:
    values = {"timezone": "", "all_day": False}
    values.update(extra)
    return EventRow(
        1,
        "Club",
        "other",
        start,
        None,
        values["all_day"],
        values["timezone"],
        rule,
        "",
        "",
        None,
        "",
        0.0,
        "",
        "planned",
        "",
        0,
    )


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=WEEKLY;UNTIL=20261216T000000", "every Tuesday at 18:00 until 16 Dec"),
        ("FREQ=WEEKLY", "every Tuesday at 18:00"),
        ("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6", "every Tuesday and Thursday at 18:00, 6 times"),
        ("FREQ=WEEKLY;INTERVAL=2", "every 2 weeks on Tuesday at 18:00"),
        ("FREQ=DAILY;COUNT=1", "every day at 18:00, once"),
        ("FREQ=DAILY;INTERVAL=3", "every 3 days at 18:00"),
        ("FREQ=MONTHLY", "every month on day 20 at 18:00"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day at 18:00"),
        ("FREQ=MONTHLY;BYDAY=2TU", "every month on the second Tuesday at 18:00"),
        ("FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=2", "every 2 months on the last Friday at 18:00"),
        ("FREQ=YEARLY", "every year on 20 October at 18:00"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=2TU", "every year on the second Tuesday in March at 18:00"),
        ("FREQ=WEEKLY;UNTIL=20270105", "every Tuesday at 18:00 until 5 Jan 2027"),
        ("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR", "repeats on a schedule of its own"),
        ("FREQ=WEEKLY;BYDAY=XX", "repeats on a schedule of its own"),
    ],
)
def test_rules_in_words(qapp, rule, words):
    parts = events.rule_parts(_row(rule))
    assert in_words(parts, date(2026, 10, 20), BRITISH) == words
    assert "FREQ" not in in_words(parts, None, BRITISH)


def test_a_utc_until_is_the_last_day_in_the_event_zone(qapp):
    # 04:00 UTC on 16 Dec is still 15 Dec in New York
    row = _row(
        "FREQ=WEEKLY;UNTIL=20261216T040000Z",
        events.to_stored(datetime(2026, 10, 20, 18), "America/New_York"),
        timezone="America/New_York",
    )
    assert in_words(events.rule_parts(row), date(2026, 10, 20), BRITISH) == (
        "every Tuesday at 18:00 until 15 Dec"
    )


def test_an_all_day_series_has_no_time(qapp):
    row = _row("FREQ=WEEKLY", datetime(2026, 10, 20), all_day=True)
    assert in_words(events.rule_parts(row), None, BRITISH) == "every Tuesday"


def test_an_event_that_does_not_repeat_has_no_parts():
    assert events.rule_parts(_row("")) is None
