"""Sync figures against a local Radicale.

- first sync of 5,000 contacts in: the server's book is filled beforehand in one request
  (Radicale takes a whole address book PUT to its URL; test set-up only);
- a sync with nothing to do, and an incremental sync with 10 changes (5 here, 5 there);
- first sync out: 500 demo contacts to an empty book, and 20 more into the 5,000 book
  (Radicale checks each new card's UID against the whole book, so a PUT costs more as the
  book grows: the figures give the per-card cost at both sizes).

Run it on purpose (pytest does not collect bench_*.py):

    .venv/bin/python tests/benchmarks/bench_sync.py [--count 5000] [--out 500]
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync")]

from conftest import PASSWORD, USER, Radicale  # noqa: E402  (tests/sync)
from helpers import Phone, card, replace_line  # noqa: E402

from networkcircles.services import contacts  # noqa: E402
from networkcircles.services.demo import create_demo  # noqa: E402
from networkcircles.store.db import close_store, db, open_store  # noqa: E402
from networkcircles.sync import engine  # noqa: E402


def timed(label: str, url: str) -> engine.Report:
    started = time.perf_counter()
    report = engine.sync(url, USER, PASSWORD)
    elapsed = time.perf_counter() - started
    print(
        f"{label:<44} {elapsed:8.2f} s   in {report.came_in:>5}, out {report.went_out:>5}, "
        f"conflicts {report.conflicts}, {report.requests} requests"
    )
    return report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--out", type=int, default=500)
    options = parser.parse_args()
    count = options.count
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "radicale").mkdir()
        server = Radicale(folder / "radicale")
        server.start()
        try:
            url = f"{server.url}{USER}/bench/"
            phone = Phone(url, USER, PASSWORD)
            body = "".join(
                card(
                    f"Person {i:05d}",
                    uid=f"bench-{i}",
                    EMAIL=f"person{i}@example.com",
                    TEL=f"+1 555 {i:07d}",
                    ORG=f"Company {i % 97}",
                    TITLE="Engineer",
                )
                for i in range(count)
            )
            started = time.perf_counter()
            status = phone.client.request(url, "PUT", body, {"Content-Type": "text/vcard"}).status
            assert status == 201, status
            print(
                f"(set-up: {count} cards into the server in one request, "
                f"{time.perf_counter() - started:.1f} s)"
            )
            open_store(folder / "in.sqlite")
            timed(f"first sync, {count} contacts in", url)
            timed("unchanged book", url)
            ids = [row[0] for row in db.execute_sql("SELECT id FROM contact LIMIT 5")]
            for contact_id in ids:
                contacts.update(contact_id, {"role": "Changed here"})
            for name in phone.names()[-5:]:
                phone.put(name, replace_line(phone.get(name), "TITLE", "TITLE:Changed there"))
            timed("incremental, 10 changes (5 each side)", url)
            timed("unchanged book", url)
            for number in range(20):
                contacts.create(f"New Person {number}", "peers")
            timed(f"20 new contacts out into the {count} book", url)
            close_store()
            out_url = f"{server.url}{USER}/bench-out/"
            Phone(out_url, USER, PASSWORD).create_book()
            open_store(folder / "out.sqlite")
            create_demo(size=options.out, seed=7)
            timed(f"first sync, {options.out} contacts out", out_url)
            timed("next sync (our own uploads listed once)", out_url)
            close_store()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
