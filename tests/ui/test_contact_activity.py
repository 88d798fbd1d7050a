"""The contact activity panel: interactions, follow-ups, introductions, references, pitch, wish."""

from datetime import date

from PySide6.QtGui import QUndoStack

from networkcircles.services import contacts, interactions, references
from networkcircles.store import circle_queries, queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.dialogs.log_interaction import InteractionValues, LogInteractionDialog
from networkcircles.ui.panels.contact_activity import ContactActivityPanel

TODAY = date(2026, 11, 2)


def _panel(qtbot, contact_id):
    stack, bridge = QUndoStack(), StoreBridge()
    panel = ContactActivityPanel(bridge, stack)
    qtbot.addWidget(panel)
    panel.set_today(TODAY)
    panel.show_contact(contact_id)
    return panel, stack


def test_log_interaction_updates_last_contacted_and_undoes(store, qtbot, monkeypatch):
    ana = contacts.create("Ana", "family", last_contacted=date(2026, 9, 1))
    panel, stack = _panel(qtbot, ana)
    monkeypatch.setattr(
        LogInteractionDialog,
        "ask",
        classmethod(
            lambda cls, parent, name, follow_up=None: InteractionValues(
                date(2026, 10, 30), "meeting", "Coffee", ""
            )
        ),
    )
    with qtbot.waitSignal(panel._bridge.interactions_changed, timeout=1000) as blocker:
        panel.log_button.click()
    assert blocker.args == [[ana]]
    assert panel.interactions.count() == 1
    assert "Coffee" in panel.interactions.item(0).text()
    assert queries.contact_row(ana).last_contacted == date(2026, 10, 30)
    stack.undo()
    assert panel.interactions.count() == 0
    assert queries.contact_row(ana).last_contacted == date(2026, 9, 1)
    stack.redo()
    panel.interactions.setCurrentRow(0)
    panel.delete_interaction_button.click()
    assert circle_queries.interactions_of(ana) == []


def test_follow_up_set_refused_and_cleared(store, qtbot):
    ana = contacts.create("Ana", "family")
    panel, stack = _panel(qtbot, ana)
    panel.follow_up_day.setText("next week")
    panel.set_follow_up_button.click()
    assert panel.follow_up_error.isVisibleTo(panel) and stack.count() == 0
    panel.follow_up_day.setText("2026-11-09")
    panel.follow_up_note.setText("Ask about Acme")
    panel.set_follow_up_button.click()
    details = queries.contact_details(ana)
    assert (details.next_follow_up, details.follow_up_note) == (date(2026, 11, 9), "Ask about Acme")
    panel.clear_follow_up_button.click()
    assert queries.contact_details(ana).next_follow_up is None
    stack.undo()
    assert queries.contact_details(ana).next_follow_up == date(2026, 11, 9)


def test_add_and_remove_an_introducer(store, qtbot):
    mum = contacts.create("Mum", "family")
    boss = contacts.create("Boss", "coworkers")
    panel, stack = _panel(qtbot, boss)
    panel.pick_introducer(mum)
    panel.add_introducer_button.click()
    assert circle_queries.referral_pairs() == [(mum, boss)]
    assert panel.introducers.item(0).text().startswith("Mum")
    panel.add_introducer_button.click()  # the same again: refused in words, no command
    assert panel.referral_error.isVisibleTo(panel) and stack.count() == 1
    stack.undo()
    assert circle_queries.referral_pairs() == [] and panel.introducers.count() == 0


