"""File ▸ Import in the window takes any file it offers: a calendar alone, contacts alone, or
both in one selection, each as one undoable step that takes back exactly what came in."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from networkcircles.store.db import db
from networkcircles.ui.dialogs.import_preview import CANCELLED, ImportPreviewDialog

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"


def _count(table: str) -> int:
    return int(db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.fixture
def previews(monkeypatch):
    """The preview as the user sees it, with Import pressed: its summary and button state."""
    shown: list[tuple[str, bool]] = []

    def ask(cls, parent, plan):
        dialog = cls(plan, parent)
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        shown.append((dialog.summary.text(), button.isEnabled()))
        button.click()
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen_circle()
        dialog.deleteLater()
        return chosen if accepted else CANCELLED

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    return shown


def _choose(monkeypatch, *names: str) -> None:
    chosen = [str(FIXTURES / name) for name in names]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (chosen, "")))


@pytest.mark.parametrize(
    ("names", "contacts", "events"),
    [
        (("meetup.ics",), 0, 1),
        (("apple_contacts.vcf",), 2, 0),
        (("outlook_contacts.csv", "google_calendar.ics", "eventbrite.ics"), 1, 4),
    ],
)
def test_import_from_the_window_then_undo_and_redo(
    window, monkeypatch, previews, exact_rows, demo_store, names, contacts, events
):
    _choose(monkeypatch, *names)
    before = exact_rows(demo_store)
    people, meetings = _count("contact"), _count("event")
    steps = window.undo_stack.count()

    window.files.import_files()  # File ▸ Import…: the file dialog, the preview, Import

    ((summary, enabled),) = previews
    assert enabled, summary
    assert _count("contact") - people == contacts
    assert _count("event") - meetings == events
    assert f"{contacts} new," in summary
    if events:
        assert f"{events} event{'s' if events > 1 else ''} to add" in summary
    assert window.undo_stack.count() == steps + 1  # one step, whatever the files held
    counted = f"{events} event" if events == 1 else f"{events} events"  # "1 events" no more
    assert window.undo_stack.undoText().endswith(counted if events else "merged")
    assert window.statusBar().currentMessage().endswith(f" merged, {counted}")
    after = exact_rows(demo_store)

    window.undo_stack.undo()
    assert exact_rows(demo_store) == before
    window.undo_stack.redo()
    assert exact_rows(demo_store) == after


def test_a_calendar_already_imported_offers_nothing_to_import(
    window, monkeypatch, previews, exact_rows, demo_store
):
    _choose(monkeypatch, "meetup.ics")
    window.files.import_files()
    after_first = exact_rows(demo_store)
    steps = window.undo_stack.count()
    window.files.import_files()
    summary, enabled = previews[-1]
    assert "0 events to add, 1 already in your calendar." in summary
    assert not enabled
    assert window.undo_stack.count() == steps  # no empty step on the stack
    assert exact_rows(demo_store) == after_first


def test_every_kind_the_import_reads_can_be_dropped(qapp):
    from PySide6.QtCore import QUrl

    from networkcircles.ui.file_controller import importable

    names = ["a.vcf", "b.VCARD", "c.csv", "d.tsv", "e.txt", "f.ics", "g.ical", "h.ifb", "i.pdf"]
    urls = [QUrl.fromLocalFile(f"/tmp/{name}") for name in names]
    assert [path.name for path in importable(urls)] == names[:-1]
