"""Long work on a worker thread: its own connection, the window keeps painting, errors and
Cancel come back to the caller, and nobody edits beside it."""

import gc
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from networkcircles.services import contacts
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries
from networkcircles.store.db import db
from networkcircles.ui import background


def test_the_work_runs_on_its_own_thread_and_connection_while_the_gui_ticks(store, qtbot):
    gui_thread, gui_connection = threading.get_ident(), db.connection()
    seen = {}
    gaps, clock = [], QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    heartbeat.start()

    def work(progress):
        seen["thread"], seen["connection"] = threading.get_ident(), db.connection()
        for n in range(20):
            time.sleep(0.02)  # slow work: the GUI thread must keep ticking meanwhile
            progress(n + 1, 20)
        return contacts.create("Written by the worker", "peers")

    finished = background.run_in_background(None, "Work", "Working…", work)
    heartbeat.stop()
    assert seen["thread"] != gui_thread
    assert seen["connection"] is not gui_connection
    assert db.connection() is gui_connection  # the window's connection is untouched
    assert queries.contact_row(finished.result).name == "Written by the worker"
    assert not finished.cancelled
    # The work takes 400 ms or more: on the GUI thread it would be one gap that long.
    assert len(gaps) >= 10 and max(gaps[1:]) < 250


def test_an_error_in_the_work_is_raised_in_the_caller_and_nothing_is_kept(store, qtbot):
    def work(progress):
        with db.atomic():
            contacts.create("Half done", "peers")
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as error:
        background.run_in_background(None, "Work", "Working…", work)
    assert error.value.strerror == "No space left on device"
    assert queries.contact_rows() == []


def test_cancel_reaches_the_work_and_input_waits_meanwhile(store, qtbot):
    button = QPushButton("Edit")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    asked_to_stop = threading.Event()

    def work(progress):
        for n in range(500):
            if not progress(n, 500):
                asked_to_stop.set()
                return "stopped"
            time.sleep(0.01)
        return "finished"

    def user() -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # held back: the work is running
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(background.SHOW_AFTER_MS + 300, user)
    finished = background.run_in_background(button, "Work", "Working…", work)
    assert finished.result == "stopped" and finished.cancelled
    assert asked_to_stop.is_set()
    assert clicks == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]  # and input flows again afterwards


def test_an_import_in_the_window_reads_and_writes_off_the_gui_thread(window, tmp_path, monkeypatch):
    from networkcircles.services import importing
    from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog

    threads = {}
    for name in ("plan_import", "apply_plan"):
        real = getattr(importing, name)

        def spy(*args, real=real, name=name, **kwargs):
            threads[name] = threading.get_ident()
            return real(*args, **kwargs)

        monkeypatch.setattr(importing, name, spy)
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: "peers"))
    path = tmp_path / "people.csv"
    path.write_text("name,email\n" + "".join(f"New {n},new{n}@example.org\n" for n in range(50)))
    before = queries.stats()["contacts"]
    window.files.import_files([path])
    assert set(threads) == {"plan_import", "apply_plan"}
    assert threading.get_ident() not in threads.values()
    assert queries.stats()["contacts"] == before + 50
    assert window.contacts_model.rowCount() == before + 50  # the window reloaded after it
    window.undo_stack.undo()  # one step takes the whole import back
    assert queries.stats()["contacts"] == before


def test_an_export_and_a_pdf_are_written_off_the_gui_thread(window, tmp_path, monkeypatch, qtbot):
    """Both on a worker: the PDF's writer, painter and fonts are made and let go there, and no
    garbage collection runs on the worker (the cause of a crash once seen in CI)."""
    from networkcircles.interchange import exporting
    from networkcircles.ui.dialogs import print_summary
    from networkcircles.ui.dialogs.export_contacts import ExportChoice, ExportContactsDialog

    threads = {}

    def spy(module, name):
        real = getattr(module, name)

        def wrapped(*args, **kwargs):
            threads[name] = threading.get_ident()
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapped)

    spy(exporting, "export_contacts")
    spy(print_summary, "write_pdf")
    target = tmp_path / "everyone.vcf"
    choice = ExportChoice(target, "vcard", None)
    monkeypatch.setattr(ExportContactsDialog, "ask", classmethod(lambda cls, *a: choice))
    window.files.export_contacts()
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == queries.stats()["contacts"]
    assert "Exported" in window.statusBar().currentMessage()

    dialog = print_summary.PrintSummaryDialog(window, "network")
    qtbot.addWidget(dialog)
    pdf = tmp_path / "network.pdf"
    monkeypatch.setattr(
        print_summary.PrintSummaryDialog, "ask_pdf_path", staticmethod(lambda *a: pdf)
    )
    assert dialog.save_pdf() == pdf
    assert pdf.read_bytes().startswith(b"%PDF")
    assert set(threads) == {"export_contacts", "write_pdf"}
    assert threads["export_contacts"] != threading.get_ident()
    assert threads["write_pdf"] != threading.get_ident()


