"""Two-way event sync against a real Radicale calendar, and a whole account found from the
server's address alone."""

import re
from datetime import datetime

import pytest
from conftest import PASSWORD, USER
from helpers import Phone, event, replace_line

from networkcircles.services import events
from networkcircles.store.db import db
from networkcircles.store.event_queries import ExceptionRow, event_row
from networkcircles.sync import engine


@pytest.fixture
def calendar(radicale, request, store) -> tuple[str, Phone]:
    name = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")
    url = f"{radicale.url}{USER}/{name}/"
    phone = Phone(url, USER, PASSWORD)
    phone.create_calendar()
    return url, phone


def sync(url: str, **options):
    return engine.sync(url, USER, PASSWORD, **options)


def titles() -> dict[str, int]:
    return dict(db.execute_sql("SELECT title, id FROM event").fetchall())


def test_events_flow_both_ways_and_the_phones_alarm_stays(calendar):
    url, phone = calendar
    fair = events.create_event(
        "Tech career fair",
        datetime(2026, 12, 3, 9),
        kind="career_fair",
        ends_at=datetime(2026, 12, 3, 17),
        timezone="UTC",
        cost=15,
        location="Convention centre",
    )
    phone.put("club.ics", event("Job club", "club-1", LOCATION="Library"))

    report = sync(url)

    assert (report.came_in, report.went_out, report.conflicts) == (1, 1, 0)
    club = event_row(titles()["Job club"])
    assert (club.location, club.kind, club.starts_at) == (
        "Library",
        "job_club",
        datetime(2026, 12, 5, 18),
    )
    sent = phone.get(phone.find("Tech career fair")).replace("\r\n ", "")
    assert "X-NETWORKCIRCLES-KIND:career_fair" in sent and "X-NETWORKCIRCLES-COST:15" in sent
    # both sides change: the phone moves the club, we change the fair's place
    phone.put("club.ics", replace_line(phone.get("club.ics"), "LOCATION", "LOCATION:Town hall"))
    events.update_event(fair, {"location": "Expo hall B"})
    name = phone.find("Tech career fair")

    report = sync(url)

    assert (report.came_in, report.went_out, report.conflicts) == (1, 1, 0)
    assert event_row(club.id).location == "Town hall"
    assert "LOCATION:Expo hall B" in phone.get(name)
    # our edit of the club keeps the phone's alarm
    events.update_event(club.id, {"notes": "Bring CVs"})
    sync(url)
    text = phone.get("club.ics")
    assert "DESCRIPTION:Bring CVs" in text and "BEGIN:VALARM" in text
    assert "LOCATION:Town hall" in text


def test_event_deletes_flow_both_ways(calendar):
    url, phone = calendar
    for number in range(5):
        events.create_event(f"Meetup {number}", datetime(2026, 12, 1 + number, 18))
    phone.put("club.ics", event("Job club", "club-2"))
    sync(url)
    phone.delete(phone.find("Meetup 0"))
    events.delete_event(titles()["Job club"])

    report = sync(url)

    assert (report.came_in, report.went_out) == (1, 1)
    assert "Meetup 0" not in titles() and "Job club" not in titles()
    assert "club.ics" not in phone.names()


def test_an_event_already_imported_from_the_same_calendar_is_not_doubled(calendar):
    url, phone = calendar
    events.create_event("Job club", datetime(2026, 12, 5, 18), uid="club-3", timezone="UTC")
    phone.put("club.ics", event("Job club", "club-3"))
    report = sync(url)
    assert list(titles()) == ["Job club"] and phone.names() == ["club.ics"]
    assert report.conflicts == 0


def test_the_server_address_alone_syncs_contacts_and_events(radicale, demo_store):
    report = engine.sync(radicale.url, "bob", "builder")
    contacts_there = Phone(f"{radicale.url}bob/networkcircles-contacts/", "bob", "builder")
    events_there = Phone(f"{radicale.url}bob/networkcircles-events/", "bob", "builder")
    stored_contacts = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    stored_events = db.execute_sql("SELECT count(*) FROM event").fetchone()[0]
    assert len(contacts_there.names()) == stored_contacts == 60
    assert len(events_there.names()) == stored_events > 0
    assert report.went_out == stored_contacts + stored_events and report.came_in == 0
    again = engine.sync(radicale.url, "bob", "builder")
    assert (again.came_in, again.went_out, again.conflicts) == (0, 0, 0)


