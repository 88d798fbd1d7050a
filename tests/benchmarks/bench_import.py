"""Time a full import of 10,000 vCards and of 10,000 LinkedIn CSV rows into fresh stores.

Run it on purpose (pytest does not collect bench_*.py):

    .venv/bin/python tests/benchmarks/bench_import.py
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries
from networkcircles.store.db import close_store, open_store

COUNT = 10_000
GOALS = {"vcard": 3.0, "linkedin": 0.5}  # seconds, from the issue


def write_vcards(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(COUNT):
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"N:Person{i};Test;;;\r\nFN:Test Person{i}\r\n"
                f"EMAIL;TYPE=INTERNET,WORK:person{i}@example.com\r\n"
                f"TEL;TYPE=CELL:+1 555 {i:07d}\r\n"
                f"ORG:Company {i % 97}\r\nTITLE:Engineer\r\nEND:VCARD\r\n"
            )


def write_linkedin(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write('Notes:\r\n"When exporting your connection data, you may notice that some '
                  'of the email addresses are missing."\r\n\r\n')  # fmt: skip
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")
        for i in range(COUNT):
            email = f"member{i}@example.org" if i % 3 else ""  # hidden e-mails stay blank
            out.write(
                f"Member,Number {i},https://www.linkedin.com/in/member-{i},{email},"
                f"Company {i % 97},Analyst,{1 + i % 28:02d} Mar 2024\r\n"
            )


def time_import(folder: Path, source: Path) -> tuple[float, int]:
    store = folder / f"{source.stem}.sqlite"
    open_store(store)
    try:
        started = time.perf_counter()
        result = apply_plan(plan_import([source]))
        elapsed = time.perf_counter() - started
        assert queries.stats()["contacts"] == COUNT == result.added
        return elapsed, result.added
    finally:
        close_store()


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_vcards(folder / "contacts.vcf")
        write_linkedin(folder / "Connections.csv")
        rows = [
            ("10,000 vCards (3.0), full import", "vcard", folder / "contacts.vcf"),
            ("10,000 LinkedIn CSV rows, full import", "linkedin", folder / "Connections.csv"),
        ]
        print(f"{'figure':<40} {'goal':>8} {'measured':>10}")
        for label, key, source in rows:
            elapsed, _ = time_import(folder, source)
            verdict = "ok" if elapsed < GOALS[key] else "SLOW"
            print(f"{label:<40} {GOALS[key]:>7.1f}s {elapsed:>9.3f}s  {verdict}")


if __name__ == "__main__":
    main()
