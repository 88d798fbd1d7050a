"""The balance dock: figures per circle, neglected circles in words, the weekly chart."""

from datetime import date

from networkcircles.services import contacts, interactions
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.panels.balance import BalancePanel
from networkcircles.ui.panels.due import DuePanel

TODAY = date(2026, 11, 2)


def test_figures_sentences_and_refresh(store, qtbot):
    mum = contacts.create("Mum", "family")
    boss = contacts.create("Boss", "coworkers")
    interactions.log(boss, date(2026, 10, 9), "call")  # 24 days ago
    bridge = StoreBridge()
    panel = BalancePanel(bridge, TODAY)
    qtbot.addWidget(panel)
    assert panel.table.item(0, 0).text() == "1"
    assert panel.table.item(1, 4).text() == "2026-10-09"
    assert panel.sentences() == [
        "You have not reached out to anyone in Family and friends yet.",
        "You have not reached out to anyone in Former co-workers and bosses for 24 days.",
        "One in family and friends does not know you are looking yet.",
    ]
    bridge.log_interaction(mum, TODAY, "call")
    qtbot.waitUntil(lambda: panel.table.item(0, 2).text() == "1")  # on the next turn
    assert panel.sentences()[0].startswith("You have not reached out to anyone in Former")
    panel.set_neglect_days(30)
    assert panel.sentences() == ["One in family and friends does not know you are looking yet."]
    assert panel.report.weekly["family"][-1] == 1


def test_edits_in_a_row_refresh_once_and_read_only_their_contacts(demo_store, qtbot):
    from playhouse.test_utils import count_queries

    from networkcircles.services import balance
    from networkcircles.store import queries

    bridge = StoreBridge()
    panel = BalancePanel(bridge, TODAY)
    qtbot.addWidget(panel)
    refreshes = []
    real = panel._tally.report
    panel._tally.report = lambda *a: refreshes.append(a) or real(*a)
    moved = [row for row in queries.contact_rows() if row.circle_key == "peers"][:3]
    with count_queries() as counted:
        for row in moved:
            bridge.move_contact(row.id, "associations")  # three edits, before a repaint
        bridge.log_interaction(moved[0].id, TODAY, "call")  # two signals
        qtbot.waitUntil(lambda: len(refreshes) == 1)
    assert panel.report == balance.report(TODAY)
    peers = next(r for r in panel.report.circles if r.key == "peers")
    assert panel.table.item(2, 0).text() == str(peers.contacts)
    # the writes, then one reading of those three contacts: nothing network-wide
    assert not [q for q in counted.get_queries() if "GROUP BY" in q.msg[0]]
    qtbot.wait(20)
    assert len(refreshes) == 1


def test_paints_over_the_demo(demo_store, qtbot, tmp_path):
    panel = BalancePanel(StoreBridge(), TODAY)
    qtbot.addWidget(panel)
    panel.resize(600, 520)
    panel.show()
    assert panel.chart.grab().save(str(tmp_path / "chart.png"))
    assert any("Former co-workers" in s for s in panel.sentences())


def test_due_panel_lists_overdue_then_today(store, qtbot):
    late = contacts.create("Late", "family", next_follow_up=date(2026, 10, 30))
    now = contacts.create("Now", "peers", next_follow_up=TODAY)
    contacts.create("Soon", "peers", next_follow_up=date(2026, 11, 9))
    panel = DuePanel(StoreBridge(), TODAY)
    qtbot.addWidget(panel)
    assert panel.contact_ids() == [late, now]
    assert panel.due_count() == 2
    assert "3 days overdue" in panel.list.item(0).text()
    with qtbot.waitSignal(panel.contact_activated, timeout=1000) as blocker:
        panel.list.itemActivated.emit(panel.list.item(1))
    assert blocker.args == [now]


def test_an_empty_network_is_told_to_add_people_not_praised(store, qtbot):
    bridge = StoreBridge()
    panel = BalancePanel(bridge, TODAY)
    qtbot.addWidget(panel)
    (sentence,) = panel.sentences()
    assert "add your first people" in sentence
    assert "heard from you" not in sentence
    someone = contacts.create("Sam", "peers")
    bridge.log_interaction(someone, TODAY, "call")
    panel.refresh()
    assert "heard from you lately" in panel.sentences()[0]


def test_the_due_list_follows_single_edits_without_reading_every_follow_up(
    store, qtbot, monkeypatch
):
    """Setting, moving and clearing follow-ups (and undoing): the list is what a fresh one
    shows, each time, and only the edited contacts' follow-ups are read."""
    from networkcircles.store import circle_queries

    ids = [
        contacts.create(name, "peers", next_follow_up=day, follow_up_note=note)
        for name, day, note in [
            ("Ana", date(2026, 10, 30), "CV"),
            ("Bo", TODAY, ""),
            ("Cy", date(2026, 10, 1), "lunch"),
            ("Ana", date(2026, 10, 30), ""),  # same day and name: by id
            ("Di", date(2026, 11, 20), ""),
        ]
    ]
    bridge = StoreBridge()
    panel = DuePanel(bridge, TODAY)
    qtbot.addWidget(panel)
    whole = []
    real = circle_queries.follow_ups_until
    monkeypatch.setattr(
        circle_queries,
        "follow_ups_until",
        lambda last, ids=None: (whole.append(ids is None), real(last, ids))[1],
    )

    def matches_a_fresh_list() -> bool:
        fresh = DuePanel(StoreBridge(), TODAY)
        texts = [panel.list.item(n).text() for n in range(panel.list.count())]
        same = texts == [fresh.list.item(n).text() for n in range(fresh.list.count())]
        same = same and panel.summary.text() == fresh.summary.text()
        fresh.deleteLater()
        return same

    assert matches_a_fresh_list()
    whole.clear()
    for contact_id, day in [
        (ids[4], date(2026, 10, 2)),  # comes in, overdue
        (ids[0], None),  # leaves
        (ids[2], TODAY),  # from overdue to today
        (ids[1], date(2026, 10, 30)),  # among the two Anas
    ]:
        before = bridge.set_follow_up(contact_id, day, "again")
        assert matches_a_fresh_list()
        bridge.set_follow_up(contact_id, *before)  # the undo
        assert matches_a_fresh_list()
        bridge.set_follow_up(contact_id, day, "again")  # the redo
        assert matches_a_fresh_list()
    # Twelve edits each read the one contact's follow-up; only the twelve fresh lists read
    # everyone's.
    assert whole.count(False) == 12
    assert whole.count(True) == 12
