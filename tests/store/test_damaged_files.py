"""Damaged and foreign files: refused with a message naming the problem, never written to.

Each case is checked three ways: open_store raises a typed StoreError whose reason names the
problem; the file (and its folder) is byte for byte what it was; the command line exits 1
with the same reason on stderr. The window keeps its current network when offered one.
"""

import os
import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from networkcircles.cli import main
from networkcircles.store.db import close_store, open_store
from networkcircles.store.errors import NotAStore, StoreError, StoreTooNew
from networkcircles.store.migrations import SCHEMA_VERSION

PAGE = 4096


@pytest.fixture(autouse=True)
def _close():
    yield
    close_store()


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> bytes:
    """The bytes of a closed (checkpointed) 300-contact store."""
    from networkcircles.services.demo import create_demo

    path = tmp_path_factory.mktemp("good") / "network.sqlite"
    open_store(path)
    create_demo(size=300, seed=3)
    close_store()
    assert not Path(f"{path}-wal").exists()
    return path.read_bytes()


def _random_bytes(path: Path, good: bytes) -> None:
    path.write_bytes(random.Random(1).randbytes(20_000))


def _text(path: Path, good: bytes) -> None:
    path.write_text("Name,Email\nAna,ana@example.com\n")


def _sqlite_magic_only(path: Path, good: bytes) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)


def _cut(at: Callable[[int], int]) -> Callable[[Path, bytes], None]:
    def write(path: Path, good: bytes) -> None:
        path.write_bytes(good[: at(len(good))])

    return write


def _corrupt_page(path: Path, good: bytes) -> None:
    pages = len(good) // PAGE
    middle = pages // 2
    data = bytearray(good)
    data[middle * PAGE : (middle + 1) * PAGE] = random.Random(2).randbytes(PAGE)
    path.write_bytes(bytes(data))


