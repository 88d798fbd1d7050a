"""The side panels are built when their dock is first shown (ui/docks.py): nothing of that
may show to the user. Each test walks what a user does: start, open a tab, switch network,
start again with another layout, in a dark theme."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar

from networkcircles.services import associations
from networkcircles.store import queries
from networkcircles.ui import theme
from networkcircles.ui.dialogs import questions
from networkcircles.ui.first_paint import after_first_paint
from networkcircles.ui.main_window import MainWindow

Role = QPalette.ColorRole


def _start(qtbot, path) -> MainWindow:
    """The window as the app starts it (ui/app.run_window), shown and complete."""
    window = MainWindow(path, marks_later=True)
    qtbot.addWidget(window)
    window.restore_layout()
    window.start_up.add(window.feeds.reload)
    window.resize(1400, 900)
    with qtbot.waitSignal(window.start_up.finished, timeout=10000):
        window.show()
    return window


def _click_tab(qtbot, window: MainWindow, dock: QDockWidget) -> None:
    """Click the dock's tab, as a user opens a panel tabbed behind another."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window:
            continue  # a panel's own tabs
        for index in range(bar.count()):
            if bar.tabText(index) == dock.windowTitle():
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                qtbot.waitUntil(lambda: bool(dock.property("in_sight")))
                qtbot.wait(5)  # the refreshes that waited for the dock: the next turn
                return
    raise AssertionError(f"no tab for {dock.objectName()}")


def test_a_panel_out_of_sight_is_not_built_at_start(demo_store, qtbot):
    """Behind the contact list and the details, no side panel is built, and none of their
    modules was needed: the first paint waited for none of them."""
    window = _start(qtbot, demo_store)
    assert [dock.objectName() for dock in window.panels.docks() if dock.widget()] == []
    panel = window.panels.calendar  # code that needs one builds it
    assert window.panels.calendar_dock.widget().widget() is panel  # in its scroll area


def test_open_the_calendar_then_switch_network_and_open_leads(
    demo_store, qtbot, tmp_path, monkeypatch
):
    from networkcircles.ui.panels.event_calendar import EventCalendarPanel
    from networkcircles.ui.panels.leads import LeadsPanel

    window = _start(qtbot, demo_store)
    panels = window.panels
    assert not panels.is_built(panels.calendar_dock)
    _click_tab(qtbot, window, panels.calendar_dock)
    assert panels.is_built(panels.calendar_dock)
    fresh = EventCalendarPanel(window.bridge, window.undo_stack)  # on its own: reads at once
    qtbot.addWidget(fresh)
    assert panels.calendar.upcoming_titles() == fresh.upcoming_titles() != []
    assert panels.calendar.marked_days() == fresh.marked_days()
    assert panels.calendar.isVisible()
    assert panels.calendar.accessibleName() == window.tr("Event calendar")  # described

    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(questions, "ask_new_path", lambda parent, folder: other)
    window.files.new_network()
    assert not panels.is_built(panels.leads_dock)  # the switch built nothing
    _click_tab(qtbot, window, panels.leads_dock)
    assert panels.leads.shown_ids() == []
    _click_tab(qtbot, window, panels.calendar_dock)
    assert panels.calendar.upcoming_titles() == []  # forgot the other network

    monkeypatch.setattr(questions, "ask_open_path", lambda parent, folder: demo_store)
    window.files.open_network()
    shown = LeadsPanel(window.bridge, window.undo_stack)
    qtbot.addWidget(shown)
    _click_tab(qtbot, window, panels.leads_dock)
    assert panels.leads.shown_ids() == shown.shown_ids() != []


def test_a_panel_built_later_shows_the_selected_contact_and_its_edits_are_guarded(
    demo_store, qtbot
):
    window = _start(qtbot, demo_store)
    someone = queries.contact_rows()[0]
    window.select_contact(someone.id)
    panels = window.panels
    _click_tab(qtbot, window, panels.activity_dock)
    assert panels.activity.contact_id() == someone.id
    state = window.read_only_state
    guarded = set(state.guarded())
    assert any(panels.activity.isAncestorOf(widget) for widget in guarded)


def test_a_layout_with_associations_in_front_builds_it_for_the_first_paint(demo_store, qtbot):
    first = _start(qtbot, demo_store)
    _click_tab(qtbot, first, first.panels.associations_dock)
    first.close()  # saves the layout, Associations the front tab on the right

    window = MainWindow(demo_store, marks_later=True)
    qtbot.addWidget(window)
    window.restore_layout()
    at_paint: list[list[str]] = []
    after_first_paint(
        window,
        lambda: at_paint.append([d.objectName() for d in window.panels.docks() if d.widget()]),
    )
    window.start_up.add(window.feeds.reload)
    with qtbot.waitSignal(window.start_up.finished, timeout=10000):
        window.show()
    assert at_paint == [["associationsDock"]]
    table = window.panels.associations.table
    assert table.isVisible()
    assert table.rowCount() == len(associations.compare_associations()) > 0  # filled in


