"""The contacts' rows read ahead on a thread (rows_ahead.py) are queries.contact_rows(): the
same values, the same first e-mail and phone number, the same order, the same days."""

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from networkcircles.services import contacts
from networkcircles.store import queries, rows_ahead
from networkcircles.store.db import db
from networkcircles.store.rows_ahead import ContactRowsAhead

ODD_TEXTS = [
    'Ana "the Boss" O\'Neil',
    "back\\slash \\u00e9 and /slash/",
    "tab\tnew\nline\rreturn\x01\x1f",
    "Zoë Ørsted 李小龍 🙂 \u200f\u202e",
    "nul\x00inside",
    "",
    "   ",
    '[1, 2] {"a": null}',
]


def _fill(store: Path) -> None:
    """Contacts with none, one or several e-mails and phones, positions out of order and
    tied (the lower id wins a tie), odd texts everywhere, some unplaced, some deleted."""
    pick = random.Random(5)
    keys = [None, "family", "coworkers", "peers", "associations", "acquaintances"]
    for n in range(1, 121):
        contacts.create(
            pick.choice(ODD_TEXTS) + f" {n}",
            keys[n % len(keys)],
            organization=pick.choice(ODD_TEXTS),
            role=pick.choice(ODD_TEXTS),
            tags=pick.choice(ODD_TEXTS),
            last_contacted=pick.choice([None, date(2026, 1, 2), date(2025, 12, 31)]),
            next_follow_up=pick.choice([None, date(2026, 11, 30)]),
            knows_looking_on=pick.choice([None, date(2026, 3, 4)]),
        )
    ids = [row.id for row in queries.contact_rows()]
    for contact_id, text in zip(ids[::7], ODD_TEXTS * 3, strict=False):  # as stored, uncleaned
        db.execute_sql(
            "UPDATE contact SET name = ?, organization = ?, tags = ? WHERE id = ?",
            (text, text, text, contact_id),
        )
    for contact_id in ids:
        for table, column in (("contact_email", "address"), ("contact_phone", "number")):
            for _ in range(pick.choice([0, 0, 1, 2, 4])):
                db.execute_sql(
                    f"INSERT INTO {table} (contact_id, {column}, label, position) "
                    "VALUES (?, ?, '', ?)",
                    (contact_id, pick.choice(ODD_TEXTS) + "@x", pick.choice([0, 1, 1, 2, -1])),
                )
    for contact_id in ids[5::9]:
        contacts.delete(contact_id)
    for far in (2**62, -(2**40), 2**63 - 1):  # ids far apart: no range walked id by id
        db.execute_sql(
            "INSERT INTO contact (id, name, how_known, organization, role, address, website, "
            "linkedin, notes, tags, follow_up_note, warmth, created_at, updated_at) "
            "VALUES (?, ?, '', '', '', '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01')",
            (far, f"Far {far}"),
        )


def _first_by_hand(table: str, column: str) -> dict[int, str]:
    """Each contact's first value, by position then id, worked out in Python."""
    found: dict[int, tuple[int, int, str]] = {}
    for contact_id, value, position, row_id in db.execute_sql(
        f"SELECT contact_id, {column}, position, id FROM {table}"
    ).fetchall():
        if contact_id not in found or (position, row_id) < found[contact_id][:2]:
            found[contact_id] = (position, row_id, value)
    return {contact_id: value for contact_id, (_, _, value) in found.items()}


@pytest.mark.parametrize("chunk", [4000, 7, 1])
def test_rows_read_ahead_are_the_rows_read_now(store, chunk, monkeypatch):
    _fill(store)
    monkeypatch.setattr(rows_ahead, "CHUNK", chunk)  # id ranges with gaps and single ids
    now = queries.contact_rows()
    monkeypatch.setattr(queries, "contact_rows", _not_now)  # the thread's rows, not these
    ahead = ContactRowsAhead(store).rows()
    assert ahead == now
    assert [row.id for row in ahead] == sorted(row.id for row in now)
    emails, phones = (
        _first_by_hand("contact_email", "address"),
        _first_by_hand("contact_phone", "number"),
    )
    assert {row.id: row.email for row in now} == {row.id: emails.get(row.id, "") for row in now}
    assert {row.id: row.phone for row in now} == {row.id: phones.get(row.id, "") for row in now}
    assert any("\x00" in row.name for row in now) and any(row.email == "" for row in now)
    assert {2**62, -(2**40), 2**63 - 1} <= {row.id for row in ahead}
    days = {id(row.last_contacted) for row in ahead if row.last_contacted is not None}
    assert len(days) == 2  # one date object per day, across the texts


def _not_now() -> list:
    raise AssertionError("the rows were read again on the main thread")


def test_an_empty_network_reads_no_rows(store, monkeypatch):
    assert queries.contact_rows() == []
    monkeypatch.setattr(queries, "contact_rows", _not_now)
    assert ContactRowsAhead(store).rows() == []


def test_the_lowest_and_highest_ids_sqlite_has(store, monkeypatch):
    for far in (-(2**63), 2**63 - 1):
        db.execute_sql(
            "INSERT INTO contact (id, name, how_known, organization, role, address, website, "
            "linkedin, notes, tags, follow_up_note, warmth, created_at, updated_at) "
            "VALUES (?, ?, '', '', '', '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01')",
            (far, f"Far {far}"),
        )
    now = queries.contact_rows()
    monkeypatch.setattr(queries, "contact_rows", _not_now)
    monkeypatch.setattr(rows_ahead, "CHUNK", 1)
    assert ContactRowsAhead(store).rows() == now and len(now) == 2


def test_rows_the_thread_cannot_read_are_read_now(store, tmp_path):
    contacts.create("Ana Abbott", "family")
    missing = tmp_path / "nowhere" / "network.sqlite"  # the thread's connection fails
    assert [row.name for row in ContactRowsAhead(missing).rows()] == ["Ana Abbott"]


def test_the_thread_writes_nothing(store):
    _fill(store)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = store.read_bytes()
    ContactRowsAhead(store).rows()
    assert store.read_bytes() == before
    with sqlite3.connect(store) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    raw.close()
