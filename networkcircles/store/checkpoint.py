"""Copying the WAL into the store file from a connection of its own, so that a thread other
than the window's can do it while the user pauses (ui/idle_checkpoint.py): the commit that
passes db.WAL_PAGES then seldom has to, on the window's thread."""

import sqlite3
from pathlib import Path


def copy_wal_into_file(path: Path) -> bool:
    """Copy what the WAL of the store at `path` holds into the file, without waiting for
    anyone (PASSIVE: frames a reader still needs stay in the WAL). Never creates a file.
    Whether every frame was copied; False also when the file was busy or could not be
    opened: nothing is lost then, the WAL stays as it was and the next commit past
    db.WAL_PAGES copies it."""
    uri = f"{Path(path).resolve().as_uri()}?mode=rw"  # as_uri() escapes '?', '#' and '%'
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        busy, frames, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return bool(busy == 0 and frames == copied)
