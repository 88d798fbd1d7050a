"""Recurring events with changed occurrences (RECURRENCE-ID) stay one series, in and out."""

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from networkcircles.cli import main
from networkcircles.interchange.ical import calendar_text, read_calendar, read_calendar_bytes
from networkcircles.services import events
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import event_queries
from networkcircles.store.db import close_store, open_store
from networkcircles.store.event_queries import ExceptionRow

FIXTURES = Path(__file__).parent / "fixtures"
SERIES = FIXTURES / "series" / "recurring_exceptions.ics"  # warns: not with the quiet ones
NEW_YORK = ZoneInfo("America/New_York")


def _ny(*wall: int) -> datetime:
    return events.to_stored(datetime(*wall), "America/New_York")


def test_changed_and_cancelled_occurrences_join_their_series():
    parsed = read_calendar(SERIES)
    club = next(d for d in parsed.drafts if d.title == "Job club")
    assert club.exceptions == [
        ExceptionRow(
            _ny(2026, 11, 3, 18),
            False,
            _ny(2026, 11, 4, 19),
            _ny(2026, 11, 4, 20, 30),
            "Job club (moved for the election)",
            "Community Centre",
            None,
            None,
        ),
        ExceptionRow(_ny(2026, 11, 10, 18), cancelled=True),  # RECURRENCE-ID given in UTC
    ]
    assert "Job club (moved for the election)" not in {d.title for d in parsed.drafts}


def test_an_occurrence_without_its_series_is_an_event_with_a_warning():
    parsed = read_calendar(SERIES)
    lone = next(d for d in parsed.drafts if d.title == "Startup mixer (this one only)")
    assert lone.uid == "mixer-series@example.org/20261105T190000"
    assert lone.starts_at == _ny(2026, 11, 6, 19)
    assert [w.kind for w in parsed.warnings if "event 4" in w.message] == ["lone-occurrence"]


def test_two_events_with_one_uid_are_both_kept_with_a_warning():
    parsed = read_calendar(SERIES)
    fairs = [(d.title, d.uid) for d in parsed.drafts if d.title.startswith("Career fair")]
    assert fairs == [
        ("Career fair, morning", "twice@example.org"),
        ("Career fair, afternoon", "twice@example.org#2"),
    ]
    assert [w.message for w in parsed.warnings if w.kind == "shared-uid"] == [
        "event 6 has the UID of an earlier event; both are kept"
    ]


def _days(title_start: str) -> list[tuple[date, str, str]]:
    found = events.occurrences(date(2026, 10, 1), date(2026, 12, 31), NEW_YORK)
    return [(o.day, o.title, o.location) for o in found if o.title.startswith(title_start)]


def _store_image() -> list[tuple[object, ...]]:
    return sorted(
        (
            r.title,
            r.kind,
            r.starts_at,
            r.ends_at,
            r.all_day,
            r.timezone,
            r.recurrence,
            r.excluded,
            r.location,
            r.notes,
            r.cost,
            r.organizer_name,
            r.status,
            r.uid,
            r.exceptions,
        )
        for r in event_queries.event_rows()
    )


def test_the_series_shows_the_moved_date_skips_the_cancelled_and_round_trips(store, tmp_path):
    apply_plan(plan_import([SERIES]))
    assert _days("Job club") == [
        (date(2026, 10, 20), "Job club", "Public Library, Room 2"),
        (date(2026, 10, 27), "Job club", "Public Library, Room 2"),
        (date(2026, 11, 4), "Job club (moved for the election)", "Community Centre"),
        # 10 Nov cancelled (RECURRENCE-ID), 24 Nov excluded (EXDATE)
        (date(2026, 11, 17), "Job club", "Public Library, Room 2"),
        (date(2026, 12, 1), "Job club", "Public Library, Room 2"),
        (date(2026, 12, 8), "Job club", "Public Library, Room 2"),
        (date(2026, 12, 15), "Job club", "Public Library, Room 2"),
    ]
    first = _store_image()
    text = calendar_text(event_queries.event_rows())
    assert text.count("RECURRENCE-ID") == 2
    exported = tmp_path / "out.ics"
    exported.write_text(text, encoding="utf-8", newline="")
    close_store()
    open_store(tmp_path / "again.sqlite")
    apply_plan(plan_import([exported]))
    assert _store_image() == first
    # and once more, through our own export again
    assert calendar_text(event_queries.event_rows(), datetime(2026, 1, 1)) == calendar_text(
        event_queries.event_rows(), datetime(2026, 1, 1)
    )


def test_stats_counts_a_series_once(tmp_path, capsys):
    db = tmp_path / "net.sqlite"
    assert main(["import", "--db", str(db), str(SERIES)]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    # the club (with its changes), the lone mixer occurrence, the two fairs
    assert json.loads(capsys.readouterr().out)["events"] == 4


def test_our_own_skipped_occurrence_is_not_read_back_as_cancelled(store):
    club = events.create_event(
        "Club",
        _ny(2026, 10, 20, 18),
        timezone="America/New_York",
        recurrence="FREQ=WEEKLY",
        uid="club@here",
    )
    third = _ny(2026, 11, 3, 18)
    events.put_exception(club, third, ExceptionRow(third, status="skipped", notes="ill"))
    parsed = read_calendar_bytes(calendar_text(event_queries.event_rows()).encode())
    assert parsed.drafts[0].exceptions == [ExceptionRow(third, status="skipped", notes="ill")]


def test_an_all_day_series_keeps_its_exceptions_as_dates(store):
    club = events.create_event(
        "Fair week",
        datetime(2026, 11, 2),
        all_day=True,
        recurrence="FREQ=WEEKLY;COUNT=3",
        uid="fair@here",
    )
    second = datetime(2026, 11, 9)
    events.put_exception(
        club,
        second,
        ExceptionRow(second, starts_at=datetime(2026, 11, 10), ends_at=datetime(2026, 11, 11)),
    )
    text = calendar_text(event_queries.event_rows())
    assert "RECURRENCE-ID;VALUE=DATE:20261109" in text
    [draft] = read_calendar_bytes(text.encode()).drafts
    assert draft.exceptions == list(event_queries.event_row(club).exceptions)


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "series").glob("*.ics")))
def test_each_fixture_round_trips_to_the_same_store(store, tmp_path, name):
    apply_plan(plan_import([FIXTURES / "series" / name]))
    first = _store_image()
    exported = tmp_path / "out.ics"
    exported.write_text(calendar_text(event_queries.event_rows()), encoding="utf-8", newline="")
    close_store()
    open_store(tmp_path / "again.sqlite")
    apply_plan(plan_import([exported]))
    assert _store_image() == first
