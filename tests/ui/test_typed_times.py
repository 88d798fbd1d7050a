"""Typing a date or time into the event dialog's fields, as a user does, is honoured."""

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt

from networkcircles.services import events
from networkcircles.ui.dialogs.event_editor import EventEditorDialog


def _point_in(field, prefix: str) -> QPoint:
    """Where a click lands just after `prefix` of the field's text."""
    line = field.lineEdit()
    return QPoint(line.fontMetrics().horizontalAdvance(prefix) + 4, line.height() // 2)


def _dialog(qtbot) -> EventEditorDialog:
    dialog = EventEditorDialog({"day": date(2026, 12, 3), "title": "Job club"})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.zone.setCurrentText("UTC")
    return dialog


def _start(dialog) -> datetime:
    return events.wall_time(dialog.values()["starts_at"], "UTC")


def test_click_on_the_hour_and_type_a_time(store, qtbot):
    dialog = _dialog(qtbot)
    line = dialog.start.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=_point_in(dialog.start, "2026-12-03 1"))
    qtbot.keyClicks(dialog.start, "09:30")  # keys go to the focused field
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert _start(dialog) == datetime(2026, 12, 3, 9, 30)


def test_a_one_digit_hour_then_the_minutes(store, qtbot):
    dialog = _dialog(qtbot)
    line = dialog.start.lineEdit()
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=_point_in(dialog.start, "2026-12-03 1"))
    qtbot.keyClicks(dialog.start, "6:45")
    assert _start(dialog) == datetime(2026, 12, 3, 6, 45)


def test_select_everything_and_type_the_whole_date_and_time(store, qtbot):
    dialog = _dialog(qtbot)
    line = dialog.end.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=_point_in(dialog.end, "2"))
    line.selectAll()
    qtbot.keyClicks(dialog.end, "2026-12-04 07:15")
    assert events.wall_time(dialog.values()["ends_at"], "UTC") == datetime(2026, 12, 4, 7, 15)
    assert dialog.check() == ""
