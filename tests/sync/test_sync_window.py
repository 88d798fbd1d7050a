"""In the window: add a Radicale account, sync the demo network out, change a contact with
another client, sync, see the change; and the reverse."""

import pytest
from conftest import PASSWORD, USER
from helpers import Phone, replace_line
from keyring.backend import KeyringBackend

from networkcircles.store.db import close_store, db
from networkcircles.store.queries import contact_details
from networkcircles.ui.actions import ActionId
from networkcircles.ui.main_window import MainWindow


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory: the system's is not the tests' to touch."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    import keyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("NETWORKCIRCLES_PASSWORD", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def sync_window(demo_store, qtbot, memory_keyring):
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    close_store()


@pytest.fixture
def small_window(store, qtbot, memory_keyring):
    """A window on a network of a few contacts (a first sync of the demo's 60 costs 60 PUTs)."""
    from networkcircles.services import contacts

    for number, name in enumerate(("Ada Lovelace", "Grace Hopper", "Alan Turing")):
        contacts.create(name, "peers", phones=[f"+44 20 000{number}"], role="Engineer")
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    close_store()


def _sync(window, qtbot) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        window.actions[ActionId.SYNC_NOW].trigger()


def test_add_an_account_sync_out_change_on_the_phone_and_back(
    sync_window, qtbot, radicale, memory_keyring
):
    from networkcircles.ui.dialogs.sync_accounts import SyncAccountsDialog

    window = sync_window
    url = f"{radicale.url}{USER}/window-book/"
    phone = Phone(url, USER, PASSWORD)
    phone.create_book()
    dialog = SyncAccountsDialog(window, window.sync)
    dialog.url.setText(url)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    assert dialog.add_account()
    assert memory_keyring.kept == {("networkcircles", f"{USER}@{url}"): PASSWORD}
    assert PASSWORD.encode() not in window.store_path.read_bytes()  # never in the network file
    assert dialog.list.count() == 1
    dialog.close()

    _sync(window, qtbot)

    count = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    assert len(phone.names()) == count == 60
    assert "Synced: 0 in, 60 out, 0 conflicts" in window.statusBar().currentMessage()
    assert window.sync.last_label.text().startswith("Last sync: ")
    # another client changes someone's title; the next sync shows it in the window
    name = phone.names()[0]
    text = phone.get(name)
    person = next(line[3:] for line in text.splitlines() if line.startswith("FN:"))
    phone.put(name, replace_line(text, "TITLE", "TITLE:Head of Sync"))

    _sync(window, qtbot)

    contact_id = db.execute_sql("SELECT id FROM contact WHERE name = ?", (person,)).fetchone()[0]
    assert contact_details(contact_id).role == "Head of Sync"
    window.select_contact(contact_id)
    assert window.contact_details.isEnabled()
    assert any("in: changed" in line for line in window.sync.log)
    # the sync is one step on the undo stack: undo takes the change back here, redo again
    old_role = next((line[6:] for line in text.splitlines() if line.startswith("TITLE:")), "")
    window.undo_stack.undo()
    assert contact_details(contact_id).role == old_role
    window.undo_stack.redo()
    assert contact_details(contact_id).role == "Head of Sync"
    # and the reverse: an edit here reaches the phone
    from networkcircles.services import contacts

    contacts.update(contact_id, {"role": "Chief of Sync"})
    _sync(window, qtbot)
    assert "TITLE:Chief of Sync" in phone.get(name)


def test_sync_now_without_an_account_opens_the_accounts_dialog(sync_window, monkeypatch):
    opened = []
    monkeypatch.setattr(sync_window.sync, "show_accounts", lambda: opened.append(True))
    sync_window.actions[ActionId.SYNC_NOW].trigger()
    assert opened == [True] and not sync_window.sync.is_running()