@pytest.fixture
def dark():
    theme.apply_theme(theme.DARK)
    yield
    theme.apply_theme(theme.SYSTEM)


def test_a_panel_opened_after_a_dark_start_is_dark(dark, demo_store, qtbot):
    window = _start(qtbot, demo_store)
    panels = window.panels
    _click_tab(qtbot, window, panels.leads_dock)
    palette = theme.dark_palette()
    table = panels.leads.table
    for role in (Role.Window, Role.Base, Role.Text, Role.WindowText):
        assert panels.leads.palette().color(role) == palette.color(role), role
    image = panels.leads.grab().toImage()
    corner = QColor(image.pixel(image.width() - 3, image.height() - 3))
    assert corner.lightnessF() < 0.25, corner.name()
    assert table.palette().color(Role.Base) == QApplication.palette().color(Role.Base)


def test_show_event_builds_the_calendar_and_selects_the_event(demo_store, qtbot):
    """A double-click on an event in the Due list or Associations (show_event) opens the
    calendar on it, though the calendar was never shown."""
    from datetime import date

    from networkcircles.services import events

    window = _start(qtbot, demo_store)
    panels = window.panels
    assert not panels.is_built(panels.calendar_dock)
    event_id = events.upcoming(date.today(), 3650, None)[0].event_id
    panels.show_event(event_id)
    assert panels.is_built(panels.calendar_dock)
    assert panels.calendar.selected_event == event_id
    assert panels.calendar.isVisible()


def _tab_chain(window: MainWindow) -> list[str]:
    """Where Tab goes through the side panels: each reachable widget, named by its dock."""
    found = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            dock = widget.parentWidget()
            while dock is not None and not isinstance(dock, QDockWidget):
                dock = dock.parentWidget()
            found.append(f"{dock.objectName() if dock else ''} {type(widget).__name__}")
        widget = widget.nextInFocusChain()
    return found


def test_tab_reaches_the_panels_in_one_order_whichever_was_built_first(demo_store, qtbot):
    first = _start(qtbot, demo_store)
    for dock in first.panels.docks():
        first.panels.panel(dock)
    second = _start(qtbot, demo_store)
    for dock in reversed(second.panels.docks()):
        second.panels.panel(dock)
    assert _tab_chain(second) == _tab_chain(first)
    order = [entry.split()[0] for entry in _tab_chain(first) if entry.split()[0]]
    details = order.index("contactDetailsDock")
    assert order.index("activityDock") > details  # after the contact details, as before
    assert order.index("balanceDock") < len(order) - order[::-1].index("triageDock")


def test_a_floating_dock_is_built_with_the_window_and_a_closed_one_from_the_view_menu(
    demo_store, qtbot
):
    from networkcircles.ui.panels.event_calendar import EventCalendarPanel

    first = _start(qtbot, demo_store)
    first.panels.calendar_dock.setFloating(True)
    first.panels.leads_dock.close()
    first.close()  # saves the layout: the calendar floating, the leads closed

    window = _start(qtbot, demo_store)
    panels = window.panels
    assert panels.calendar_dock.isFloating() and panels.calendar_dock.isVisible()
    assert [dock.objectName() for dock in panels.docks() if dock.widget()] == ["eventCalendarDock"]
    fresh = EventCalendarPanel(window.bridge, window.undo_stack)
    qtbot.addWidget(fresh)
    assert panels.calendar.marked_days() == fresh.marked_days()  # filled in
    assert not panels.leads_dock.isVisible()
    panels.leads_dock.toggleViewAction().trigger()  # View ▸ Leads and tips: its tab is back
    assert panels.leads_dock.isVisible() and not panels.is_built(panels.leads_dock)
    _click_tab(qtbot, window, panels.leads_dock)
    assert panels.leads.isVisible() and panels.leads.table.rowCount() > 0


def test_a_panel_opened_later_in_a_german_window_speaks_german(german, demo_store, qtbot):
    """The language is chosen once, before the window is made (there is no switch while it
    runs): a panel built later speaks it like the rest of the window."""
    window = _start(qtbot, demo_store)
    _click_tab(qtbot, window, window.panels.leads_dock)
    shown = window.panels.leads.add_button.text()
    assert shown == QCoreApplication.translate("LeadsPanel", "&Add…") != "&Add…"
    assert window.panels.leads_dock.windowTitle() != "Leads and tips"  # the dock's too


def test_reset_layout_builds_no_panel_it_puts_behind_a_tab(demo_store, qtbot):
    """View ▸ Reset Layout shows every dock as it places it, then tabs them: only the
    panels in sight afterwards are built (none, the list and details in front)."""
    window = _start(qtbot, demo_store)
    reset = next(a for a in window.view_menu.actions() if a.text() == window.tr("&Reset Layout"))
    reset.trigger()
    qtbot.wait(5)
    assert [dock.objectName() for dock in window.panels.docks() if dock.widget()] == []
    assert window.list_dock.isVisible() and window.details_dock.isVisible()
    _click_tab(qtbot, window, window.panels.balance_dock)  # still built when opened
    assert window.panels.is_built(window.panels.balance_dock)
