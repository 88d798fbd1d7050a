"""Kill the app's process (SIGKILL) in the middle of large imports and single edits, many times.

After each kill the store must pass `PRAGMA integrity_check` and `foreign_key_check`, hold
every row any earlier process reported as committed, and hold each imported file whole or
not at all. The next process opens the store through open_store(), so this also covers
stale-lock recovery and opening a store with a hot WAL.

    .venv/bin/python tests/stress/kill_loop.py --kills 300

tests/store/test_crash_safety.py runs the same loop with about 20 kills.
"""

import argparse
import csv
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from networkcircles.services import contacts, importing
from networkcircles.store.db import open_store

store, mode = sys.argv[1], sys.argv[2]
open_store(store, wait=30)
print("open", flush=True)
if mode == "import":
    for name in sys.argv[3:]:
        plan = importing.plan_import([name])
        assert not plan.rejected_files and not plan.rejected_rows, name
        print("applying", name, flush=True)
        importing.apply_plan(plan, "peers")
        print("imported", name, flush=True)
else:
    tag, made, n = sys.argv[3], [], 0
    while True:
        n += 1
        if made and n % 3 == 0:
            target = made[(n * 7) % len(made)]
            contacts.update(target, {"notes": f"v{n}", "warmth": n % 4})
            print("updated", target, n, flush=True)
        elif made and n % 11 == 0:
            contacts.move(made[-1], "coworkers")
            print("moved", made[-1], flush=True)
        else:
            new_id = contacts.create(f"{tag} {n}", "family", phones=[f"+1 555 {n:04d}"],
                                     emails=[f"{tag.replace(' ', '-')}.{n}@example.com"])
            made.append(new_id)
            print("created", new_id, f"{tag} {n}", flush=True)
