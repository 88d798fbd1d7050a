"""A network full of hostile text (markup, links, a right-to-left override, "&" and "[*]",
1 MB notes, newlines), walked dock by dock and dialog by dialog: every piece of it is shown
literally, never as markup, and a name cannot reorder the words around it."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)

from networkcircles.services import (
    associations,
    circles,
    contact_extras,
    contacts,
    events,
    interactions,
    references,
    referrals,
    tips,
)
from networkcircles.store.db import close_store, open_store
from networkcircles.text import FSI, PDI, isolate
from networkcircles.ui.main_window import MainWindow
from networkcircles.ui.panels.lazy import bring_forward

IMG = "<img src=x>Eve"
LINK = '<a href="https://evil.example/">Click me</a>'
# A web address field (website, a tip's link) takes only a web address (networkcircles/values.py),
# markup and all.
URL = 'https://evil.example/?q="><img/src=x>&b=<b>Bold</b>'
BOLD = "<b>Bold</b> & Co [*]"
RLO = "Mallory\u202egnp.exe"
RAW_MARKUP = ("<img", "<a ", "<b>", "<i>", "<u>", "<script")
TODAY = date.today()


@pytest.fixture
def hostile(tmp_path: Path) -> dict:
    """A store (in a file whose name is itself markup) where every text field is hostile."""
    path = tmp_path / "R&D <b>net [*].sqlite"
    open_store(path)
    big_note = "<script>alert(1)</script> line\n" * 33_000  # about 1 MB
    fields = {
        "organization": "<i>Evil</i> Corp",
        "role": "Engineer",
        "notes": big_note,
        "how_known": "met at <u>the fair</u>\nsecond line",
        "tags": "<b>tag</b>",
        "website": URL,
        "follow_up_note": IMG,
        "next_follow_up": TODAY - timedelta(days=3),
    }
    ids = {
        "img": contacts.create(IMG, "acquaintances", **fields),
        "link": contacts.create(LINK, "peers", **fields),
        "bold": contacts.create(BOLD, None, **fields),
        "rlo": contacts.create(RLO, "family", **fields),
    }
    interactions.log(ids["img"], TODAY - timedelta(days=1), "call", note=IMG, outcome=LINK)
    referrals.add(ids["link"], ids["img"], TODAY - timedelta(days=2), note=BOLD)
    referrals.add(ids["rlo"], ids["link"])
    references.log_request(ids["link"], application="<b>App</b> & job", asked_on=TODAY)
    contact_extras.update(ids["img"], {"useful_contacts_note": LINK, "has_useful_contacts": True})
    circles.update("peers", name="<b>Peers</b> & R&D")
    org = associations.create_organization(LINK, "association", website=URL, notes=IMG)
    start = datetime.combine(TODAY + timedelta(days=2), datetime.min.time()) + timedelta(hours=10)
    event = events.create_event(
        f"{IMG} fair & more", start, location=LINK, organizer=org, notes=IMG
    )
    events.link_attendees(event, [ids["img"], ids["rlo"]], "met")
    lead = tips.create(kind="job", company=BOLD, role=IMG, link=URL, source=ids["link"])
    yield {"path": path, "ids": ids, "event": event, "org": org, "lead": lead}
    close_store()


@pytest.fixture
def hostile_window(hostile, qtbot):
    main = MainWindow(hostile["path"])
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def _is_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.PlainText:
        return False
    return text_format != Qt.TextFormat.AutoText or QtGui.Qt.mightBeRichText(text)


def _rendered(text: str, text_format: Qt.TextFormat) -> str:
    """What a label or tooltip shows, as plain text."""
    if not _is_rich(text, text_format):
        return text
    document = QtGui.QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _tooltips(root: QWidget) -> list[str]:
    found = [w.toolTip() for w in [root, *root.findChildren(QWidget)] if w.toolTip()]
    for view in root.findChildren(QListWidget):
        found += [view.item(n).toolTip() for n in range(view.count())]
    for view in root.findChildren(QTableWidget):
        found += [
            view.item(r, c).toolTip()
            for r in range(view.rowCount())
            for c in range(view.columnCount())
            if view.item(r, c)
        ]
    for view in root.findChildren(QTableView):
        model = view.model()
        if isinstance(view, QTableWidget) or model is None:
            continue
        for row in range(min(model.rowCount(), 200)):
            for column in range(model.columnCount()):
                found.append(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
    return [tip for tip in found if tip]


def assert_literal(root: QWidget) -> list[str]:
    """No label or tooltip under `root` renders user markup; returns what the labels show."""
    shown = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if any(mark in text for mark in RAW_MARKUP):
            assert not _is_rich(text, label.textFormat()), f"label renders markup: {text[:80]!r}"
        shown.append(_rendered(text, label.textFormat()))
    for tip in _tooltips(root):
        if _is_rich(tip, Qt.TextFormat.AutoText):
            assert not any(mark in tip for mark in RAW_MARKUP), f"tooltip renders: {tip[:80]!r}"
    return shown


def test_every_dock_shows_hostile_text_literally(hostile, hostile_window):
    window, ids = hostile_window, hostile["ids"]
    docks = [window.list_dock, window.details_dock, window.triage_dock, *window.panels.docks()]
    for name, contact_id in ids.items():
        window.select_contact(contact_id)
        for dock in docks:
            bring_forward(dock)
        shown = assert_literal(window)
        expected = {"img": IMG, "link": LINK, "bold": BOLD, "rlo": RLO}[name]
        assert window.contact_details.title.text() == expected
        assert window.panels.reliability.title.text() == expected
        assert window.panels.activity.title.text() == expected
        assert expected in shown  # drawn literally, markup and all
        tip = window.scene.tooltip_text(contact_id)  # the diagram's hover: rich, escaped
        assert expected.replace(FSI, "") in _rendered(tip, Qt.TextFormat.RichText)

    activity = window.panels.activity
    window.select_contact(ids["link"])
    bring_forward(window.panels.activity_dock)
    assert activity.introduced_label.text() == f"Introduced you to: {IMG}"
    assert activity.introduced_label.textFormat() == Qt.TextFormat.PlainText

    calendar = window.panels.calendar
    bring_forward(window.panels.calendar_dock)
    calendar.show_event(hostile["event"])
    assert calendar.event_box.title() == f"{IMG} fair && more"  # "&" is no shortcut
    assert LINK in calendar.event_summary.text()
    summary = calendar.event_summary
    assert f"Organised by {LINK}" in _rendered(summary.text(), summary.textFormat())
    associations_panel = window.panels.associations
    associations_panel.select_association(hostile["org"])
    assert associations_panel.details.title() == LINK
    buttons = [b.text() for b in window.triage.findChildren(QPushButton)]
    assert "3  <b>Peers</b> && R&&D" in buttons
    assert window.windowHandle().title() == "R&D <b>net [*] — networkcircles"
    move_menu = window.contact_menu(ids["img"]).actions()[4].menu()
    assert "<b>Peers</b> && R&&D" in [a.text() for a in move_menu.actions()]
    list_menu = window.contact_list.selection_menu().actions()[0].menu()
    assert "<b>Peers</b> && R&&D" in [a.text() for a in list_menu.actions()]
    window.bridge.update_circle("family", name=RLO)  # the ring's count stays after its name
    assert window.scene.ring_label("family").startswith(f"{isolate(RLO)}\u00a0·\u00a0")
    assert_literal(window)


@pytest.fixture
def opened_dialogs(monkeypatch) -> list[QDialog]:
    """Every dialog the window opens, checked and closed instead of shown. One opened where
    no test can reach it (a static QMessageBox function, which guesses markup) is closed by a
    timer and fails the test instead of hanging it."""
    opened: list[QDialog] = []
    unreachable: list[str] = []

    def record(dialog) -> int:
        opened.append(dialog)
        assert_literal(dialog)
        return 0  # Rejected / no button: nothing changes

    def close_stray_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            unreachable.append(modal.windowTitle())
            modal.close()

    for cls in (QDialog, QMessageBox, QInputDialog):
        monkeypatch.setattr(cls, "exec", record)
    watchdog = QTimer()
    watchdog.timeout.connect(close_stray_modal)
    watchdog.start(200)
    yield opened
    watchdog.stop()
    assert unreachable == []


def test_every_dialog_shows_hostile_text_literally(
    hostile, hostile_window, opened_dialogs, tmp_path
):
    window, ids = hostile_window, hostile["ids"]
    panels = window.panels
    window.select_contact(ids["img"])

    window.delete_contact(ids["bold"])
    box = opened_dialogs[-1]
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
    assert f"Delete {BOLD} with" in box.text()

    window.set_follow_up(ids["link"])
    assert LINK in opened_dialogs[-1].windowTitle()
    window.add_contact("peers")
    assert "<b>Peers</b> & R&D" in opened_dialogs[-1].labelText()
    window.rename_circle("peers")
    assert opened_dialogs[-1].textValue() == "<b>Peers</b> & R&D"
    panels.log_interaction(ids["rlo"])
    assert isolate(RLO) in opened_dialogs[-1].windowTitle()

    calendar = panels.calendar
    bring_forward(panels.calendar_dock)
    calendar.show_event(hostile["event"])
    calendar.edit_selected()
    editor = opened_dialogs[-1]
    assert editor.title.text() == f"{IMG} fair & more"
    calendar.capture()
    assert f"{IMG} fair & more" in opened_dialogs[-1].windowTitle()
    calendar.pick_attendees("planned")

    bring_forward(panels.leads_dock)
    panels.leads.select(hostile["lead"])
    panels.leads.edit_tip()
    window.files.print_summary()
    window.files.export_contacts()
    window.edit_pitch()

    card = tmp_path / "hostile.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{IMG}\r\nN:;{IMG};;;\r\nORG:{LINK}\r\n"
        f"NOTE:{BOLD}\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    window.files.import_files([card])

    foreign = tmp_path / "<img src=x>.sqlite"
    foreign.write_bytes(b"not a network at all, but long enough to be read " * 4)
    errors_before = len(opened_dialogs)
    window.files.switch_to(foreign)
    refused = opened_dialogs[errors_before]
    assert isinstance(refused, QMessageBox) and "<img src=x>.sqlite" in refused.text()
    assert refused.textFormat() == Qt.TextFormat.PlainText

    kinds = {type(dialog).__name__ for dialog in opened_dialogs}
    assert {
        "QMessageBox",
        "QInputDialog",
        "LogInteractionDialog",
        "EventEditorDialog",
        "EventCaptureDialog",
        "AttendeePickerDialog",
        "TipDialog",
        "PrintSummaryDialog",
        "ExportContactsDialog",
        "PitchDialog",
        "ImportPreviewDialog",
    } <= kinds


def _visual_x(text: str, positions: list[int]) -> list[float]:
    """Where each logical position of `text` is drawn on one line, left to right."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return [line.cursorToX(p)[0] for p in positions]  # (x, position)


