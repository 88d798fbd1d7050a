"""After an import, its undo and its redo, the window applies the network it read a slice at
a time (background.run_in_slices), letting the event loop run between slices. Input arriving
between slices must not act on the half-applied network, nothing may be painted half way,
and the window must end exactly as a fresh window shows the network."""

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from test_edits_match_a_fresh_window import _open, _shown
from test_reload_matches_a_fresh_window import _cards, _diagram

from networkcircles.diagram import scene as scene_module
from networkcircles.store import queries
from networkcircles.store.db import db
from networkcircles.ui import background, main_window
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog
from networkcircles.ui.models import contacts_model


class _Paints(QObject):
    """Counts the diagram's paints."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_input_between_slices_waits_and_the_window_ends_as_a_fresh_one(
    window, qtbot, tmp_path, monkeypatch, demo_store
):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: None))
    monkeypatch.setattr(questions, "confirm_delete", lambda parent, name: True)
    # A slice per pause, and a pause every few dots and rows: many turns of the event loop.
    monkeypatch.setattr(background, "SLICE_S", 0.0)
    monkeypatch.setattr(scene_module, "STEP", 7)
    monkeypatch.setattr(contacts_model, "SORT_STEP", 5)
    email = db.execute_sql("SELECT address FROM contact_email ORDER BY id LIMIT 1").fetchone()[0]
    cards = tmp_path / "newcomers.vcf"
    _cards(cards, email, 60)
    window.contact_list.search.setText("Iris")  # the dimmed dots must match too
    qtbot.waitUntil(lambda: window.diagram_view.viewport().isVisible())
    rows = queries.contact_rows()
    peer = next(row for row in rows if row.circle_key == "peers")
    other = next(row for row in rows if row.circle_key == "family")  # clicked between slices
    window.select_contact(peer.id)
    qtbot.wait(5)

    viewport = window.diagram_view.viewport()
    paints = _Paints()
    viewport.installEventFilter(paints)
    # While a slice at a time is applied: each turn of the event loop between slices tries
    # a click on a dot, typing in the search box, Delete and closing the window, and counts
    # the diagram's paints.
    turns: list[tuple[int, str, int | None, int]] = []
    real = main_window.run_in_slices
    whole_at: list[int] = []  # the paints counted once the last step is done

    def sliced(target, steps) -> None:
        whole_at.clear()

        def applied_whole():
            yield from steps
            whole_at.append(paints.count)

        def meddle() -> None:
            if whole_at:
                return  # the network is whole: what follows is not between slices
            at = window.scene.dot_position(other.id)
            if at is not None:
                spot = window.diagram_view.mapFromScene(at)
                QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(spot))
            QTest.keyClicks(window.contact_list.search, "zz")
            QTest.keyClick(viewport, Qt.Key.Key_Delete)
            window.close()
            turns.append(
                (
                    window.undo_stack.index(),
                    window.contact_list.search.text(),
                    window.selected_id,
                    paints.count,
                )
            )

        meddler = QTimer()
        meddler.setInterval(0)
        meddler.timeout.connect(meddle)
        meddler.start()
        try:
            real(target, applied_whole())
        finally:
            meddler.stop()

    monkeypatch.setattr(main_window, "run_in_slices", sliced)
    before = {row.id for row in queries.contact_rows()}

    def applied(step: str, index: int, selected: int | None) -> None:
        """After `step`: `index` on the undo stack; `selected` was chosen before it."""
        # The new picture, in one go (after an import, once the triage is forward too).
        qtbot.waitUntil(lambda: paints.count > whole_at[0])
        assert len(turns) > 5, step  # the event loop ran between slices
        # Nothing acted: no edit (Delete), no typing, no closing, no paint; the click chose
        # nobody (the reload itself clears the selection at one of its steps).
        assert {(i, text, painted) for i, text, _, painted in turns} == {
            (turns[0][0], "Iris", turns[0][3])
        }, step
        assert {selected for _, _, selected, _ in turns} <= {selected, None}, step
        assert window.undo_stack.index() == index, step
        assert window.isVisible(), step
        turns.clear()
        fresh = _open(qtbot, demo_store)
        fresh.contact_list.search.setText("Iris")
        fresh.select_contact(window.selected_id)
        assert _diagram(window) == _diagram(fresh), step
        assert window.contact_list.shown_ids() == fresh.contact_list.shown_ids(), step
        assert _shown(window, qtbot) == _shown(fresh, qtbot), step
        fresh.close()

    selected = window.selected_id
    window.files.import_files([cards])
    newcomers = {row.id for row in queries.contact_rows()} - before
    assert len(newcomers) == 60
    applied("imported", 1, selected)
    selected = window.selected_id
    window.undo_stack.undo()
    assert window.scene.contact_ids() == before
    applied("undone", 0, selected)
    selected = window.selected_id
    window.undo_stack.redo()
    assert window.scene.contact_ids() == before | newcomers
    applied("redone", 1, selected)


def test_timers_between_slices_wait_for_the_last_one(window, qtbot):
    """Timers still fire between slices. Work they start that would read the half-applied
    network (a piece of start-up work, a periodic sync: both ask ui/collector.py whether a
    job runs) waits for the last slice."""
    from networkcircles.ui import collector

    qtbot.waitUntil(lambda: window.start_up.done)
    ran: list[str] = []

    def steps():
        for n in range(5):
            assert collector.is_held_by(collector.JOB)
            window.start_up.add(lambda n=n: ran.append(f"start-up piece {n}"))
            ran.append(f"slice {n}")
            QTest.qWait(25)  # timers, the start-up work's too, come due meanwhile
            yield

    background.run_in_slices(window, steps())
    assert not collector.is_held_by(collector.JOB)
    qtbot.waitUntil(lambda: len(ran) == 10)
    assert ran == [f"slice {n}" for n in range(5)] + [f"start-up piece {n}" for n in range(5)]
