"""iCalendar in and out: each exporter's quirks, the round trip, and all-or-nothing refusal."""

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from networkcircles.cli import main
from networkcircles.interchange.ical import calendar_text, export_calendar, read_calendar
from networkcircles.interchange.records import ImportRejected
from networkcircles.services import events
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import event_queries
from networkcircles.store.db import close_store, db

FIXTURES = Path(__file__).parent / "fixtures"
BAD = [
    "broken_date.ics",
    "broken_rrule.ics",
    "no_start.ics",
    "cut_off.ics",
    "not_a_calendar.ics",
    "contacts.ics",
]


def drafts(name: str):
    return {d.title: d for d in read_calendar(FIXTURES / name).drafts}


def test_google_vtimezone_tzid_rrule_until_exdate_and_escapes():
    club = drafts("google_calendar.ics")["Job club"]
    assert (club.timezone, club.starts_at, club.ends_at) == (
        "America/New_York",
        datetime(2026, 10, 20, 22),
        datetime(2026, 10, 20, 23, 30),
    )
    assert club.recurrence == "FREQ=WEEKLY;UNTIL=20261117T230000Z;BYDAY=TU"
    assert club.excluded == "2026-10-27 22:00:00"
    assert club.location == "Public Library, Room 2, 100 Main St"  # escaped commas
    assert club.notes == (
        "Weekly job club, bring your résumé; coffee provided.\n"
        "Second line of the description, folded by Google."
    )
    assert club.kind == "job_club"


def test_google_utc_times():
    webinar = drafts("google_calendar.ics")["Webinar: LinkedIn for job seekers"]
    assert (webinar.timezone, webinar.starts_at) == ("UTC", datetime(2026, 11, 5, 15))
    assert webinar.location == "https://example.org/webinar"
    assert webinar.kind == "webinar"


def test_outlook_windows_zone_and_duration():
    meeting = drafts("outlook.ics")["Association members meeting"]
    assert meeting.timezone == "Europe/Berlin"  # "W. Europe Standard Time"
    assert meeting.starts_at == datetime(2026, 11, 4, 17, 30)  # 18:30 CET
    assert meeting.ends_at == datetime(2026, 11, 4, 19, 0)  # DURATION:PT1H30M
    assert meeting.location == "Haus der Verbände"


def test_meetup_organizer_url_and_folded_description():
    meetup = drafts("meetup.ics")["Data Guild open meetup: dashboards, data & drinks"]
    assert meetup.organizer_name == "Data Guild"
    assert meetup.starts_at == datetime(2026, 11, 12, 23) and meetup.timezone == "UTC"
    assert "Lightning talks and networking." in meetup.notes
    assert meetup.uid == "event_1234@meetup.com"


def test_eventbrite_all_day_dates():
    found = drafts("eventbrite.ics")
    fair = found["Downtown Career Fair 2026"]
    assert (fair.all_day, fair.timezone, fair.kind) == (True, "", "career_fair")
    assert (fair.starts_at, fair.ends_at) == (datetime(2026, 11, 14), datetime(2026, 11, 16))
    clinic = found["Résumé clinic"]  # no DTEND: one day
    assert clinic.ends_at == datetime(2026, 11, 21)


@pytest.mark.parametrize("name", BAD)
def test_malformed_files_import_nothing_and_say_why(demo_store, name):
    before = list(db.connection().iterdump())
    with pytest.raises(ImportRejected) as caught:
        read_calendar(FIXTURES / name)
    assert caught.value.reason
    plan = plan_import([FIXTURES / name])
    assert plan.files == [] and len(plan.rejected_files) == 1
    apply_plan(plan)
    assert list(db.connection().iterdump()) == before


def test_a_file_with_one_broken_event_names_it():
    with pytest.raises(ImportRejected) as caught:
        read_calendar(FIXTURES / "broken_date.ics")
    assert caught.value.line == 9 and "event 2" in caught.value.reason


def test_import_through_the_plan_and_again_adds_nothing(store):
    files = [
        FIXTURES / n for n in ("google_calendar.ics", "outlook.ics", "meetup.ics", "eventbrite.ics")
    ]
    result = apply_plan(plan_import(files))
    assert len(result.event_ids) == 6 and result.added == 0
    again = apply_plan(plan_import(files))
    assert (again.event_ids, again.events_skipped) == ((), 6)
    assert "Data Guild" in {o.name for o in event_queries.organizations()}
    club = events.occurrences(date(2026, 10, 1), date(2026, 12, 31), ZoneInfo("America/New_York"))
    days = [o.day for o in club if o.title == "Job club"]
    assert days == [date(2026, 10, 20), date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17)]


