"""A day typed into a panel or dialog is read the way the services read one
(networkcircles/values.py): "YYYY-MM-DD" and nothing else."""

from datetime import date

import pytest

from networkcircles.ui.widgets import parse_day
from networkcircles.values import InvalidValue, checked_day


def test_a_typed_day_is_read_as_the_services_read_it() -> None:
    assert parse_day(" 2026-05-04 ") == date(2026, 5, 4)
    assert parse_day("  ") is None
    for text in ("20260504", "2026-W19-1", "2026-5-4", "4 May 2026"):
        assert parse_day(text) == text  # given back for the service to refuse, in words
        with pytest.raises(InvalidValue, match="is not a date"):
            checked_day("next_follow_up", parse_day(text))