def test_progress_and_the_end_are_handled_on_the_gui_thread_even_after_a_quit(store, qtbot):
    QApplication.instance().exit()  # as a test of the app's own exit may have done
    gui_thread, handled = threading.get_ident(), []
    real = QProgressDialog.setValue

    def set_value(dialog, value):
        handled.append(threading.get_ident())
        real(dialog, value)

    def work(progress):
        for n in range(10):
            time.sleep(0.02)
            progress(n + 1, 10)
        return threading.get_ident()

    QProgressDialog.setValue = set_value
    try:
        finished = background.run_in_background(None, "Work", "Working…", work)
    finally:
        QProgressDialog.setValue = real
        QTimer.singleShot(0, QApplication.instance().quit)
        QApplication.instance().exec()  # clears the exit, so later tests' event loops run
    assert finished.result != gui_thread
    assert handled and set(handled) == {gui_thread}


def test_young_garbage_is_collected_on_the_gui_thread_while_the_work_runs(store, qtbot):
    """No collection ever runs on the worker; the GUI thread collects the young generations
    meanwhile, so the work's objects do not wait for one long collection at its end."""
    import gc

    collections: list[tuple[int, int, float]] = []  # (thread, generation, when)

    def watch(phase, info):
        if phase == "start":
            collections.append((threading.get_ident(), info["generation"], time.monotonic()))

    def work(progress):
        began = time.monotonic()
        kept = []
        for _ in range(15):
            for _ in range(3000):
                pair: list = []
                pair.append(pair)  # a cycle: only the collector frees it
                kept.append(len(pair))
            time.sleep(0.02)
        return began, time.monotonic(), threading.get_ident()

    gc.callbacks.append(watch)
    try:
        began, ended, worker = background.run_in_background(None, "Work", "Working…", work).result
    finally:
        gc.callbacks.remove(watch)
    assert gc.isenabled()
    assert all(thread != worker for thread, _, _ in collections)
    meanwhile = [c for c in collections if began <= c[2] <= ended]
    assert meanwhile and {thread for thread, _, _ in meanwhile} == {threading.get_ident()}
    assert {generation for _, generation, _ in meanwhile} <= {0, 1}


def test_a_worker_running_python_hands_the_lock_over_often_and_the_interval_comes_back(
    store, qtbot
):
    """Work that computes in Python (an export of every contact) holds the interpreter lock;
    the GUI thread needs it for each event it handles in Python, so the work's turn is
    shortened while it runs, and given back after."""
    before = sys.getswitchinterval()
    seen = {}

    def work(_progress):
        seen["interval"] = sys.getswitchinterval()
        return sum(range(200_000))

    background.run_in_background(None, "Work", "Working…", work)
    assert seen["interval"] == pytest.approx(background.SWITCH_INTERVAL_S)  # kept in whole µs
    assert seen["interval"] < before
    assert sys.getswitchinterval() == before

    def failing(_progress):
        raise OSError("disk gone")

    with pytest.raises(OSError):
        background.run_in_background(None, "Work", "Working…", failing)
    assert sys.getswitchinterval() == before


def test_the_last_slice_lets_the_event_loop_run_before_the_caller_goes_on(qtbot):
    """The last slice is a slice too: the caller's work after run_in_slices (and the
    repaint it releases) must not run on in one go with it, or the window stalls."""
    window = QPushButton("held")
    qtbot.addWidget(window)
    fired: list[str] = []

    def steps():
        yield
        # A piece of the last slice, shorter than a slice: a timer due now must still fire
        # before run_in_slices hands back.
        QTimer.singleShot(0, lambda: fired.append("timer"))
        yield

    background.run_in_slices(window, steps())
    fired.append("caller")
    assert fired == ["timer", "caller"]


def test_the_held_repaint_is_done_in_a_turn_of_its_own_before_the_caller_goes_on(qtbot):
    """The repaint held during the slices is done before run_in_slices hands back, and a
    timer due after it runs before the caller goes on: the caller's own repaints (the
    triage brought forward after an import) then paint only their own part."""
    window = QPushButton("held")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's)
            if event.type() == QEvent.Type.Paint:
                time.sleep(0.003)  # a repaint that takes longer than the beat
                seen.append("paint")
            return False

    painted = Painted()
    window.installEventFilter(painted)
    beat = QTimer()
    beat.setInterval(1)
    beat.timeout.connect(lambda: seen.append("beat"))
    beat.start()
    qtbot.waitUntil(lambda: "beat" in seen)  # the first paint after showing is done
    seen.clear()

    def steps():
        window.setText("changed")  # asks for a repaint, held until the last slice
        time.sleep(background.SLICE_S)
        yield  # the slice is over: the event loop runs and the repaint asked for is held
        assert "paint" not in seen
        yield

    background.run_in_slices(window, steps())
    beat.stop()
    assert "paint" in seen
    assert seen.index("paint") < len(seen) - 1 - seen[::-1].index("beat")


def test_an_import_on_the_worker_leaves_collection_off_until_the_job_ends(store, qtbot, collecting):
    """Planning and applying pause the collector themselves (services/gc_pause.py); on the
    worker, where the window already holds it off, neither may turn it back on: a collection
    there could destroy a GUI object on the wrong thread."""
    source = Path(__file__).parents[1] / "interchange" / "fixtures" / "linkedin_connections.csv"
    seen = []

    def work(progress):
        plan = plan_import([source])
        seen.append(gc.isenabled())
        result = apply_plan(plan, progress=progress)
        seen.append(gc.isenabled())
        return result

    finished = background.run_in_background(None, "Import", "Importing…", work)
    assert gc.isenabled()  # given back when the job ended
    assert seen == [False, False]
    assert finished.result.added == 3
    assert len(queries.contact_rows()) == 3
