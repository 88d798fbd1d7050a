"""After each edit, its undo and its redo, every panel of the window shows what a window
opened afresh on the same network shows: the panels' incremental refreshes (and the ones
coalesced to the next turn of the event loop) leave nothing stale."""

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from networkcircles.diagram.scene import FEW
from networkcircles.services import associations
from networkcircles.store import circle_queries, queries
from networkcircles.ui.commands import (
    DeleteContactCommand,
    EditContactCommand,
    EditContactExtrasCommand,
    LogInteractionCommand,
    SetFollowUpCommand,
)
from networkcircles.ui.main_window import MainWindow
from networkcircles.ui.panels.lazy import bring_forward


def _open(qtbot, store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def _texts(widget: QWidget) -> list[str]:
    """What a panel shows, as text: labels, fields, lists and tables."""
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QLineEdit):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            found.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            found.append(child.currentText())
        elif isinstance(child, QListWidget):
            found += [child.item(n).text() for n in range(child.count())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            found += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
    return found


def _shown(window: MainWindow, qtbot) -> dict[str, list[str]]:
    qtbot.wait(5)  # the refreshes coalesced to the next turn of the event loop
    shown = {}
    for dock in window.panels.docks():
        bring_forward(dock)  # a dock behind another tab catches up when shown
        shown[dock.objectName()] = _texts(window.panels.panel(dock))
    shown["list"] = [str(i) for i in window.contact_list.shown_ids()]
    shown["details"] = _texts(window.contact_details)
    shown["rings"] = [window.scene.ring_label(key) for key in ("family", "peers", "associations")]
    return shown


def test_every_panel_matches_a_fresh_window_after_edits_undos_and_redos(demo_store, qtbot):
    window = _open(qtbot, demo_store)
    for dock in window.panels.docks():  # every panel in sight: each follows the edits itself
        dock.setFloating(True)
        bring_forward(dock)
    qtbot.waitUntil(lambda: all(dock.property("in_sight") for dock in window.panels.docks()))
    bridge, stack = window.bridge, window.undo_stack
    rows = queries.contact_rows()
    peer = next(row for row in rows if row.circle_key == "peers")
    neighbour = next(row for row in rows if row.circle_key == "acquaintances")
    many = [row.id for row in rows if row.circle_key == "family"][:5]
    # More than the scene updates one by one (FEW): each tile regrouped once for all.
    outer = [row.id for row in rows if row.circle_key in ("peers", "acquaintances")]
    several = [i for i in outer if i not in (peer.id, neighbour.id)][:12]
    assert len(several) > FEW
    source = next(tip.source_id for tip in circle_queries.tips() if tip.source_id)
    association = associations.compare_associations()[0].name
    window.select_contact(peer.id)

    def changed(contact_id: int, field: str, value: str) -> EditContactCommand:
        was = getattr(queries.contact_details(contact_id), field)
        return EditContactCommand(bridge, contact_id, {field: was}, {field: value})

    edits = [
        lambda: window.move_contact(peer.id, "associations"),
        lambda: window.move_contacts(many, "coworkers"),
        lambda: window.move_contacts(several, "family"),
        lambda: stack.push(changed(peer.id, "role", "X")),
        lambda: stack.push(EditContactExtrasCommand(bridge, neighbour.id, {"passes_gossip": True})),
        lambda: stack.push(LogInteractionCommand(bridge, peer.id, date.today(), "call")),
        lambda: stack.push(
            SetFollowUpCommand(bridge, peer.id, date.today() - timedelta(3), "ring")
        ),
        lambda: stack.push(changed(source, "name", "Zed Renamed")),
        lambda: stack.push(changed(neighbour.id, "organization", association)),
        lambda: stack.push(DeleteContactCommand(bridge, many[0])),
    ]
    for edit in edits:
        edit()
        stack.undo()
        stack.redo()
    states = []
    for step in ("done", "undone", "redone"):
        fresh = _open(qtbot, demo_store)
        fresh.select_contact(peer.id)
        shown = _shown(window, qtbot)
        assert shown == _shown(fresh, qtbot), step
        states.append(shown)
        fresh.close()
        for _ in edits:
            stack.undo() if step == "done" else stack.redo()
    assert states[0] == states[2] != states[1]
    assert sum(len(texts) for texts in states[0].values()) > 500  # the panels were read
    window.close()
