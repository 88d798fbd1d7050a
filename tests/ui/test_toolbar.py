"""The toolbar stays put while undo and redo change their text at every edit."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QToolButton

from networkcircles.store import queries
from networkcircles.ui.commands import EditContactCommand


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def buttons(window) -> dict[str, QToolButton]:
    """The toolbar's buttons by the first word of their tooltips."""
    found = window.toolbar.findChildren(QToolButton)
    return {button.toolTip().split(" ")[0]: button for button in found if button.toolTip()}


def test_an_edit_and_its_undo_do_not_lay_the_toolbar_out_again(window, qtbot):
    rows = queries.contact_rows()
    undo, redo = buttons(window)["Undo"], buttons(window)["Redo"]
    assert undo.isVisible() and not undo.icon().isNull() and not undo.isEnabled()
    window.undo_stack.push(
        EditContactCommand(window.bridge, rows[0].id, {"role": ""}, {"role": "A"})
    )
    qtbot.wait(10)
    requests = LayoutRequests()
    window.toolbar.installEventFilter(requests)
    row = rows[1]
    window.undo_stack.push(
        EditContactCommand(window.bridge, row.id, {"role": row.role}, {"role": "Lead"})
    )
    qtbot.wait(10)
    assert undo.isEnabled() and not redo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)  # the toolbar's undo undoes
    qtbot.wait(10)
    undone = queries.contact_row(row.id)
    assert undone is not None and undone.role == row.role
    assert undo.isEnabled() and redo.isEnabled()
    assert requests.count == 0
