"""The whole window: diagram clicks and drags, list, details, undo, files. Few tests build it."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from networkcircles.store import queries
from networkcircles.store.db import close_store, open_store
from networkcircles.ui.actions import ActionId
from networkcircles.ui.dialogs import questions
from networkcircles.ui.main_window import MainWindow


def _viewport_point(window: MainWindow, scene_point: QPointF) -> QPoint:
    return window.diagram_view.mapFromScene(scene_point)


def _click(qtbot, window: MainWindow, scene_point: QPointF, double: bool = False) -> None:
    action = qtbot.mouseDClick if double else qtbot.mouseClick
    action(
        window.diagram_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_viewport_point(window, scene_point),
    )


def _drag(window: MainWindow, start: QPointF, end: QPointF) -> None:
    """QTest's moves carry no pressed button (pytest-qt #260, #428): send real events."""
    viewport = window.diagram_view.viewport()
    a, b = _viewport_point(window, start), _viewport_point(window, end)

    def send(kind, point: QPoint, buttons) -> None:
        event = QMouseEvent(
            kind,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, a, left)
    for step in range(1, 11):
        point = QPoint(a.x() + (b.x() - a.x()) * step // 10, a.y() + (b.y() - a.y()) * step // 10)
        send(QEvent.Type.MouseMove, point, left)
    send(QEvent.Type.MouseButtonRelease, b, none)


def _contact_in(circle_key: str) -> queries.ContactRow:
    return next(row for row in queries.contact_rows() if row.circle_key == circle_key)


def test_clicking_a_dot_selects_it_everywhere(window, qtbot):
    target = _contact_in("coworkers")
    with qtbot.waitSignal(window.scene.contact_clicked, timeout=1000) as blocker:
        _click(qtbot, window, window.scene.dot_position(target.id))
    assert blocker.args == [target.id]
    assert window.contact_details.contact_id() == target.id
    assert window.contact_details.form_values()["name"] == target.name
    assert window.contact_list.selected_ids() == [target.id]


def test_clicking_a_ring_filters_the_list_and_esc_clears(window, qtbot):
    with qtbot.waitSignal(window.scene.ring_clicked, timeout=1000) as blocker:
        _click(qtbot, window, window.scene.ring_anchor("peers"))
    assert blocker.args == ["peers"]
    assert window.contact_list.shown_circles() == {"peers"}
    window.diagram_view.setFocus()
    qtbot.keyClick(window.diagram_view, Qt.Key.Key_Escape)
    assert len(window.contact_list.shown_circles()) == 6  # five circles and the unplaced


def test_dragging_a_dot_moves_the_contact_and_undo_restores(window, qtbot, demo_store: Path):
    moved = _contact_in("family")
    seat = window.scene.dot_position(moved.id)
    with qtbot.waitSignal(window.scene.contact_dropped, timeout=1000):
        _drag(window, window.scene.dot_position(moved.id), window.scene.ring_anchor("peers"))
    assert queries.contact_row(moved.id).circle_key == "peers"
    assert window.contacts_model.contact_at(window.contacts_model.row_of(moved.id)).circle_key == (
        "peers"
    )
    # it is in the file, not only on screen
    close_store()
    raw = sqlite3.connect(demo_store)
    stored = raw.execute(
        "SELECT ci.key FROM contact c JOIN circle ci ON ci.id = c.circle_id WHERE c.id = ?",
        (moved.id,),
    ).fetchone()
    raw.close()
    assert stored == ("peers",)
    open_store(demo_store)
    window.undo_stack.undo()
    assert queries.contact_row(moved.id).circle_key == "family"
    # Back on the family ring, in the seat it left (nobody took it meanwhile), and drawn there.
    assert window.scene.dot_position(moved.id) == seat
    assert moved.id in window.scene.group_members("family")
    assert moved.id not in window.scene.group_members("peers")
    tile = next(t for t in window.scene.tile_items() if moved.id in t.dots)
    assert tile.dots[moved.id].group == "family"


def test_dragging_an_unplaced_dot_onto_a_ring_places_it(window, qtbot):
    waiting = next(row for row in queries.contact_rows() if row.circle_key is None)
    _drag(window, window.scene.dot_position(waiting.id), window.scene.ring_anchor("acquaintances"))
    assert queries.contact_row(waiting.id).circle_key == "acquaintances"


def test_editing_a_field_saves_it_and_undo_reverts(window, qtbot):
    target = _contact_in("peers")
    window.select_contact(target.id)
    window.contact_details.set_field("organization", "Juniper Labs")
    window.contact_details.save_button.click()
    assert queries.contact_row(target.id).organization == "Juniper Labs"
    row = window.contacts_model.row_of(target.id)
    assert window.contacts_model.contact_at(row).organization == "Juniper Labs"
    window.actions[ActionId.UNDO].trigger()
    assert queries.contact_row(target.id).organization == target.organization
    assert window.contact_details.form_values()["organization"] == target.organization


def test_double_click_in_a_ring_adds_a_contact_there(window, qtbot, monkeypatch):
    monkeypatch.setattr(questions, "ask_new_contact_name", lambda parent, circle: "Wen Zhang")
    before = queries.stats()["circles"]["associations"]
    _click(qtbot, window, window.scene.ring_anchor("associations"), double=True)
    assert queries.stats()["circles"]["associations"] == before + 1
    added = window.contact_details.contact_id()
    assert queries.contact_row(added).name == "Wen Zhang"
    assert added in window.scene.contact_ids()


def test_delete_asks_first_and_undo_brings_back(window, qtbot, monkeypatch):
    target = _contact_in("acquaintances")
    monkeypatch.setattr(questions, "confirm_delete", lambda parent, name: False)
    window.delete_contact(target.id)
    assert queries.contact_row(target.id) is not None
    monkeypatch.setattr(questions, "confirm_delete", lambda parent, name: True)
    window.delete_contact(target.id)
    assert queries.contact_row(target.id) is None
    assert target.id not in window.scene.contact_ids()
    window.undo_stack.undo()
    assert queries.contact_row(target.id) == target
    assert target.id in window.scene.contact_ids()


def test_the_dot_menu_moves_a_contact(window, qtbot):
    target = _contact_in("peers")
    menu = window.contact_menu(target.id)
    texts = [action.text() for action in menu.actions()]
    assert texts[0].replace("&", "") == "Edit"
    move_menu = next(a.menu() for a in menu.actions() if a.menu())
    move_to = {a.text(): a for a in move_menu.actions()}
    assert not move_to["Fellow job seekers"].isEnabled()
    move_to["Acquaintances"].trigger()
    assert queries.contact_row(target.id).circle_key == "acquaintances"


def test_search_highlights_matches_in_the_diagram(window, qtbot):
    target = _contact_in("family")
    window.contact_list.search.setText(target.name)
    assert set(window.contact_list.shown_ids()) >= {target.id}
    assert target.name in {queries.contact_row(i).name for i in window.contact_list.shown_ids()}


def test_a_foreign_file_is_refused_and_the_window_keeps_its_network(window, tmp_path, monkeypatch):
    foreign = tmp_path / "photo.sqlite"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n not a network")
    errors = []
    monkeypatch.setattr(questions, "ask_open_path", lambda parent, folder: foreign)
    monkeypatch.setattr(questions, "show_error", lambda parent, title, text: errors.append(text))
    count = queries.stats()["contacts"]
    window.files.open_network()
    assert errors and "not an SQLite database" in errors[0]
    assert foreign.read_bytes() == b"\x89PNG\r\n\x1a\n not a network"
    assert queries.stats()["contacts"] == count
    assert window.contacts_model.rowCount() == count


def test_new_network_opens_an_empty_file_and_remembers_it(window, tmp_path, monkeypatch):
    from networkcircles.ui import settings

    settings.remember_recent(str(window.store_path))
    fresh = tmp_path / "second.sqlite"
    monkeypatch.setattr(questions, "ask_new_path", lambda parent, folder: fresh)
    window.files.new_network()
    assert window.store_path == fresh.resolve()
    assert window.contacts_model.rowCount() == 0
    assert "second" in window.windowTitle()
    recent = [a.statusTip() for a in window.recent_menu.actions()]
    assert recent[0] == str(fresh.resolve())
    window.recent_menu.actions()[1].trigger()  # back to the demo
    assert window.contacts_model.rowCount() == 60


def test_docks_are_restored_next_start(window, qtbot, demo_store):
    window.details_dock.hide()
    window.close()
    again = MainWindow(demo_store)
    qtbot.addWidget(again)
    again.restore_layout()
    again.show()
    assert not again.details_dock.isVisible()
    assert again.list_dock.isVisible()


def test_renaming_and_recolouring_a_circle_is_undoable(window, monkeypatch):
    monkeypatch.setattr(questions, "ask_circle_name", lambda parent, current: "Job club")
    monkeypatch.setattr(questions, "ask_colour", lambda parent, current: "#000080")
    menu = window.ring_menu("peers")
    actions = {a.text().replace("&", ""): a for a in menu.actions()}
    actions["Rename Circle…"].trigger()
    actions["Change Colour…"].trigger()
    peers = next(c for c in queries.circles() if c.key == "peers")
    assert (peers.name, peers.colour) == ("Job club", "#000080")
    assert window.contact_list.circle_filter.findText("Job club") >= 0
    window.undo_stack.undo()
    window.undo_stack.undo()
    peers = next(c for c in queries.circles() if c.key == "peers")
    assert (peers.name, peers.colour) == ("Fellow job seekers", "#1971c2")


FIXTURES = Path(__file__).parent.parent / "interchange" / "fixtures"


def test_dropping_files_imports_them_and_opens_the_triage(window, qtbot, monkeypatch):
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDropEvent

    from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    before = queries.stats()["contacts"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "linkedin_connections.csv"))])
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert queries.stats()["contacts"] == before + 3
    assert window.contacts_model.rowCount() == before + 3
    assert window.triage_dock.isVisible()
    waiting = window.triage.current_id()
    assert queries.contact_row(waiting).circle_key is None
    window.triage.setFocus()
    qtbot.keyClick(window.triage, Qt.Key.Key_2)
    assert queries.contact_row(waiting).circle_key == "coworkers"
    assert window.scene.dot_position(waiting) is not None
    window.undo_stack.undo()
    assert queries.contact_row(waiting).circle_key is None