def _series_with_a_moved_occurrence(uid: str) -> str:
    """A weekly club and, in the same object, its 12 Dec meeting moved to the 13th."""
    master = event("Weekly club", uid, RRULE="FREQ=WEEKLY;COUNT=4")
    moved = "\r\n".join(
        [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20261101T000000Z",
            "RECURRENCE-ID:20261212T180000Z",
            "DTSTART:20261213T180000Z",
            "DTEND:20261213T200000Z",
            "SUMMARY:Weekly club (Sunday)",
            "END:VEVENT",
        ]
    )
    return master.replace("END:VCALENDAR", moved + "\r\nEND:VCALENDAR")


def test_changed_occurrences_come_in_and_go_out_with_their_series(calendar):
    url, phone = calendar
    phone.put("club.ics", _series_with_a_moved_occurrence("club-series"))

    report = sync(url)

    assert report.came_in == 1
    [club] = [event_row(event_id) for event_id in titles().values()]
    assert list(titles()) == ["Weekly club"]  # one series, not two events
    assert [(x.original_start, x.starts_at, x.title) for x in club.exceptions] == [
        (datetime(2026, 12, 12, 18), datetime(2026, 12, 13, 18), "Weekly club (Sunday)")
    ]
    # here: the 19 Dec meeting is cancelled; it goes out as a RECURRENCE-ID in the same object
    third = datetime(2026, 12, 19, 18)
    events.put_exception(club.id, third, ExceptionRow(third, cancelled=True))

    report = sync(url)

    assert report.went_out == 1 and report.conflicts == 0
    text = phone.get("club.ics").replace("\r\n ", "")
    assert text.count("RECURRENCE-ID") == 2 and "BEGIN:VALARM" in text  # the alarm stays
    assert "RECURRENCE-ID:20261219T180000Z" in text and "STATUS:CANCELLED" in text
    # nothing changed since: the next sync sends and takes nothing
    report = sync(url)
    assert (report.came_in, report.went_out) == (0, 0)
    # the phone restores the cancelled meeting: it comes back here
    phone.put("club.ics", _series_with_a_moved_occurrence("club-series"))
    sync(url)
    assert [x.original_start for x in event_row(club.id).exceptions] == [datetime(2026, 12, 12, 18)]


def test_an_event_delete_undone_before_the_next_sync_leaves_the_server_as_it_was(calendar):
    # The window's Delete and its undo (DeleteEventCommand) call these two.
    url, phone = calendar
    fair = events.create_event("Tech career fair", datetime(2026, 12, 3, 9), timezone="UTC")
    events.create_event("Job club", datetime(2026, 12, 5, 18), timezone="UTC")
    sync(url)
    before = {name: phone.get(name) for name in phone.names()}

    events.restore_event(events.delete_event(fair))
    report = sync(url)

    assert (report.came_in, report.went_out, report.conflicts) == (0, 0, 0)
    assert {name: phone.get(name) for name in phone.names()} == before  # no copy, no delete
    assert sorted(titles()) == ["Job club", "Tech career fair"]


def test_a_new_schedule_from_the_server_drops_who_was_met_off_it_and_says_so(
    calendar, monkeypatch, capsys
):
    """Another program makes the weekly club fortnightly: the person met at a meeting that
    is no longer one is dropped here, as an edit in the window would, and the command line
    says how many (the window's Sync Log has the line; its undo step brings them back)."""
    from networkcircles.cli import main
    from networkcircles.services import contacts

    url, phone = calendar
    club = events.create_event(
        "Job club", datetime(2026, 12, 1, 18), timezone="UTC", recurrence="FREQ=WEEKLY"
    )
    ada, bob = contacts.create("Ada", "peers"), contacts.create("Bob", "peers")
    events.link_attendees(club, [ada], "met", datetime(2026, 12, 8, 18))
    events.link_attendees(club, [bob], "planned", datetime(2026, 12, 15, 18))
    assert sync(url).went_out == 1
    name = phone.find("Job club")
    phone.put(name, replace_line(phone.get(name), "RRULE", "RRULE:FREQ=WEEKLY;INTERVAL=2"))
    monkeypatch.setenv("NETWORKCIRCLES_PASSWORD", PASSWORD)
    store_path = db.database

    assert main(["sync", "--db", store_path, "--url", url, "--user", USER]) == 0

    out, err = capsys.readouterr()
    assert out.strip() == "synced: 1 in, 0 out, 0 conflicts"
    assert "removed 1 changed occurrence(s) or record(s) of who was met" in err
    db.connect(reuse_if_open=True)
    rows = db.execute_sql("SELECT contact_id, occurrence FROM attendance").fetchall()
    assert rows == [(bob, "2026-12-15 18:00:00")]
