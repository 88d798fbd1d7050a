"""The collector paused for the length of an import's planning and writing, and given back
as it was, however the job ends."""

import gc
from pathlib import Path

import pytest

from networkcircles.services import importing
from networkcircles.services.gc_pause import collection_paused
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"


def test_the_pause_turns_collection_off_and_back_on(collecting):
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collection_comes_back_when_an_error_escapes(collecting):
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("the job failed")
    assert gc.isenabled()


def test_collection_held_off_by_someone_else_stays_off(collecting):
    gc.disable()  # as the window holds it while a worker runs (ui/collector.py)
    with collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_planning_and_writing_run_without_collection(store, collecting, monkeypatch):
    seen = []
    reading = importing.read_file

    def read_file(*args, **kwargs):
        seen.append(("plan", gc.isenabled()))
        return reading(*args, **kwargs)

    monkeypatch.setattr(importing, "read_file", read_file)
    plan = plan_import([FIXTURES / "linkedin_connections.csv"])
    assert gc.isenabled()

    def progress(done: int, total: int) -> bool:
        seen.append(("apply", gc.isenabled()))
        return True

    result = apply_plan(plan, progress=progress)
    assert gc.isenabled()
    assert result.added == 3
    assert seen[0] == ("plan", False)
    assert {entry for entry in seen[1:]} == {("apply", False)}


def test_a_refused_file_and_a_cancel_give_collection_back(store, collecting, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\x00\x01binary")
    plan = plan_import([broken, FIXTURES / "linkedin_connections.csv"])
    assert gc.isenabled()
    assert len(plan.rejected_files) == 1
    result = apply_plan(plan, progress=lambda done, total: False)
    assert result.cancelled and gc.isenabled()
    assert queries.stats()["contacts"] == 0


def test_an_error_inside_the_job_gives_collection_back(store, collecting, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(importing, "read_file", fail)
    with pytest.raises(OSError):
        plan_import([FIXTURES / "linkedin_connections.csv"])
    assert gc.isenabled()
