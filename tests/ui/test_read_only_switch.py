"""Read-only is one state the window and every dock observe (issue 18): switching between a
read-only network and a writable one in the same window turns every editing control of
every dock off (saying why in its tooltip) and on again, and a dialog that edits follows it.
"""

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox, QDockWidget, QWidget

from networkcircles.store import queries
from networkcircles.store.db import close_store, is_read_only
from networkcircles.ui.main_window import MainWindow
from networkcircles.ui.read_only import INPUTS, ReadOnlyState


@pytest.fixture
def two_networks(demo_store: Path, tmp_path: Path, qtbot):
    """A window on a write-protected copy of the demo network, and the writable original."""
    close_store()
    protected = tmp_path / "protected.sqlite"
    shutil.copyfile(demo_store, protected)
    protected.chmod(0o444)
    from networkcircles.ui.app import _open_or_ask

    assert _open_or_ask(protected) == protected  # write-protected: opens read-only
    window = MainWindow(protected)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, protected, demo_store
    window.close()
    close_store()
    protected.chmod(0o600)


# Docks that only look: the contact list (search, filters) and the balance view.
LOOKING_DOCKS = {"contactListDock", "balanceDock"}


def _looks(window: MainWindow, widget: QWidget) -> bool:
    """An input that only looks: a filter, a calendar's own navigation, a table's corner."""
    leads = window.panels.leads
    return (
        widget in (leads.kind_filter, leads.status_filter, leads.source_button)
        or widget.objectName().startswith(("qt_calendar_", "qt_tableview_cornerbutton"))
        or (widget.objectName() == "qt_spinbox_lineedit" and _in_calendar(widget))
    )


def _in_calendar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def _editing(window: MainWindow) -> dict[str, QWidget]:
    """Every editing input of every dock, by dock and place (the same in two windows)."""
    found = {}
    for dock in window.findChildren(QDockWidget):
        if dock.widget() is None or dock.objectName() in LOOKING_DOCKS:
            continue
        inputs = [w for w in dock.widget().findChildren(QWidget) if isinstance(w, INPUTS)]
        for n, widget in enumerate(inputs):
            if not _looks(window, widget):
                found[f"{dock.objectName()}[{n}] {type(widget).__name__}"] = widget
    return found


def _tooltip_of_guard(state: ReadOnlyState, widget: QWidget) -> str:
    """The tooltip of the guarded control `widget` is or is inside."""
    guarded = set(state.guarded())
    while widget is not None and widget not in guarded:
        widget = widget.parentWidget()
    return "" if widget is None else widget.toolTip()


def _someone() -> int:
    return next(row.id for row in queries.contact_rows() if row.circle_key == "coworkers")


def _show_someone(window: MainWindow) -> None:
    window.show_contact_details(_someone())  # panels enable their buttons for a selection
    window.panels.activity.show_contact(_someone())


def _switch(window: MainWindow, path: Path, qtbot) -> None:
    with qtbot.waitSignal(window.read_only_state.changed, timeout=2000):
        assert window.files.switch_to(path)
    _show_someone(window)


def _all_off_saying_why(window: MainWindow) -> None:
    state = window.read_only_state
    assert state.property("readOnly") is True and is_read_only()
    editing = _editing(window)
    assert len(editing) > 40  # every dock's, not a few
    assert [name for name, widget in editing.items() if widget.isEnabled()] == []
    reason = state.reason()
    assert "write-protected" in reason
    assert [
        name for name, w in editing.items() if not _tooltip_of_guard(state, w).startswith(reason)
    ] == []


def test_switching_networks_turns_every_docks_editing_off_and_on(two_networks, qtbot):
    window, protected, writable = two_networks
    _show_someone(window)
    _all_off_saying_why(window)

    _switch(window, writable, qtbot)
    state = window.read_only_state
    assert state.property("readOnly") is False and not is_read_only()
    switched = {name: widget.isEnabled() for name, widget in _editing(window).items()}
    assert not any(state.reason() in w.toolTip() for w in _editing(window).values())
    # just as a window opened on the writable network has them
    fresh = MainWindow(writable)
    qtbot.addWidget(fresh)
    fresh.show()
    _show_someone(fresh)
    assert switched == {name: widget.isEnabled() for name, widget in _editing(fresh).items()}
    assert sum(switched.values()) > 30
    fresh.close()

    _switch(window, protected, qtbot)  # and off again
    _all_off_saying_why(window)


def test_a_dialog_that_edits_follows_the_state(two_networks, qtbot):
    from networkcircles.ui.dialogs.tip import TipDialog

    window, _protected, writable = two_networks
    dialog = TipDialog(None, window.panels.leads)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert window.read_only_state.reason() in ok.toolTip()
    dialog.reject()
    _switch(window, writable, qtbot)
    dialog = TipDialog(None, window.panels.leads)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.toolTip() == ""
    dialog.reject()
