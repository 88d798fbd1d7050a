"""One switch for Python's garbage collector, shared by everything that runs Python on a
worker thread (ui/background.py's jobs, ui/sync_controller.py's sync).

Python collects in whichever thread happens to allocate, and a Qt object made on the GUI
thread must never be destroyed on a worker's, so collection is off while any worker runs.
Each one holds the switch while it runs and lets go when done; collection comes back on
only when the last holder lets go (and only if it was on when the first took hold), so one
worker's end never turns it on under another that still runs. Who holds it also tells
whether a background job is under way (`is_held_by`). The start-up window's build holds it
too (ui/app.py): nothing it makes is garbage, so a collection would only walk it.

It also keeps the window's lasting state out of the collector's sight: once a network is
read and shown, `freeze` moves every live object to Python's permanent generation
(gc.freeze), so the collections a search or an edit sets off no longer walk the hundreds of
thousands of rows, dots and strings of a large network. A frozen object that becomes garbage
in a cycle is never freed until it is given back (gc.unfreeze) and collected: `settle` does
that, a full collection (about 0.1 s at 100,000 contacts), when another network is opened,
and `freeze` does it too once Python's memory in use has grown GROWTH_BEFORE_SETTLE times
since the last settle. A reload after an import or a sync only freezes: it leaves no cycles today
(the frozen count stays the same reload after reload), and a full collection there would be
a stall the user feels."""

import gc
import sys

JOB = "job"  # a run_in_background job (start to end of its wait loop), or run_in_slices
SYNC = "sync"  # a sync worker, from its start to its end
START = "start"  # the start-up window's build (ui/app.py): all it makes lives on

_holders: dict[str, int] = {}
_was_on = False
GROWTH_BEFORE_SETTLE = 4  # memory in use, as a multiple of that after the last settle
# Python's allocated blocks after the last settle (or the first freeze): unlike the frozen
# count (a walk over every frozen object), cheap to read.
_settled = 0
_NOTHING, _FREEZE, _SETTLE = 0, 1, 2
_waiting = _NOTHING  # what was asked for while the switch was held (the most of it)


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
        _do_what_waited()


def is_held_by(holder: str) -> bool:
    return _holders.get(holder, 0) > 0


def is_held() -> bool:
    return bool(_holders)


def freeze() -> None:
    """What lives now stays out of the collector's sight; cheap, unless Python's memory in
    use has grown GROWTH_BEFORE_SETTLE times since the last settle: then it settles. While the
    switch is held, this waits for the last release (a worker's objects are not the
    window's lasting state)."""
    global _waiting, _settled
    if _holders:
        _waiting = max(_waiting, _FREEZE)
        return
    gc.freeze()
    blocks = sys.getallocatedblocks()
    if not _settled:
        _settled = blocks
    elif blocks > GROWTH_BEFORE_SETTLE * _settled:
        settle()


def settle() -> None:
    """Another state replaced the old one (another network is open): everything, the old
    frozen state included, collected, then what lives frozen. A full collection, so not
    for every change. While the switch is held, this waits for the last release: a
    collection walking a running worker's objects would stall the window."""
    global _waiting, _settled
    if _holders:
        _waiting = _SETTLE
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _settled = sys.getallocatedblocks()


def _do_what_waited() -> None:
    global _waiting
    wanted, _waiting = _waiting, _NOTHING
    if wanted == _SETTLE:
        settle()
    elif wanted == _FREEZE:
        freeze()
