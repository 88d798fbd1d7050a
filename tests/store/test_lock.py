"""One writer per store: the lock file, a second opener, stale locks, the command line, the ui."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from peewee import OperationalError

from networkcircles import cli
from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.store.db import close_store, is_read_only, open_store
from networkcircles.store.errors import StoreLocked
from networkcircles.store.lock import LockBusy, StoreLock, lock_path, read_holder

HOLD = (
    "import sys, time\n"
    "from networkcircles.store.db import open_store, close_store\n"
    "open_store(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "time.sleep(float(sys.argv[2]))\n"
    "close_store()\n"
)


@pytest.fixture(autouse=True)
def _close():
    yield
    close_store()


def _holder(path: Path, seconds: float = 30.0) -> subprocess.Popen:
    """Another process with the store open for writing; returns once it holds the lock."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)
    child.stdout.close()


def _store_with_one_contact(path: Path) -> None:
    open_store(path)
    contacts.create("Ana Abbott", "family")
    close_store()


def test_the_writer_holds_a_lock_naming_it_and_releases_it(store_path: Path):
    open_store(store_path)
    holder = read_holder(store_path)
    assert holder.pid == os.getpid()
    assert oct(lock_path(store_path).stat().st_mode & 0o777) == oct(0o600)
    other = StoreLock(store_path)  # a second window in the same process: its own descriptor
    with pytest.raises(LockBusy) as busy:
        other.acquire()
    assert busy.value.holder.pid == os.getpid()
    close_store()
    assert not lock_path(store_path).exists()
    other.acquire()
    other.release()


def test_reopening_the_same_store_keeps_the_lock(store_path: Path):
    open_store(store_path)
    open_store(store_path)  # File > Open of the file already open
    assert read_holder(store_path).pid == os.getpid()


def test_switching_files_moves_the_lock(tmp_path: Path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    open_store(first)
    open_store(second)
    assert not lock_path(first).exists()
    assert read_holder(second).pid == os.getpid()


def test_another_process_is_told_who_has_it_open(store_path: Path):
    _store_with_one_contact(store_path)
    child = _holder(store_path)
    try:
        before = store_path.read_bytes()
        with pytest.raises(StoreLocked) as locked:
            open_store(store_path)
        assert locked.value.holder.pid == child.pid
        assert f"pid {child.pid}" in locked.value.reason
        assert "open in another window" in locked.value.reason
        assert store_path.read_bytes() == before
    finally:
        _stop(child)


def test_read_only_while_another_writes_and_writes_fail_clearly(store_path: Path):
    _store_with_one_contact(store_path)
    child = _holder(store_path)
    try:
        open_store(store_path, read_only=True)
        assert is_read_only()
        assert [row.name for row in queries.contact_rows()] == ["Ana Abbott"]
        with pytest.raises(OperationalError, match="readonly"):
            contacts.create("Ben Baker", "peers")
        assert [row.name for row in queries.contact_rows()] == ["Ana Abbott"]
    finally:
        close_store()
        _stop(child)
    open_store(store_path)
    assert not is_read_only()
    assert len(queries.contact_rows()) == 1


def test_read_only_refuses_a_file_that_is_not_a_network_yet(tmp_path: Path):
    from networkcircles.store.errors import StoreError

    with pytest.raises(StoreError, match="read-only"):
        open_store(tmp_path / "missing.sqlite", read_only=True)
    assert not (tmp_path / "missing.sqlite").exists()


def test_a_lock_left_by_a_killed_process_is_taken_over(store_path: Path):
    _store_with_one_contact(store_path)
    child = _holder(store_path)
    os.kill(child.pid, signal.SIGKILL)
    _stop(child)
    assert lock_path(store_path).exists()  # the crash left the file behind...
    assert read_holder(store_path).pid == child.pid
    open_store(store_path)  # ...but the kernel dropped the lock with the process
    assert read_holder(store_path).pid == os.getpid()
    assert len(queries.contact_rows()) == 1


def test_a_lock_file_naming_a_dead_pid_is_stale(store_path: Path):
    _store_with_one_contact(store_path)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_path(store_path).write_text(f"{gone.stdout.strip()} {os.uname().nodename}\n")
    open_store(store_path)
    assert read_holder(store_path).pid == os.getpid()


def test_a_writer_waits_for_a_short_holder(store_path: Path, tmp_path: Path):
    """How long it takes: tests/benchmarks/test_timings.py."""
    _store_with_one_contact(store_path)
    leaving = tmp_path / "leaving"  # the holder makes it just before it lets go
    script = HOLD.replace("close_store()", f"open({str(leaving)!r}, 'w').close()\nclose_store()")
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(store_path), "0.5"], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    try:
        open_store(store_path, wait=10)
        assert leaving.exists()  # in only once the holder was letting go, not before
        assert read_holder(store_path).pid == os.getpid()
    finally:
        _stop(child)


