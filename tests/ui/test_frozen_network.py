"""The network a window shows is kept out of the garbage collector's sight (ui/collector.py):
frozen once start-up is done and again after each bulk change, the old network's objects
collected each time, whether a job or a sync runs meanwhile."""

import gc
import weakref
from pathlib import Path

import pytest

from networkcircles.store import queries
from networkcircles.ui import collector
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog
from networkcircles.ui.main_window import MainWindow

LINKEDIN = Path(__file__).parent.parent / "interchange" / "fixtures" / "linkedin_connections.csv"


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _is_frozen(thing: object) -> bool:
    """In Python's permanent generation: tracked, but in none of the three it walks."""
    return gc.is_tracked(thing) and id(thing) not in {id(o) for o in gc.get_objects()}


def _cycle_in_the_state() -> weakref.ref:
    """A cycle frozen with the network, then dropped: garbage only a settle can free."""
    cycle = _Cycle()
    collector.freeze()
    return weakref.ref(cycle)


@pytest.fixture
def started(window: MainWindow, qtbot) -> MainWindow:
    qtbot.waitUntil(lambda: window.start_up.done, timeout=10_000)
    return window


def test_the_network_is_frozen_once_start_up_is_done(started):
    assert _is_frozen(started.contacts_model.rows())
    assert _is_frozen(started.contacts_model.rows()[0])


def test_switching_networks_again_and_again_keeps_one_network_frozen(
    started, tmp_path, monkeypatch, demo_store
):
    """Search, open another network, edit there, come back: each switch collects what the
    old network left and freezes the new one; what stays frozen does not grow."""
    window = started
    window.contact_list.search.setText("a")
    left = _cycle_in_the_state()
    empty = tmp_path / "other.sqlite"
    monkeypatch.setattr(questions, "ask_new_path", lambda parent, folder: empty)
    window.files.new_network()
    assert left() is None  # the old network's garbage is gone
    assert window.contacts_model.rowCount() == 0
    counts = []
    for _ in range(4):
        assert window.files.switch_to(demo_store)
        assert _is_frozen(window.contacts_model.rows())
        counts.append(gc.get_freeze_count())
        someone = queries.contact_rows()[0]
        window.move_contact(someone.id, "peers" if someone.circle_key != "peers" else "family")
        window.undo_stack.undo()
        assert window.files.switch_to(empty)
    assert max(counts) - min(counts) < min(counts) // 50, counts  # one network's worth


def test_imports_and_undos_freeze_the_network_shown_and_keep_one_networks_worth(
    started, monkeypatch
):
    """A reload after an import or its undo freezes what the window now shows without a full
    collection (the user would feel it), and what stays frozen does not grow from one import
    and undo to the next."""
    window = started
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    before = window.contacts_model.rowCount()
    counts = []
    for _ in range(3):
        window.files.import_files([LINKEDIN])  # a job on a worker, then the reload in slices
        assert window.contacts_model.rowCount() > before
        assert _is_frozen(window.contacts_model.rows())
        window.undo_stack.undo()
        assert window.contacts_model.rowCount() == before
        assert _is_frozen(window.contacts_model.rows())
        counts.append(gc.get_freeze_count())
    assert max(counts) - min(counts) < min(counts) // 50, counts


def test_during_a_sync_an_import_freezes_once_the_sync_ends(started, monkeypatch):
    """A sync's worker runs Python meanwhile: nothing it makes is frozen as if it were the
    network; the import's reload freezes when the sync lets go of the switch."""
    window = started
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    collector.hold(collector.SYNC)  # as SyncController does while its worker runs
    try:
        window.files.import_files([LINKEDIN])
        assert not gc.isenabled()
        assert not _is_frozen(window.contacts_model.rows())
    finally:
        collector.release(collector.SYNC)
    assert gc.isenabled()
    assert _is_frozen(window.contacts_model.rows())