def test_vouching_references_and_the_too_often_warning(store, qtbot):
    boss = contacts.create("Boss", "coworkers")
    references.log_request(boss, "PM at Acme", date(2026, 10, 20))
    references.log_request(boss, "PM at Brightside", date(2026, 10, 25))
    panel, stack = _panel(qtbot, boss)
    assert not panel.reference_warning.isVisibleTo(panel)
    panel.vouches_expertise.click()
    assert circle_queries.contact_extras(boss).vouches_expertise is True
    panel.application.setText("PM at Cobalt")
    panel.ask_reference_button.click()
    assert panel.references.count() == 3
    assert panel.reference_warning.isVisibleTo(panel)
    assert "3 times" in panel.reference_warning.text()
    panel.select_reference(0)
    panel.agreed_button.click()
    assert circle_queries.reference_requests(boss)[0].agreed is True
    stack.undo()
    stack.undo()
    assert len(circle_queries.reference_requests(boss)) == 2
    assert not panel.reference_warning.isVisibleTo(panel)


def test_heard_pitch_and_wish(store, qtbot):
    helper = contacts.create("Helper", "peers")
    insider = contacts.create("Insider at Acme", None)
    panel, stack = _panel(qtbot, insider)
    panel.heard_today_button.click()
    assert circle_queries.contact_extras(insider).heard_pitch_on == TODAY
    panel.is_wish.click()
    assert panel.possible_introducer.isEnabled()
    panel.possible_introducer.setCurrentIndex(panel.possible_introducer.findData(helper))
    panel.possible_introducer.activated.emit(panel.possible_introducer.currentIndex())
    (wish,) = circle_queries.wishes()
    assert (wish.contact_id, wish.possible_introducer) == (insider, helper)
    while stack.canUndo():
        stack.undo()
    extras = circle_queries.contact_extras(insider)
    assert (extras.is_wish, extras.possible_introducer, extras.heard_pitch_on) == (
        False,
        None,
        None,
    )


