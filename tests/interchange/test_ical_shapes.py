"""iCalendar shapes seen in the wild (issue 13): vendor-prefixed TZIDs, an empty TZID, and
time zones a file defines applying to that file only."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from networkcircles.cli import main
from networkcircles.interchange.ical import read_calendar
from networkcircles.store import event_queries
from networkcircles.store.db import close_store, open_store

SHAPES = Path(__file__).parent / "fixtures" / "series"


@pytest.mark.parametrize("name", ["vendor_tzid_defined.ics", "vendor_tzid_undefined.ics"])
def test_a_vendor_prefixed_tzid_is_its_iana_zone(name):
    parsed = read_calendar(SHAPES / name)
    [meetup] = parsed.drafts
    # 18:00 in Chicago on 10 Nov (CST, UTC-6)
    assert (meetup.timezone, meetup.starts_at) == ("America/Chicago", datetime(2026, 11, 11))
    assert parsed.warnings == []


def test_no_library_warning_is_printed_for_a_vendor_prefixed_tzid(tmp_path):
    """Run as a user does: a fresh process, Python's warnings shown as they would be."""
    result = subprocess.run(
        [
            sys.executable,
            "-W",
            "default",
            "-m",
            "networkcircles",
            "import",
            "--db",
            str(tmp_path / "n.sqlite"),
            str(SHAPES / "vendor_tzid_undefined.ics"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "guessing" not in result.stderr


def test_an_empty_tzid_is_floating_time_with_a_warning():
    parsed = read_calendar(SHAPES / "exchange_empty_tzid.ics")
    [meeting] = parsed.drafts
    assert (meeting.timezone, meeting.starts_at) == ("", datetime(2026, 11, 10, 18))
    assert [(w.line, w.kind) for w in parsed.warnings] == [(4, "empty-tzid")]
    assert "DTSTART and DTEND" in parsed.warnings[0].message


def test_each_file_s_time_zones_apply_to_that_file_only(tmp_path, capsys):
    """Two files of one command define a zone of the same name differently."""
    store = tmp_path / "n.sqlite"
    files = [SHAPES / "office_zone_plus3.ics", SHAPES / "office_zone_minus7.ics"]
    assert main(["import", "--db", str(store), *map(str, files)]) == 0
    capsys.readouterr()
    open_store(store)
    try:
        starts = {r.title: r.starts_at for r in event_queries.event_rows()}
    finally:
        close_store()
    # both at 12:00 in their own "Office Time": UTC+3 and UTC-7
    assert starts == {"Office a": datetime(2026, 11, 10, 9), "Office b": datetime(2026, 11, 10, 19)}
    # and the other way round, so neither order hides it
    assert read_calendar(files[1]).drafts[0].starts_at == datetime(2026, 11, 10, 19)
    assert read_calendar(files[0]).drafts[0].starts_at == datetime(2026, 11, 10, 9)
