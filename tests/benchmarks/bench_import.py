"""Time a full import of 10,000 vCards and of 10,000 LinkedIn CSV rows into fresh stores,
each beside its floor measured in the same run: the same file parsed the plainest way
(vobject for the vCards, csv.reader for the CSV) and the same contacts, e-mails and phones
written with one executemany per table through raw sqlite3, in one transaction.

The floor writes what the import writes (a LinkedIn row's profile address and the day it
was connected included) into the same schema with the store's own pragmas: foreign keys
checked and the same synchronous setting, so neither side skips work the other does; and,
as the import does, it brings the full-text search index up to date before committing.

Wall-clock and CPU time are both printed; on a shared machine, judge by the CPU ratio.

Run it on purpose (pytest does not collect bench_*.py):

    .venv/bin/python tests/benchmarks/bench_import.py
"""

import csv
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries, search
from networkcircles.store.db import PRAGMAS, close_store, open_store

COUNT = 10_000
GOALS = {"vcard": 3.0, "linkedin": 0.5}  # seconds, from the issue
RATIO_GOAL = 1.3  # times the floor measured beside it


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
        out.write(
            'Notes:\r\n"When exporting your connection data, you may notice that some '
            'of the email addresses are missing."\r\n\r\n'
        )
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")
        for i in range(COUNT):
            email = f"member{i}@example.org" if i % 3 else ""  # hidden e-mails stay blank
            out.write(
                f"Member,Number {i},https://www.linkedin.com/in/member-{i},{email},"
                f"Company {i % 97},Analyst,{1 + i % 28:02d} Mar 2024\r\n"
            )


def time_import(folder: Path, source: Path) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one full import into a fresh store."""
    store = folder / f"{source.stem}.sqlite"
    open_store(store)
    try:
        started, started_cpu = time.perf_counter(), time.process_time()
        result = apply_plan(plan_import([source]))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        assert queries.stats()["contacts"] == COUNT == result.added
        return elapsed, cpu
    finally:
        close_store()


Record = tuple[str, str, str, str, str, str, str]  # name, e-mail, phone, org, title, url, how


def _vcard_records(source: Path) -> list[Record]:
    import vobject

    records = []
    with source.open(encoding="utf-8") as handle:
        for card in vobject.readComponents(handle):
            org = card.contents.get("org")
            records.append(
                (
                    card.fn.value,
                    card.email.value if "email" in card.contents else "",
                    card.tel.value if "tel" in card.contents else "",
                    org[0].value[0] if org else "",
                    card.title.value if "title" in card.contents else "",
                    "",
                    "",
                )
            )
    return records


def _linkedin_records(source: Path) -> list[Record]:
    with source.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\r\n\r\n", 1)[1]  # past LinkedIn's notes
    rows = csv.reader(lines.splitlines())
    next(rows)
    return [
        (f"{r[0]} {r[1]}", r[3], "", r[4], r[5], r[2], f"Connected on LinkedIn on {r[6]}")
        for r in rows
        if r
    ]


def time_floor(folder: Path, source: Path, parse) -> tuple[float, float]:
    """Parse the plainest way, then one executemany per table, one transaction: (wall-clock
    seconds, CPU seconds)."""
    store = folder / f"{source.stem}-floor.sqlite"
    open_store(store)  # the same schema, indexes and triggers
    close_store()
    raw = sqlite3.connect(store, isolation_level=None)
    for name, value in PRAGMAS.items():  # the store's: WAL, foreign keys, synchronous
        raw.execute(f"PRAGMA {name}={value}")
    started, started_cpu = time.perf_counter(), time.process_time()
    records = parse(source)
    now = datetime.now().isoformat(sep=" ", timespec="seconds")
    raw.execute("BEGIN")
    raw.executemany(
        "INSERT INTO contact (id, name, how_known, organization, role, address, website, "
        "linkedin, notes, tags, follow_up_note, warmth, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, '', '', ?, '', '', '', 0, ?, ?)",
        [
            (n + 1, name, how, org, title, url, now, now)
            for n, (name, _e, _t, org, title, url, how) in enumerate(records)
        ],
    )
    raw.executemany(
        "INSERT INTO contact_email (contact_id, address, label, position) VALUES (?, ?, '', 0)",
        [(n + 1, email) for n, (_n, email, *_rest) in enumerate(records) if email],
    )
    raw.executemany(
        "INSERT INTO contact_phone (contact_id, number, label, position) VALUES (?, ?, '', 0)",
        [(n + 1, phone) for n, (_n, _e, phone, *_rest) in enumerate(records) if phone],
    )
    for sql in search.CATCH_UP:  # the import indexes its contacts' words for search too
        raw.execute(sql)
    raw.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    assert raw.execute("SELECT count(*) FROM contact").fetchone()[0] == COUNT
    raw.close()
    return elapsed, cpu


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_vcards(folder / "contacts.vcf")
        write_linkedin(folder / "Connections.csv")
        rows = [
            ("10,000 vCards (3.0), full import", "vcard", folder / "contacts.vcf", _vcard_records),
            (
                "10,000 LinkedIn CSV rows, full import",
                "linkedin",
                folder / "Connections.csv",
                _linkedin_records,
            ),
        ]
        print(
            f"{'figure':<40} {'goal':>12} {'measured':>10} {'floor':>8} {'ratio':>6}"
            f"  {'CPU':>7} {'floor':>7} {'ratio':>6}"
        )
        for label, key, source, parse in rows:
            elapsed, cpu = time_import(folder, source)
            floor, floor_cpu = time_floor(folder, source, parse)
            ratio = elapsed / floor
            verdict = "ok" if elapsed < GOALS[key] and ratio <= RATIO_GOAL else "SLOW"
            goal = f"{GOALS[key]:.1f}s, {RATIO_GOAL:g}x"
            print(
                f"{label:<40} {goal:>12} {elapsed:>9.3f}s {floor:>7.3f}s {ratio:>6.2f}"
                f"  {cpu:>6.3f}s {floor_cpu:>6.3f}s {cpu / floor_cpu:>6.2f}  {verdict}"
            )
        print("(CPU: process time, the fairer figure on a shared machine)")


if __name__ == "__main__":
    main()