def test_command_line_writes_wait_then_fail_and_reads_still_work(
    store_path, tmp_path, monkeypatch, capsys
):
    _store_with_one_contact(store_path)
    monkeypatch.setattr(cli, "LOCK_WAIT", 0.3)
    vcf = tmp_path / "one.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Cole\r\nEND:VCARD\r\n")
    child = _holder(store_path)
    try:
        before = store_path.read_bytes()
        assert cli.main(["import", "--db", str(store_path), str(vcf)]) == 1
        assert child.poll() is None  # still held: the import gave up (after LOCK_WAIT)
        err = capsys.readouterr().err
        assert f"open in another window (pid {child.pid})" in err
        assert "try again when it is closed" in err
        assert cli.main(["demo", "--db", str(store_path)]) == 1
        capsys.readouterr()
        assert store_path.read_bytes() == before
        assert cli.main(["stats", "--db", str(store_path), "--json"]) == 0
        assert '"contacts": 1' in capsys.readouterr().out
    finally:
        close_store()
        _stop(child)
    assert cli.main(["import", "--db", str(store_path), str(vcf)]) == 0


def test_the_window_offers_read_only_or_cancel(store_path: Path, qapp, monkeypatch):
    from networkcircles.ui import app
    from networkcircles.ui.dialogs.store_locked import StoreLockedDialog

    _store_with_one_contact(store_path)
    asked = []
    child = _holder(store_path)
    try:
        refuse = classmethod(lambda cls, parent, path, holder: asked.append(holder))
        monkeypatch.setattr(StoreLockedDialog, "ask", refuse)
        assert app._open_or_ask(store_path) is None
        assert asked[0].pid == child.pid
        accept = classmethod(lambda cls, parent, path, holder: "read_only")
        monkeypatch.setattr(StoreLockedDialog, "ask", accept)
        assert app._open_or_ask(store_path) == store_path.resolve()
        assert is_read_only()
    finally:
        close_store()
        _stop(child)


def test_the_dialog_answers(qtbot, tmp_path: Path):
    from networkcircles.store.lock import Holder
    from networkcircles.ui.dialogs.store_locked import StoreLockedDialog

    dialog = StoreLockedDialog(None, tmp_path / "<i>x<i> & Co.sqlite", Holder(42, ""))
    qtbot.addWidget(dialog)
    assert "pid 42" in dialog.text() and "<i>x<i> & Co.sqlite" in dialog.text()
    dialog.read_only_button.click()
    assert dialog.choice() == "read_only"


def test_a_read_only_window_says_so_and_offers_no_edits(store_path: Path, qtbot):
    from networkcircles.ui.actions import ActionId
    from networkcircles.ui.main_window import MainWindow

    _store_with_one_contact(store_path)
    open_store(store_path, read_only=True)
    window = MainWindow(store_path)
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("(read-only)")
    for action_id in (ActionId.NEW_CONTACT, ActionId.IMPORT, ActionId.DELETE_CONTACT):
        assert not window.actions[action_id].isEnabled()
    assert not window.restore_action.isEnabled()
    window.select_contact(queries.contact_rows()[0].id)
    assert not window.actions[ActionId.DELETE_CONTACT].isEnabled()
    window.reload()
    assert window.windowTitle().count("(read-only)") == 1
    other = store_path.parent / "other.sqlite"
    assert window.files.switch_to(other)  # another file, writable: edits come back
    assert "(read-only)" not in window.windowTitle()
    assert window.actions[ActionId.NEW_CONTACT].isEnabled()
    assert window.restore_action.isEnabled()


def test_a_lock_that_cannot_be_written_leaves_nothing_behind(store_path, monkeypatch):
    """A full disk: the lock file is made (an inode) but its text cannot be written."""
    import errno

    from networkcircles.store import lock as lock_module
    from networkcircles.store.lock import StoreLock

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", full)
    held = StoreLock(store_path)
    with pytest.raises(OSError):
        held.acquire()
    monkeypatch.undo()
    assert not Path(f"{store_path}.lock").exists()
    other = StoreLock(store_path)  # nobody holds it: the next opener takes it at once
    other.acquire()
    other.release()


def test_the_holder_names_its_role(store_path):
    from networkcircles.store.lock import StoreLock, read_holder

    held = StoreLock(store_path, role="import")
    held.acquire()
    try:
        assert read_holder(store_path).role == "import"
    finally:
        held.release()
    assert not Path(f"{store_path}.lock").exists()


def test_the_dialog_names_a_command_line_holder(qtbot, tmp_path: Path):
    from networkcircles.store.lock import Holder
    from networkcircles.ui.dialogs.store_locked import StoreLockedDialog

    dialog = StoreLockedDialog(None, tmp_path / "n.sqlite", Holder(42, "", "import"))
    qtbot.addWidget(dialog)
    assert "command-line import (pid 42)" in dialog.text()
    assert "another window" not in dialog.text()