def test_moving_many_selected_contacts_is_one_undo_step(window, qtbot):
    unplaced = [row.id for row in queries.contact_rows() if row.circle_key is None]
    window.contact_list.set_circle_filter("")
    window.contact_list.table.selectAll()
    assert sorted(window.contact_list.selected_ids()) == sorted(unplaced)
    menu = window.contact_list.selection_menu()
    move = next(a.menu() for a in menu.actions() if a.menu())
    next(a for a in move.actions() if a.text() == "Fellow job seekers").trigger()
    assert all(queries.contact_row(i).circle_key == "peers" for i in unplaced)
    window.undo_stack.undo()
    assert all(queries.contact_row(i).circle_key is None for i in unplaced)


def test_export_writes_the_chosen_circle(window, tmp_path, monkeypatch):
    from networkcircles.ui.dialogs.export_contacts import ExportChoice, ExportContactsDialog

    target = tmp_path / "peers.vcf"
    choice = ExportChoice(target, "vcard", "peers")
    monkeypatch.setattr(ExportContactsDialog, "ask", classmethod(lambda cls, *args: choice))
    window.actions[ActionId.EXPORT].trigger()
    assert target.read_text().count("BEGIN:VCARD") == queries.stats()["circles"]["peers"]


def test_print_this_circle_opens_the_dialog_on_that_circle(window, monkeypatch):
    from networkcircles.ui.dialogs.print_summary import PrintSummaryDialog

    opened = []
    monkeypatch.setattr(PrintSummaryDialog, "exec", lambda self: opened.append(self))
    actions = {a.text().replace("&", ""): a for a in window.ring_menu("coworkers").actions()}
    actions["Print This Circle…"].trigger()
    assert opened and opened[0].chosen_circles() == ["coworkers"]


