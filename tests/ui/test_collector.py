"""The one garbage-collection switch shared by background jobs and the sync worker."""

import gc

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