def _zeroed_page(path: Path, good: bytes) -> None:
    data = bytearray(good)
    data[2 * PAGE : 3 * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def _other_program(path: Path, good: bytes) -> None:
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        other.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    other.close()


def _other_program_with_a_contact_table(path: Path, good: bytes) -> None:
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO contact (name) VALUES ('Ana')")
    other.close()


def _newer(path: Path, good: bytes) -> None:
    path.write_bytes(good)
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()


def _ours_without_a_version(path: Path, good: bytes) -> None:
    path.write_bytes(good)
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 0")
    raw.close()


def _a_dropped_table(path: Path, good: bytes) -> None:
    path.write_bytes(good)
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("DROP TABLE interaction")
    raw.close()


def _another_programs_empty_file(path: Path, good: bytes) -> None:
    with sqlite3.connect(path) as other:  # no table, no application id, but a version
        other.execute("PRAGMA user_version = 7")
    other.close()


# name: (make the file, error type, words the reason must hold)
CASES: dict[str, tuple[Callable[[Path, bytes], None], type[StoreError], str]] = {
    "random bytes": (_random_bytes, NotAStore, "not an SQLite database"),
    "a text file": (_text, NotAStore, "not an SQLite database"),
    "SQLite magic, no header": (_sqlite_magic_only, NotAStore, "damaged"),
    "cut at 100 bytes": (_cut(lambda n: 100), NotAStore, "damaged"),
    "cut after page 1": (_cut(lambda n: PAGE), NotAStore, "damaged"),
    "cut in half": (_cut(lambda n: n // 2), NotAStore, "damaged"),
    "cut by one page": (_cut(lambda n: n - PAGE), NotAStore, "damaged"),
    "cut by one byte": (_cut(lambda n: n - 1), NotAStore, "damaged"),
    "cut inside page 3": (_cut(lambda n: 2 * PAGE + 1000), NotAStore, "damaged"),
    "random page in the middle": (_corrupt_page, NotAStore, "damaged"),
    "zeroed page": (_zeroed_page, NotAStore, "damaged"),
    "another program's database": (_other_program, NotAStore, "another program"),
    "another program's contact table": (
        _other_program_with_a_contact_table,
        NotAStore,
        "another program",
    ),
    "a newer store": (_newer, StoreTooNew, "newer networkcircles"),
    "ours, user_version 0": (_ours_without_a_version, NotAStore, "no schema version"),
    "a dropped table": (_a_dropped_table, NotAStore, "table interaction is missing"),
    "another program's empty file, version 7": (
        _another_programs_empty_file,
        NotAStore,
        "another program",
    ),
}


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in folder.iterdir() if entry.is_file()}


def _damaged(case: str, good_store: bytes, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """The case's file, alone in a folder of its own, and that folder's bytes."""
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "network.sqlite"
    CASES[case][0](path, good_store)
    return path, _folder_state(folder)


@pytest.mark.parametrize("case", list(CASES))
def test_a_damaged_or_foreign_file_is_refused_untouched(case, good_store, tmp_path, capsys):
    _make, error_type, words = CASES[case]
    path, before = _damaged(case, good_store, tmp_path)
    folder = path.parent
    with pytest.raises(error_type) as raised:
        open_store(path)
    assert words in raised.value.reason
    assert _folder_state(folder) == before, "nothing written, nothing left beside it"
    assert not (folder / "backups").exists(), "no backup of a file that is refused"
    with pytest.raises(StoreError):
        open_store(path, read_only=True)
    assert _folder_state(folder) == before
    assert main(["stats", "--db", str(path)]) == 1
    assert main(["import", "--db", str(path), str(path)]) == 1
    err = capsys.readouterr().err
    assert f"cannot open {path}: " in err and words in err
    assert _folder_state(folder) == before


@pytest.mark.parametrize("case", list(CASES))
def test_a_file_checked_while_the_window_is_built_is_refused_alike(case, good_store, tmp_path):
    """The window's way (open_store(check_later=True), the quick check on its own thread,
    finish_opening() before the window shows): each file is refused with the error a file
    checked first gets, and nothing is written or left beside it."""
    from networkcircles.store.db import finish_opening

    _make, error_type, words = CASES[case]
    path, before = _damaged(case, good_store, tmp_path)
    folder = path.parent
    with pytest.raises(error_type) as first:
        open_store(path)
    with pytest.raises(error_type) as later:
        open_store(path, check_later=True)
        finish_opening()
    assert later.value.reason == first.value.reason and words in later.value.reason
    assert _folder_state(folder) == before, "nothing written, nothing left beside it"


def test_a_directory_is_refused(tmp_path: Path, capsys):
    folder = tmp_path / "network.sqlite"
    folder.mkdir()
    with pytest.raises(NotAStore, match="a folder, not a regular file"):
        open_store(folder)
    assert main(["stats", "--db", str(folder)]) == 1
    assert "a folder, not a regular file" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_file_is_refused(good_store, tmp_path: Path, capsys):
    path = tmp_path / "network.sqlite"
    path.write_bytes(good_store)
    path.chmod(0)
    try:
        with pytest.raises(NotAStore, match="cannot be read"):
            open_store(path)
        assert main(["stats", "--db", str(path)]) == 1
        assert "cannot be read" in capsys.readouterr().err
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == good_store


def test_an_empty_file_is_a_new_store(tmp_path: Path):
    """A zero-byte file (made by `touch`, or a save cut off before its first byte) opens as
    a new network: ours, of the current schema, with the five circles, and it keeps what
    is written to it."""
    from networkcircles.services import contacts
    from networkcircles.store import queries
    from networkcircles.store.db import APPLICATION_ID
    from networkcircles.store.seed import CIRCLE_KEYS

    path = tmp_path / "network.sqlite"
    path.touch()
    open_store(path)
    assert [circle.key for circle in queries.circles()] == list(CIRCLE_KEYS)
    assert queries.stats()["contacts"] == 0
    ana = contacts.create("Ana Abbott", "family")
    close_store()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    open_store(path)  # and it opens again as a network, with its contact
    assert queries.contact_row(ana).name == "Ana Abbott"
    close_store()


def test_an_odd_file_name_is_no_problem(good_store, tmp_path: Path):
    path = tmp_path / "my network #2?%20.sqlite"
    path.write_bytes(good_store)
    open_store(path, read_only=True)
    close_store()
    open_store(path)
    from networkcircles.store.queries import stats

    assert stats()["contacts"] == 300


def test_the_window_keeps_its_network_and_says_why(good_store, store, tmp_path, qtbot, monkeypatch):
    from networkcircles.ui.dialogs import questions
    from networkcircles.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(questions, "show_error", lambda parent, title, text: shown.append(text))
    window = MainWindow(store)
    qtbot.addWidget(window)
    bad = tmp_path / "cut.sqlite"
    bad.write_bytes(good_store[: len(good_store) // 2])
    assert not window.files.switch_to(bad)
    assert "damaged" in shown[0] and str(bad) in shown[0]
    assert window.store_path == store
    assert bad.read_bytes() == good_store[: len(good_store) // 2]
    other = tmp_path / "other.sqlite"  # the user can pick another file
    assert window.files.switch_to(other)
