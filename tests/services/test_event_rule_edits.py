"""Changing a series' rule: changed occurrences and who was met there stay when their
occurrence is still in the series and are dropped (and given back by undo) when not."""

from datetime import datetime

from networkcircles.services import contacts, events
from networkcircles.store import event_queries
from networkcircles.store.event_queries import ExceptionRow


def _stored(wall: datetime) -> datetime:
    return events.to_stored(wall, "America/New_York")


def _weekly_club() -> int:
    """Tuesdays 18:00-20:00 in New York from 20 Oct 2026."""
    return events.create_event(
        "Job club",
        _stored(datetime(2026, 10, 20, 18)),
        ends_at=_stored(datetime(2026, 10, 20, 20)),
        timezone="America/New_York",
        recurrence="FREQ=WEEKLY",
    )


def _state(event_id: int) -> tuple[tuple[ExceptionRow, ...], list[tuple[int, str, str]]]:
    row = event_queries.event_row(event_id)
    assert row is not None
    return row.exceptions, sorted(event_queries.attendance_rows(event_id))


def _club_with_changes() -> tuple[int, int, int]:
    """The club with the 3 Nov meeting moved to Wednesday, 10 Nov cancelled, Ada met on
    27 Oct and Bob planned for 17 Nov."""
    club = _weekly_club()
    ada, bob = contacts.create("Ada", "peers"), contacts.create("Bob", "peers")
    third, fourth = _stored(datetime(2026, 11, 3, 18)), _stored(datetime(2026, 11, 10, 18))
    moved_to = _stored(datetime(2026, 11, 4, 19))
    events.put_exception(club, third, ExceptionRow(third, starts_at=moved_to, ends_at=moved_to))
    events.put_exception(club, fourth, ExceptionRow(fourth, cancelled=True))
    events.link_attendees(club, [ada], "met", _stored(datetime(2026, 10, 27, 18)))
    events.link_attendees(club, [bob], "planned", _stored(datetime(2026, 11, 17, 18)))
    return club, ada, bob


def test_every_other_week_keeps_what_still_falls_on_an_occurrence(store):
    club, ada, bob = _club_with_changes()
    before = _state(club)
    asked_first = events.dropped_by(club, {"recurrence": "FREQ=WEEKLY;INTERVAL=2"})
    assert _state(club) == before  # asking changes nothing
    dropped = events.update_event(club, {"recurrence": "FREQ=WEEKLY;INTERVAL=2"})
    assert dropped == asked_first
    # 20 Oct, 3 Nov, 17 Nov are still occurrences; 27 Oct and 10 Nov are not
    exceptions, attendances = _state(club)
    assert [x.original_start for x in exceptions] == [_stored(datetime(2026, 11, 3, 18))]
    assert attendances == [(bob, "planned", "2026-11-17 23:00:00")]
    assert dropped.exceptions == (ExceptionRow(_stored(datetime(2026, 11, 10, 18)), True),)
    assert dropped.attendances == ((ada, "met", "2026-10-27 22:00:00"),)
    # undo: the rule back, then what it dropped
    assert not events.update_event(club, {"recurrence": "FREQ=WEEKLY"})
    events.put_back(club, dropped)
    assert _state(club) == before


def test_a_moved_start_keeps_only_what_the_moved_rule_still_gives(store):
    club = events.create_event(
        "Job club",
        _stored(datetime(2026, 10, 20, 18)),
        timezone="America/New_York",
        recurrence="FREQ=WEEKLY;BYDAY=TU,TH",
    )
    ada = contacts.create("Ada", "peers")
    thursday = _stored(datetime(2026, 10, 22, 18))
    tuesday = _stored(datetime(2026, 10, 27, 18))
    events.link_attendees(club, [ada], "met", thursday)
    events.put_exception(club, tuesday, ExceptionRow(tuesday, title="Special"))
    before = _state(club)
    # a day later: what was on Thursday 22 and Tuesday 27 follows to Friday 23 and
    # Wednesday 28, neither a Tuesday nor a Thursday
    dropped = events.update_event(club, {"starts_at": _stored(datetime(2026, 10, 21, 18))})
    assert dropped.exceptions == (ExceptionRow(tuesday, title="Special"),)
    assert dropped.attendances == ((ada, "met", "2026-10-22 22:00:00"),)
    assert _state(club) == ((), [])
    assert not events.update_event(club, {"starts_at": _stored(datetime(2026, 10, 20, 18))})
    events.put_back(club, dropped)
    assert _state(club) == before