def test_the_dot_menu_sets_a_follow_up_and_flags_gossip_undoably(window, monkeypatch):
    from datetime import date

    from networkcircles.store import circle_queries

    target = _contact_in("acquaintances")
    monkeypatch.setattr(
        questions, "ask_follow_up", lambda parent, name, current: (date(2027, 1, 4), "Coffee")
    )
    actions = {a.text().replace("&", ""): a for a in window.contact_menu(target.id).actions()}
    actions["Set Follow-up…"].trigger()
    assert queries.contact_row(target.id).next_follow_up == date(2027, 1, 4)
    was_flagged = circle_queries.contact_extras(target.id).passes_gossip
    actions = {a.text().replace("&", ""): a for a in window.contact_menu(target.id).actions()}
    assert actions["Flag: Passes Along Gossip"].isChecked() == (was_flagged is True)
    actions["Flag: Passes Along Gossip"].trigger()
    assert circle_queries.contact_extras(target.id).passes_gossip is (was_flagged is not True)
    if was_flagged is not True:
        assert "leave out" in window.panels.reliability.verdict_label.text().lower()
    window.undo_stack.undo()
    assert circle_queries.contact_extras(target.id).passes_gossip == was_flagged
    window.undo_stack.undo()
    assert queries.contact_row(target.id).next_follow_up == target.next_follow_up