"""


@dataclass
class Figures:
    kills: int = 0
    kills_while_applying: int = 0  # after "applying", before "imported": mid-transaction
    kills_while_editing: int = 0
    imports_whole: int = 0
    imports_rolled_back: int = 0
    edits_verified: int = 0  # creates and updates reported committed, then found
    rounds: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.kills} kills ({self.kills_while_applying} inside an import transaction, "
            f"{self.kills_while_editing} during single edits) in {self.rounds} rounds, "
            f"{self.seconds:.1f} s; files imported whole {self.imports_whole}, rolled back "
            f"whole {self.imports_rolled_back}; {self.edits_verified} committed edits "
            f"re-checked after every later kill; problems: {len(self.problems)}"
        )


def write_csv(path: Path, domain: str, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["First Name", "Last Name", "Email", "Phone", "Organization", "Notes"])
        for n in range(rows):
            out.writerow(
                [
                    f"Given{n}",
                    f"Family {domain}",
                    f"p{n}@{domain}",
                    f"+44 20 7946 {n:04d}",
                    "Acme & <b>Sons</b>",
                    f"Row {n}; notes with 'quotes' and \"double\"",
                ]
            )


def _create_store(store: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from networkcircles.store.db import open_store, close_store; "
            "open_store(sys.argv[1]); close_store()",
            str(store),
        ],
        check=True,
        cwd=REPO,
    )


def _readline(child: subprocess.Popen, timeout: float) -> str | None:
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    if not ready:
        return None
    line = child.stdout.readline()
    return line.strip() if line else None


class Expectations:
    """Everything reported committed so far; checked again after every kill."""

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.names: dict[int, str] = {}
        self.versions: dict[int, int] = {}
        self.whole_domains: set[str] = set()
        self.maybe_domains: set[str] = set()

    def check(self, store: Path, figures: Figures) -> list[str]:
        problems = []
        raw = sqlite3.connect(store)
        try:
            check = raw.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                problems.append(f"integrity_check: {check}")
            if raw.execute("PRAGMA foreign_key_check").fetchall():
                problems.append("foreign_key_check found orphans")
            for contact_id, name in self.names.items():
                found = raw.execute(
                    "SELECT name, notes FROM contact WHERE id = ?", (contact_id,)
                ).fetchone()
                if found is None or found[0] != name:
                    problems.append(f"committed contact {contact_id} {name!r} lost: {found}")
                    continue
                wanted = self.versions.get(contact_id)
                if wanted is not None:
                    have = int(found[1][1:]) if found[1].startswith("v") else -1
                    if have < wanted:
                        problems.append(f"contact {contact_id}: notes v{have}, committed v{wanted}")
            for domain in self.whole_domains | self.maybe_domains:
                counts = [
                    raw.execute(
                        "SELECT count(*) FROM contact_email WHERE address LIKE ?", (f"%@{domain}",)
                    ).fetchone()[0],
                    raw.execute(
                        "SELECT count(*) FROM contact WHERE name LIKE ?", (f"% Family {domain}",)
                    ).fetchone()[0],
                    raw.execute(
                        "SELECT count(*) FROM contact_phone p JOIN contact c "
                        "ON c.id = p.contact_id WHERE c.name LIKE ?",
                        (f"% Family {domain}",),
                    ).fetchone()[0],
                ]
                if domain in self.whole_domains and counts != [self.rows] * 3:
                    problems.append(f"{domain}: imported file not whole: {counts}")
                elif counts not in ([0] * 3, [self.rows] * 3):
                    problems.append(f"{domain}: half-imported file: {counts}")
                elif domain in self.maybe_domains:
                    self.maybe_domains.discard(domain)
                    if counts[0]:
                        self.whole_domains.add(domain)
                        figures.imports_whole += 1
                    else:
                        figures.imports_rolled_back += 1
        finally:
            raw.close()
        return problems


def run(folder: Path, kills: int, seed: int = 1, rows: int = 1500, log=None) -> Figures:
    """Kill `kills` child processes at random moments; return the figures."""
    folder.mkdir(parents=True, exist_ok=True)
    store = folder / "network.sqlite"
    _create_store(store)
    rng = random.Random(seed)
    figures = Figures()
    expect = Expectations(rows)
    started = time.monotonic()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    while figures.kills < kills:
        figures.rounds += 1
        importing = figures.rounds % 2 == 1
        if importing:
            domains = [f"r{figures.rounds}f{j}.example" for j in range(2)]
            files = []
            for domain in domains:
                files.append(folder / f"{domain}.csv")
                write_csv(files[-1], domain, rows)
            args = ["import", *map(str, files)]
        else:
            args = ["edit", f"Edit r{figures.rounds}"]
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(store), *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        lines: list[str] = []
        try:
            first = _readline(child, 60)
            if first != "open":
                figures.problems.append(f"round {figures.rounds}: child did not open: {first}")
                break
            if importing and rng.random() < 0.6:
                # aim inside the transaction: wait until a file is being applied
                line = _readline(child, 60)
                if line:
                    lines.append(line)
                time.sleep(rng.uniform(0.0, 0.012 * rows / 1000))  # about one apply
            else:
                time.sleep(rng.uniform(0.0, 0.4))
            alive = child.poll() is None
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        # A line cut off by the kill was never reported whole: only complete lines count.
        rest = child.stdout.read().split("\n")[:-1]
        lines += [line.strip() for line in rest]
        child.stdout.close()
        if alive:
            figures.kills += 1
        elif child.returncode != 0 or not importing:
            figures.problems.append(
                f"round {figures.rounds}: the child failed on its own (exit {child.returncode})"
            )
            break
        for line in lines:
            words = line.split(" ")
            if words[0] == "created":
                expect.names[int(words[1])] = " ".join(words[2:])
                figures.edits_verified += 1
            elif words[0] == "updated":
                expect.versions[int(words[1])] = int(words[2])
                figures.edits_verified += 1
        if importing:
            done = {Path(line.split(" ", 1)[1]).stem for line in lines if line.startswith("imp")}
            applying = [line for line in lines if line.startswith("applying")]
            if alive and len(applying) > len(done):
                figures.kills_while_applying += 1
            for domain in domains:
                if domain in done:
                    expect.whole_domains.add(domain)
                    figures.imports_whole += 1
                else:
                    expect.maybe_domains.add(domain)
            for path in files:
                path.unlink()
        elif alive:
            figures.kills_while_editing += 1
        problems = expect.check(store, figures)
        figures.problems += [f"round {figures.rounds}: {p}" for p in problems]
        if log is not None:
            log(
                f"round {figures.rounds}: {'import' if importing else 'edits'}, "
                f"{len(lines)} lines, {'killed' if alive else 'finished'}, "
                f"{len(problems)} problems"
            )
        if problems:
            break
    figures.seconds = time.monotonic() - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--rows", type=int, default=3000, help="rows per imported CSV file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.folder is None:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="kill-loop-"))
    else:
        folder = args.folder
    log = print if args.verbose else None
    figures = run(folder, args.kills, args.seed, args.rows, log)
    print(figures.summary())
    for problem in figures.problems:
        print("PROBLEM:", problem)
    return 1 if figures.problems else 0


if __name__ == "__main__":
    sys.exit(main())
