"""Python's cyclic garbage collector paused for one long job that makes many objects and
leaves no cycles: planning and writing an import, laying out and drawing a PDF.

Such a job makes tens of thousands of objects in a row, and every few hundred of them set off
a collection that walks all the young ones again; past a point, a full collection walks the
whole process (about 25 ms of a 10,000-row import; three, about 100 ms, of a 10,000-contact
PDF). Objects the job drops are still freed at
once by their reference counts: only cycles wait, and the collector takes them up at its next
turn after the job.

The switch is process-wide. The pause only turns collection back on if it was on when the
pause began, so a job running while the window holds collection off (ui/collector.py, held by
whichever thread starts a worker) leaves it off.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic collection inside the block; as it was before, however the block ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
