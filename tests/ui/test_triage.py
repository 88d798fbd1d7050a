"""The triage panel: one unplaced person at a time, keys 1-5, S, Backspace."""

from PySide6.QtCore import Qt

from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.store.queries import Labelled
from networkcircles.ui.panels.triage import TriagePanel


def make_people():
    ids = [
        contacts.create(
            "Ada Lovelace",
            emails=[Labelled("ada@example.org", "work")],
            organization="Engines",
            role="Lead",
            notes="Met at the fair",
        ),
        contacts.create("Placed Already", "family"),
        contacts.create("Bob Builder", phones=[Labelled("555 0100", "mobile")]),
        contacts.create("Cy Young"),
    ]
    return ids


def connect_like_the_window(panel):
    moves = []

    def on_chosen(contact_id, key):
        moves.append((contact_id, key))
        contacts.move(contact_id, key)  # the window pushes an undoable move, then refreshes
        panel.refresh()

    panel.circle_chosen.connect(on_chosen)
    return moves


def test_keys_place_skip_and_go_back(store, qtbot):
    ada, _, bob, cy = make_people()
    panel = TriagePanel()
    qtbot.addWidget(panel)
    moves = connect_like_the_window(panel)
    assert panel.current_id() == ada
    assert panel.name_label.text() == "Ada Lovelace"
    details = panel.details_label.text()
    assert "Lead · Engines" in details and "ada@example.org  (work)" in details
    assert "Met at the fair" in details
    assert panel.position_label.text() == "1 of 3 · 3 left to sort"
    panel.resize(360, 480)
    panel.grab().save("/tmp/triage.png")

    with qtbot.waitSignal(panel.circle_chosen) as blocker:
        qtbot.keyClick(panel, Qt.Key.Key_2)
    assert blocker.args == [ada, "coworkers"]
    assert queries.contact_row(ada).circle_key == "coworkers"
    assert panel.current_id() == bob
    assert panel.position_label.text() == "2 of 3 · 2 left to sort"

    qtbot.keyClick(panel, Qt.Key.Key_S)
    assert panel.current_id() == cy
    qtbot.keyClick(panel, Qt.Key.Key_Backspace)
    assert panel.current_id() == bob
    qtbot.keyClick(panel, Qt.Key.Key_Backspace)
    assert panel.current_id() == ada
    assert "Now in: Former co-workers and bosses" in panel.details_label.text()
    qtbot.keyClick(panel, Qt.Key.Key_5)  # change of mind
    assert moves[-1] == (ada, "acquaintances")
    assert panel.current_id() == bob
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClick(panel, Qt.Key.Key_3)
    assert moves[-2:] == [(bob, "family"), (cy, "peers")]
    assert panel.current_id() is None
    assert panel.name_label.text() == "Nobody left to sort"
    qtbot.keyClick(panel, Qt.Key.Key_4)  # nobody shown: nothing happens
    assert len(moves) == 4


def test_refresh_survives_deletes_and_newcomers(store, qtbot):
    _ada, _, bob, cy = make_people()
    panel = TriagePanel()
    qtbot.addWidget(panel)
    qtbot.keyClick(panel, Qt.Key.Key_S)
    assert panel.current_id() == bob
    contacts.delete(bob)
    newcomer = contacts.create("New Person")
    panel.refresh()
    assert panel.current_id() == cy  # the deleted one is gone, the next takes its place
    contacts.move(cy, "peers")  # placed from the diagram meanwhile
    panel.refresh()
    assert panel.current_id() == newcomer


def test_empty_tray(store, qtbot):
    panel = TriagePanel()
    qtbot.addWidget(panel)
    assert panel.current_id() is None
    assert not panel.skip_button.isEnabled()
    qtbot.keyClick(panel, Qt.Key.Key_S)
    qtbot.keyClick(panel, Qt.Key.Key_Backspace)
    assert panel.name_label.text() == "Nobody left to sort"


def test_refresh_reads_ids_not_every_row(store, qtbot, monkeypatch):
    """After an import the tray is re-read: the ids of everyone and of the unplaced, not
    every contact's whole row (20,000 of them after a large import)."""
    ada, _placed, bob, cy = make_people()
    panel = TriagePanel()
    qtbot.addWidget(panel)
    panel.show()

    def no_rows():
        raise AssertionError("the triage read every contact's row")

    monkeypatch.setattr(queries, "contact_rows", no_rows)
    newcomer = contacts.create("Dee Newcomer")
    contacts.delete(bob)
    panel.refresh()
    assert panel._order == [ada, cy, newcomer]
    assert panel.current_id() == ada
