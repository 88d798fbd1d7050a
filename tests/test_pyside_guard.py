"""PySide6 6.12.0 on Python < 3.12 takes a reference from None on every void Qt call and
the process soon aborts (PERFORMANCE.md). This fails CI if an upgrade brings that back."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_leave_none_alone(qapp):
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(100):
        widget.setObjectName("probe")
        widget.resize(10, 10)
    # Other threads may move None's count a little; the bug moves it by 200.
    assert abs(sys.getrefcount(None) - before) < 50
