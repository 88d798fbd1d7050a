"""The warmth a dot shows, on fixed dates."""

from datetime import date

import pytest

from networkcircles.services.followups import Warmth, warmth_status

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("last", "follow_up", "expected"),
    [
        (None, None, Warmth.NEVER),
        (date(2026, 11, 20), None, Warmth.RECENT),
        (date(2026, 10, 26), None, Warmth.RECENT),  # 30 days ago
        (date(2026, 10, 25), None, Warmth.DUE),  # 31 days ago
        (date(2026, 11, 20), date(2026, 11, 24), Warmth.OVERDUE),
        (date(2026, 11, 20), date(2026, 11, 25), Warmth.DUE),
        (date(2026, 11, 20), date(2026, 12, 2), Warmth.DUE),
        (date(2026, 11, 20), date(2026, 12, 3), Warmth.RECENT),
        (None, date(2026, 12, 30), Warmth.NEVER),
    ],
)
def test_warmth(last, follow_up, expected):
    assert warmth_status(last, follow_up, TODAY) is expected
