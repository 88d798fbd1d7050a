"""The import preview dialog: counts, rejections, circle choice, progress and cancel."""

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from networkcircles.services.importing import plan_import
from networkcircles.store import queries
from networkcircles.ui import background
from networkcircles.ui.dialogs.import_preview import (
    CANCELLED,
    ImportPreviewDialog,
    apply_with_progress,
    run_import,
)

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"


def test_dialog_shows_counts_rejections_and_circles(store, qtbot):
    plan = plan_import([FIXTURES / "plain_with_header.csv", FIXTURES / "cut_off.vcf"])
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "summary").text()
    assert summary == (
        "2 new, 0 to merge with people you already have, 0 with nothing new, 2 rejected."
    )
    files = dialog.files_table
    assert files.rowCount() == 2
    assert [files.item(0, c).text() for c in range(6)] == [
        "plain_with_header.csv",
        "2",
        "0",
        "0",
        "0",
        "1",
    ]
    assert files.item(1, 0).text() == "cut_off.vcf"
    assert files.item(1, 5).text() == "whole file: line 9: the file is cut off"
    rows = dialog.rejected_table
    assert rows.rowCount() == 1
    assert [rows.item(0, c).text() for c in range(3)] == [
        "plain_with_header.csv",
        "5",
        "'not-an-email' is not an e-mail address",
    ]
    combo = dialog.circle_combo
    assert combo.count() == 6
    assert combo.itemData(0) is None
    assert [combo.itemData(i) for i in range(1, 6)] == [c.key for c in queries.circles()]
    combo.setCurrentIndex(3)
    assert dialog.chosen_circle() == "peers"
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Import" and button.isEnabled()
    dialog.resize(700, 520)
    dialog.grab().save("/tmp/import_preview.png")


def test_nothing_to_import_disables_import(store, qtbot):
    dialog = ImportPreviewDialog(plan_import([FIXTURES / "empty.vcf"]))
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_run_import_cancelled_writes_nothing(store, qtbot, monkeypatch):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: CANCELLED))
    assert run_import(None, [FIXTURES / "outlook_contacts.csv"]) is None
    assert queries.stats()["contacts"] == 0


def test_run_import_into_chosen_circle(store, qtbot, monkeypatch):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: "family"))
    result = run_import(None, [FIXTURES / "outlook_contacts.csv"])
    assert result.added == 1
    assert queries.stats()["circles"]["family"] == 1


def test_progress_cancel_rolls_back(store, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text("name\n" + "".join(f"P{i}\n" for i in range(1500)))
    # Cancel pressed at once: the worker's next progress report says stop.
    monkeypatch.setattr(background._Worker, "report", lambda self, done, total: False)
    result = apply_with_progress(None, plan_import([path]), None)
    assert result.cancelled
    assert queries.stats()["contacts"] == 0


def test_dialog_lists_each_warning_with_its_file_and_line(store, qtbot, tmp_path):
    cards = tmp_path / "damaged.vcf"
    cards.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\n".encode()
        + b"NOTE:caf\xe9 <b>bold</b>\r\nEND:VCARD\r\n"
    )
    calendar = tmp_path / "often.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        "DTSTART:20261201T100000Z\r\nSUMMARY:Stand-up\r\nRRULE:FREQ=HOURLY\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        newline="",
    )
    dialog = ImportPreviewDialog(plan_import([cards, calendar]))
    qtbot.addWidget(dialog)
    table = dialog.warnings_table
    assert not table.isHidden()
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells == [
        ["damaged.vcf", "4", "damaged text: characters that could not be read show as \ufffd"],
        ["often.ics", "3", "an event repeating more often than daily is imported once"],
    ]
    assert "E9" in table.item(0, 2).toolTip()
    # The reader's own words say which event and which value, as in "line 3: event 1: …".
    assert table.item(1, 3).text().startswith("event 1 repeats every hour")
    heading = dialog.findChild(QLabel, "warnings_heading").text()
    assert heading == "2 warnings: what was skipped or replaced; the rest imports"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_dialog_hides_the_warnings_when_there_are_none(store, qtbot):
    dialog = ImportPreviewDialog(plan_import([FIXTURES / "outlook_contacts.csv"]))
    qtbot.addWidget(dialog)
    assert dialog.warnings_table.isHidden()


def test_counts_follow_the_chosen_circle(store, qtbot):
    # Imported once, unplaced: the same file again brings nothing new, unless a circle is
    # chosen, which places the people already there who are still unplaced.
    from networkcircles.services.importing import apply_plan

    apply_plan(plan_import([FIXTURES / "outlook_contacts.csv"]))
    dialog = ImportPreviewDialog(plan_import([FIXTURES / "outlook_contacts.csv"]))
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "summary")
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert summary.text().startswith("0 new, 0 to merge with people you already have, 1 with")
    assert not button.isEnabled()
    dialog.circle_combo.setCurrentIndex(dialog.circle_combo.findData("peers"))
    assert summary.text().startswith("0 new, 1 to merge with people you already have, 0 with")
    assert button.isEnabled()
