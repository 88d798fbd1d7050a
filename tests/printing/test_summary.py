"""The summary's content: privacy, order and sections, without drawing anything."""

from datetime import date, datetime

import pytest

from networkcircles.printing.summary import (
    SectionKind,
    Table,
    UnknownCircle,
    build_summary,
    initials,
)
from networkcircles.services import contacts
from networkcircles.store.models import Event, Lead

TODAY = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("José Núñez", "J. N."),
        ("Zoë Ødegaard", "Z. Ø."),
        ("Анна", "\u0410."),
        ("王芳", "王."),
        ("Mary-Jane Roe", "M.-J. R."),
        ("<b>Bob</b> & Co", "B. C."),
        ("  ", "?"),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected


def _table(section) -> Table:
    return next(block for block in section.blocks if isinstance(block, Table))


def _names(section) -> list[str]:
    return [row.cells[0] for row in _table(section).rows]


@pytest.fixture
def peers(store):
    """Five peers, one for each step of the working-through order."""
    contacts.create("Rest Recent", "peers", last_contacted=date(2026, 10, 30))
    contacts.create("Rest Old", "peers", last_contacted=date(2026, 6, 1))
    contacts.create("Never Met", "peers")
    contacts.create(
        "Due Soon", "peers", next_follow_up=date(2026, 11, 5), last_contacted=date(2026, 10, 1)
    )
    contacts.create(
        "Overdue Little",
        "peers",
        next_follow_up=date(2026, 11, 1),
        last_contacted=date(2026, 10, 31),
    )
    contacts.create(
        "Overdue Long",
        "peers",
        next_follow_up=date(2026, 10, 1),
        emails=["long@example.com"],
        phones=["+1 555 0101"],
    )
    contacts.create("Later Follow-up", "peers", next_follow_up=date(2026, 12, 24))
    return store


def test_people_are_sorted_for_working_through(peers):
    document = build_summary("net", circles=["peers"], today=TODAY)
    (section,) = document.sections
    assert _names(section) == [
        "Overdue Long",
        "Overdue Little",
        "Due Soon",
        "Later Follow-up",  # never contacted; its follow-up is weeks away
        "Never Met",
        "Rest Old",
        "Rest Recent",
    ]


def test_section_header_has_the_reason_and_the_count(peers):
    (section,) = build_summary("net", circles=["peers"], today=TODAY).sections
    assert section.title == "Fellow job seekers"
    texts = [block.text for block in section.blocks if not isinstance(block, Table)]
    assert any("job clubs" in text for text in texts)  # the circle's description
    assert "7 people" in texts


def test_for_me_shows_phone_and_email(peers):
    (section,) = build_summary("net", circles=["peers"], today=TODAY).sections
    first = _table(section).rows[0]
    assert "long@example.com" in " ".join(first.cells)
    assert "+1 555 0101" in " ".join(first.cells)
    assert "(overdue)" in " ".join(first.cells)


def test_share_mode_uses_initials_and_drops_phones_and_emails(peers):
    (section,) = build_summary("net", circles=["peers"], share=True, today=TODAY).sections
    table = _table(section)
    assert "Phone and e-mail" not in [column.title for column in table.columns]
    text = " ".join(cell for row in table.rows for cell in row.cells)
    assert "@" not in text and "555" not in text
    assert _names(section)[0] == "O. L."
    assert "Overdue" not in " ".join(_names(section))


def test_unknown_circle_is_refused(store):
    with pytest.raises(UnknownCircle):
        build_summary("net", circles=["nope"], today=TODAY)


def test_whole_network_has_overview_events_and_open_leads(store):
    contacts.create("Ann Source", "peers")
    Event.create(title="Career fair", starts_at=datetime(2026, 11, 20, 9, 30), location="Hall")
    Event.create(title="Too far ahead", starts_at=datetime(2027, 2, 1, 9, 0))
    Event.create(title="Already past", starts_at=datetime(2026, 10, 1, 9, 0))
    Lead.create(company="Open Co", role="Analyst", status="applied")
    Lead.create(company="Closed Co", role="Analyst", status="closed")
    document = build_summary("net", today=TODAY)
    assert document.overview is not None
    assert document.overview.balance.rows[0].cells[0] == "Family and friends"
    keys = [section.key for section in document.sections]
    assert keys == [
        "family",
        "coworkers",
        "peers",
        "associations",
        "acquaintances",
        "events",
        "leads",
    ]
    events = _table(document.sections[-2])
    assert [row.cells[2] for row in events.rows] == ["Career fair"]
    leads = _table(document.sections[-1])
    assert [row.cells[0] for row in leads.rows] == ["Open Co"]


def test_no_events_or_leads_means_no_such_sections(store):
    document = build_summary("net", today=TODAY)
    assert [s.key for s in document.sections][-1] == "acquaintances"


def test_a_single_circle_prints_only_its_people_by_default(store):
    document = build_summary("net", circles=["family"], today=TODAY)
    assert document.overview is None
    assert [s.key for s in document.sections] == ["family"]
    assert document.title == "Family and friends"


def test_sections_can_be_chosen(store):
    document = build_summary("net", sections=frozenset({SectionKind.OVERVIEW}), today=TODAY)
    assert document.overview is not None and document.sections == ()


def test_share_mode_shares_no_identity(demo_store):
    """Initials, the next step and days from today: no employer, title, source dates, notes,
    phones or e-mail addresses, in any circle's table or the left-out list."""
    import re

    from networkcircles.store import queries

    document = build_summary("net", share=True, today=TODAY)
    tables = [b for s in document.sections for b in s.blocks if isinstance(b, Table)]
    people_tables = [t for t in tables if t.columns[0].title == "Initials"]
    assert people_tables
    text = "\n".join(cell for t in people_tables for row in t.rows for cell in row.cells)
    assert not re.search(r"\d{4}-\d\d-\d\d", text)  # no calendar dates at all
    assert "days ago" in text
    assert "@" not in text
    for row in queries.contact_rows():
        for field in (row.organization, row.name):
            if field and len(field) > 3:
                assert field not in text, field
    titles = {c.title for t in people_tables for c in t.columns}
    assert titles <= {"Initials", "Last contacted", "Next step", "Knows I'm looking"}
