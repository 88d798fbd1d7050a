"""The one garbage-collection switch shared by background jobs and the sync worker."""

import gc
import weakref

import pytest

from networkcircles.ui import collector


def test_collection_is_off_while_any_holder_holds_it_and_back_on_after_the_last():
    assert gc.isenabled() and not collector.is_held()
    collector.hold(collector.JOB)
    collector.hold(collector.SYNC)
    collector.release(collector.JOB)  # a job ends while the sync still runs
    assert not gc.isenabled() and collector.is_held_by(collector.SYNC)
    collector.hold(collector.JOB)
    collector.hold(collector.JOB)  # a job inside a job
    collector.release(collector.SYNC)  # the sync ends during the job
    collector.release(collector.JOB)
    assert not gc.isenabled() and collector.is_held_by(collector.JOB)
    collector.release(collector.JOB)
    assert gc.isenabled() and not collector.is_held()


def test_collection_that_was_off_stays_off_and_an_unheld_release_is_refused():
    gc.disable()
    try:
        collector.hold(collector.SYNC)
        collector.release(collector.SYNC)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError, match="does not hold"):
        collector.release(collector.JOB)
    assert gc.isenabled()


class _Cycle:
    """Garbage only the collector frees: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


def _cycle_left_behind() -> weakref.ref:
    """A cycle that is part of the state when it is frozen, then dropped (garbage)."""
    cycle = _Cycle()
    gc.collect()  # what came before is collected: the freeze below takes only live objects
    collector.freeze()
    return weakref.ref(cycle)


def test_a_frozen_state_is_left_alone_until_the_next_state_settles():
    left = _cycle_left_behind()
    assert gc.get_freeze_count() > 0
    gc.collect()
    assert left() is not None  # frozen: out of the collector's sight, even as garbage
    collector.settle()  # another network is open: the old state's cycles go
    assert left() is None
    assert gc.get_freeze_count() > 0  # and what lives now is frozen in turn


def test_settling_waits_for_the_last_holder_a_job_or_a_sync():
    left = _cycle_left_behind()
    collector.hold(collector.JOB)
    collector.settle()  # asked during a job: a full collection would walk the worker's work
    collector.hold(collector.SYNC)  # a sync starts meanwhile
    collector.release(collector.JOB)
    assert left() is not None and not gc.isenabled()
    collector.release(collector.SYNC)  # the last holder lets go: now it settles
    assert left() is None
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_a_freeze_asked_while_held_waits_for_the_release():
    gc.collect()
    collector.hold(collector.SYNC)
    collector.freeze()
    assert gc.get_freeze_count() == 0
    collector.release(collector.SYNC)
    assert gc.get_freeze_count() > 0


def test_freezing_settles_once_what_is_frozen_has_grown_past_the_bound(monkeypatch):
    collector.settle()
    left = _cycle_left_behind()  # frozen by a freeze: within the bound, no collection
    gc.collect()
    assert left() is not None
    monkeypatch.setattr(collector, "GROWTH_BEFORE_SETTLE", 1)
    grown = [[] for _ in range(1000)]  # more memory in use than after the last settle
    collector.freeze()
    assert left() is None  # past the bound: the freeze settled
    assert _is_frozen_now(grown)


def _is_frozen_now(thing: object) -> bool:
    return gc.is_tracked(thing) and id(thing) not in {id(o) for o in gc.get_objects()}
