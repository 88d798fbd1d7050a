"""Undo and sync links: undoing a contact delete ties the contact back to its card, so the
next sync neither sends it out again as a new card nor deletes the card on the server."""

import re

import pytest
from conftest import PASSWORD, USER
from helpers import Phone

from networkcircles.services import contacts
from networkcircles.store.db import db
from networkcircles.store.queries import Labelled
from networkcircles.sync import engine


@pytest.fixture
def book(radicale, request, store) -> tuple[str, Phone]:
    name = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")
    url = f"{radicale.url}{USER}/{name}/"
    phone = Phone(url, USER, PASSWORD)
    phone.create_book()
    return url, phone


def sync(url: str):
    return engine.sync(url, USER, PASSWORD)


def test_a_delete_undone_before_the_next_sync_leaves_the_card_as_it_was(book):
    url, phone = book
    ada = contacts.create(
        "Ada Lovelace",
        "peers",
        emails=["ada@example.com"],
        phones=[Labelled("+44 1", "mobile")],
        role="Analyst",
        tags="math, pioneers",
    )
    contacts.create("Grace Hopper", "peers")
    sync(url)
    cards = phone.cards()

    saved = contacts.delete(ada)  # what the window's Delete does, and its undo
    contacts.restore(saved)
    report = sync(url)

    assert (report.came_in, report.went_out, report.conflicts) == (0, 0, 0)
    assert phone.cards() == cards  # one card for Ada, the same text, the same address
    count = db.execute_sql("SELECT count(*) FROM contact WHERE name = 'Ada Lovelace'")
    assert count.fetchone()[0] == 1


def test_a_delete_synced_then_undone_puts_one_card_back_on_the_server(book):
    url, phone = book
    ada = contacts.create("Ada Lovelace", "peers", role="Analyst")
    contacts.create("Grace Hopper", "peers")
    sync(url)

    saved = contacts.delete(ada)
    assert sync(url).went_out == 1  # the card is deleted there
    assert len(phone.names()) == 1
    contacts.restore(saved)
    report = sync(url)

    assert (report.came_in, report.went_out, report.conflicts) == (0, 1, 0)
    assert len(phone.names()) == 2
    assert "TITLE:Analyst" in phone.get(phone.find("Ada Lovelace"))
    again = sync(url)
    assert (again.came_in, again.went_out, again.conflicts) == (0, 0, 0)


def test_a_sync_undone_and_redone_keeps_the_link_of_the_contact_it_brought_in(book):
    from helpers import card

    url, phone = book
    contacts.create("Ada Lovelace", "peers")
    sync(url)
    phone.put("grace.vcf", card("Grace Hopper", TITLE="Rear Admiral"))
    report = engine.sync(url, USER, PASSWORD, undoable=True)
    assert report.came_in == 1
    cards = phone.cards()

    report.undo.undo()  # Grace leaves this network...
    report.undo.redo()  # ...and comes back: still the phone's card
    again = sync(url)

    assert (again.came_in, again.went_out, again.conflicts) == (0, 0, 0)
    assert phone.cards() == cards
