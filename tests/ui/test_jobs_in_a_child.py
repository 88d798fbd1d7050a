"""Long pure work in a child process (ui/background.run_in_child): an import's planning, a
big export and a big PDF. The window keeps ticking, errors come back with today's messages,
Cancel kills the child, a child that dies is a clear error and changes nothing, and what the
user gets (the plan, the import and its undo, the export, the PDF in their language) is what
the worker thread gave. Every job here runs in a real child process."""

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from networkcircles.interchange import exporting
from networkcircles.services import child_process, contacts, importing
from networkcircles.store import queries
from networkcircles.store.db import db
from networkcircles.ui import background, file_controller
from networkcircles.ui.dialogs import import_preview, print_summary, questions
from networkcircles.ui.dialogs.export_contacts import ExportChoice, ExportContactsDialog
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog, run_import
from networkcircles.ui.dialogs.print_summary import PrintSummaryDialog


def _cards(path: Path, count: int, first: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(first, first + count):
            out.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Person{i}\r\nN:Person{i};Card;;;\r\n"
                f"EMAIL:card{i}@example.com\r\nTEL:+1 555 {i:07d}\r\nEND:VCARD\r\n"
            )
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture
def children(monkeypatch) -> list[child_process.ChildJob]:
    """Every child a job starts, as started."""
    started: list[child_process.ChildJob] = []
    real = background.ChildJob

    def spy(*args):
        job = real(*args)
        started.append(job)
        return job

    monkeypatch.setattr(background, "ChildJob", spy)
    return started


def _jobs_alive() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == "networkcircles-job"]


def _kill_the_child_once_it_runs(killed: list[int]) -> QTimer:
    def look() -> None:
        for process in _jobs_alive():
            if process.pid is not None and not killed:
                os.kill(process.pid, signal.SIGKILL)
                killed.append(process.pid)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_result_comes_back_while_the_window_ticks(store, qtbot, tmp_path, children):
    contacts.create("Card Person5", "peers", emails=["card5@example.com"])
    cards = _cards(tmp_path / "cards.vcf", 3000)
    gaps, clock = [], QElapsedTimer()
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    beat.start()
    finished = background.run_in_child(
        None, "Import", "Reading files…", importing.plan_import, ([cards],)
    )
    beat.stop()
    assert len(children) == 1
    assert not finished.cancelled
    assert (finished.result.new_count, finished.result.merged_count) == (2999, 1)
    assert len(gaps) >= 10  # the child took a while, and the window's timer kept firing


def test_the_jobs_error_is_raised_in_the_caller(store, qtbot, tmp_path):
    with pytest.raises(exporting.UnknownFormat):
        background.run_in_child(
            None, "Export", "Exporting…", exporting.export_contacts, (tmp_path / "x", "nope")
        )


def test_cancel_kills_the_child_at_once(store, qtbot, children):
    pressed: list[float] = []

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible() and not pressed:
                pressed.append(time.monotonic())
                qtbot.mouseClick(widget.findChild(QPushButton), Qt.MouseButton.LeftButton)

    presser = QTimer()
    presser.setInterval(50)
    presser.timeout.connect(press_cancel)
    presser.start()
    finished = background.run_in_child(None, "Work", "Working…", time.sleep, (30,))
    presser.stop()
    assert pressed
    assert time.monotonic() - pressed[0] < 5  # not the half minute the job would take
    assert finished.cancelled
    assert finished.result is None
    assert children and not _jobs_alive()


def test_a_child_killed_mid_job_is_an_error_in_the_caller(store, qtbot):
    killed: list[int] = []
    timer = _kill_the_child_once_it_runs(killed)
    with pytest.raises(child_process.ChildDied) as died:
        background.run_in_child(None, "Work", "Working…", time.sleep, (30,))
    timer.stop()
    assert killed
    assert died.value.exit_code == -signal.SIGKILL


def test_a_big_import_plans_in_a_child_then_imports_and_undoes(
    window, tmp_path, monkeypatch, exact_rows, demo_store, children
):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    before = exact_rows(demo_store)
    email = db.execute_sql("SELECT address FROM contact_email ORDER BY id LIMIT 1").fetchone()[0]
    cards = _cards(tmp_path / "cards.vcf", 2500)
    with cards.open("a", encoding="utf-8", newline="") as out:
        out.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Known\r\nEMAIL:{email}\r\n")
        out.write("NOTE:met again\r\nEND:VCARD\r\n")
    assert cards.stat().st_size >= import_preview.CHILD_FROM_BYTES
    here = importing.plan_import([cards])

    window.files.import_files([cards])

    assert len(children) == 1  # planned in a child; written here, in one transaction
    assert here.merged_count == 1  # the known person's note
    assert len(queries.contact_rows()) == len(before["contact"]) + here.new_count
    assert window.contacts_model.rowCount() == len(queries.contact_rows())
    window.undo_stack.undo()
    assert exact_rows(demo_store) == before
    assert window.contacts_model.rowCount() == len(before["contact"])


def test_a_small_import_plans_on_the_worker_thread(store, qtbot, tmp_path, monkeypatch, children):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    result = run_import(None, [_cards(tmp_path / "few.vcf", 10)])
    assert result is not None and result.added == 10
    assert children == []  # no child's start for ten cards


