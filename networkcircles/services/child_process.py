"""Pure work run in a child process, off this process's interpreter lock.

A worker thread that runs Python shares the lock with the window's thread, which then waits
for it between events (tens of milliseconds at a time while an import plans or a PDF is
drawn). A child process has a lock of its own. It is started with "spawn" (a fresh
interpreter, as on Windows and macOS: no copy of the window's threads or Qt state), opens the
open network's file read-only, runs the job and sends back its result, or its error, over a
pipe. A job run this way writes nothing to the store; any file it writes appears whole or not
at all, so killing the child (Cancel, or this process ending) leaves nothing half done.
"""

import io
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from networkcircles import safe_files
from networkcircles.store.connection import db, opened
from networkcircles.store.db import READ_ONLY_PRAGMAS, read_only_uri

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

POLL_S = 0.05  # how often the parent's reader looks whether the child is still there
# A result's long lists cross the pipe in pieces of this many items, each its own pickle:
# the parent unpickles one piece at a time (a few ms each, holding its interpreter lock)
# instead of the whole result in one call (an import plan of 10,000 cards: about 95 ms).
PIECE = 256


class ChildDied(Exception):
    """The child process ended without an answer (killed, crashed, out of memory)."""

    def __init__(self, exit_code: int | None) -> None:
        super().__init__(f"the worker process ended unexpectedly (exit code {exit_code})")
        self.exit_code = exit_code

    def __reduce__(self) -> tuple[Any, ...]:
        return (ChildDied, (self.exit_code,))


class ChildFailed(Exception):
    """The job raised an error that cannot cross the pipe: its type's name and its text."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(f"{kind}: {text}")
        self.kind = kind
        self.text = text

    def __reduce__(self) -> tuple[Any, ...]:
        return (ChildFailed, (self.kind, self.text))


class _PiecesOut(pickle.Pickler):
    """Pickles a result with each list longer than PIECE taken out and pickled apart, in
    pieces (`pieces`); the result's pickle names them by their places. An object that two
    such pieces share arrives as two copies (no result sent so far shares one)."""

    def __init__(self, file: io.BytesIO, pieces: list[bytes]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._pieces = pieces

    def reducer_override(self, obj: object) -> Any:
        if isinstance(obj, BaseException):
            # Not as pickle would (the class called with `args`): an error whose __init__
            # takes other arguments (ImportRejected, WouldReplaceNetwork) could not be
            # made again on the other side.
            return (_rebuilt_error, (type(obj), obj.args, vars(obj)))
        return NotImplemented

    def persistent_id(self, obj: object) -> object:
        if type(obj) is not list or len(obj) <= PIECE:
            return None
        # A long list inside a piece goes in first: pieces are loaded in order.
        chunks = [_pickled(obj[at : at + PIECE], self._pieces) for at in range(0, len(obj), PIECE)]
        first = len(self._pieces)
        self._pieces.extend(chunks)
        return (first, len(self._pieces))


def _pickled(value: object, pieces: list[bytes]) -> bytes:
    out = io.BytesIO()
    _PiecesOut(out, pieces).dump(value)
    return out.getvalue()


class _PiecesIn(pickle.Unpickler):
    """Unpickles what _PiecesOut made, its pieces already unpickled (`loaded`)."""

    def __init__(self, data: bytes, loaded: list[list[object]]) -> None:
        super().__init__(io.BytesIO(data))
        self._loaded = loaded

    def persistent_load(self, pid: object) -> object:
        first, end = cast(tuple[int, int], pid)
        return [item for piece in self._loaded[first:end] for item in piece]


def _rebuilt_error(
    kind: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]
) -> BaseException:
    """An error as the child had it: its class, arguments and attributes, without calling
    its own __init__. OSError's sets errno, strerror and filename from the arguments."""
    error = kind.__new__(kind, *args)
    (OSError if issubclass(kind, OSError) else BaseException).__init__(error, *args)
    error.__dict__.update(state)
    return error