def test_a_series_made_a_one_off_keeps_only_its_first_occurrence_people(store):
    club, ada, bob = _club_with_changes()
    cleo = contacts.create("Cleo", "peers")
    events.link_attendees(club, [cleo], "met", _stored(datetime(2026, 10, 20, 18)))
    before = _state(club)
    dropped = events.update_event(club, {"recurrence": ""})
    assert _state(club) == ((), [(cleo, "met", "")])
    assert len(dropped.exceptions) == 2
    assert sorted(dropped.attendances) == [
        (ada, "met", "2026-10-27 22:00:00"),
        (bob, "planned", "2026-11-17 23:00:00"),
    ]
    assert dropped.contacts() == sorted([ada, bob])  # whose attendance lists to refresh
    assert not events.update_event(club, {"recurrence": "FREQ=WEEKLY"})
    events.put_back(club, dropped)
    assert _state(club) == before


def test_an_edit_that_leaves_the_rule_alone_drops_nothing(store):
    club, _ada, _bob = _club_with_changes()
    before = _state(club)
    assert not events.update_event(club, {"title": "Tuesday job club", "location": "Library"})
    assert _state(club) == before


def test_a_series_moved_a_week_later_moves_changed_weeks_onto_each_others_places(store):
    """Two changed meetings a week apart, the series moved a week later: each lands where
    the next one was (refused as a duplicate once), and undo moves them back."""
    club = _weekly_club()
    ada = contacts.create("Ada", "peers")
    third, fourth = _stored(datetime(2026, 11, 3, 18)), _stored(datetime(2026, 11, 10, 18))
    for original in (third, fourth):
        events.put_exception(club, original, ExceptionRow(original, title=f"{original.day}"))
        events.link_attendees(club, [ada], "met", original)
    before = _state(club)
    later = {
        "starts_at": _stored(datetime(2026, 10, 27, 18)),
        "ends_at": _stored(datetime(2026, 10, 27, 20)),
    }
    assert not events.update_event(club, later)
    exceptions, attendances = _state(club)
    fifth = _stored(datetime(2026, 11, 17, 18))
    assert [(x.original_start, x.title) for x in exceptions] == [(fourth, "3"), (fifth, "10")]
    assert attendances == [(ada, "met", "2026-11-10 23:00:00"), (ada, "met", "2026-11-17 23:00:00")]
    back = {
        "starts_at": _stored(datetime(2026, 10, 20, 18)),
        "ends_at": _stored(datetime(2026, 10, 20, 20)),
    }
    assert not events.update_event(club, back)
    assert _state(club) == before


def _skipping_club() -> int:
    """The weekly club, skipping 3 and 10 Nov (EXDATE, as an imported calendar gives it)."""
    skipped = [_stored(datetime(2026, 11, 3, 18)), _stored(datetime(2026, 11, 10, 18))]
    return events.create_event(
        "Job club",
        _stored(datetime(2026, 10, 20, 18)),
        timezone="America/New_York",
        recurrence="FREQ=WEEKLY",
        excluded=",".join(str(day) for day in skipped),
    )


def _skipped(event_id: int) -> str:
    row = event_queries.event_row(event_id)
    assert row is not None
    return row.excluded


def test_skipped_dates_follow_a_series_moved_to_another_start(store):
    club = _skipping_club()
    events.update_event(club, {"starts_at": _stored(datetime(2026, 10, 21, 19))})
    # a day and an hour on: 4 and 11 Nov at 19:00 in New York
    assert _skipped(club) == "2026-11-05 00:00:00,2026-11-12 00:00:00"


def test_a_change_that_sets_the_skipped_dates_keeps_them_as_given(store):
    club = _skipping_club()
    given = str(_stored(datetime(2026, 11, 18, 18)))
    events.update_event(club, {"starts_at": _stored(datetime(2026, 10, 21, 18)), "excluded": given})
    assert _skipped(club) == given


def test_a_sync_writes_the_servers_skipped_dates_as_they_are(store):
    club = _skipping_club()
    before = _skipped(club)
    moved = {"starts_at": _stored(datetime(2026, 10, 21, 18))}
    events.update_event(club, moved, skipped_follow=False)
    assert _skipped(club) == before


def test_a_new_rule_on_the_same_start_leaves_the_skipped_dates(store):
    club = _skipping_club()
    before = _skipped(club)
    events.update_event(club, {"recurrence": "FREQ=WEEKLY;INTERVAL=2"})
    assert _skipped(club) == before