def test_a_child_killed_while_planning_is_told_and_nothing_is_written(
    store, qtbot, tmp_path, monkeypatch
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(questions, "show_error", lambda parent, t, m: shown.append((t, m)))
    monkeypatch.setattr(import_preview, "CHILD_FROM_BYTES", 0)
    monkeypatch.setattr(
        ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: pytest.fail("asked"))
    )
    killed: list[int] = []
    timer = _kill_the_child_once_it_runs(killed)
    assert run_import(None, [_cards(tmp_path / "cards.vcf", 3000)]) is None
    timer.stop()
    assert killed
    assert shown == [
        (
            "Import",
            "Reading the files stopped unexpectedly (its process ended with code -9). "
            "Nothing was imported.",
        )
    ]
    assert queries.stats()["contacts"] == 0


def _pdf(dialog: PrintSummaryDialog, target: Path, monkeypatch) -> Path | None:
    monkeypatch.setattr(PrintSummaryDialog, "ask_pdf_path", staticmethod(lambda *a: target))
    return dialog.save_pdf()


def test_a_pdf_from_a_child_reads_as_the_one_drawn_here(
    store, qtbot, tmp_path, monkeypatch, children, german
):
    for n in range(40):
        contacts.create(f"Person {n}", "peers" if n % 2 else "family", role="Lead")
    dialog = PrintSummaryDialog(None, "mine")
    qtbot.addWidget(dialog)
    here = _pdf(dialog, tmp_path / "here.pdf", monkeypatch)
    assert children == []  # 40 people: drawn on the worker thread
    monkeypatch.setattr(print_summary, "CHILD_FROM_CONTACTS", 40)
    there = _pdf(dialog, tmp_path / "there.pdf", monkeypatch)
    assert len(children) == 1
    assert here and there
    text = _text(there)
    assert "Kreis" in text or "Kreise" in text  # the window's German, not English
    assert text == _text(here)
    assert len(PdfReader(there).pages) == len(PdfReader(here).pages)


def test_a_pdf_over_the_open_network_is_refused_in_the_child_as_here(
    store, qtbot, monkeypatch, children
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(questions, "show_error", lambda parent, t, m: shown.append((t, m)))
    contacts.create("Ada", "peers")
    dialog = PrintSummaryDialog(None, "mine")
    qtbot.addWidget(dialog)
    assert _pdf(dialog, store, monkeypatch) is None
    monkeypatch.setattr(print_summary, "CHILD_FROM_CONTACTS", 0)
    assert _pdf(dialog, store, monkeypatch) is None
    assert len(children) == 1
    assert len(shown) == 2 and shown[0] == shown[1]
    assert "own file" in shown[0][1]
    assert queries.contact_rows()[0].name == "Ada"  # the network is whole


def _export(window, target: Path, fmt: str, circle: str | None, monkeypatch) -> str:
    choice = ExportChoice(target, fmt, circle)
    monkeypatch.setattr(ExportContactsDialog, "ask", classmethod(lambda cls, *a: choice))
    window.files.export_contacts()
    return window.statusBar().currentMessage()


@pytest.mark.parametrize(("fmt", "circle"), [("vcard", None), ("csv", "peers")])
def test_an_export_from_a_child_is_the_export_written_here(
    window, tmp_path, monkeypatch, children, fmt, circle
):
    said_here = _export(window, tmp_path / "here", fmt, circle, monkeypatch)
    assert children == []  # 60 people: written on the worker thread
    monkeypatch.setattr(file_controller, "CHILD_FROM_CONTACTS", 1)
    said_there = _export(window, tmp_path / "there", fmt, circle, monkeypatch)
    assert len(children) == 1
    assert (tmp_path / "there").read_bytes() == (tmp_path / "here").read_bytes()
    assert said_there.replace("there", "here") == said_here


def test_an_export_whose_child_dies_is_told_and_leaves_no_file(window, tmp_path, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(questions, "show_error", lambda parent, t, m: shown.append((t, m)))
    monkeypatch.setattr(file_controller, "CHILD_FROM_CONTACTS", 1)
    monkeypatch.setattr(
        background, "ChildJob", lambda job, args: child_process.ChildJob(time.sleep, (30,))
    )
    killed: list[int] = []
    timer = _kill_the_child_once_it_runs(killed)
    _export(window, tmp_path / "out.vcf", "vcard", None, monkeypatch)
    timer.stop()
    assert killed
    assert len(shown) == 1 and shown[0][0] == "Export failed"
    assert "stopped unexpectedly (its process ended with code -9)" in shown[0][1]
    assert not list(tmp_path.glob("out*"))


def test_an_export_over_the_open_network_is_refused_in_the_child_as_here(
    window, demo_store, monkeypatch, children
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(questions, "show_error", lambda parent, t, m: shown.append((t, m)))
    before = queries.stats()
    _export(window, demo_store, "vcard", None, monkeypatch)
    monkeypatch.setattr(file_controller, "CHILD_FROM_CONTACTS", 1)
    _export(window, demo_store, "vcard", None, monkeypatch)
    assert len(children) == 1
    assert len(shown) == 2 and shown[0] == shown[1]
    assert "own file" in shown[0][1]
    assert queries.stats() == before
