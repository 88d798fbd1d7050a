"""Events: recurrence on fixed dates, time zones, attendance, undoable deletes, reminders."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from networkcircles.services import contacts, event_occurrences, events
from networkcircles.services.events import CapturedPerson, InvalidEvent
from networkcircles.store import event_queries

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def weekly_club(**fields) -> int:
    # Tuesdays 18:00 in New York from 20 Oct 2026; summer time ends there on 1 Nov
    start = events.to_stored(datetime(2026, 10, 20, 18, 0), "America/New_York")
    values = {
        "ends_at": events.to_stored(datetime(2026, 10, 20, 20, 0), "America/New_York"),
        "timezone": "America/New_York",
        "recurrence": "FREQ=WEEKLY",
        "kind": "job_club",
    }
    values.update(fields)
    return events.create_event("Job club", start, **values)


def test_times_are_stored_as_utc_with_the_zone_name(store):
    event_id = weekly_club()
    row = event_queries.event_row(event_id)
    assert row.starts_at == datetime(2026, 10, 20, 22, 0)  # 18:00 EDT is 22:00 UTC
    assert row.timezone == "America/New_York"
    assert events.wall_time(row.starts_at, row.timezone) == datetime(2026, 10, 20, 18, 0)


def test_weekly_recurrence_keeps_its_wall_time_across_summer_time(store):
    weekly_club()
    found = events.occurrences(date(2026, 10, 19), date(2026, 11, 15), NEW_YORK)
    assert [o.start.replace(tzinfo=None) for o in found] == [
        datetime(2026, 10, 20, 18),
        datetime(2026, 10, 27, 18),
        datetime(2026, 11, 3, 18),
        datetime(2026, 11, 10, 18),
    ]
    # in Berlin: 00:00 while New York is on summer time, 00:00 again after both changed,
    # but 23:00 in the week between the two changes (Berlin 25 Oct, New York 1 Nov)
    shown = events.occurrences(date(2026, 10, 19), date(2026, 11, 15), BERLIN)
    assert [(o.day, o.start.hour) for o in shown] == [
        (date(2026, 10, 21), 0),
        (date(2026, 10, 27), 23),
        (date(2026, 11, 4), 0),
        (date(2026, 11, 11), 0),
    ]


def test_until_count_interval_and_excluded_dates(store):
    weekly_club(
        recurrence="FREQ=WEEKLY;INTERVAL=2;UNTIL=20261201T000000Z", excluded="2026-11-03 23:00:00"
    )  # 3 Nov 18:00 EST
    days = [o.day for o in events.occurrences(date(2026, 10, 1), date(2026, 12, 31), NEW_YORK)]
    assert days == [date(2026, 10, 20), date(2026, 11, 17)]
    events.create_event(
        "Fair",
        datetime(2026, 11, 2),
        all_day=True,
        ends_at=datetime(2026, 11, 3),
        recurrence="FREQ=MONTHLY;COUNT=3",
    )
    fairs = [
        o
        for o in events.occurrences(date(2026, 10, 1), date(2027, 3, 1), TOKYO)
        if o.title == "Fair"
    ]
    assert [o.start for o in fairs] == [date(2026, 11, 2), date(2026, 12, 2), date(2027, 1, 2)]
    assert all(o.all_day for o in fairs)


def test_all_day_and_floating_events_ignore_the_viewer_zone(store):
    events.create_event(
        "Career fair", date(2026, 11, 14), all_day=True, ends_at=datetime(2026, 11, 16)
    )
    events.create_event("Coffee", datetime(2026, 11, 14, 9, 30))  # floating: no zone
    for zone in (BERLIN, NEW_YORK, TOKYO):
        found = events.occurrences(date(2026, 11, 14), date(2026, 11, 15), zone)
        fair = next(o for o in found if o.title == "Career fair")
        coffee = next(o for o in found if o.title == "Coffee")
        assert (fair.start, fair.last_day()) == (date(2026, 11, 14), date(2026, 11, 15))
        assert (coffee.start.hour, coffee.start.minute) == (9, 30)
    assert events.days_with_events(date(2026, 11, 1), date(2026, 11, 30), BERLIN) == {
        date(2026, 11, 14),
        date(2026, 11, 15),
    }


def test_invalid_events_are_refused(store):
    with pytest.raises(InvalidEvent):
        events.create_event("", datetime(2026, 11, 1))
    with pytest.raises(InvalidEvent):
        events.create_event("x", datetime(2026, 11, 1), timezone="Mars/Olympus")
    with pytest.raises(InvalidEvent):
        events.create_event("x", datetime(2026, 11, 1), recurrence="FREQ=SOMETIMES")
    with pytest.raises(InvalidEvent):
        events.create_event("x", datetime(2026, 11, 2), ends_at=datetime(2026, 11, 1))
    assert event_queries.event_rows() == []


def test_delete_and_restore_keep_the_id_and_who_was_met(store):
    ada = contacts.create("Ada", "peers")
    event_id = weekly_club()
    events.link_attendees(event_id, [ada])
    saved = events.delete_event(event_id)
    assert event_queries.event_row(event_id) is None
    assert events.restore_event(saved) == event_id
    assert [a.contact_id for a in event_queries.attendees(event_id)] == [ada]
    assert [found.event.id for found in event_queries.events_for_contact(ada)] == [event_id]


def test_link_returns_previous_statuses_for_undo(store):
    ada, ben = contacts.create("Ada", "peers"), contacts.create("Ben", "peers")
    event_id = weekly_club()
    assert events.link_attendees(event_id, [ada], "planned") == {ada: ""}
    assert events.link_attendees(event_id, [ada, ben], "met") == {ada: "planned", ben: ""}
    events.set_attendances(event_id, {ada: "planned", ben: ""})
    assert [(a.contact_id, a.status) for a in event_queries.attendees(event_id)] == [
        (ada, "planned")
    ]


def test_capture_creates_linked_contacts_in_their_rings(store):
    event_id = weekly_club()
    ids = events.add_people_at_event(
        event_id,
        [
            CapturedPerson("Cleo Park", "Juniper Labs", "Hiring PMs in spring", "peers"),
            CapturedPerson("Dan Ode", "", "", None),
        ],
    )
    plan = events.plan_for(event_id)
    assert {p.contact_id for p in plan.met} == set(ids)
    assert "Juniper Labs" in plan.organizations
    from networkcircles.store.queries import contact_details

    cleo = contact_details(ids[0])
    assert (cleo.circle_key, cleo.organization, cleo.notes) == (
        "peers",
        "Juniper Labs",
        "Hiring PMs in spring",
    )
    assert cleo.how_known.startswith("Met at Job club")


def test_due_reminders_are_the_next_seven_days_and_history_the_past(store):
    weekly_club()
    events.create_event("Skipped mixer", datetime(2026, 11, 5, 19), status="skipped")
    due = events.due_reminders(date(2026, 11, 2), NEW_YORK)
    # 3 Nov is a day away; 10 Nov is eight; the skipped mixer is left out
    assert [(r.occurrence.title, r.days_away, r.is_past) for r in due] == [("Job club", 1, False)]
    history = events.reminder_history(date(2026, 11, 2), 30, NEW_YORK)
    assert [r.occurrence.day for r in history] == [date(2026, 10, 27), date(2026, 10, 20)]
    assert all(r.is_past for r in history)


def test_demo_has_a_month_of_events_two_recurring(demo_store):
    rows = event_queries.event_rows()
    assert sum(1 for row in rows if row.recurrence) == 2
    found = events.occurrences(date(2026, 10, 19), date(2026, 11, 18), BERLIN)
    assert len({o.day for o in found}) >= 8
    dues = {(o.dues, o.dues_period) for o in event_queries.organizations("association")}
    assert len(dues) == 3


# -- bounded expansion -------------------------------------------------------------------------

LONG_RUNNING = [
    ("FREQ=DAILY;INTERVAL=3", datetime(1999, 3, 7, 10, 30)),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU", datetime(2001, 5, 1, 18)),
    ("FREQ=WEEKLY;INTERVAL=3", datetime(2003, 1, 15, 8)),  # the weekday comes from the start
    ("FREQ=MONTHLY", datetime(2000, 1, 31, 12)),  # the 31st: months without one are skipped
    ("FREQ=MONTHLY;BYDAY=-1FR", datetime(1995, 6, 30, 17)),
    ("FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=15,-1", datetime(2004, 2, 15, 9)),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", datetime(1998, 1, 30, 16)),
    ("FREQ=YEARLY", datetime(1996, 2, 29, 19)),  # leap days only
    ("FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=1TU", datetime(1996, 11, 5, 7)),
    ("FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", datetime(1990, 5, 14, 10)),
    ("FREQ=DAILY;UNTIL=20261115T000000Z", datetime(2010, 6, 1, 12)),
    ("RRULE:FREQ=WEEKLY;BYDAY=SA;BYHOUR=9,15;BYMINUTE=0", datetime(1985, 1, 5, 9)),
]


@pytest.mark.parametrize(("rule", "start"), LONG_RUNNING, ids=[r for r, _ in LONG_RUNNING])
def test_a_series_moved_forward_has_exactly_the_occurrences_of_the_whole_series(rule, start):
    """Expansion starts a long-running series just before the view; the dates must be those
    of walking it from its first occurrence."""
    from dateutil.rrule import rrulestr

    after, before = datetime(2026, 9, 28), datetime(2028, 12, 2, 23, 59)
    whole = rrulestr(rule.removeprefix("RRULE:"), dtstart=start, ignoretz=True)
    expected = whole.between(after, before, inc=True)
    assert expected  # each case has dates in the view
    assert event_occurrences._walls(rule, start, None, after, before) == expected


def test_a_series_from_1900_shows_a_month_going_through_a_few_occurrences(store, monkeypatch):
    # were it walked from 1900: 46,000 days
    monkeypatch.setattr(event_occurrences, "MAX_EXAMINED", 100)
    start = events.to_stored(datetime(1900, 1, 1, 9), "Europe/Berlin")
    events.create_event(
        "Daily since 1900", start, timezone="Europe/Berlin", recurrence="FREQ=DAILY"
    )
    found = events.occurrences(date(2026, 11, 1), date(2026, 11, 30), BERLIN)
    assert [o.day for o in found] == [date(2026, 11, d) for d in range(1, 31)]
    assert {o.start.hour for o in found} == {9}


def test_a_counted_series_is_bounded_by_what_one_view_examines(store, monkeypatch):
    monkeypatch.setattr(event_occurrences, "MAX_EXAMINED", 100)
    for title, start in (
        ("Weekly, counted", datetime(2020, 1, 6, 9)),
        ("Weekly, recent", datetime(2026, 1, 5, 9)),
    ):
        events.create_event(title, start, recurrence="FREQ=WEEKLY;COUNT=1000000000")
    titles = {o.title for o in events.occurrences(date(2026, 11, 1), date(2026, 11, 30))}
    assert titles == {"Weekly, recent"}  # 360 weeks in: past the cap, left out, not hanging


@pytest.mark.parametrize(
    "rule", ["FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=15", "RRULE:FREQ=HOURLY;COUNT=3"]
)
def test_repeats_more_often_than_daily_are_refused(store, rule):
    with pytest.raises(InvalidEvent) as caught:
        events.create_event("Too often", datetime(2026, 11, 2, 9), recurrence=rule)
    assert caught.value.field == "recurrence" and "more often than daily" in caught.value.reason
    assert event_queries.event_rows() == []


def test_spacing_inside_a_title_is_kept(store):
    event_id = events.create_event("  Job  club:   CV clinic ", datetime(2026, 11, 2, 9))
    assert event_queries.event_row(event_id).title == "Job  club:   CV clinic"
