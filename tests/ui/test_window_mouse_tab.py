"""Mouse and Tab as a user uses them: right-click keeps a multi-selection; Tab goes from the
contact list to the diagram."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_right_click_keeps_a_multi_selection(window, qtbot):
    table = window.contact_list.table
    first = table.model().index(0, 0)
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(table.viewport(), left, pos=table.visualRect(first).center())
    for row in (1, 2):
        index = table.model().index(row, 0)
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            table.visualRect(index).center(),
        )
    chosen = window.contact_list.selected_ids()
    assert len(chosen) == 3
    second = table.visualRect(table.model().index(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.RightButton, pos=second)
    assert sorted(window.contact_list.selected_ids()) == sorted(chosen)
    menu = window.contact_list.selection_menu()  # what the right-click opens
    assert "3" in menu.actions()[0].text()


def test_tab_goes_from_the_list_to_the_diagram_and_on(window, qtbot):
    window.activateWindow()
    table = window.contact_list.table
    window.select_contact(window.contacts_model.contact_at(0).id)
    table.setFocus(Qt.FocusReason.MouseFocusReason)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert window.diagram_view.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(window.diagram_view, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not window.diagram_view
    assert window.details_dock.isAncestorOf(after), after  # on to the selected person's details
    window.diagram_view.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(window.diagram_view, Qt.Key.Key_Backtab)
    assert table.hasFocus(), QApplication.focusWidget()