@dataclass(frozen=True)
class Setup:
    """What the child needs to see the world as this process does: the open network's file
    (None: no store), the read-only URI to open it by, and the files no output may
    replace."""

    store: Path | None
    uri: str
    protected: frozenset[Path]

    @classmethod
    def of_this_process(cls) -> "Setup":
        # opened, not db.is_closed(): peewee's connections are per thread, and this may run
        # on a worker's.
        path = opened.path
        if path is None:
            return cls(None, "", safe_files.protected())
        # A read-only window opened the file by a URI of its own (immutable in a read-only
        # place without -shm): the child opens it the same way.
        database = str(db.database or "")
        uri = database if opened.read_only and database.startswith("file:") else ""
        return cls(path, uri or read_only_uri(path), safe_files.protected())


def _open_store_read_only(setup: Setup) -> None:
    db.init(setup.uri, uri=True, pragmas=READ_ONLY_PRAGMAS, timeout=5)
    db.connect()
    opened.path, opened.read_only = setup.store, True


def _child_main(
    pipe: "Connection", setup: Setup, job: Callable[..., object], args: tuple[Any, ...]
) -> None:
    """The child's side: set up, run `job(*args)`, send ("done", result) or ("failed",
    error)."""
    try:
        safe_files.protect(setup.protected)
        if setup.store is not None:
            _open_store_read_only(setup)
        answer: tuple[Any, ...] = ("done", job(*args))
    except BaseException as caught:
        answer = ("failed", caught)
    pieces: list[bytes] = []
    try:
        data = _pickled(answer, pieces)
    except Exception:
        error = answer[1] if answer[0] == "failed" else TypeError("the result cannot be sent")
        pieces, data = [], pickle.dumps(("failed", ChildFailed(type(error).__name__, str(error))))
    pipe.send(len(pieces))
    for piece in pieces:
        pipe.send_bytes(piece)
    pipe.send_bytes(data)
    pipe.close()
    if not db.is_closed():
        db.close()
    # Done: the answer is sent and any file it wrote is closed. Ending here skips the
    # interpreter's and Qt's teardown (up to a second under load), which the parent would
    # otherwise wait out to reap the child.
    os._exit(0)


class ChildJob:
    """One job in a child process, seen from the parent: `answer()` waits for what it sends
    back, `kill()` ends it."""

    def __init__(self, job: Callable[..., object], args: tuple[Any, ...]) -> None:
        import multiprocessing  # here: the window imports this module before its first paint

        context = multiprocessing.get_context("spawn")
        self._pipe, theirs = context.Pipe(duplex=False)
        # daemon: ended with this process, so a window that quits never leaves one behind.
        self._process = context.Process(
            target=_child_main,
            args=(theirs, Setup.of_this_process(), job, args),
            name="networkcircles-job",
            daemon=True,
        )
        self._process.start()
        theirs.close()  # ours is then the only end left open: the child's closing is EOF

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def answer(self) -> tuple[Any, ...]:
        """("done", result) or ("failed", error) once the child sends it; raises ChildDied
        if the child ends without it. Waits in the pipe, off the interpreter lock."""
        try:
            while not self._pipe.poll(POLL_S):
                if not self._process.is_alive() and not self._pipe.poll():
                    raise ChildDied(self._ended())
            count = self._pipe.recv()
            # One piece at a time: between two, the window's thread gets the lock.
            loaded: list[list[object]] = []
            for _ in range(count):
                loaded.append(cast(list[object], _PiecesIn(self._pipe.recv_bytes(), loaded).load()))
            answer: tuple[Any, ...] = _PiecesIn(self._pipe.recv_bytes(), loaded).load()
            return answer
        except (EOFError, OSError):
            raise ChildDied(self._ended()) from None
        finally:
            self._pipe.close()
            self._process.join(1)

    def _ended(self) -> int | None:
        self._process.join(1)
        return self._process.exitcode

    def kill(self) -> None:
        """Send the child SIGKILL (from any thread): whoever waits in `answer()` then sees it
        end. No wait here, so only that reader reaps it."""
        self._process.kill()  # a no-op once it was reaped