def _key(row):
    ends_at = row.ends_at
    if row.all_day and ends_at is None:  # an all-day event without an end lasts its day
        ends_at = row.starts_at + timedelta(days=1)
    return (
        row.title,
        row.kind,
        row.starts_at,
        ends_at,
        row.all_day,
        row.timezone,
        row.recurrence,
        row.excluded,
        row.location,
        row.organizer_name,
        row.cost,
        row.notes,
        row.status,
        row.uid,
    )


def test_export_round_trips_through_our_importer(demo_store, tmp_path):
    events.create_event("Floating coffee", datetime(2026, 11, 3, 9, 30), notes="a, b; c\nd")
    events.create_event(
        "Tokyo call",
        events.to_stored(datetime(2026, 11, 4, 9), "Asia/Tokyo"),
        timezone="Asia/Tokyo",
        cost=12.5,
        recurrence="FREQ=MONTHLY;COUNT=3",
    )
    before = sorted(_key(r) for r in event_queries.event_rows())
    target = tmp_path / "events.ics"
    assert export_calendar(target) == len(before)
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\nBEGIN:VTIMEZONE\r\n" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded
    parsed = icalendar.Calendar.from_ical(raw)
    assert {str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")} >= {"Asia/Tokyo"}
    close_store()
    from networkcircles.store.db import open_store

    open_store(tmp_path / "other.sqlite")
    result = apply_plan(plan_import([target]))
    assert len(result.event_ids) == len(before)
    after = sorted(_key(r) for r in event_queries.event_rows())
    # events made without a UID get one on export
    assert [k[:-1] for k in after] == [k[:-1] for k in before]


def test_calendar_text_of_nothing_is_still_a_calendar():
    assert icalendar.Calendar.from_ical(calendar_text([])).name == "VCALENDAR"


def test_cli_import_and_export_ics(tmp_path, capsys):
    db_path = tmp_path / "n.sqlite"
    code = main(
        [
            "import",
            "--db",
            str(db_path),
            str(FIXTURES / "eventbrite.ics"),
            str(FIXTURES / "broken_rrule.ics"),
        ]
    )
    out = capsys.readouterr()
    assert code == 1
    assert "added 2 events" in out.out and "RRULE" in out.err
    code = main(["export", "--db", str(db_path), "--format", "ics", "-o", str(tmp_path / "x.ics")])
    assert code == 0 and "Wrote 2 events" in capsys.readouterr().out
    assert main(["stats", "--db", str(db_path), "--json"]) == 0
    assert '"events": 2' in capsys.readouterr().out
    close_store()


def _one_event_calendar(tmp_path, rule: str):
    path = tmp_path / "scaled.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:scaled-1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261201T180000Z\r\n"
        f"SUMMARY:Job club\r\nRRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "utf-8",
    )
    return read_calendar(path)


def test_a_gregorian_rscale_rule_is_read_as_the_plain_rule(tmp_path):
    """RFC 7529: RSCALE=GREGORIAN with the default SKIP=OMIT means what RFC 5545 rules mean."""
    parsed = _one_event_calendar(tmp_path, "RSCALE=GREGORIAN;FREQ=WEEKLY;COUNT=4")
    assert [d.recurrence for d in parsed.drafts] == ["FREQ=WEEKLY;COUNT=4"]
    assert parsed.warnings == []


def test_a_rule_in_another_calendar_keeps_the_event_without_its_rule(tmp_path):
    parsed = _one_event_calendar(tmp_path, "RSCALE=HEBREW;FREQ=YEARLY;BYMONTH=5L;SKIP=FORWARD")
    assert [(d.title, d.recurrence) for d in parsed.drafts] == [("Job club", "")]
    assert len(parsed.warnings) == 1
    assert "Hebrew calendar" in parsed.warnings[0].message
    assert parsed.warnings[0].line == 4


def test_events_after_the_calendar_are_read_as_if_inside_it(tmp_path):
    """RFC 5545's examples pasted one after another: a VCALENDAR, then bare components."""
    path = tmp_path / "pasted.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:a\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261201T180000Z\r\nSUMMARY:Job club\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20261101T000000Z\r\n"
        "DTSTART:20261202T180000Z\r\nSUMMARY:Career fair\r\nEND:VEVENT\r\n"
        "BEGIN:VTODO\r\nUID:c\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Call Ann\r\nEND:VTODO\r\n",
        "utf-8",
    )
    parsed = read_calendar(path)
    assert [d.title for d in parsed.drafts] == ["Job club", "Career fair"]
    assert [w.kind for w in parsed.warnings] == ["loose-component"]
    assert "VEVENT, VTODO outside a VCALENDAR" in parsed.warnings[0].message
