"""One switch for Python's garbage collector, shared by everything that runs Python on a
worker thread (ui/background.py's jobs, ui/sync_controller.py's sync).

Python collects in whichever thread happens to allocate, and a Qt object made on the GUI
thread must never be destroyed on a worker's, so collection is off while any worker runs.
Each one holds the switch while it runs and lets go when done; collection comes back on
only when the last holder lets go (and only if it was on when the first took hold), so one
worker's end never turns it on under another that still runs. Who holds it also tells
whether a background job is under way (`is_held_by`).

It also keeps the window's lasting state out of the collector's sight: once a network is
read and shown, `freeze` or `settle` moves every live object to Python's permanent
generation (gc.freeze), so the collections a search or an edit sets off no longer walk the
hundreds of thousands of rows, dots and strings of a large network. Frozen objects that
become garbage in a cycle are never freed, so each new state (another network, a reload
after an import) first gives the frozen objects back and collects them (`settle`): what
stays frozen is one state's worth, not one per reload."""

import gc

JOB = "job"  # a run_in_background job (start to end of its wait loop), or run_in_slices
SYNC = "sync"  # a sync worker, from its start to its end

_holders: dict[str, int] = {}
_was_on = False
_settle_waiting = False  # settle() was asked for while the switch was held


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
    if not _holders:
        if _was_on:
            gc.enable()
        if _settle_waiting:
            settle()


def is_held_by(holder: str) -> bool:
    return _holders.get(holder, 0) > 0


def is_held() -> bool:
    return bool(_holders)


def freeze() -> None:
    """What lives now stays out of the collector's sight (cheap: no collection). For the
    first state of a process (the window's start-up): what it may leave in cycles stays
    frozen only until the next `settle`. While the switch is held, a `settle` waits for
    the last release instead (a worker's objects are not the lasting state)."""
    global _settle_waiting
    if _holders:
        _settle_waiting = True
        return
    gc.freeze()


def settle() -> None:
    """A new state replaced the old one (another network, a reload): collect everything,
    the frozen old state included, then freeze what is left. A full collection (about
    0.1 s at 100,000 contacts), so only after such a change. While a worker holds the
    switch it waits for the last release: a collection walking a running worker's objects
    would stall the window, and what the worker makes is not the lasting state."""
    global _settle_waiting
    if _holders:
        _settle_waiting = True
        return
    _settle_waiting = False
    gc.unfreeze()
    gc.collect()
    gc.freeze()
