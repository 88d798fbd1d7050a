"""Upcoming events as occurrences in the display zone, and open leads with their kind."""

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from networkcircles.printing.output import PrintOptions, write_pdf
from networkcircles.printing.summary import SectionKind, Table, build_summary
from networkcircles.services import contacts, events, tips

TODAY = date(2026, 11, 2)  # a Monday
BERLIN = ZoneInfo("Europe/Berlin")
ONLY_EVENTS = frozenset({SectionKind.EVENTS})


def pages_text(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [" ".join(page.extract_text(extraction_mode="layout").split()) for page in reader.pages]


def _rows(document) -> list[tuple[str, ...]]:
    (section,) = document.sections
    table = next(block for block in section.blocks if isinstance(block, Table))
    return [row.cells for row in table.rows]


@pytest.fixture
def calendar(store, qapp):
    # Weekly on Tuesdays from before today; floating, so 10:00 wherever it is printed.
    events.create_event(
        "Weekly job club",
        datetime(2026, 10, 20, 10, 0),
        ends_at=datetime(2026, 10, 20, 12, 0),
        recurrence="FREQ=WEEKLY",
        location="Library",
    )
    # 18:30 in New York (UTC-5 in November) is 00:30 the next day in Berlin (UTC+1).
    new_york = events.to_stored(datetime(2026, 11, 12, 18, 30), "America/New_York")
    events.create_event(
        "Mentoring circle",
        new_york,
        ends_at=new_york + timedelta(hours=1),
        timezone="America/New_York",
    )
    events.create_event("Career fair", date(2026, 11, 20), all_day=True)
    events.create_event("Too far ahead", datetime(2026, 12, 9, 9, 0))
    return store


def test_a_recurring_event_prints_on_each_date_within_30_days(calendar):
    rows = _rows(build_summary("net", sections=ONLY_EVENTS, today=TODAY, zone=BERLIN))
    club = [row for row in rows if row[2].startswith("Weekly job club\n")]
    assert [row[0] for row in club] == [
        "2026-11-03",
        "2026-11-10",
        "2026-11-17",
        "2026-11-24",
        "2026-12-01",
    ]
    assert all(row[1] == "10:00\u201312:00" for row in club)
    # the rule in words under the title, never FREQ=WEEKLY
    assert all(row[2].splitlines()[1].startswith("every Tuesday at ") for row in club)
    assert "Too far ahead" not in [row[2] for row in rows]
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)


def test_a_zoned_event_prints_in_the_display_zone(calendar):
    rows = _rows(build_summary("net", sections=ONLY_EVENTS, today=TODAY, zone=BERLIN))
    (mentoring,) = [row for row in rows if row[2] == "Mentoring circle"]
    assert mentoring[0] == "2026-11-13"
    assert mentoring[1].splitlines() == ["00:30\u201301:30", "(18:30 in New York)"]
    (fair,) = [row for row in rows if row[2] == "Career fair"]
    assert fair[:2] == ("2026-11-20", "all day")  # no time for an all-day event


def test_events_in_the_pdf(calendar, tmp_path):
    target = tmp_path / "events.pdf"
    write_pdf(target, PrintOptions(sections=ONLY_EVENTS, today=TODAY, zone=BERLIN))
    text = " ".join(pages_text(target))
    assert "Times are in Europe/Berlin." in text
    for day in ("2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01"):
        assert day in text
    assert text.count("Weekly job club") == 5
    assert "2026-11-13 00:30\u201301:30 Mentoring circle (18:30 in New York)" in text
    assert "2026-11-20 all day Career fair" in text


def test_open_leads_show_their_kind_and_a_tips_title(store):
    source = contacts.create("Pat Peer", "peers")
    tips.create("job", company="Open Co", role="Analyst", status="applied", source=source)
    tips.create("fair", title="Downtown career fair", company="City Hall", fair_on="2026-11-20")
    tips.create("resource", title="Salary comparison site", link="https://example.org")
    tips.create("job", company="Closed Co", status="closed")
    document = build_summary("net", sections=frozenset({SectionKind.LEADS}), today=TODAY)
    rows = {row[0]: row for row in _rows(document)}
    assert set(rows) == {"Open Co", "Downtown career fair", "Salary comparison site"}
    assert rows["Open Co"][1:] == ("job", "Analyst", "applied", "Pat Peer")
    assert rows["Downtown career fair"][1:3] == ("career fair", "City Hall\n2026-11-20")
    assert rows["Salary comparison site"][1:3] == ("resource", "")
    shared = build_summary("net", sections=frozenset({SectionKind.LEADS}), share=True, today=TODAY)
    assert {row[0]: row for row in _rows(shared)}["Open Co"][4] == "P. P."