def test_selecting_an_acquaintance_brings_the_reliability_panel(window):
    target = _contact_in("acquaintances")
    window.panels.reliability_dock.hide()
    window.select_contact(target.id)
    assert window.panels.reliability_dock.isVisible()
    assert window.panels.reliability.contact_id() == target.id
    assert window.panels.activity.contact_id() == target.id


def test_double_clicking_you_opens_the_pitch(window, qtbot, monkeypatch):
    from networkcircles.ui.dialogs.pitch import PitchDialog

    opened = []
    monkeypatch.setattr(PitchDialog, "edit", classmethod(lambda cls, *args: opened.append(args)))
    _click(qtbot, window, window.scene.centre_anchor(), double=True)
    assert opened


def test_start_up_reminder_brings_the_due_list(window):
    assert window.panels.remind_due() is True  # the demo has overdue follow-ups
    assert window.panels.due_dock.isVisible()
    assert window.panels.due.contact_ids()
    assert "Due list" in window.statusBar().currentMessage()


def test_every_panel_has_a_dock_in_the_view_menu(window):
    names = {a.text().replace("&", "") for a in window.view_menu.actions()}
    for dock in window.panels.docks():
        assert dock.objectName()
        assert dock.windowTitle() in names


def test_the_diagram_shows_verdicts_wishes_and_associations(window):
    from networkcircles.services import reliability
    from networkcircles.store import circle_queries

    flagged = [cid for cid, v in reliability.verdicts().items() if v.kind == "leave_out"]
    assert flagged, "the demo flags some acquaintances"
    assert "leave_out" in window.scene.marks(flagged[0])
    wishes = circle_queries.wishes()
    assert wishes and "wish" in window.scene.marks(wishes[0].contact_id)
    markers = window.scene.association_markers()
    assert {"Data Guild", "Women in Tech Network"} <= set(markers)


def test_show_introductions_draws_and_hides_the_lines(window):
    assert window.scene.referral_lines() == []
    window.actions[ActionId.SHOW_INTRODUCTIONS].setChecked(True)
    assert len(window.scene.referral_lines()) == queries.stats()["referrals"]
    window.actions[ActionId.SHOW_INTRODUCTIONS].setChecked(False)
    assert window.scene.referral_lines() == []


