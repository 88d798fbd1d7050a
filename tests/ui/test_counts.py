"""Counts read right: "1 event", "2 events", in English (the source language, no catalogue)
and through Qt's numerus translation in any other."""

from datetime import date

from networkcircles.languages import counted
from networkcircles.services import contacts
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.panels.due import DuePanel

TODAY = date(2026, 11, 2)


def test_english_counts_are_singular_for_one():
    assert counted("%n event(s)".replace("%n", "1"), 1) == "1 event"
    assert counted("%n event(s)".replace("%n", "0"), 0) == "0 events"
    assert counted("Exported 2 contact(s) to {path}", 2) == "Exported 2 contacts to {path}"
    assert counted("1 Termin", 1) == "1 Termin"  # a translation has no "(s)": left alone


def test_the_due_list_says_one_day_overdue(store, qtbot):
    contacts.create("Late", "family", next_follow_up=date(2026, 11, 1))
    contacts.create("Later", "peers", next_follow_up=date(2026, 10, 30))
    panel = DuePanel(StoreBridge(), TODAY)
    qtbot.addWidget(panel)
    texts = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert any(text.endswith(": 1 day overdue") for text in texts), texts
    assert any(text.endswith(": 3 days overdue") for text in texts), texts
    assert panel.summary.text() == "2 overdue, 0 due today, 0 events this week"
