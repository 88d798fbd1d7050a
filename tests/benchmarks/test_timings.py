"""Wall-clock bounds that used to sit in the functional tests, where a slow or busy machine
could fail them. Marked `benchmark`, so the default run leaves them out; run them with

    .venv/bin/pytest -m benchmark tests/benchmarks/test_timings.py

The behaviour itself (what is built, that a writer waits, that hostile files end in a clear
answer) stays checked by the default run in tests/diagram, tests/store and
tests/test_hostile_input.py; these add only how long it takes.
"""

import sys
import time
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "store"), str(HERE.parent / "diagram")]

import test_hostile_input as hostile  # noqa: E402
import test_lock as locking  # noqa: E402

from networkcircles import cli  # noqa: E402
from networkcircles.services import importing  # noqa: E402
from networkcircles.store.db import close_store, open_store  # noqa: E402

pytestmark = pytest.mark.benchmark


def test_ten_thousand_contacts_build_within_a_second(qapp):
    from networkcircles.diagram.scene import CirclesScene
    from networkcircles.store.queries import CircleRow, ContactRow
    from networkcircles.store.seed import CIRCLE_KEYS, CIRCLE_SEEDS

    circles = [
        CircleRow(n + 1, seed.key, seed.name, seed.description, seed.colour, n)
        for n, seed in enumerate(CIRCLE_SEEDS)
    ]
    keys = [*CIRCLE_KEYS, None]
    rows = [
        ContactRow(
            id=n,
            circle_key=keys[n % len(keys)],
            name=f"Person {n}",
            organization="",
            role="",
            email="",
            phone="",
            tags="",
            knows_looking_on=None,
            last_contacted=None,
            next_follow_up=None,
            warmth=0,
        )
        for n in range(1, 10_001)
    ]
    scene = CirclesScene()
    scene.set_circles(circles)
    started = time.perf_counter()
    scene.set_contacts(rows, date(2026, 11, 2))
    assert time.perf_counter() - started < 1.0
    started = time.perf_counter()
    scene.set_contacts(rows[:5000], date(2026, 11, 2))  # a rebuild replaces the old dots
    assert time.perf_counter() - started < 1.0


def test_a_writer_gets_in_soon_after_a_short_holder_leaves(store_path: Path):
    locking._store_with_one_contact(store_path)
    child = locking._holder(store_path, seconds=0.5)
    try:
        started = time.monotonic()
        open_store(store_path, wait=10)
        assert time.monotonic() - started < 9
    finally:
        locking._stop(child)
        close_store()


def test_a_command_line_write_waits_its_time_before_giving_up(store_path, tmp_path, monkeypatch):
    locking._store_with_one_contact(store_path)
    monkeypatch.setattr(cli, "LOCK_WAIT", 0.3)
    vcf = tmp_path / "one.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Cole\r\nEND:VCARD\r\n")
    child = locking._holder(store_path)
    try:
        started = time.monotonic()
        assert cli.main(["import", "--db", str(store_path), str(vcf)]) == 1
        assert time.monotonic() - started >= 0.3
    finally:
        locking._stop(child)
        close_store()


@pytest.mark.parametrize("text", hostile.NASTY, ids=range(len(hostile.NASTY)))
def test_a_hostile_file_is_read_within_five_seconds(store, tmp_path, text):
    for name, data in [
        ("contacts.csv", f"Name,Notes\r\n{text},{text}\r\n".encode("utf-8", "surrogatepass")),
        ("contacts.vcf", hostile._vcard_bytes([(text, text)])),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        started = time.monotonic()
        plan = importing.plan_import([path])
        if plan.files:
            importing.apply_plan(plan)
        assert time.monotonic() - started < 5, name


def test_deeply_repeated_lines_finish_within_thirty_seconds(store, tmp_path):
    for data in hostile.REPEATED:
        path = tmp_path / ("big.vcf" if data.startswith(b"BEGIN") else "big.csv")
        path.write_bytes(data)
        started = time.monotonic()
        plan = importing.plan_import([path])
        if plan.files:
            importing.apply_plan(plan)
        assert time.monotonic() - started < 30


def test_five_thousand_names_placed_well_under_a_second():
    import random

    from networkcircles.diagram.labels import LabelRequest, place_labels

    rng = random.Random(5)
    requests = [
        LabelRequest(rng.uniform(0, 1600), rng.uniform(0, 1200), 3, 70, 13) for _ in range(5000)
    ]
    start = time.perf_counter()
    place_labels(requests)
    assert time.perf_counter() - start < 1.0
