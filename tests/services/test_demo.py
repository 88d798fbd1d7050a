"""The demo network: every circle filled, the same for the same seed."""

from datetime import date

from networkcircles.services.demo import create_demo
from networkcircles.store.queries import contact_rows, stats


def test_demo_fills_every_circle(store):
    create_demo(size=60, today=date(2026, 11, 2))
    figures = stats()
    assert figures["contacts"] == 60
    assert all(count > 0 for count in figures["circles"].values())
    assert figures["unplaced"] > 0
    assert figures["interactions"] > 0 and figures["referrals"] > 0 and figures["leads"] > 0


def test_same_seed_same_network(tmp_path):
    from networkcircles.store.db import close_store, open_store

    names = []
    for n in range(2):
        open_store(tmp_path / f"{n}.sqlite")
        create_demo(size=40, seed=3, today=date(2026, 11, 2))
        names.append([(r.name, r.circle_key, r.last_contacted) for r in contact_rows()])
        close_store()
    assert names[0] == names[1]
