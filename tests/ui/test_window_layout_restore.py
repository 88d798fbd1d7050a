"""The dock layout a user quits with is the one they find at the next start: the same docks
in the same places, the same front tabs, every tab titled in full, no stray tab bar; and a
saved layout Qt cannot read leaves the default arrangement, whole."""

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

from networkcircles.ui import settings
from networkcircles.ui.main_window import MainWindow

RIGHT_GROUP = [
    "contactDetailsDock",
    "activityDock",
    "eventsMetDock",
    "reliabilityDock",
    "balanceDock",
    "associationsDock",
]
LEFT_GROUP = ["contactListDock", "dueDock", "leadsDock", "eventCalendarDock"]


def start(store, qtbot) -> MainWindow:
    """The window as the app opens it: built, its saved layout put back, then shown."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.restore_layout()
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def tab_rows(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Each dock tab bar in sight: its front tab and its tabs' titles."""
    rows = []
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.isVisible():
            titles = [bar.tabText(n) for n in range(bar.count())]
            rows.append((bar.tabText(bar.currentIndex()), titles))
    return sorted(rows)


def places(window: MainWindow) -> dict[str, tuple[bool, bool, Qt.DockWidgetArea]]:
    return {
        dock.objectName(): (dock.isVisible(), dock.isFloating(), window.dockWidgetArea(dock))
        for dock in window.findChildren(QDockWidget)
    }


def assert_whole_titles(window: MainWindow) -> None:
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.isVisible():
            for n in range(bar.count()):
                needed = bar.fontMetrics().horizontalAdvance(bar.tabText(n))
                assert bar.tabRect(n).width() >= needed, bar.tabText(n)


def assert_details_reachable(window: MainWindow) -> None:
    rows = tab_rows(window)
    assert any("Contact details" in titles for _front, titles in rows), rows
    window.details_dock.raise_()
    assert window.details_dock.isVisible()
    assert not window.details_dock.visibleRegion().isEmpty()


@pytest.mark.parametrize("front", RIGHT_GROUP + LEFT_GROUP)
def test_the_front_tab_a_user_quits_with_is_there_at_the_next_start(demo_store, qtbot, front):
    window = start(demo_store, qtbot)
    window.findChild(QDockWidget, front).raise_()
    qtbot.wait(20)
    rows, where = tab_rows(window), places(window)
    assert len(rows) == 2
    window.close()  # saves the layout

    again = start(demo_store, qtbot)
    assert tab_rows(again) == rows
    assert places(again) == where
    assert again.findChild(QDockWidget, front).visibleRegion().isEmpty() is False
    assert_whole_titles(again)
    assert_details_reachable(again)
    again.close()


def test_floating_and_closed_docks_come_back_as_they_were(demo_store, qtbot):
    window = start(demo_store, qtbot)
    window.panels.associations_dock.raise_()
    window.panels.balance_dock.hide()
    window.panels.due_dock.setFloating(True)
    qtbot.wait(20)
    rows, where = tab_rows(window), places(window)
    window.close()

    again = start(demo_store, qtbot)
    assert tab_rows(again) == rows
    assert places(again) == where
    assert again.panels.due_dock.isFloating()
    assert not again.panels.balance_dock.isVisible()
    assert_details_reachable(again)
    again.close()


@pytest.mark.parametrize("kept", [0.05, 0.33, 0.66, 0.99])
def test_a_damaged_saved_layout_leaves_the_default_arrangement_whole(demo_store, qtbot, kept):
    """A settings file cut short (a full disk, a crash while writing): only part of the
    saved layout is there."""
    fresh = start(demo_store, qtbot)
    default_rows, default_places = tab_rows(fresh), places(fresh)
    fresh.panels.associations_dock.raise_()
    fresh.close()
    saved = settings.read(settings.WINDOW_STATE)
    settings.write(settings.WINDOW_STATE, QByteArray(bytes(saved)[: int(len(saved) * kept)]))

    window = start(demo_store, qtbot)
    assert tab_rows(window) == default_rows  # no stray bar, Contact details in front
    assert places(window) == default_places
    assert window.toolBarArea(window.toolbar) == Qt.ToolBarArea.TopToolBarArea
    assert window.toolbar.isVisible()
    assert_details_reachable(window)
    window.close()


def test_after_a_damaged_saved_layout_the_next_one_is_saved_and_restored(demo_store, qtbot):
    settings.write(settings.WINDOW_STATE, QByteArray(b"not a layout at all"))
    window = start(demo_store, qtbot)
    window.panels.reliability_dock.raise_()
    qtbot.wait(20)
    rows = tab_rows(window)
    window.close()

    again = start(demo_store, qtbot)
    assert tab_rows(again) == rows
    again.close()


@pytest.mark.parametrize("front", [None, "associationsDock", "dueDock"])
def test_no_stray_tab_bar_as_the_window_first_paints(demo_store, qtbot, front):
    """The tab bars of the arrangement the window was built with, then replaced by the
    saved one, are gone before the first paint, not a turn of the event loop later."""
    if front is not None:
        window = start(demo_store, qtbot)
        window.findChild(QDockWidget, front).raise_()
        qtbot.wait(20)
        window.close()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.restore_layout()
    window.show()  # and no turn of the event loop: what the first paint draws
    rows = tab_rows(window)
    assert len(rows) == 2, rows
    assert (front and front.startswith("due")) or any(
        titles[0] == "Contact details" for _front, titles in rows
    ), rows
    assert sorted(len(titles) for _front, titles in rows) == [4, 6], rows
    window.close()
