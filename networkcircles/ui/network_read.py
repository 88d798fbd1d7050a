"""What the window shows of the whole network, read in one go.

After a bulk change (an import, its undo, a sync) the window reads it on a worker thread
(ui/background.py) while it keeps painting, then applies it a slice at a time and shows it in
one repaint (MainWindow._network_changed).
Nothing here touches Qt objects: the worker has its own database connection and nothing else.
"""

from dataclasses import dataclass, field
from datetime import date

from networkcircles.diagram.scene import ASSOCIATIONS
from networkcircles.services.followups import Warmth, warmth_status
from networkcircles.store import queries
from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.ui.diagram_feeds import FeedsRead, read_feeds


@dataclass(frozen=True)
class NetworkRead:
    """The circles as stored (the window words them), every contact's row, the feeds,
    what the triage panel needs (every id, and the unplaced ids in id order) and each
    contact's warmth on `today` (the dots' colours, worked out here rather than on the
    GUI thread)."""

    circles: list[CircleRow]
    rows: list[ContactRow]
    feeds: FeedsRead
    tray: tuple[set[int], list[int]]
    today: date | None = None
    warmths: dict[int, Warmth] = field(default_factory=dict)


def read_network(lines_shown: bool, today: date | None = None) -> NetworkRead:
    """Read everything MainWindow.reload shows; `lines_shown`: read the introductions too;
    `today`: work out every contact's warmth on that day."""
    circles = queries.circles()
    rows = queries.contact_rows()
    warmths = (
        {row.id: warmth_status(row.last_contacted, row.next_follow_up, today) for row in rows}
        if today is not None
        else {}
    )
    keys = {circle.key for circle in circles}
    members = (
        sorted(row.id for row in rows if row.circle_key == ASSOCIATIONS)
        if ASSOCIATIONS in keys
        else []
    )
    tray = {row.id for row in rows}, sorted(row.id for row in rows if row.circle_key is None)
    return NetworkRead(circles, rows, read_feeds(members, lines_shown), tray, today, warmths)
