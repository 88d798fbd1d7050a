"""After an import (and its undo and redo) the window writes and reads the whole network
again on a worker thread, so the window keeps painting, and every view then shows the new
network."""

import threading

from networkcircles.services import contacts, import_undo, importing, reliability
from networkcircles.store import circle_queries, queries
from networkcircles.ui import background
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog


def _cards(path, count: int) -> None:
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Newby{n};Iris;;;\r\nFN:Iris Newby{n}\r\n"
            f"EMAIL:iris{n}@example.org\r\nEND:VCARD\r\n"
            for n in range(count)
        ),
        encoding="utf-8",
        newline="",
    )


def _whole_network_reads(monkeypatch) -> list[tuple[str, int]]:
    """Each read of the whole network (the rows, the tray, the marks), with its thread."""
    reads: list[tuple[str, int]] = []
    for module, name in (
        (queries, "contact_rows"),
        (contacts, "tray"),
        (circle_queries, "wishes"),
        (reliability, "verdicts_of_kinds"),
        (import_undo, "take_back"),
        (import_undo, "put_back"),
    ):
        real = getattr(module, name)

        def spy(*args, real=real, name=name, **kwargs):
            reads.append((name, threading.get_ident()))
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    return reads


def _shown_ids(window) -> set[int]:
    return {row.id for row in window.contacts_model.rows()}


def test_an_import_and_its_undo_are_shown_without_reading_on_the_gui_thread(
    window, tmp_path, monkeypatch, exact_rows, demo_store
):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: None))
    cards = tmp_path / "newcomers.vcf"
    _cards(cards, 30)
    before = exact_rows(demo_store)
    ids_before = {row.id for row in queries.contact_rows()}
    reads = _whole_network_reads(monkeypatch)
    gui = threading.get_ident()

    window.files.import_files([cards])

    seen = list(reads)
    assert {name for name, _ in seen} >= {"contact_rows", "wishes", "verdicts_of_kinds"}
    assert all(thread != gui for _, thread in seen), seen  # read on the worker
    newcomers = {row.id for row in queries.contact_rows() if row.name.startswith("Iris Newby")}
    assert len(newcomers) == 30
    # Every view shows the new network: the list, the diagram, the triage on the first one.
    assert _shown_ids(window) == ids_before | newcomers
    assert all(window.scene.dot_position(cid) is not None for cid in newcomers)
    assert window.scene.group_members("") >= newcomers  # the unplaced tray
    assert window.triage_dock.isVisible()
    assert set(window.triage._order) >= newcomers  # the unplaced newcomers wait there
    assert window.selected_id == window.triage.current_id()

    after = exact_rows(demo_store)
    reads.clear()
    window.undo_stack.undo()  # the whole import, taken back and read again off the GUI thread
    seen = list(reads)
    assert {name for name, _ in seen} >= {"take_back", "contact_rows"}
    assert all(thread != gui for _, thread in seen), seen
    assert exact_rows(demo_store) == before
    assert _shown_ids(window) == ids_before
    assert all(window.scene.dot_position(cid) is None for cid in newcomers)
    window.triage.refresh()
    assert window.triage.current_id() not in newcomers  # nobody who is gone

    reads.clear()
    window.undo_stack.redo()  # the same rows again, same ids
    seen = list(reads)
    assert {name for name, _ in seen} >= {"put_back", "contact_rows"}
    assert all(thread != gui for _, thread in seen), seen
    assert exact_rows(demo_store) == after
    assert _shown_ids(window) == ids_before | newcomers


def test_the_triage_reads_the_tray_again_after_an_edit_made_since_the_import(
    window, tmp_path, monkeypatch
):
    """A tray handed over by the reload is kept only until the next edit."""
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: None))
    window.triage_dock.hide()
    cards = tmp_path / "two.vcf"
    _cards(cards, 2)
    monkeypatch.setattr(window, "show_triage", lambda: None)  # the dock stays hidden
    window.files.import_files([cards])
    first, second = sorted(
        row.id for row in queries.contact_rows() if row.name.startswith("Iris Newby")
    )
    window.move_contact(first, "peers")  # the tray the reload read is out of date now
    window.triage_dock.show()
    window.triage_dock.raise_()
    window.triage.refresh()
    assert first not in window.triage._unplaced  # placed since: not offered again
    assert second in window.triage._unplaced


def test_cancel_during_an_import_in_the_window_leaves_store_and_window_as_before(
    window, tmp_path, monkeypatch, exact_rows, demo_store
):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: None))
    cards = tmp_path / "many.vcf"
    _cards(cards, 1200)  # more than one progress step
    before = exact_rows(demo_store)
    shown = _shown_ids(window)
    depth = window.undo_stack.count()
    real_apply = importing.apply_plan

    def apply_then_cancel(plan, circle_key, progress, undoable=False):
        # The plan is read; Cancel is pressed as the writing begins (what the progress
        # dialog's Cancel button does to the worker).
        worker = progress.__self__
        assert isinstance(worker, background._Worker)
        worker.cancel_asked.set()
        return real_apply(plan, circle_key, progress, undoable=undoable)

    monkeypatch.setattr(importing, "apply_plan", apply_then_cancel)

    window.files.import_files([cards])

    assert exact_rows(demo_store) == before
    assert window.undo_stack.count() == depth  # nothing to undo
    assert _shown_ids(window) == shown