def test_a_failed_sync_is_reported_in_the_status_bar_and_the_log(
    sync_window, qtbot, memory_keyring
):
    from networkcircles.sync import passwords, state

    url = "http://127.0.0.1:9/"  # nothing listens there
    state.account(url, USER)
    passwords.remember(url, USER, "x")
    _sync(sync_window, qtbot)
    assert sync_window.statusBar().currentMessage().startswith("Sync failed:")
    assert "cannot reach the server" in sync_window.sync.log[-1]
    assert sync_window.actions[ActionId.SYNC_NOW].isEnabled()


def test_an_emptied_address_book_asks_before_deleting_here(
    sync_window, qtbot, radicale, memory_keyring, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from networkcircles.sync import passwords, state

    window = sync_window
    url = f"{radicale.url}{USER}/window-emptied/"
    phone = Phone(url, USER, PASSWORD)
    phone.create_book()
    state.account(url, USER)
    passwords.remember(url, USER, PASSWORD)
    _sync(window, qtbot)
    for name in phone.names():
        phone.delete(name)
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def answer(*args):
        asked.append(args[2])
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", answer)
    _sync(window, qtbot)  # asked, answered No: nothing deleted

    assert len(asked) == 1 and "60" in asked[0]
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 60
    _sync(window, qtbot)  # asked again, answered Yes: a second sync deletes them here
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=60_000)
    qtbot.waitUntil(
        lambda: db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0, timeout=60_000
    )
    assert len(asked) == 2


def _account(radicale, name: str) -> tuple[str, Phone]:
    from networkcircles.sync import passwords, state

    url = f"{radicale.url}{USER}/{name}/"
    phone = Phone(url, USER, PASSWORD)
    phone.create_book()
    state.account(url, USER)
    passwords.remember(url, USER, PASSWORD)
    return url, phone


def test_a_phone_changed_on_both_sides_is_asked_and_the_servers_version_taken(
    small_window, qtbot, radicale, monkeypatch
):
    from networkcircles.services import contacts
    from networkcircles.store.queries import Labelled
    from networkcircles.ui.dialogs import sync_conflicts

    window = small_window
    _url, phone = _account(radicale, "window-conflict")
    _sync(window, qtbot)
    contact_id, name = db.execute_sql(
        "SELECT id, name FROM contact WHERE id IN (SELECT contact_id FROM contact_phone) "
        "ORDER BY id LIMIT 1"
    ).fetchone()
    card_name = phone.find(f"FN:{name}")
    phone.put(card_name, replace_line(phone.get(card_name), "TEL", "TEL;TYPE=CELL:+44 20 0999"))
    contacts.update(contact_id, {"phones": [Labelled("+44 20 0111", "mobile")]})
    asked = []

    def pick_theirs(parent, conflicts):
        asked.extend(conflicts)
        return [{"phones"}]

    monkeypatch.setattr(sync_conflicts, "ask", pick_theirs)
    _sync(window, qtbot)
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=60_000)  # sends it out

    assert [(c.name, [f.name for f in c.fields]) for c in asked] == [(name, ["phones"])]
    assert asked[0].fields[0].ours == (("+44 20 0111", "mobile"),)
    details = contact_details(contact_id)
    assert [p.value for p in details.phones] == ["+44 20 0999"]
    assert "took the server's version; this network had phones: +44 20 0111" in details.notes
    assert "kept this version" not in details.notes  # the sync's provisional note is gone
    text = phone.get(card_name).replace("\r\n ", "")
    assert "+44 20 0999" in text and "TEL;TYPE=CELL:+44 20 0111" not in text
    assert "this network had phones: +44 20 0111" in text  # the history travels in the NOTE
    # the sync and the choice are one undo step: undo gives back this network's number
    window.undo_stack.undo()
    details = contact_details(contact_id)
    assert [p.value for p in details.phones] == ["+44 20 0111"]
    assert "[sync " not in details.notes


