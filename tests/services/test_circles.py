"""Circle names and colours are the user's; keys never change."""

import pytest

from networkcircles.services import circles
from networkcircles.store import queries


def test_rename_and_recolour(store):
    circles.update("peers", name="Job club friends", colour="#123ABC")
    row = circles.circle("peers")
    assert (row.name, row.colour, row.key) == ("Job club friends", "#123abc", "peers")


@pytest.mark.parametrize(
    ("key", "changes", "field"),
    [
        ("peers", {"name": "  "}, "name"),
        ("peers", {"colour": "blue"}, "colour"),
        ("friends", {"name": "x"}, "key"),
    ],
)
def test_bad_changes_are_refused(store, key, changes, field):
    before = queries.circles()
    with pytest.raises(circles.InvalidCircle) as refused:
        circles.update(key, **changes)
    assert refused.value.field == field
    assert queries.circles() == before
