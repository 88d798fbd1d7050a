"""People flagged "leave out" print apart, and no reliability text ever prints."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from networkcircles.printing.output import PrintOptions, write_pdf
from networkcircles.printing.summary import Subheading, Table, build_summary
from networkcircles.services import contacts, reliability

TODAY = date(2026, 11, 2)
SECRET_NOTE = "Zanzibar-7731 knows the CFO"  # a useful_contacts_note that must never print
HEADING = "Left out:"


def pages_text(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [" ".join(page.extract_text(extraction_mode="layout").split()) for page in reader.pages]


@pytest.fixture
def flagged(store, qapp):
    """Acquaintances of every verdict, and a gossip in the family circle."""
    tina = contacts.create("Tina Teller", "acquaintances", last_contacted=date(2026, 10, 1))
    good = {"has_useful_contacts": True, "can_convey": True, "passes_gossip": False}
    reliability.set_answers(tina, {**good, "useful_contacts_note": SECRET_NOTE})
    gary = contacts.create("Gary Gossip", "acquaintances", next_follow_up=date(2026, 10, 1))
    reliability.set_answers(gary, {"passes_gossip": True, "useful_contacts_note": SECRET_NOTE})
    vague = contacts.create("Vera Vague", "acquaintances")
    reliability.set_answers(vague, {"can_convey": False, "has_useful_contacts": True})
    contacts.create("Uma Unasked", "acquaintances")
    aunt = contacts.create("Aunt Agatha", "family")
    reliability.set_answers(aunt, {"passes_gossip": True})
    contacts.create("Brother Ben", "family")
    return store


def _blocks(section) -> list:
    return [b for b in section.blocks if isinstance(b, Table | Subheading)]


def test_left_out_people_get_their_own_table_after_the_people_to_tell(flagged):
    document = build_summary("net", today=TODAY)
    sections = {section.key: section for section in document.sections}
    tell, heading, left_out = _blocks(sections["acquaintances"])
    assert [row.cells[0] for row in tell.rows] == ["Uma Unasked", "Tina Teller"]  # never met first
    assert isinstance(heading, Subheading) and heading.text.startswith(HEADING)
    assert [row.cells[0] for row in left_out.rows] == ["Gary Gossip", "Vera Vague"]
    assert "ask the questions first" in tell.rows[0].cells[-1]  # Uma: not vetted yet
    assert "ask the questions first" not in tell.rows[1].cells[-1]
    family = _blocks(sections["family"])  # a gossip can be flagged in any circle
    assert [row.cells[0] for row in family[0].rows] == ["Brother Ben"]
    assert [row.cells[0] for row in family[2].rows] == ["Aunt Agatha"]
    assert _blocks(sections["peers"]) == []  # nobody there: no table, no heading


def test_left_out_heading_comes_after_everyone_to_tell_in_the_pdf(flagged, tmp_path):
    target = tmp_path / "acquaintances.pdf"
    write_pdf(target, PrintOptions(circles=["acquaintances"], today=TODAY))
    (text,) = pages_text(target)
    assert text.count(HEADING) == 1
    heading = text.index(HEADING)
    assert text.index("Tina Teller") < heading and text.index("Uma Unasked") < heading
    assert text.index("Gary Gossip") > heading and text.index("Vera Vague") > heading
    assert "4 people. 2 of them are left out" in text


@pytest.mark.parametrize("share", [False, True])
def test_reliability_notes_never_print(flagged, tmp_path, share):
    target = tmp_path / "whole.pdf"
    write_pdf(target, PrintOptions(share=share, today=TODAY))
    everything = " ".join(pages_text(target))
    assert "Zanzibar" not in everything and "CFO" not in everything
    for code in reliability.Reason:  # the verdicts' reasons in words, for every code
        reason = reliability.Verdict(reliability.VerdictKind.NOT_YET, code, ("can_convey",))
        assert reason.reason not in everything
    assert everything.count(HEADING) == 2  # family and acquaintances: only the heading
    page = next(text for text in pages_text(target) if "They meet many people" in text)
    assert page.index("G. G." if share else "Gary Gossip") > page.index(HEADING)
    assert page.index("T. T." if share else "Tina Teller") < page.index(HEADING)