def test_the_conflicts_dialog_picks_per_field_and_per_contact(qtbot):
    from networkcircles.sync.twoway import Conflict, FieldConflict
    from networkcircles.ui.dialogs.sync_conflicts import SyncConflictsDialog

    ada = Conflict(
        "contact",
        1,
        "Ada Lovelace",
        (
            FieldConflict("role", "Analyst", "Countess"),
            FieldConflict("phones", (("+44 1", "mobile"),), (("+44 2", "work"),)),
        ),
        "note",
    )
    grace = Conflict("contact", 2, "Grace Hopper", (FieldConflict("notes", "x" * 200, ""),), "")
    dialog = SyncConflictsDialog(None, [ada, grace])
    qtbot.addWidget(dialog)
    assert dialog.theirs() == [set(), set()]  # this network's versions unless picked
    first, second = dialog.choices_of
    assert first[1].ours.text() == "+44 1" and first[1].theirs.text() == "+44 2"
    assert second[0].ours.text().endswith("…") and second[0].theirs.text() == "(empty)"
    first[0].theirs.click()  # the server's role only
    assert dialog.theirs() == [{"role"}, set()]
    dialog.pick_all(second, theirs=True)  # all of Grace's from the server
    dialog.pick_all(first, theirs=False)
    assert dialog.theirs() == [set(), {"notes"}]


def test_a_sync_the_server_stops_part_way_is_one_undo_step_and_the_next_finishes(
    small_window, qtbot, radicale, monkeypatch, store_path, exact_rows
):
    from helpers import card

    from networkcircles.sync import dav, twoway

    window = small_window
    _url, phone = _account(radicale, "window-stopped")
    _sync(window, qtbot)
    for number in range(6):
        phone.put(f"p{number}.vcf", card(f"Phone Person {number}"))
    db.execute_sql("PRAGMA wal_checkpoint")
    before = exact_rows(store_path)
    monkeypatch.setattr(twoway, "BATCH", 3)  # two batches in; the server stops before the 2nd
    fetch, fetches = dav.Dav.fetch, []

    def stop_before_the_second(self, *args):
        fetches.append(args)
        if len(fetches) == 2:
            radicale.stop()
        return fetch(self, *args)

    monkeypatch.setattr(dav.Dav, "fetch", stop_before_the_second)
    try:
        _sync(window, qtbot)
    finally:
        radicale.start()
        monkeypatch.setattr(dav.Dav, "fetch", fetch)

    assert window.statusBar().currentMessage().startswith("Sync failed:")
    came = db.execute_sql("SELECT count(*) FROM contact WHERE name LIKE 'Phone Person %'")
    assert came.fetchone()[0] == 3  # the first batch is in
    assert window.undo_stack.undoText() == "Sync (stopped part way)"
    window.undo_stack.undo()
    db.execute_sql("PRAGMA wal_checkpoint")
    undone = exact_rows(store_path)
    for table in ("contact", "contact_email", "contact_phone", "organization"):
        assert undone[table] == before[table], table  # exactly what it wrote, gone
    window.undo_stack.redo()

    _sync(window, qtbot)  # the next sync finishes the job

    assert window.statusBar().currentMessage().startswith("Synced:")
    local = sorted(name for (name,) in db.execute_sql("SELECT name FROM contact"))
    server = sorted(
        next(line[3:] for line in text.splitlines() if line.startswith("FN:"))
        for text in phone.cards().values()
    )
    assert local == server and len(local) == 9
    assert len(set(local)) == 9  # nothing twice on either side


def test_sync_delete_undo_sync_in_the_window_leaves_one_unchanged_card(
    small_window, qtbot, radicale, monkeypatch
):
    from networkcircles.ui.dialogs import questions

    window = small_window
    _url, phone = _account(radicale, "window-delete-undo")
    _sync(window, qtbot)
    cards = phone.cards()
    contact_id, name = db.execute_sql("SELECT id, name FROM contact ORDER BY id").fetchone()
    monkeypatch.setattr(questions, "confirm_delete", lambda *args: True)

    window.delete_contact(contact_id)
    window.undo_stack.undo()
    _sync(window, qtbot)

    assert "Synced: 0 in, 0 out, 0 conflicts" in window.statusBar().currentMessage()
    assert phone.cards() == cards  # one card for them, as it was
    assert phone.find(f"FN:{name}")


