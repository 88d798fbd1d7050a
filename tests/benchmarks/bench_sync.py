"""Time a first sync of 5,000 contacts out to a local Radicale, a first sync of the same
5,000 into a second, empty network, an incremental sync with 10 changes (5 made here, 5 on
the server), and a sync with nothing to do.

Run it on purpose (pytest does not collect bench_*.py):

    .venv/bin/python tests/benchmarks/bench_sync.py [--count 5000]
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync")]

from conftest import PASSWORD, USER, Radicale  # noqa: E402  (tests/sync)
from helpers import Phone, replace_line  # noqa: E402

from networkcircles.services import contacts  # noqa: E402
from networkcircles.services.demo import create_demo  # noqa: E402
from networkcircles.store.db import close_store, open_store  # noqa: E402
from networkcircles.sync import engine  # noqa: E402


def timed(label: str, url: str) -> engine.Report:
    started = time.perf_counter()
    report = engine.sync(url, USER, PASSWORD)
    elapsed = time.perf_counter() - started
    print(f"{label:<44} {elapsed:8.2f} s   in {report.came_in:>5}, out {report.went_out:>5}, "
          f"conflicts {report.conflicts}, {report.requests} requests")  # fmt: skip
    return report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    count = parser.parse_args().count
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        server = Radicale(folder / "radicale")
        (folder / "radicale").mkdir()
        server.start()
        try:
            url = f"{server.url}{USER}/bench/"
            phone = Phone(url, USER, PASSWORD)
            phone.create_book()
            open_store(folder / "first.sqlite")
            create_demo(size=count, seed=7)
            timed(f"first sync, {count} contacts out", url)
            timed("next sync (our own uploads listed once)", url)
            timed("unchanged book", url)
            ids = [row[0] for row in contacts.db.execute_sql("SELECT id FROM contact LIMIT 5")]
            for contact_id in ids:
                contacts.update(contact_id, {"role": "Changed here"})
            for name in phone.names()[-5:]:
                phone.put(name, replace_line(phone.get(name), "TITLE", "TITLE:Changed there"))
            timed("incremental, 10 changes (5 each side)", url)
            close_store()
            open_store(folder / "second.sqlite")
            timed(f"first sync, {count} contacts in", url)
            close_store()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
