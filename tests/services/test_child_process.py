"""Jobs in a child process: the result comes back whole (its long lists in pieces), errors
come back as themselves, the child reads the open network read-only and refuses to write
over it, and a child that dies is a clear error. Every job here runs in a real child."""

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from networkcircles import safe_files
from networkcircles.interchange import exporting
from networkcircles.interchange.records import ImportRejected
from networkcircles.services import child_process, contacts, importing
from networkcircles.services.child_process import ChildDied, ChildFailed, ChildJob


def _cards(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(count):
            out.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Person{i}\r\nN:Person{i};Card;;;\r\n"
                f"EMAIL:card{i}@example.com\r\nTEL:+1 555 {i:07d}\r\nEND:VCARD\r\n"
            )
    return path


def test_a_plan_made_in_a_child_is_the_plan_made_here(store, tmp_path):
    contacts.create("Card Person3", "peers", emails=["card3@example.com"])
    cards = _cards(tmp_path / "cards.vcf", 1200)  # more records than a piece holds
    refused = tmp_path / "notes.pdf"
    refused.write_text("not contacts")
    here = importing.plan_import([cards, refused])

    kind, there = ChildJob(importing.plan_import, ([cards, refused],)).answer()

    assert kind == "done"
    assert len(there.files[0].new) == 1199 > child_process.PIECE
    assert there.merged_count == 1  # matched against the network the child opened
    assert there.files == here.files
    # The refused file too: ImportRejected crosses with its own fields.
    rejection, expected = there.rejected_files[0], here.rejected_files[0]
    assert vars(rejection) == vars(expected)
    assert str(rejection) == str(expected)


def test_long_lists_inside_long_lists_come_back_in_order():
    nested = [[f"{i}-{j}" for j in range(child_process.PIECE + 7)] for i in range(600)]
    pieces: list[bytes] = []
    data = child_process._pickled(nested, pieces)
    assert len(pieces) > 600  # each inner list went in pieces, and the outer one too
    loaded: list[list[object]] = []
    for piece in pieces:
        loaded.append(child_process._PiecesIn(piece, loaded).load())
    assert child_process._PiecesIn(data, loaded).load() == nested


def test_an_error_in_the_job_comes_back_as_itself(store, tmp_path):
    (tmp_path / "notes.pdf").write_text("not contacts")
    kind, error = ChildJob(importing.read_file, (tmp_path / "notes.pdf",)).answer()
    assert kind == "failed"
    assert isinstance(error, ImportRejected)
    assert (error.kind, error.line) == ("unsupported", None)

    kind, error = ChildJob(exporting.export_contacts, (tmp_path / "out.vcf", "nope")).answer()
    assert kind == "failed"
    assert isinstance(error, exporting.UnknownFormat)


def test_a_result_that_cannot_cross_is_an_error_that_names_it(store):
    kind, error = ChildJob(threading.Lock, ()).answer()
    assert kind == "failed"
    assert isinstance(error, ChildFailed)
    assert error.kind == "TypeError"


def test_the_child_reads_the_network_read_only_and_never_writes_over_it(store, tmp_path):
    contacts.create("Ada", "peers")
    safe_files.protect([store])

    kind, count = ChildJob(exporting.export_contacts, (tmp_path / "out.vcf", "vcard")).answer()
    assert (kind, count) == ("done", 1)
    assert "FN:Ada" in (tmp_path / "out.vcf").read_text()

    # The window's own file as the export's target: refused in the child as it is here.
    kind, error = ChildJob(exporting.export_contacts, (store, "vcard")).answer()
    assert kind == "failed"
    assert isinstance(error, safe_files.WouldReplaceNetwork)
    kind, error = ChildJob(contacts.create, ("Bea", "peers")).answer()
    assert kind == "failed"
    assert "readonly" in str(error).replace(" ", "").lower()
    assert [row.name for row in importing.queries.contact_rows()] == ["Ada"]


def test_a_child_killed_mid_job_is_a_clear_error():
    job = ChildJob(time.sleep, (30,))
    assert job.pid is not None
    threading.Timer(0.5, os.kill, (job.pid, signal.SIGKILL)).start()
    started = time.monotonic()
    with pytest.raises(ChildDied) as died:
        job.answer()
    assert time.monotonic() - started < 10
    assert died.value.exit_code == -signal.SIGKILL
    assert "ended unexpectedly" in str(died.value)


def test_kill_ends_the_child_and_its_reader():
    job = ChildJob(time.sleep, (30,))
    threading.Timer(0.3, job.kill).start()
    with pytest.raises(ChildDied):
        job.answer()


def test_a_network_read_as_it_is_is_read_so_in_the_child(store, tmp_path):
    """A read-only window in a read-only place without -shm opens the file immutable; a
    child opening it plain read-only would fail to make the -shm it needs."""
    from networkcircles.store import db as store_db
    from networkcircles.store.errors import StoreReadOnly

    contacts.create("Ada", "peers")
    store_db.close_store()  # the last connection gone: SQLite removes the -wal and -shm
    assert not Path(f"{store}-shm").exists()
    store_db._open_read_only(store, StoreReadOnly.WHY_PLACE)
    assert "immutable=1" in child_process.Setup.of_this_process().uri

    kind, count = ChildJob(exporting.export_contacts, (tmp_path / "out.vcf", "vcard")).answer()

    assert (kind, count) == ("done", 1)
    assert not Path(f"{store}-shm").exists()  # nothing made beside the file


def _crossed(value: object) -> object:
    pieces: list[bytes] = []
    data = child_process._pickled(value, pieces)
    loaded: list[list[object]] = []
    for piece in pieces:
        loaded.append(child_process._PiecesIn(piece, loaded).load())
    return child_process._PiecesIn(data, loaded).load()


def test_every_fixtures_plan_crosses_the_pipe_unchanged(store):
    """vCards, CSVs and calendars (events with their rules and zones), refused files too."""
    fixtures = sorted(p for p in (Path(__file__).parents[1] / "interchange" / "fixtures").iterdir())
    assert len(fixtures) > 30
    for path in fixtures:
        plan = importing.plan_import([path])
        back = _crossed(plan)
        assert back.files == plan.files, path
        assert [vars(r) for r in back.rejected_files] == [vars(r) for r in plan.rejected_files]
