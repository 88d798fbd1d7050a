"""Never a traceback: every command against a table of hostile invocations (issue 14).

Each case runs one command line in-process through cli.main and checks what a user gets:
the exit status the contract gives (0 done, 1 refused, 2 wrong usage), at most one line on
stderr, never "Traceback", and every file of the case's folder exactly as it was (bytes of
regular files, kind of the others: a FIFO stays a FIFO, a device a device), nothing left
beside it (no lock file, no backup, no temporary file). FIFOs and device nodes are made in
tmp_path only (a null device, 1:3), never the system's /dev entries. The read-only folder
and the full disk are small tmpfs mounts when this runs as root, skipped otherwise (their
fault-injected twins below always run). A handful of cases also go through a subprocess,
to see the real exit status and that a FIFO cannot block.
"""

import contextlib
import errno
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from networkcircles import cli, error_log
from networkcircles.cli import main
from networkcircles.store.db import close_store

VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Cole\r\nEMAIL:cy@example.com\r\nEND:VCARD\r\n"
NULL_DEVICE = (1, 3)  # harmless even if written to: reads nothing, swallows everything


@pytest.fixture(autouse=True)
def _private(tmp_path: Path, monkeypatch, qapp):
    """qapp: print and screenshot share one QApplication in this process, as if each ran
    first (a real command line runs one command per process)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the error log goes here
    yield
    close_store()


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "network.sqlite"
    assert main(["demo", "--db", str(path), "--size", "8"]) == 0
    return path.read_bytes()


def _can_mknod() -> bool:
    return hasattr(os, "mknod") and os.name == "posix" and os.geteuid() == 0


def _device(path: Path) -> None:
    if not _can_mknod():
        pytest.skip("mknod needs root")
    os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(*NULL_DEVICE))


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str):
    """A small tmpfs at `folder` (root only); unmounted afterwards whatever happens."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        close_store()
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry under `folder`: a regular file's hash, or what kind of thing it is."""
    found = {}
    for entry in sorted(folder.rglob("*")):
        info = os.lstat(entry)
        if stat.S_ISREG(info.st_mode):
            found[str(entry)] = hashlib.sha256(entry.read_bytes()).hexdigest()
        else:
            found[str(entry)] = f"{stat.S_IFMT(info.st_mode):o} {stat.S_IMODE(info.st_mode):o}"
    return found


def run(argv: list[str], capsys) -> tuple[int, str]:
    try:
        code = main([str(part) for part in argv])
    except SystemExit as leaving:  # argparse's exit 2
        code = leaving.code
    err = capsys.readouterr().err
    return code, err


def assert_one_clear_line(code: int, err: str, usage: bool = False) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    if usage:  # argparse: the usage line(s), then one line naming the mistake
        assert code == 2 and "error:" in lines[-1]
    else:
        assert len(lines) <= 1, err
        if code != 0:
            assert len(lines) == 1 and lines[0].startswith("networkcircles: "), err


# --- hostile places given as --db -------------------------------------------------------------


def _fifo(path: Path, good: bytes) -> None:
    os.mkfifo(path)


def _folder(path: Path, good: bytes) -> None:
    path.mkdir()


def _symlink_to_device(path: Path, good: bytes) -> None:
    _device(path.with_name("null-device"))
    path.symlink_to(path.with_name("null-device"))


def _garbage(path: Path, good: bytes) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))


