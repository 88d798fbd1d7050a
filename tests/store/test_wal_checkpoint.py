"""When the WAL is copied into the store file: rarely enough that bulk moves do not pay for
it one commit in thirteen, often enough that the WAL stays bounded."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from networkcircles.services import contacts
from networkcircles.services.demo import create_demo
from networkcircles.store import queries
from networkcircles.store.db import WAL_PAGES, close_store, db, open_store


@pytest.fixture
def moves(store_path: Path):
    """A 1,000-contact demo, checkpointed, and a function moving 200 of its contacts
    between two circles, one commit each time (about 54 pages of WAL)."""
    open_store(store_path)
    create_demo(size=1000, seed=7, today=date(2026, 11, 2))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    chosen = [row.id for row in queries.contact_rows() if row.circle_key == "peers"][:200]
    turn = [0]

    def move() -> tuple[list[int], str]:
        """Who moved, and where to."""
        turn[0] += 1
        to = "acquaintances" if turn[0] % 2 else "peers"
        contacts.move_many(dict.fromkeys(chosen, to))
        return chosen, to

    yield move
    close_store()


def _written(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


def test_the_store_opens_with_the_larger_checkpoint_threshold(store_path: Path):
    open_store(store_path)
    try:
        assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_PAGES
    finally:
        close_store()


def test_thirty_bulk_moves_leave_the_store_file_alone(moves, store_path: Path):
    """About 1,600 pages of WAL: SQLite's own threshold (1,000) would have made one of
    these commits copy and sync them into the file."""
    before = _written(store_path)
    for _ in range(30):
        moves()
    wal_pages = Path(f"{store_path}-wal").stat().st_size // 4096
    assert 1000 < wal_pages < WAL_PAGES
    assert _written(store_path) == before


def test_the_wal_stays_bounded_and_nothing_is_lost(moves, store_path: Path):
    """Past the threshold a commit checkpoints: the WAL starts over instead of growing."""
    wal = Path(f"{store_path}-wal")
    before = _written(store_path)
    largest = 0
    for _ in range(2 * WAL_PAGES // 54 + 1):  # ends in acquaintances
        chosen, to = moves()
        largest = max(largest, wal.stat().st_size)
    assert _written(store_path) != before  # checkpointed
    assert largest <= (WAL_PAGES + 100) * 4096  # the threshold and one commit's pages
    # The last move is what another reader of the file sees, through the WAL or the file.
    raw = sqlite3.connect(store_path)
    try:
        found = raw.execute(
            "SELECT DISTINCT circle.key FROM contact JOIN circle ON circle.id = contact.circle_id "
            f"WHERE contact.id IN ({', '.join(map(str, chosen))})"
        ).fetchall()
    finally:
        raw.close()
    assert (to, found) == ("acquaintances", [("acquaintances",)])
