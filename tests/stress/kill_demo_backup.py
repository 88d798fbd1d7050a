"""Kill (SIGKILL) `demo` while it builds a network, and a process while it writes backups.

After each kill of `demo` the store holds the whole demo network or nothing at all, and a
new `demo` finishes it. After each kill during backups every backup that File ▸ Restore from
Backup would offer passes `PRAGMA integrity_check` and holds every contact; a half-written
copy is never offered and never counts toward the ten kept.

    .venv/bin/python tests/stress/kill_demo_backup.py --kills 40

tests/store/test_kill_demo_backup.py runs it with a few kills of each.
"""

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

DEMO_CHILD = r"""
import sys
from networkcircles.services.demo import create_demo
from networkcircles.store.db import open_store

open_store(sys.argv[1])
print("building", flush=True)
create_demo(size=int(sys.argv[2]), seed=5)
print("built", flush=True)
"""

BACKUP_CHILD = r"""
import sys
from pathlib import Path
from networkcircles.store import backup
from networkcircles.store.db import db, open_store

store = Path(sys.argv[1])
open_store(store)
print("open", flush=True)
while True:
    made = backup.backup_now(db, store, "daily")
    print("made", made.name, flush=True)
"""


@dataclass
class Figures:
    demo_kills: int = 0
    demo_empty: int = 0  # killed before the commit: nothing at all was left
    demo_whole: int = 0  # killed after the commit: the whole network
    backup_kills: int = 0
    backups_checked: int = 0
    partials_seen: int = 0  # half-written copies found beside the backups (never offered)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"demo: {self.demo_kills} kills ({self.demo_empty} left nothing, {self.demo_whole} "
            f"the whole network); backups: {self.backup_kills} kills, {self.backups_checked} "
            f"offered backups checked whole, {self.partials_seen} partial copies never offered; "
            f"{self.seconds:.1f} s; problems: {len(self.problems)}"
        )


def _counts(store: Path) -> dict[str, int]:
    raw = sqlite3.connect(store)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = (
            "contact",
            "contact_email",
            "interaction",
            "event",
            "organization",
            "lead",
            "profile",
            "referral",
            "attendance",
        )
        if not raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            # Killed after the switch to WAL wrote the header, before the schema's first
            # commit: an empty SQLite file, which opening makes ours as a new network.
            return dict.fromkeys(tables, 0)
        return {
            table: raw.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
        }
    finally:
        raw.close()


def _run_child(code: str, args: list[str], kill_after: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return out.split("\n")


def _whole_demo(folder: Path, size: int) -> dict[str, int]:
    store = folder / "reference.sqlite"
    subprocess.run(
        [sys.executable, "-c", DEMO_CHILD, str(store), str(size)],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return _counts(store)


def kill_demo(folder: Path, kills: int, size: int, rng: random.Random, figures: Figures) -> None:
    started = time.monotonic()
    whole = _whole_demo(folder, size)
    longest = max(time.monotonic() - started, 0.5)  # kills land anywhere in a whole run
    for n in range(kills):
        store = folder / f"demo-{n}.sqlite"
        lines = _run_child(DEMO_CHILD, [str(store), str(size)], rng.uniform(0.2, longest * 1.2))
        figures.demo_kills += 1
        if not store.exists() or store.stat().st_size == 0:
            figures.demo_empty += 1
            continue
        counts = _counts(store)
        if counts == whole:
            figures.demo_whole += 1
        elif any(counts.values()):
            figures.problems.append(f"demo kill {n}: a half-built network {counts} ({lines})")
            continue
        else:
            figures.demo_empty += 1
        finish = subprocess.run(
            [
                sys.executable,
                "-m",
                "networkcircles",
                "demo",
                "--db",
                str(store),
                "--size",
                str(size),
                "--seed",
                "5",
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        if counts == whole:
            if finish.returncode != 1:
                figures.problems.append(f"demo kill {n}: a second demo over a whole one ran")
        elif finish.returncode != 0 or _counts(store) != whole:
            figures.problems.append(f"demo kill {n}: demo could not finish: {finish.stderr}")


def kill_backups(folder: Path, kills: int, size: int, rng: random.Random, figures: Figures) -> None:
    from networkcircles.store import backup

    store = folder / "backed-up.sqlite"
    subprocess.run(
        [sys.executable, "-c", DEMO_CHILD, str(store), str(size)],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    contacts = _counts(store)["contact"]
    for n in range(kills):
        _run_child(BACKUP_CHILD, [str(store)], rng.uniform(0.3, 2.5))
        figures.backup_kills += 1
        figures.partials_seen += len(list(backup.backup_folder(store).glob(".*.partial")))
        offered = backup.list_backups(store)
        # KEEP + 1: a kill between a new copy's rename and the pruning that follows it leaves
        # one extra whole backup, which the next backup prunes.
        if len(offered) > backup.KEEP + 1:
            figures.problems.append(f"backup kill {n}: {len(offered)} backups kept")
        for info in offered:
            figures.backups_checked += 1
            try:
                counts = _counts(info.path)
            except (AssertionError, sqlite3.Error) as error:
                figures.problems.append(
                    f"backup kill {n}: {info.path.name} is offered but broken ({error})"
                )
                continue
            if counts["contact"] != contacts or info.contacts != contacts:
                figures.problems.append(f"backup kill {n}: {info.path.name} misses contacts")


def run(folder: Path, kills: int, seed: int = 1, size: int = 1500) -> Figures:
    figures = Figures()
    started = time.monotonic()
    rng = random.Random(seed)
    kill_demo(folder, kills, size, rng, figures)
    kill_backups(folder, kills, size * 4, rng, figures)
    figures.seconds = time.monotonic() - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30, help="kills of each kind")
    parser.add_argument("--size", type=int, default=3000, help="contacts in the demo network")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kill-demo-backup-"))
    figures = run(folder, args.kills, args.seed, args.size)
    print(figures.summary())
    for problem in figures.problems:
        print("PROBLEM:", problem)
    return 1 if figures.problems else 0


if __name__ == "__main__":
    sys.exit(main())
