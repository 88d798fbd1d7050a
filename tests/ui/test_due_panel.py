"""The Due list at start-up: its rows as before, and its count taken from the list once it
has filled in (start-up's reminder asks for it right after)."""

from datetime import date

from networkcircles.services import contacts
from networkcircles.store import circle_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.panels.due import DuePanel
from networkcircles.ui.theme import error_colour

TODAY = date(2026, 11, 2)


def _count_reads(monkeypatch) -> list[bool]:
    """One entry per read of follow-ups: True when everyone's were read."""
    whole: list[bool] = []
    real = circle_queries.follow_ups_until
    monkeypatch.setattr(
        circle_queries,
        "follow_ups_until",
        lambda last, ids=None: (whole.append(ids is None), real(last, ids))[1],
    )
    return whole


def test_the_count_after_the_list_filled_reads_nothing_again(store, qtbot, monkeypatch):
    """Two contacts a day overdue, one three days, one due today: the rows say so, overdue
    ones in the error colour; the count comes from the list, and stays right after an edit
    and a change of day."""
    ids = [
        contacts.create(name, "peers", next_follow_up=day, follow_up_note=note)
        for name, day, note in [
            ("Ana", date(2026, 11, 1), "CV"),
            ("Bo", date(2026, 11, 1), ""),
            ("Cy", date(2026, 10, 30), ""),
            ("Di", TODAY, "lunch"),
            ("Ed", date(2026, 11, 9), ""),
        ]
    ]
    bridge = StoreBridge()
    panel = DuePanel(bridge, TODAY)
    qtbot.addWidget(panel)
    texts = [panel.list.item(n).text() for n in range(panel.list.count())]
    assert texts == [
        "Cy: 3 days overdue",
        "Ana: 1 day overdue — CV",
        "Bo: 1 day overdue",
        "Di: due today — lunch",
    ]
    red = error_colour(panel.palette())
    assert [panel.list.item(n).foreground().color() for n in range(3)] == [red] * 3
    assert panel.list.item(3).foreground().color() != red

    reads = _count_reads(monkeypatch)
    assert panel.due_count() == 4
    assert reads == []  # counted from the list just filled
    bridge.set_follow_up(ids[4], TODAY)  # Ed comes in: only his follow-up is read
    assert panel.due_count() == 5 == DuePanel(StoreBridge(), TODAY).due_count()
    assert reads.count(True) == 1  # the fresh panel's, not the count's
    panel.set_today(date(2026, 11, 9))  # another day: the list is read again for it
    assert panel.due_count() == DuePanel(StoreBridge(), date(2026, 11, 9)).due_count() == 5


def test_a_hidden_due_list_counts_from_the_store(window, qtbot):
    """With the Due dock hidden the list does not follow edits; its count still does."""
    due = window.panels.due
    window.panels.due_dock.hide()
    qtbot.wait(10)
    someone = contacts.create("Fay", "peers")
    before = due.due_count()
    window.bridge.set_follow_up(someone, date.today())
    assert due.due_count() == before + 1 == DuePanel(StoreBridge()).due_count()


def test_a_hidden_due_list_counts_without_reading_the_follow_ups(window, qtbot, monkeypatch):
    """Start-up's reminder asks for the count before the list has filled in: the follow-ups
    are counted in the store, not read row by row, and the count is the list's once shown."""
    from networkcircles.ui.panels.lazy import bring_forward

    due = window.panels.due
    window.panels.due_dock.hide()
    qtbot.wait(10)
    for name, day in [("Gil", date(2020, 1, 1)), ("Hal", date.today()), ("Ivy", None)]:
        contacts.create(name, "peers", next_follow_up=day)
    reads = _count_reads(monkeypatch)
    counted = due.due_count()
    assert reads == []
    bring_forward(window.panels.due_dock)
    assert reads == [True]  # the list, shown, reads them once
    assert counted == due.due_count()  # now counted from the list's rows
    assert {"Gil", "Hal"} <= {row.name for row in due._follow_ups or []}