def test_a_right_to_left_override_cannot_reorder_the_words_around_it(hostile, hostile_window):
    """The Due list says "<name>: 3 days overdue": with the name isolated, the words after it
    are drawn after it, left to right, as written."""
    due = hostile_window.panels.due
    bring_forward(hostile_window.panels.due_dock)
    texts = [due.list.item(n).text() for n in range(due.list.count())]
    line = next(text for text in texts if "Mallory" in text)
    assert line.startswith(isolate(RLO))
    after = line.index(": ")
    days = line.index("days")
    x_name, x_colon, x_days = _visual_x(line, [line.index("Mallory"), after, days])
    assert x_name < x_colon < x_days
    # Without the isolate the override runs on and reverses the rest of the line.
    bare = line.replace(FSI, "").replace(PDI, "")
    x_colon_bare, x_days_bare = _visual_x(bare, [bare.index(": "), bare.index("days")])
    assert x_days_bare < x_colon_bare


def test_panels_used_outside_a_dock_show_names_literally(store, qtbot):
    """The four places the issue saw markup rendered, each panel on its own."""
    from PySide6.QtGui import QUndoStack

    from networkcircles.ui.bridge import StoreBridge
    from networkcircles.ui.panels.contact_activity import ContactActivityPanel
    from networkcircles.ui.panels.event_calendar import EventCalendarPanel
    from networkcircles.ui.panels.reliability import ReliabilityPanel
    from networkcircles.ui.panels.triage import TriagePanel

    person = contacts.create(IMG, None)
    start = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=10)
    event = events.create_event("Fair", start, location=LINK)
    bridge, stack = StoreBridge(), QUndoStack()
    reliability, activity = ReliabilityPanel(bridge, stack), ContactActivityPanel(bridge, stack)
    calendar, triage = EventCalendarPanel(bridge, stack), TriagePanel()
    for panel in (reliability, activity, calendar, triage):
        qtbot.addWidget(panel)
    reliability.show_contact(person)
    activity.show_contact(person)
    calendar.show_event(event)
    for label in (reliability.title, activity.title, triage.name_label):
        assert label.text() == IMG
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert LINK in calendar.event_summary.text()
    assert calendar.event_summary.textFormat() == Qt.TextFormat.PlainText
