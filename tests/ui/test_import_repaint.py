"""An import in the window repaints it once: the reload and the triage brought forward
after it are painted together, and their parts each get a turn of the event loop."""

import time

from PySide6.QtCore import QEvent, QObject, QTimer

from networkcircles.store import queries
from networkcircles.ui import background
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Newcomer {n}\r\nEMAIL:newcomer{n}@example.net\r\n"
    "END:VCARD\r\n"
    for n in range(3)
)


class _Paints(QObject):
    """Counts the paints of one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _import(window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    cards = tmp_path / "phone.vcf"
    cards.write_text(CARDS, "utf-8")
    window.files.import_files([cards])


def test_an_import_that_brings_the_triage_forward_paints_the_diagram_once(
    window, tmp_path, monkeypatch, qtbot
):
    assert not window.triage_dock.isVisible()  # its tab appearing lays out the docks
    qtbot.waitUntil(lambda: window.start_up.done)
    qtbot.wait(100)  # the window's own paints are done
    # No progress dialog on a slow machine: only the window's own paints are counted.
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 60_000)
    paints = _Paints()
    window.diagram_view.viewport().installEventFilter(paints)
    _import(window, tmp_path, monkeypatch)
    qtbot.wait(50)  # any repaint still asked for
    window.diagram_view.viewport().removeEventFilter(paints)
    assert window.triage_dock.isVisible()
    assert window.triage.current_id() is not None
    assert window.selected_id == window.triage.current_id()  # the diagram shows who is next
    assert sum(row.name.startswith("Newcomer") for row in queries.contact_rows()) == 3
    # Twice before: once after the reload, once more as the triage's tab appeared.
    assert paints.count == 1


def test_painted_once_paints_what_changed_in_a_turn_of_its_own_after_the_block(qtbot):
    """The block's last work and the repaint it held do not run on in one go: a timer
    due between them fires between them."""
    from PySide6.QtWidgets import QPushButton

    window = QPushButton("held")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[str] = []
    paints = _Paints()
    window.installEventFilter(paints)
    qtbot.wait(20)
    painted_before = paints.count
    with background.painted_once(window):
        window.setText("changed")
        QTimer.singleShot(0, lambda: seen.append("timer"))
        time.sleep(0.005)
        qtbot.wait(0)  # a turn inside the block: the repaint asked for is held
        window.setText("changed again")
        QTimer.singleShot(0, lambda: seen.append(f"timer, {paints.count - painted_before} paints"))
    seen.append(f"after, {paints.count - painted_before} paints")
    assert seen == ["timer", "timer, 0 paints", "after, 1 paints"]


def test_the_triage_is_brought_forward_in_a_turn_of_its_own_after_the_reload(
    window, tmp_path, monkeypatch, qtbot
):
    """The reload's last work and the triage's do not run on in one go: a timer due as the
    reload ends fires before the triage is brought forward."""
    seen: list[str] = []
    bring = window.show_triage
    monkeypatch.setattr(window, "show_triage", lambda: (seen.append("triage"), bring()))
    window.bridge.network_changed.connect(
        lambda: QTimer.singleShot(0, lambda: seen.append("timer"))
    )
    _import(window, tmp_path, monkeypatch)
    assert seen == ["timer", "triage"]
    assert window.triage_dock.isVisible()
