"""The window's start: the network's quick check runs on its own thread while the window is
built, and a file it finds damaged ends as it always did: the same message, no window,
nothing written, no backup and no recent-file entry."""

import random
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from networkcircles.services.demo import create_demo
from networkcircles.store import integrity, queries
from networkcircles.store.db import close_store, db, is_read_only, open_store
from networkcircles.store.errors import StoreError
from networkcircles.store.rows_ahead import ContactRowsAhead
from networkcircles.ui import app as ui_app
from networkcircles.ui import settings
from networkcircles.ui.error_text import store_reason
from networkcircles.ui.main_window import MainWindow

PAGE = 4096


@pytest.fixture
def network(tmp_path: Path) -> Path:
    """A closed 300-contact network in a folder of its own."""
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "network.sqlite"
    open_store(path)
    create_demo(size=300, seed=3)
    close_store()
    return path


class _NoCrashHandler:
    """The app-wide handler would stay installed in sys.excepthook after the test."""

    def __init__(self, app: QApplication) -> None:
        pass

    def install(self) -> None:
        pass


@pytest.fixture
def started(qapp, monkeypatch):
    """run_window's outcome: the error shown, the windows it showed; its event loop and
    the app-wide crash handler left out."""
    seen: dict[str, list] = {"errors": [], "windows": []}
    from networkcircles.ui.dialogs import questions

    monkeypatch.setattr(questions, "show_error", lambda _p, _t, text: seen["errors"].append(text))
    monkeypatch.setattr(ui_app, "CrashHandler", _NoCrashHandler)

    def no_loop(app) -> int:
        seen["windows"] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["windows"] = [w for w in seen["windows"] if w.isVisible()]
        return 0

    monkeypatch.setattr(QApplication, "exec", no_loop)
    yield seen
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.hide()
            window.deleteLater()
    close_store()


def _folder(path: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in path.parent.iterdir() if entry.is_file()}


def _refusal(path: Path) -> str:
    """The message of a file checked before anything else, as every file once was."""
    with pytest.raises(StoreError) as refused:
        open_store(path)
    text = QCoreApplication.translate("app", "{path} cannot be opened: {reason}")
    return text.format(path=refused.value.path, reason=store_reason(refused.value))


def _zero_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * PAGE : 3 * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def _scramble_the_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE : (middle + 1) * PAGE] = random.Random(2).randbytes(PAGE)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_zero_a_page, _scramble_the_middle])
def test_a_damaged_network_ends_the_start_as_it_always_did(damage, network, started, capsys):
    damage(network)
    expected = _refusal(network)
    before = _folder(network)
    assert ui_app.run_window(network) == 1
    assert started["errors"] == [expected]
    assert started["windows"] == []
    assert f"networkcircles: cannot open {network}: " in capsys.readouterr().err
    assert _folder(network) == before, "nothing written, nothing left beside it"
    assert not (network.parent / "backups").exists()
    assert str(network) not in settings.read(settings.RECENT_FILES)


def test_a_fault_found_only_after_the_window_was_built(network, started, monkeypatch):
    """The check's verdict comes once the window over the network is built, ready to show:
    the window is dropped unseen, and the user reads what a file checked first would say."""
    built = threading.Event()
    real_init, real_check = MainWindow.__init__, integrity.quick_check
    fault = "*** in database main ***\nPage 9: btreeInitPage() returns error code 11"

    def init(window, *args, **kwargs) -> None:
        real_init(window, *args, **kwargs)
        built.set()

    def check(path: Path, wal: bool) -> str:
        assert real_check(path, wal) == "ok"
        assert built.wait(30)  # the window was built meanwhile, from the same file
        return fault

    monkeypatch.setattr(MainWindow, "__init__", init)
    before = _folder(network)
    monkeypatch.setattr(integrity, "quick_check", check)
    assert ui_app.run_window(network) == 1
    assert built.is_set()
    reason = store_reason(StoreError(network.resolve(), "damaged", detail=fault))
    assert started["errors"] == [f"{network.resolve()} cannot be opened: {reason}"]
    assert started["windows"] == []
    assert db.is_closed()
    assert _folder(network) == before
    assert not (network.parent / "backups").exists()
    assert str(network) not in settings.read(settings.RECENT_FILES)


def test_a_sound_network_opens_for_editing_once_checked(network, started, monkeypatch, qtbot):
    seen_on = []
    real_check = integrity.quick_check
    monkeypatch.setattr(
        integrity,
        "quick_check",
        lambda path, wal: (seen_on.append(threading.current_thread().name), real_check(path, wal))[
            1
        ],
    )
    read_ahead = []
    real_rows = ContactRowsAhead.rows
    monkeypatch.setattr(
        ContactRowsAhead, "rows", lambda ahead: read_ahead.append(1) or real_rows(ahead)
    )
    read_now = []
    real_now = queries.contact_rows
    monkeypatch.setattr(queries, "contact_rows", lambda: read_now.append(1) or real_now())
    assert ui_app.run_window(network) == 0
    assert seen_on == ["quick_check"]  # beside the window, not before it
    [window] = started["windows"]
    assert read_ahead == [1] and read_now == []  # the rows, read on their own thread
    monkeypatch.setattr(queries, "contact_rows", real_now)
    model = window.contacts_model
    shown = [model.index(n, 0).data() for n in range(model.rowCount())]
    assert sorted(shown) == sorted(row.name for row in queries.contact_rows())
    assert started["errors"] == []
    assert not is_read_only() and not window.read_only_state.read_only
    assert window.store_path == network.resolve()
    assert list((network.parent / "backups").iterdir())  # the day's first start
    qtbot.waitUntil(lambda: window.start_up.done, timeout=10000)  # recent: after the paint
    assert settings.read(settings.RECENT_FILES)[0] == str(network.resolve())
    assert window.recent_menu.actions()[0].text().endswith(network.name)
    from networkcircles.services import contacts

    contacts.create("Dana Dale", "peers")  # the store takes writes
