"""The print dialog: its choices become options, and Save as PDF writes the chosen circles."""

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from networkcircles.printing.summary import SectionKind
from networkcircles.services import contacts
from networkcircles.ui.dialogs.print_summary import PrintSummaryDialog


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_everything_is_chosen_by_default(store, qtbot):
    dialog = PrintSummaryDialog(None, "mine")
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.circles is None
    assert options.sections == frozenset(SectionKind)
    assert options.share is False
    assert options.network_name == "mine"


def test_no_circle_chosen_disables_printing(store, qtbot):
    dialog = PrintSummaryDialog(None, "mine")
    qtbot.addWidget(dialog)
    for row in range(dialog.circle_list.count()):
        dialog.circle_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.pdf_button.isEnabled()
    assert not dialog.preview_button.isEnabled()


def test_save_as_pdf_writes_the_chosen_circle_for_sharing(store, qtbot, tmp_path, monkeypatch):
    contacts.create(
        "José Núñez", "peers", emails=["jose@example.com"], last_contacted=date(2026, 10, 1)
    )
    contacts.create("Анна Petrova", "family")
    target = tmp_path / "peers.pdf"
    asked = []

    def ask(parent, suggested):
        asked.append(suggested)
        return target

    monkeypatch.setattr(PrintSummaryDialog, "ask_pdf_path", staticmethod(ask))
    dialog = PrintSummaryDialog(None, "mine", preselected_circle="peers")
    qtbot.addWidget(dialog)
    assert dialog.options().circles == ["peers"]
    assert dialog.options().sections == frozenset({SectionKind.CIRCLES})
    dialog.for_sharing.setChecked(True)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == ["mine.pdf"]
    text = _text(target)
    assert "Fellow job seekers" in text and "J. N." in text
    assert "Family and friends" not in text and "Анна" not in text
    assert "José" not in text and "@" not in text
    assert text.startswith("mine")


def test_cancelled_save_writes_nothing(store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(PrintSummaryDialog, "ask_pdf_path", staticmethod(lambda *a: None))
    dialog = PrintSummaryDialog(None, "mine")
    qtbot.addWidget(dialog)
    assert dialog.save_pdf() is None
    assert not list(tmp_path.glob("*.pdf"))


def test_save_as_pdf_draws_the_pages_on_a_worker(store, qtbot, tmp_path, monkeypatch):
    """The window keeps painting while the pages are drawn: they are drawn on a worker
    thread with its own connection, and the timers of the GUI thread keep firing."""
    import threading

    from PySide6.QtCore import QTimer

    from networkcircles.ui.dialogs import print_summary

    for n in range(30):
        contacts.create(f"Person {n}", "peers")
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(PrintSummaryDialog, "ask_pdf_path", staticmethod(lambda *a: target))
    threads, beats = [], []
    real = print_summary.write_pdf

    def write_pdf(path, options):
        threads.append(threading.current_thread())
        written = real(path, options)
        threading.Event().wait(0.3)  # long enough for the GUI thread's timer to fire
        return written

    monkeypatch.setattr(print_summary, "write_pdf", write_pdf)
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: beats.append(1))
    beat.start()
    dialog = PrintSummaryDialog(None, "mine")
    qtbot.addWidget(dialog)
    assert dialog.save_pdf() == target
    beat.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert beats  # the GUI thread handled its events meanwhile
    assert "Person 7" in _text(target)
