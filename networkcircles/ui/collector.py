"""One switch for Python's garbage collector, shared by everything that runs Python on a
worker thread (ui/background.py's jobs, ui/sync_controller.py's sync).

Python collects in whichever thread happens to allocate, and a Qt object made on the GUI
thread must never be destroyed on a worker's, so collection is off while any worker runs.
Each one holds the switch while it runs and lets go when done; collection comes back on
only when the last holder lets go (and only if it was on when the first took hold), so one
worker's end never turns it on under another that still runs. Who holds it also tells
whether a background job is under way (`is_held_by`)."""

import gc

JOB = "job"  # a run_in_background job (start to end of its wait loop), or run_in_slices
SYNC = "sync"  # a sync worker, from its start to its end

_holders: dict[str, int] = {}
_was_on = False


def hold(holder: str) -> None:
    """Collection off until `holder` (and every other holder) lets go."""
    global _was_on
    if not _holders:
        _was_on = gc.isenabled()
        gc.disable()
    _holders[holder] = _holders.get(holder, 0) + 1


def release(holder: str) -> None:
    """`holder` lets go once; the last to let go turns collection back on if it was on."""
    count = _holders.get(holder, 0)
    if count <= 0:
        raise RuntimeError(f"{holder!r} does not hold the garbage collector")
    if count == 1:
        del _holders[holder]
    else:
        _holders[holder] = count - 1
    if not _holders and _was_on:
        gc.enable()


def is_held_by(holder: str) -> bool:
    return _holders.get(holder, 0) > 0


def is_held() -> bool:
    return bool(_holders)