def test_dropping_a_wish_on_a_ring_means_you_met_them(window):
    from networkcircles.store import circle_queries

    wish = circle_queries.wishes()[0]
    window._contact_dropped(wish.contact_id, "peers")
    assert queries.contact_row(wish.contact_id).circle_key == "peers"
    assert not circle_queries.contact_extras(wish.contact_id).is_wish
    assert "wish" not in window.scene.marks(wish.contact_id)
    window.undo_stack.undo()
    assert circle_queries.contact_extras(wish.contact_id).is_wish
    assert "wish" in window.scene.marks(wish.contact_id)


def test_panels_out_of_sight_catch_up_when_shown(window):
    from datetime import date, timedelta

    from networkcircles.ui.commands import SetFollowUpCommand

    due = window.panels.due
    assert not window.panels.due_dock.property("in_sight")  # behind the Contacts tab
    target = _contact_in("peers")
    yesterday = date.today() - timedelta(days=1)
    window.undo_stack.push(SetFollowUpCommand(window.bridge, target.id, yesterday, "Call"))
    assert due.property("refresh_pending")  # the edit did not pay for the hidden list
    window.panels.due_dock.raise_()
    QApplication.processEvents()  # the catch-up runs on the next turn of the event loop
    assert window.panels.due_dock.property("in_sight")
    assert not due.property("refresh_pending")
    assert target.id in due.contact_ids()


def test_the_list_filters_by_reliability_verdict(window):
    from networkcircles.services import reliability

    verdicts = reliability.verdicts()
    left_out = {i for i, v in verdicts.items() if v.kind == "leave_out"}
    combo = window.contact_list.verdict_filter
    combo.setCurrentIndex(combo.findData("leave_out"))
    assert set(window.contact_list.shown_ids()) == left_out
    outside = next(row.id for row in queries.contact_rows() if row.id not in left_out)
    assert window.scene.dot(outside) is None or outside not in window.contact_list.shown_ids()
    combo.setCurrentIndex(combo.findData(None))
    assert len(window.contact_list.shown_ids()) == queries.stats()["contacts"]


def test_a_read_only_network_refuses_edits_and_says_so(window, demo_store):
    moved = _contact_in("family")
    open_store(demo_store, read_only=True)
    try:
        window._contact_dropped(moved.id, "peers")
        window.move_contacts([moved.id], "peers")
        assert queries.contact_row(moved.id).circle_key == "family"
        assert "read-only" in window.statusBar().currentMessage()
        assert window.undo_stack.count() == 0
    finally:
        open_store(demo_store)


def test_a_reload_seats_every_dot_once(window, monkeypatch):
    """A bulk change (an import) reloads the window: each ring is seated once, not once for
    the circles and again for the contacts."""
    from networkcircles.diagram.scene import CirclesScene

    seated = []
    real = CirclesScene._seat_group_in_steps  # _seat_group is its all-at-once form
    monkeypatch.setattr(
        CirclesScene,
        "_seat_group_in_steps",
        lambda self, key, spare=0: (seated.append(key), real(self, key, spare))[1],
    )
    window.bridge.network_changed.emit()
    assert seated and len(seated) == len(set(seated))


def test_setting_a_follow_up_of_a_contact_deleted_meanwhile_asks_nothing(window, monkeypatch):
    # Set Follow-up… for a contact another window or a sync deleted since: no question, no
    # undo step, no error (it used to read the missing row's name).
    from networkcircles.services import contacts

    target = _contact_in("acquaintances")
    asked = []
    monkeypatch.setattr(
        questions, "ask_follow_up", lambda parent, name, current: asked.append(name)
    )
    contacts.delete(target.id)
    steps = window.undo_stack.count()
    window.set_follow_up(target.id)
    assert asked == [] and window.undo_stack.count() == steps