def test_logging_a_call_closes_or_moves_the_overdue_follow_up_in_one_undo_step(
    store, qtbot, monkeypatch
):
    """The rule: a follow-up due by the interaction's day is proposed as done; the user may
    move it instead, or keep it. Logging and the follow-up's change undo together."""
    from PySide6.QtWidgets import QDialog

    ana = contacts.create("Ana", "family")
    interactions.set_follow_up(ana, date(2026, 10, 20), "Ask about Acme")
    panel, stack = _panel(qtbot, ana)
    offered = []

    def accept(dialog):
        offered.append(
            (
                dialog.follow_up.currentData(),
                [dialog.follow_up.itemData(n) for n in range(dialog.follow_up.count())],
            )
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LogInteractionDialog, "exec", accept)
    panel.log_button.click()
    assert offered[-1] == ("done", ["done", "move", "keep"])  # overdue: proposed as done
    details = queries.contact_details(ana)
    assert details.next_follow_up is None and details.follow_up_note == ""
    assert len(circle_queries.interactions_of(ana)) == 1
    stack.undo()  # one step takes back both
    details = queries.contact_details(ana)
    assert details.next_follow_up == date(2026, 10, 20)
    assert details.follow_up_note == "Ask about Acme"
    assert circle_queries.interactions_of(ana) == []

    def move(dialog):
        dialog.follow_up.setCurrentIndex(dialog.follow_up.findData("move"))
        dialog.follow_up_day.setDate(date(2026, 12, 1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LogInteractionDialog, "exec", move)
    panel.log_button.click()
    details = queries.contact_details(ana)
    assert details.next_follow_up == date(2026, 12, 1)
    assert details.follow_up_note == "Ask about Acme"


def test_edits_of_a_contact_deleted_meanwhile_change_nothing(store, qtbot, monkeypatch):
    # The panel still shows Ana when something else (another window, a sync) deletes her:
    # logging, setting or clearing her follow-up then does nothing, and raises nothing.
    ana = contacts.create("Ana", "family", next_follow_up=date(2026, 11, 9))
    panel, stack = _panel(qtbot, ana)
    asked = []
    monkeypatch.setattr(
        LogInteractionDialog, "ask", classmethod(lambda cls, *args, **kwargs: asked.append(1))
    )
    contacts.delete(ana)
    panel.log_button.click()
    panel.follow_up_day.setText("2026-11-20")
    panel.set_follow_up_button.click()
    panel.clear_follow_up_button.click()
    assert asked == [] and stack.count() == 0


def test_an_edit_of_someone_else_lists_everyone_again_only_for_a_new_name(
    store, qtbot, monkeypatch
):
    """The pickers hold everyone's name (10,000 at scale): an edit that changes no name
    keeps them as they are; a new name, a new contact or a deleted one is listed again."""
    ana = contacts.create("Ana", "family")
    ben = contacts.create("Ben", "peers")
    panel, _stack = _panel(qtbot, ana)
    bridge = panel._bridge
    listings = []
    real = circle_queries.contact_names
    monkeypatch.setattr(circle_queries, "contact_names", lambda: listings.append(1) or real())

    def names() -> list[str]:
        picker = panel.introducer_picker
        return [picker.itemText(n) for n in range(picker.count())]

    bridge.move_contact(ben, "coworkers")
    bridge.log_interaction(ben, TODAY, "call")
    bridge.log_interaction(ana, TODAY, "call")  # the contact shown
    assert panel.interactions.count() == 1
    assert listings == []
    bridge.update_contact(ben, {"name": "Benedict"})
    assert names() == ["Benedict"]
    cy = bridge.create_contact("Cy", None)
    assert names() == ["Benedict", "Cy"]
    bridge.delete_contact(cy)
    assert names() == ["Benedict"]
    assert len(listings) == 3


def test_choosing_other_contacts_lists_no_names_again_and_the_pickers_follow_the_network(
    store, qtbot, monkeypatch, tmp_path, qtmodeltester
):
    """Going from one contact to the next leaves one name out of the pickers instead of
    listing everyone again; after an import, its undo and redo, and a rename, the pickers
    still hold exactly everyone but the contact shown."""
    from networkcircles.services import importing
    from networkcircles.ui.commands import ImportCommand

    ana, ben = contacts.create("Ana", "family"), contacts.create("Ben", "peers")
    cy = contacts.create("Cy", None)
    panel, stack = _panel(qtbot, ana)
    listings = []
    real = circle_queries.contact_names
    monkeypatch.setattr(circle_queries, "contact_names", lambda: listings.append(1) or real())

    def pickers() -> tuple[list[str], list[str]]:
        one, other = panel.introducer_picker, panel.possible_introducer
        return (
            [one.itemText(n) for n in range(one.count())],
            [other.itemText(n) for n in range(other.count())],
        )

    for shown, others in ((ben, ["Ana", "Cy"]), (cy, ["Ana", "Ben"]), (ana, ["Ben", "Cy"])):
        panel.show_contact(shown)
        assert pickers() == (others, ["Nobody yet", *others])
    assert listings == []
    qtmodeltester.check(panel.possible_names)
    # a wish's introducer is shown chosen; picking someone names them
    contacts_extras = {"is_wish": True, "possible_introducer": cy}
    panel._bridge.update_contact_extras(ana, contacts_extras)
    assert panel.possible_introducer.currentData() == cy
    panel.pick_introducer(ben)
    assert panel.introducer_picker.currentData() == ben

    cards = tmp_path / "phone.vcf"
    cards.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Dee\nEND:VCARD\n", "utf-8")
    result = importing.apply_plan(importing.plan_import([cards]), undoable=True)
    stack.push(ImportCommand(panel._bridge, result))
    panel._bridge.network_changed.emit()  # what the window says after an import
    assert pickers()[0] == ["Ben", "Cy", "Dee"]
    stack.undo()
    assert pickers()[0] == ["Ben", "Cy"]
    stack.redo()
    assert pickers()[0] == ["Ben", "Cy", "Dee"]
    panel._bridge.update_contact(cy, {"name": "Cyrus"})
    assert pickers() == (["Ben", "Cyrus", "Dee"], ["Nobody yet", "Ben", "Cyrus", "Dee"])
    panel.show_contact(ben)
    assert pickers()[0] == ["Ana", "Cyrus", "Dee"]
    assert len(listings) == 4  # the import, its undo, its redo, the rename