def test_a_sync_falling_due_during_a_job_waits_for_its_end_and_then_runs(
    small_window, qtbot, radicale
):
    """The five-minute timer fires while a background job's wait loop runs (timers still
    fire while input is held): the sync starts once the job is over, not beside it, and is
    not lost."""
    import threading

    from PySide6.QtCore import QTimer

    from networkcircles.ui.background import run_in_background

    window = small_window
    _url, phone = _account(radicale, "window-due-in-a-job")
    fired = threading.Event()
    seen: dict[str, bool] = {}

    def timer_fires() -> None:  # in the job's wait loop, on the GUI thread
        window.sync.timer.timeout.emit()
        seen["sync started"] = window.sync.is_running()
        fired.set()

    def work(_progress) -> bool:
        return fired.wait(10)

    QTimer.singleShot(0, timer_fires)
    assert run_in_background(window, "Job", "Working…", work).result
    assert seen == {"sync started": False}
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        pass  # the sync held back starts after the job, on its own
    assert len(phone.names()) == 3


def test_one_collector_switch_a_job_ending_under_a_sync_and_a_sync_ending_in_a_job(
    small_window, qtbot, radicale, monkeypatch
):
    """Collection stays off while either worker runs, whichever ends first; a sync that
    ends during a job is taken in (undo stack, window) after the job."""
    import gc
    import threading
    import time

    from networkcircles.sync import engine
    from networkcircles.ui.background import run_in_background

    window = small_window
    _account(radicale, "window-collector")
    go = threading.Event()
    real_sync = engine.sync

    def held_sync(*args, **kwargs):
        go.wait(10)
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(engine, "sync", held_sync)
    assert gc.isenabled()
    assert window.sync.sync_now()
    run_in_background(window, "Job", "Working…", lambda _progress: None)
    assert not gc.isenabled()  # the job ended, the sync's worker still runs
    # and the other way round: the sync ends while a job runs
    worker = window.sync.worker

    def work(_progress) -> tuple[bool, bool]:
        go.set()
        while not worker.isFinished():
            time.sleep(0.01)
        time.sleep(0.3)  # the sync's end reaches the GUI thread's wait loop meanwhile
        return gc.isenabled(), window.sync.is_running()

    collecting, sync_pending = run_in_background(window, "Job", "Working…", work).result
    assert (collecting, sync_pending) == (False, True)
    with qtbot.waitSignal(window.sync.finished, timeout=10_000):
        pass
    assert gc.isenabled()
    assert window.statusBar().currentMessage() == "Synced: 0 in, 3 out, 0 conflicts"


def test_a_sync_falling_due_mid_undo_of_an_import_starts_after_the_undo(
    small_window, qtbot, radicale, tmp_path
):
    """Undoing an import takes its rows back in a background job; the sync timer firing
    meanwhile neither starts a sync beside that undo nor is lost."""
    from PySide6.QtCore import QTimer

    from networkcircles.services import importing
    from networkcircles.ui.commands import ImportCommand

    window = small_window
    _url, phone = _account(radicale, "window-due-mid-undo")
    cards = tmp_path / "phone.vcf"
    cards.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Dee Newby\nEND:VCARD\n", "utf-8")
    result = importing.apply_plan(importing.plan_import([cards]), undoable=True)
    window.undo_stack.push(ImportCommand(window.bridge, result))
    seen = []

    def timer_fires() -> None:  # inside the undo's wait loop
        window.sync.timer.timeout.emit()
        seen.append((window.undo_stack.index(), window.sync.is_running()))

    QTimer.singleShot(0, timer_fires)
    window.undo_stack.undo()
    assert seen == [(1, False)]  # mid undo (the stack still at the import), no sync
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 3
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        pass
    assert len(phone.names()) == 3  # the network as the undo left it went out
