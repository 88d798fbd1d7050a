"""A read-only window (issue 14): every editing control off, nothing on the undo stack.

The network is write-protected here (chmod 444), which opens it read-only the way a second
window does; the window must then disable what edits, keep it disabled when a panel would
switch it back on for a new selection, drop a refused command from the undo stack, and
give everything back when the network becomes writable.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoCommand

from networkcircles.store import queries
from networkcircles.store.db import close_store, is_read_only, open_store
from networkcircles.ui.main_window import MainWindow


@pytest.fixture
def read_only_window(demo_store: Path, qtbot):
    close_store()
    demo_store.chmod(0o444)
    from networkcircles.ui.app import _open_or_ask

    assert _open_or_ask(demo_store) == demo_store  # no question: it just opens read-only
    assert is_read_only()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The start-up work's Due reminder writes to the status bar: under load it could land
    # after a test's refused edit and hide the message the test reads.
    qtbot.waitUntil(lambda: window.start_up.done, timeout=20000)
    yield window
    window.close()
    close_store()
    demo_store.chmod(0o600)


def _someone() -> int:
    return next(row.id for row in queries.contact_rows() if row.circle_key == "coworkers")


def test_every_editing_control_is_off_and_stays_off(read_only_window):
    window = read_only_window
    panels = window.panels
    assert window.windowTitle().endswith("(read-only)")
    edits = [  # each panel built here, after the window opened read-only
        panels.leads.add_button,
        panels.calendar.new_button,
        panels.associations.add_button,
        panels.activity.log_button,
        panels.activity.set_follow_up_button,
        panels.reliability.useful_note,
    ]
    guarded = window.read_only_state.guarded()
    for control in edits:
        assert control in guarded
    window.show_contact_details(_someone())  # panels enable their buttons for a selection
    panels.activity.show_contact(_someone())
    assert all(not control.isEnabled() for control in guarded), [
        control.objectName() or type(control).__name__ for control in guarded if control.isEnabled()
    ]
    assert panels.leads.kind_filter.isEnabled()  # looking is still allowed
    assert not window.scene.drags_enabled
    items = [
        action for action in window.contact_menu(_someone()).actions() if not action.isSeparator()
    ]
    assert items[0].isEnabled()  # Edit: shows the details
    assert not any(action.isEnabled() for action in items[1:])
    ring = window.ring_menu("peers")
    enabled = [action.isEnabled() for action in ring.actions() if not action.isSeparator()]
    assert enabled == [True, False, True, False, False]  # show, add, print, rename, colour


def test_a_refused_command_never_stays_on_the_undo_stack(read_only_window, qtbot):
    window = read_only_window

    class Write(QUndoCommand):
        def redo(self) -> None:  # what a write does on a read-only store: nothing lands
            pass

    window.undo_stack.push(Write("an edit"))
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0, timeout=1000)
    assert "read-only" in window.statusBar().currentMessage()
    assert "write-protected" in window.statusBar().currentMessage()


def test_a_real_edit_refused_by_the_store_says_why_in_the_status_bar(read_only_window, qtbot):
    """One of our own commands, whose write SQLite refuses: the read-only reason in the status
    bar, as for any refused edit, not an error dialog; and nothing left on the stack."""
    from networkcircles.store import queries
    from networkcircles.ui.commands import MoveContactCommand

    window = read_only_window
    row = next(row for row in queries.contact_rows() if row.circle_key == "family")
    window.undo_stack.push(MoveContactCommand(window.bridge, row.id, "family", "peers"))
    qtbot.waitUntil(lambda: "read-only" in window.statusBar().currentMessage(), timeout=1000)
    assert window.undo_stack.count() == 0
    assert queries.contact_row(row.id).circle_key == "family"


def test_a_dragged_dot_does_not_move(read_only_window, qtbot):
    from PySide6.QtCore import Qt

    window = read_only_window
    contact_id = _someone()
    dot = window.scene.dot(contact_id)
    if dot is None:
        pytest.skip("the demo's contact has no dot at this size")
    view = window.diagram_view
    start = view.mapFromScene(QPointF(dot.x, dot.y))
    end = view.mapFromScene(QPointF(0, 0))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert window.scene.dragged_id() is None
    assert queries.contact_row(contact_id).circle_key == "coworkers"


def test_controls_come_back_when_the_network_becomes_writable(read_only_window):
    window = read_only_window
    leads = window.panels.leads
    assert not leads.add_button.isEnabled()
    window.read_only_state.refresh()
    window.close()
    close_store()
    window.store_path.chmod(0o600)
    open_store(window.store_path)
    window.reload()
    assert not window.read_only_state.read_only
    assert leads.add_button.isEnabled()  # what the panel asked for, given back
    assert window.scene.drags_enabled
    assert not window.windowTitle().endswith("(read-only)")


def test_the_window_refuses_to_import_a_fifo_at_once(demo_store, qtbot, tmp_path, monkeypatch):
    import os

    from networkcircles.ui.dialogs import import_preview, questions

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    shown, previewed = [], []
    monkeypatch.setattr(questions, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(import_preview, "run_import", lambda *args: previewed.append(args))
    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    window.files.import_files([fifo])  # would block forever if the FIFO were opened
    assert previewed == []
    assert str(fifo) in shown[0] and "pipe, not a regular file" in shown[0]
    window.close()


def test_an_uncaught_error_in_the_window_is_a_dialog(qapp, tmp_path, error_dialogs):
    import sqlite3

    from networkcircles.ui.crash_handler import CrashHandler

    handler = CrashHandler(folder=lambda: tmp_path / "data")
    full = sqlite3.OperationalError("database or disk is full")
    assert "the disk is full" in handler.report("networkcircles", "", full)
    try:
        raise sqlite3.OperationalError("cannot rollback - no transaction is active") from full
    except sqlite3.OperationalError as chained:
        assert "the disk is full" in handler.report("networkcircles", "", chained)
    assert not (tmp_path / "data").exists()  # trouble the user can act on is no bug to log
    text = handler.report("networkcircles", "", RuntimeError("a bug"))
    assert "RuntimeError" in text and str(tmp_path / "data") in text
    assert len(error_dialogs) == 3
    error_dialogs.clear()


def test_opening_a_write_protected_network_in_the_window_reads_it(demo_store, qtbot, tmp_path):
    import shutil

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    other = tmp_path / "other.sqlite"
    close_store()
    shutil.copy(demo_store, other)
    open_store(demo_store)
    other.chmod(0o444)
    try:
        assert window.files.switch_to(other)
        assert window.read_only_state.read_only
        assert window.windowTitle().endswith("(read-only)")
        assert not window.panels.leads.add_button.isEnabled()
        assert window.files.switch_to(demo_store)  # and back: everything editable again
        assert not window.read_only_state.read_only
        assert window.panels.leads.add_button.isEnabled()
    finally:
        window.close()
        close_store()
        other.chmod(0o600)
