"""One series, its changed occurrences, and who was met at each occurrence (schema 4)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from networkcircles.services import contacts, events
from networkcircles.services.events import CapturedPerson, InvalidEvent
from networkcircles.store import event_queries
from networkcircles.store.event_queries import ExceptionRow

NEW_YORK = ZoneInfo("America/New_York")


def _stored(wall: datetime) -> datetime:
    return events.to_stored(wall, "America/New_York")


def weekly_club() -> int:
    """Tuesdays 18:00-20:00 in New York from 20 Oct 2026."""
    return events.create_event(
        "Job club",
        _stored(datetime(2026, 10, 20, 18, 0)),
        ends_at=_stored(datetime(2026, 10, 20, 20, 0)),
        timezone="America/New_York",
        recurrence="FREQ=WEEKLY",
        kind="job_club",
    )


def _shown(first: date, last: date) -> list[tuple[str, datetime, str, bool]]:
    return [
        (o.title, o.start.replace(tzinfo=None), o.location, o.changed)
        for o in events.occurrences(first, last, NEW_YORK)
    ]


def test_a_moved_and_a_cancelled_occurrence_stay_in_their_series(store):
    club = weekly_club()
    third = _stored(datetime(2026, 11, 3, 18, 0))
    fourth = _stored(datetime(2026, 11, 10, 18, 0))
    events.put_exception(
        club,
        third,
        ExceptionRow(
            third,
            starts_at=_stored(datetime(2026, 11, 4, 19, 0)),
            ends_at=_stored(datetime(2026, 11, 4, 21, 0)),
            title="Job club (Wednesday)",
            location="Library",
        ),
    )
    events.put_exception(club, fourth, ExceptionRow(fourth, cancelled=True))
    assert _shown(date(2026, 10, 27), date(2026, 11, 17)) == [
        ("Job club", datetime(2026, 10, 27, 18, 0), "", False),
        ("Job club (Wednesday)", datetime(2026, 11, 4, 19, 0), "Library", True),
        ("Job club", datetime(2026, 11, 17, 18, 0), "", False),
    ]
    # the moved one shows on its new day even when its old day is outside the view
    assert [
        o.original for o in events.occurrences(date(2026, 11, 4), date(2026, 11, 4), NEW_YORK)
    ] == [third]
    assert len(event_queries.event_rows()) == 1  # one series, counted once


def test_put_exception_returns_what_was_there_so_undo_can_put_it_back(store):
    club = weekly_club()
    third = _stored(datetime(2026, 11, 3, 18, 0))
    moved = ExceptionRow(third, starts_at=_stored(datetime(2026, 11, 3, 19, 0)))
    assert events.put_exception(club, third, moved) is None
    assert events.put_exception(club, third, None) == moved  # undo
    assert events.exception_of(club, third) is None
    assert [
        o.changed for o in events.occurrences(date(2026, 11, 3), date(2026, 11, 3), NEW_YORK)
    ] == [False]


@pytest.mark.parametrize(
    "bad",
    [
        {"title": "   "},
        {"status": "maybe"},
        {"starts_at": datetime(2026, 11, 4), "ends_at": datetime(2026, 11, 3)},
    ],
)
def test_a_bad_exception_is_refused_and_nothing_changes(store, bad):
    club = weekly_club()
    third = _stored(datetime(2026, 11, 3, 18, 0))
    with pytest.raises(InvalidEvent):
        events.put_exception(club, third, ExceptionRow(third, **bad))
    assert event_queries.event_row(club).exceptions == ()


def test_a_one_off_event_has_no_occurrences_to_change(store):
    once = events.create_event("Fair", datetime(2026, 11, 3, 9, 0))
    with pytest.raises(InvalidEvent):
        events.put_exception(
            once,
            datetime(2026, 11, 3, 9, 0),
            ExceptionRow(datetime(2026, 11, 3, 9, 0), cancelled=True),
        )


def test_who_i_met_belongs_to_one_occurrence(store):
    club = weekly_club()
    ada, ben = contacts.create("Ada", "peers"), contacts.create("Ben", "peers")
    first, second = _stored(datetime(2026, 10, 20, 18)), _stored(datetime(2026, 10, 27, 18))
    events.link_attendees(club, [ada], "met", first)
    events.link_attendees(club, [ben, ada], "met", second)
    assert [a.name for a in events.attendees_at(club, first)] == ["Ada"]
    assert [a.name for a in events.attendees_at(club, second)] == ["Ada", "Ben"]
    events.set_attendances(club, {ada: ""}, second)  # unlink from the second only
    assert [a.name for a in events.attendees_at(club, first)] == ["Ada"]
    assert [a.name for a in events.plan_for(club, second).met] == ["Ben"]
    found = event_queries.events_for_contact(ada)
    assert [(f.event.id, f.occurrence) for f in found] == [(club, str(first))]


def test_people_typed_in_at_an_occurrence_are_met_on_its_day(store):
    club = weekly_club()
    second = _stored(datetime(2026, 10, 27, 18))
    [new] = events.add_people_at_event(club, [CapturedPerson("Cleo")], second)
    assert [a.contact_id for a in events.attendees_at(club, second)] == [new]
    assert events.attendees_at(club) == []  # not the first occurrence
    assert contacts.snapshot(new).details.last_contacted == date(2026, 10, 27)


def test_deleting_a_series_deletes_its_exceptions_and_undo_brings_all_back(store):
    club = weekly_club()
    ada = contacts.create("Ada", "peers")
    third = _stored(datetime(2026, 11, 3, 18, 0))
    events.put_exception(club, third, ExceptionRow(third, cancelled=True))
    events.link_attendees(club, [ada], "met", _stored(datetime(2026, 10, 27, 18)))
    saved = events.delete_event(club)
    assert event_queries.exceptions_by_event() == {}
    assert event_queries.attendance_rows(club) == []
    events.restore_event(saved)
    assert event_queries.event_row(club).exceptions == (ExceptionRow(third, cancelled=True),)
    assert event_queries.attendance_rows(club) == [(ada, "met", "2026-10-27 22:00:00")]


def test_moving_the_series_moves_its_exceptions_and_people_with_it(store):
    club = weekly_club()
    ada = contacts.create("Ada", "peers")
    second = _stored(datetime(2026, 10, 27, 18))
    third = _stored(datetime(2026, 11, 3, 18, 0))
    events.put_exception(club, third, ExceptionRow(third, title="Special"))
    events.link_attendees(club, [ada], "met", second)
    before = events.fields_of(club)
    later = {
        "starts_at": _stored(datetime(2026, 10, 20, 19)),
        "ends_at": _stored(datetime(2026, 10, 20, 21)),
    }
    events.update_event(club, later)
    titles = [o.title for o in events.occurrences(date(2026, 11, 3), date(2026, 11, 3), NEW_YORK)]
    assert titles == ["Special"]
    [moved] = [o for o in events.occurrences(date(2026, 10, 27), date(2026, 10, 27), NEW_YORK)]
    assert [a.name for a in events.attendees_at(club, moved.original)] == ["Ada"]
    events.update_event(club, {k: before[k] for k in later})  # undo
    assert [a.name for a in events.attendees_at(club, second)] == ["Ada"]


def test_a_one_off_that_starts_repeating_keeps_its_people_on_the_first_occurrence(store):
    once = events.create_event("Club", datetime(2026, 11, 3, 18, 0))
    ada = contacts.create("Ada", "peers")
    events.link_attendees(once, [ada])
    events.update_event(once, {"recurrence": "FREQ=WEEKLY"})
    assert event_queries.attendance_rows(once) == [(ada, "met", "2026-11-03 18:00:00")]
    events.update_event(once, {"recurrence": ""})
    assert event_queries.attendance_rows(once) == [(ada, "met", "")]


def test_deleting_and_restoring_a_contact_keeps_the_occurrence_they_were_met_at(store):
    club = weekly_club()
    ada = contacts.create("Ada", "peers")
    second = _stored(datetime(2026, 10, 27, 18))
    events.link_attendees(club, [ada], "planned", second)
    contacts.restore(contacts.delete(ada))
    assert event_queries.attendance_rows(club) == [(ada, "planned", "2026-10-27 22:00:00")]