def _cut_in_half(path: Path, good: bytes) -> None:
    path.write_bytes(good[: len(good) // 2])


def _sqlite_edit(*statements: str) -> Callable[[Path, bytes], None]:
    def make(path: Path, good: bytes) -> None:
        if good:
            path.write_bytes(good)
        with sqlite3.connect(path) as raw:
            for sql in statements:
                raw.execute(sql)
        raw.close()

    return make


def _foreign_empty(path: Path, good: bytes) -> None:
    _sqlite_edit("PRAGMA user_version = 7")(path, b"")


REFUSED_PLACES: dict[str, Callable[[Path, bytes], None]] = {
    "a FIFO": _fifo,
    "a device node": lambda path, good: _device(path),
    "a folder": _folder,
    "a symlink to a device": _symlink_to_device,
    "not SQLite": _garbage,
    "cut in half": _cut_in_half,
    "ours, user_version 0": _sqlite_edit("PRAGMA user_version = 0"),
    "a dropped table": _sqlite_edit("PRAGMA foreign_keys = OFF", "DROP TABLE lead"),
    "another program's empty file, version 7": _foreign_empty,
    "another program's database": lambda path, good: _sqlite_edit(
        "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"
    )(path, b""),
}

READS = {
    "stats": ["stats", "--db", "{db}"],
    "stats --json": ["stats", "--db", "{db}", "--json"],
    "export vcard": ["export", "--db", "{db}", "--format", "vcard", "-o", "{out}/a.vcf"],
    "export csv": ["export", "--db", "{db}", "--format", "csv", "-o", "{out}/a.csv"],
    "export ics": ["export", "--db", "{db}", "--format", "ics", "-o", "{out}/a.ics"],
    "print": ["print", "--db", "{db}", "-o", "{out}/a.pdf"],
    "screenshot": ["screenshot", "--db", "{db}", "-o", "{out}/a.png", "--size", "800x600"],
}
WRITES = {
    "import": ["import", "--db", "{db}", "{vcf}"],
    "demo": ["demo", "--db", "{db}", "--size", "3"],
}
COMMANDS = {**READS, **WRITES}


def _argv(template: list[str], db: Path, out: Path, vcf: Path) -> list[str]:
    return [part.format(db=db, out=out, vcf=vcf) for part in template]


def _case_folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    place, out = tmp_path / "place", tmp_path / "out"
    place.mkdir()
    out.mkdir()
    vcf = tmp_path / "one.vcf"
    vcf.write_text(VCARD)
    return place, out, vcf


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("place", list(REFUSED_PLACES))
def test_a_hostile_db_is_refused_untouched(place, command, good_store, tmp_path, capsys):
    folder, out, vcf = _case_folders(tmp_path)
    db = folder / "network.sqlite"
    REFUSED_PLACES[place](db, good_store)
    before, outputs = snapshot(folder), snapshot(out)
    code, err = run(_argv(COMMANDS[command], db, out, vcf), capsys)
    assert code == 1, err
    assert_one_clear_line(code, err)
    assert snapshot(folder) == before
    assert snapshot(out) == outputs  # no output file, not even an empty one


@pytest.mark.parametrize("command", list(READS))
def test_a_read_on_a_missing_network_creates_nothing(command, tmp_path, capsys):
    folder, out, vcf = _case_folders(tmp_path)
    db = folder / "typo" / "network.sqlite"
    code, err = run(_argv(READS[command], db, out, vcf), capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert f"no network at {db}" in err
    assert snapshot(folder) == {} and snapshot(out) == {}


# --- places a network can be read from but not written to --------------------------------------


def _write_protected(folder: Path, good: bytes) -> Path:
    db = folder / "network.sqlite"
    db.write_bytes(good)
    db.chmod(0o444)
    return db


def _another_users(folder: Path, good: bytes) -> Path:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("chown to another user needs root")
    db = folder / "network.sqlite"
    db.write_bytes(good)
    os.chown(db, 65534, 65534)  # nobody
    return db


READ_ONLY_PLACES = {
    "a write-protected file": _write_protected,
    "another user's file": _another_users,
}


def _check_read_only_place(db: Path, folder: Path, out: Path, vcf: Path, command: str, capsys):
    before = snapshot(folder)
    code, err = run(_argv(COMMANDS[command], db, out, vcf), capsys)
    assert_one_clear_line(code, err)
    if command in WRITES:
        assert code == 1 and "can only be read" in err, err
    else:
        assert code == 0, err
        made = [entry.stat().st_mode & 0o777 for entry in out.iterdir()]
        assert made == ([] if command.startswith("stats") else [0o600])  # owner-only outputs
    after = snapshot(folder)
    # SQLite may leave the read-only reader's -shm beside a WAL file; the store itself and
    # everything else are as they were: no chmod, no lock file, no backup.
    assert {k: v for k, v in after.items() if not k.endswith(("-shm", "-wal"))} == before


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("place", list(READ_ONLY_PLACES))
def test_a_store_that_must_not_be_written_is_read_only(
    place, command, good_store, tmp_path, capsys
):
    folder, out, vcf = _case_folders(tmp_path)
    db = READ_ONLY_PLACES[place](folder, good_store)
    _check_read_only_place(db, folder, out, vcf, command, capsys)


@pytest.mark.parametrize("command", ["stats", "export csv", "print", "import", "demo"])
def test_a_store_on_a_read_only_disk_is_read_only(command, good_store, tmp_path, capsys):
    _, out, vcf = _case_folders(tmp_path)
    with _tmpfs(tmp_path / "ro", "4m") as disk:
        db = disk / "network.sqlite"
        db.write_bytes(good_store)
        _remount_read_only(disk)
        _check_read_only_place(db, disk, out, vcf, command, capsys)


# --- hostile output targets and import inputs ---------------------------------------------------


def _output_fifo(path: Path) -> None:
    os.mkfifo(path)


def _output_symlink_to_device(path: Path) -> None:
    _device(path.with_name("null-device"))
    path.symlink_to(path.with_name("null-device"))


OUTPUTS: dict[str, Callable[[Path], None]] = {
    "a FIFO": _output_fifo,
    "a device node": _device,
    "a folder": lambda path: path.mkdir(),
    "a symlink to a device": _output_symlink_to_device,
}
OUTPUT_COMMANDS = [name for name in READS if not name.startswith("stats")]


@pytest.fixture
def good_db(tmp_path: Path, good_store: bytes) -> Path:
    db = tmp_path / "store" / "network.sqlite"
    db.parent.mkdir()
    db.write_bytes(good_store)
    return db


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
@pytest.mark.parametrize("target", list(OUTPUTS))
def test_a_hostile_output_is_refused_untouched(target, command, good_db, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    argv = _argv(COMMANDS[command], good_db, out, tmp_path)
    output = Path(argv[argv.index("-o") + 1])
    OUTPUTS[target](output)
    before, store_before = snapshot(out), snapshot(good_db.parent)
    code, err = run(argv, capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert "not a regular file" in err
    assert snapshot(out) == before
    assert snapshot(good_db.parent) == store_before


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_output_in_a_folder_that_is_not_there_is_a_clear_line(
    command, good_db, tmp_path, capsys
):
    argv = _argv(COMMANDS[command], good_db, tmp_path / "no such folder", tmp_path)
    code, err = run(argv, capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert "cannot write" in err
    assert not (tmp_path / "no such folder").exists()


def test_a_symlink_to_a_regular_file_is_written_through(good_db, tmp_path, capsys):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert main(["export", "--db", str(good_db), "--format", "csv", "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("First Name")


INPUTS: dict[str, Callable[[Path], None]] = {
    "a FIFO": _output_fifo,
    "a device node": _device,
    "a folder": lambda path: path.mkdir(),
    "a symlink to a device": _output_symlink_to_device,
    "missing": lambda path: None,
}


@pytest.mark.parametrize("source", list(INPUTS))
def test_a_hostile_import_file_is_refused_at_once(source, good_db, tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    path = inputs / "contacts.vcf"
    INPUTS[source](path)
    before = snapshot(good_db.parent), snapshot(inputs)
    code, err = run(["import", "--db", good_db, path], capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert str(path) in err
    assert (snapshot(good_db.parent), snapshot(inputs)) == before


# --- wrong sizes --------------------------------------------------------------------------------

WRONG_SIZES = [
    ["demo", "--db", "{db}", "--size", "0"],
    ["demo", "--db", "{db}", "--size", "-5"],
    ["demo", "--db", "{db}", "--size", "ten"],
    ["demo", "--db", "{db}", "--size", str(cli.MAX_DEMO_SIZE + 1)],
    ["screenshot", "--db", "{db}", "-o", "{out}/a.png", "--size", "0x0"],
    ["screenshot", "--db", "{db}", "-o", "{out}/a.png", "--size", "100x100"],
    ["screenshot", "--db", "{db}", "-o", "{out}/a.png", "--size", "9000x9000"],
    ["screenshot", "--db", "{db}", "-o", "{out}/a.png", "--size", "wide"],
]


@pytest.mark.parametrize("template", WRONG_SIZES, ids=lambda t: f"{t[0]} --size {t[-1]}")
def test_a_wrong_size_is_wrong_usage(template, tmp_path, capsys):
    folder, out, vcf = _case_folders(tmp_path)
    code, err = run(_argv(template, folder / "network.sqlite", out, vcf), capsys)
    assert_one_clear_line(code, err, usage=True)
    assert snapshot(folder) == {} and snapshot(out) == {}


# --- a full disk --------------------------------------------------------------------------------


def _big_vcard(path: Path, count: int) -> None:
    cards = (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEMAIL:p{n}@example.com\r\n"
        f"NOTE:{'x' * 400}\r\nEND:VCARD\r\n"
        for n in range(count)
    )
    path.write_text("".join(cards))


def _stats(db: Path, capsys) -> str:
    code, err = run(["stats", "--db", db, "--json"], capsys)
    assert code == 0, err
    return capsys.readouterr().out


def test_an_import_that_fills_the_database_is_one_line_and_changes_nothing(
    good_db, tmp_path, capsys, monkeypatch
):
    """Fault injection: SQLite's max_page_count makes the database "full" at once."""
    from networkcircles.store import db as store_db

    vcf = tmp_path / "many.vcf"
    _big_vcard(vcf, 2000)
    run(["stats", "--db", good_db, "--json"], capsys)
    figures = capsys.readouterr()
    pages = os.path.getsize(good_db) // 4096
    monkeypatch.setattr(store_db, "PRAGMAS", {**store_db.PRAGMAS, "max_page_count": pages + 2})
    code, err = run(["import", "--db", good_db, vcf], capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert "the disk is full" in err
    monkeypatch.undo()
    run(["stats", "--db", good_db, "--json"], capsys)
    assert capsys.readouterr().out == figures.out


def test_an_import_on_a_full_disk_is_one_line_and_changes_nothing(good_store, tmp_path, capsys):
    vcf = tmp_path / "many.vcf"
    _big_vcard(vcf, 3000)
    with _tmpfs(tmp_path / "small", f"{len(good_store) + 256 * 1024}") as disk:
        db = disk / "network.sqlite"
        db.write_bytes(good_store)
        before = _stats(db, capsys)
        code, err = run(["import", "--db", db, vcf], capsys)
        assert code == 1
        assert_one_clear_line(code, err)
        assert "full" in err
        assert _stats(db, capsys) == before
        assert not Path(f"{db}.lock").exists()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_with_the_store_on_a_full_disk(command, good_store, tmp_path, capsys):
    """The store's disk has not a block left: reads still work (or say why), writes say the
    disk is full; the store is as it was."""
    _, out, vcf = _case_folders(tmp_path)
    with _tmpfs(tmp_path / "full", f"{len(good_store) + 64 * 1024}") as disk:
        db = disk / "network.sqlite"
        db.write_bytes(good_store)
        with contextlib.suppress(OSError), open(disk / "filler", "wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
        before = snapshot(disk)
        code, err = run(_argv(COMMANDS[command], db, out, vcf), capsys)
        assert code in (0, 1), err
        assert_one_clear_line(code, err)
        if command in WRITES:
            assert code == 1
        after = snapshot(disk)
        assert {k: v for k, v in after.items() if not k.endswith(("-shm", "-wal"))} == before


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_output_on_a_full_disk_leaves_no_file(command, good_db, tmp_path, capsys, monkeypatch):
    """Fault injection: the output's write fails with ENOSPC, as on a full disk."""
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.stream, name)

    def fdopen(fd, mode="r", *args, **kwargs):
        stream = real_fdopen(fd, mode, *args, **kwargs)
        return FullDisk(stream) if "w" in mode else stream

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr("networkcircles.safe_files.os.fdopen", fdopen)
    code, err = run(_argv(COMMANDS[command], good_db, out, tmp_path), capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert "the disk is full" in err and "refused a new page" not in err
    assert list(out.iterdir()) == []  # no partial file, no 0-byte PNG, no temporary file


@pytest.mark.parametrize("command", ["export csv", "print", "screenshot"])
def test_an_output_on_a_really_full_disk_leaves_no_file(command, good_db, tmp_path, capsys):
    with _tmpfs(tmp_path / "tiny", "64k") as disk:
        (disk / "filler").write_bytes(b"x" * (60 * 1024))
        with contextlib.suppress(OSError), open(disk / "filler2", "wb") as more:
            more.write(b"x" * (64 * 1024))  # whatever is left, so not a block remains
        before = snapshot(disk)
        code, err = run(_argv(COMMANDS[command], good_db, disk, tmp_path), capsys)
        assert code == 1
        assert_one_clear_line(code, err)
        assert "the disk is full" in err
        assert snapshot(disk) == before


# --- the guard of last resort, the lock, and a few real processes -------------------------------


def test_an_unexpected_error_is_one_line_and_a_log(good_db, tmp_path, capsys, monkeypatch):
    from networkcircles.store import queries

    def broken():
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(queries, "stats", broken)
    code, err = run(["stats", "--db", good_db], capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert "unexpected error (RuntimeError)" in err
    log = tmp_path / "data" / "networkcircles" / "networkcircles" / error_log.LOG_NAME
    assert str(log) in err
    assert "a bug nobody foresaw" in log.read_text() and "Traceback" in log.read_text()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_no_lock_file_stays_behind(good_db, tmp_path, capsys):
    for argv in (["stats", "--db", good_db], ["import", "--db", good_db, tmp_path / "x.vcf"]):
        (tmp_path / "x.vcf").write_text(VCARD)
        run(argv, capsys)
        assert sorted(p.name for p in good_db.parent.iterdir()) == ["network.sqlite"]


def test_the_lock_message_names_a_command_line_import(good_db, tmp_path):
    from networkcircles.store.db import open_store
    from networkcircles.store.errors import StoreLocked

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from networkcircles.store.db import open_store\n"
            f"open_store({str(good_db)!r}, role='import')\n"
            "print('held', flush=True)\ntime.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreLocked) as locked:
            open_store(good_db)
        assert f"a command-line import (pid {holder.pid}) has it open" in str(locked.value)
    finally:
        holder.kill()
        holder.wait()


def _subprocess(argv: list[str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "networkcircles", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_real_processes_never_print_a_traceback(good_db, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for argv, status in [
        (["stats", "--db", fifo], 1),  # instantly: a FIFO is never opened
        (["import", "--db", good_db, fifo], 1),
        (["export", "--db", good_db, "--format", "csv", "-o", fifo], 1),
        (["demo", "--db", tmp_path / "d.sqlite", "--size", "0"], 2),
        (["stats", "--db", tmp_path / "missing.sqlite"], 1),
    ]:
        done = _subprocess(argv, timeout=20)
        assert done.returncode == status, done.stderr
        assert "Traceback" not in done.stderr
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert not (tmp_path / "missing.sqlite").exists()


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_output_over_the_network_itself_is_refused(command, good_db, tmp_path, capsys):
    argv = _argv(COMMANDS[command], good_db, tmp_path, tmp_path)
    argv[argv.index("-o") + 1] = str(good_db)
    before = snapshot(good_db.parent)
    code, err = run(argv, capsys)
    assert code == 1
    assert_one_clear_line(code, err)
    assert "the open network's own file" in err
    assert snapshot(good_db.parent) == before
