"""Two-way contact sync against a real Radicale, with another client changing the same book."""

import re

import pytest
from conftest import PASSWORD, USER
from helpers import Phone, card, replace_line

from networkcircles.services import contacts, interactions, reliability
from networkcircles.store.db import db
from networkcircles.store.queries import Labelled, contact_details
from networkcircles.sync import engine, errors
from networkcircles.sync.contacts_sync import TooManyDeletions, merge


@pytest.fixture
def book(radicale, request, store) -> tuple[str, Phone]:
    """A fresh address book of its own for each test, and the phone that shares it."""
    name = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")
    url = f"{radicale.url}{USER}/{name}/"
    phone = Phone(url, USER, PASSWORD)
    phone.create_book()
    return url, phone


def sync(url: str, **options):
    return engine.sync(url, USER, PASSWORD, **options)


def names() -> dict[str, int]:
    return dict(db.execute_sql("SELECT name, id FROM contact").fetchall())


def test_first_sync_sends_everyone_out_and_brings_everyone_in(book):
    url, phone = book
    ada = contacts.create(
        "Ada Lovelace",
        "coworkers",
        emails=["ada@example.com"],
        phones=[Labelled("+44 20 7946 0001", "mobile")],
        role="Analyst",
        notes="Met at the engine demo",
        tags="math, pioneers",
    )
    reliability.set_answers(ada, {"has_useful_contacts": True, "passes_gossip": False})
    phone.put("grace.vcf", card("Grace Hopper", EMAIL="grace@example.com", TEL="+1 555 0100"))

    report = sync(url)

    assert (report.came_in, report.went_out, report.conflicts) == (1, 1, 0)
    grace = contact_details(names()["Grace Hopper"])
    assert grace.emails == (Labelled("grace@example.com", ""),)
    assert grace.phones[0].value == "+1 555 0100"
    assert grace.circle_key is None  # a phone's contact waits in the unplaced tray
    sent = phone.get(phone.find("Ada Lovelace")).replace("\r\n ", "")
    assert "X-NETWORKCIRCLES-CIRCLE:coworkers" in sent
    assert "CATEGORIES:math,pioneers" in sent
    assert "NOTE:Met at the engine demo" in sent
    assert "has_useful_contacts=yes can_convey=unknown passes_gossip=no" in sent
    assert "UID:networkcircles-" in sent


def test_an_unchanged_book_costs_one_request(book):
    url, phone = book
    contacts.create("Ada Lovelace", "family")
    phone.put("grace.vcf", card("Grace Hopper"))
    sync(url)
    sync(url)  # the first sync's own uploads come back once in the listing, unfetched
    before = dict(names())
    report = sync(url)
    assert (report.came_in, report.went_out, report.requests) == (0, 0, 1)
    assert names() == before


def test_changes_on_both_sides_flow_both_ways(book):
    url, phone = book
    ada = contacts.create("Ada Lovelace", "peers", phones=["+44 1"])
    phone.put("grace.vcf", card("Grace Hopper", TITLE="Rear Admiral"))
    sync(url)
    # the phone changes Ada's number; here Grace moves to the co-workers circle
    ada_card = phone.find("Ada Lovelace")
    phone.put(ada_card, replace_line(phone.get(ada_card), "TEL", "TEL;TYPE=CELL:+44 2"))
    contacts.move(names()["Grace Hopper"], "coworkers")

    report = sync(url)

    assert (report.came_in, report.went_out, report.conflicts) == (1, 1, 0)
    assert contact_details(ada).phones == (Labelled("+44 2", "mobile"),)
    assert contact_details(ada).circle_key == "peers"
    grace = phone.get("grace.vcf")
    assert "X-NETWORKCIRCLES-CIRCLE:coworkers" in grace
    assert "TITLE:Rear Admiral" in grace


def test_a_phones_own_properties_survive_our_edit(book):
    url, phone = book
    phone.put(
        "grace.vcf",
        card("Grace Hopper", BDAY="1906-12-09", ADR=";;1 Navy Way;Arlington;VA;22202;USA"),
    )
    sync(url)
    contacts.update(names()["Grace Hopper"], {"role": "Commodore"})
    sync(url)
    text = phone.get("grace.vcf")
    assert "BDAY:1906-12-09" in text
    assert "ADR:;;1 Navy Way;Arlington;VA;22202;USA" in text  # structure kept: not ours to flatten
    assert "TITLE:Commodore" in text


def test_edits_to_different_fields_of_one_contact_merge(book):
    url, phone = book
    ada = contacts.create("Ada Lovelace", "peers", role="Analyst", organization="Babbage & Co")
    sync(url)
    name = phone.find("Ada Lovelace")
    phone.put(name, replace_line(phone.get(name), "TITLE", "TITLE:Programmer"))
    contacts.update(ada, {"organization": "Analytical Engines Ltd"})

    report = sync(url)

    assert report.conflicts == 0
    details = contact_details(ada)
    assert (details.role, details.organization) == ("Programmer", "Analytical Engines Ltd")
    text = phone.get(name)
    assert "TITLE:Programmer" in text and "ORG:Analytical Engines Ltd" in text


def test_the_same_field_changed_on_both_sides_keeps_ours_and_records_theirs(book):
    url, phone = book
    ada = contacts.create("Ada Lovelace", "peers", role="Analyst")
    sync(url)
    name = phone.find("Ada Lovelace")
    phone.put(name, replace_line(phone.get(name), "TITLE", "TITLE:Countess"))
    contacts.update(ada, {"role": "Programmer"})

    report = sync(url)

    assert report.conflicts == 1
    assert any("conflict on Ada Lovelace" in line for line in report.log)
    details = contact_details(ada)
    assert details.role == "Programmer"
    assert "the server had role: Countess" in details.notes
    text = phone.get(name)
    assert "TITLE:Programmer" in text and "Countess" in text  # the note travels too
    assert sync(url).conflicts == 0  # settled


def test_deletes_flow_both_ways(book):
    url, phone = book
    for number in range(6):
        contacts.create(f"Person {number}", "peers")
    phone.put("grace.vcf", card("Grace Hopper"))
    sync(url)
    phone.delete(phone.find("Person 0"))
    contacts.delete(names()["Grace Hopper"])

    report = sync(url)

    assert (report.came_in, report.went_out) == (1, 1)
    assert "Person 0" not in names() and "Grace Hopper" not in names()
    assert "grace.vcf" not in phone.names()
    assert len(phone.names()) == 5


def test_deleted_on_one_side_and_edited_on_the_other_is_kept_and_flagged(book):
    url, phone = book
    ada = contacts.create("Ada Lovelace", "peers")
    for number in range(5):
        contacts.create(f"Person {number}", "peers")
    phone.put("grace.vcf", card("Grace Hopper"))
    sync(url)
    phone.delete(phone.find("Ada Lovelace"))
    contacts.update(ada, {"role": "Programmer"})
    name = "grace.vcf"
    phone.put(name, replace_line(phone.get(name), "TITLE", "TITLE:Admiral"))
    contacts.delete(names()["Grace Hopper"])

    report = sync(url)

    assert report.conflicts == 2
    assert "deleted on the server, changed here: kept" in contact_details(ada).notes
    grace = contact_details(names()["Grace Hopper"])
    assert grace.role == "Admiral"
    assert "deleted here, changed on the server: kept" in grace.notes
    assert "TITLE:Programmer" in phone.get(phone.find("Ada Lovelace"))  # out again


def test_an_emptied_address_book_is_refused_until_allowed(book):
    url, phone = book
    for number in range(4):
        contacts.create(f"Person {number}", "peers")
    sync(url)
    for name in phone.names():
        phone.delete(name)

    with pytest.raises(TooManyDeletions) as refused:
        sync(url)

    assert (refused.value.count, refused.value.total) == (4, 4)
    assert len(names()) == 4
    report = sync(url, allow_deletes=True)
    assert report.came_in == 4 and names() == {}


def test_the_same_person_on_both_sides_before_the_first_sync_is_one_contact(book):
    url, phone = book
    ada = contacts.create("Ada Lovelace", "peers", emails=["ada@example.com"])
    phone.put("ada.vcf", card("Ada Lovelace", EMAIL="ADA@example.com", TEL="+44 3"))
    report = sync(url)
    assert list(names()) == ["Ada Lovelace"]
    assert contact_details(ada).phones == (Labelled("+44 3", ""),)
    assert report.conflicts == 0 and phone.names() == ["ada.vcf"]
    assert "X-NETWORKCIRCLES-CIRCLE:peers" in phone.get("ada.vcf")


def test_a_card_that_cannot_be_a_contact_is_skipped_and_logged(book):
    url, phone = book
    phone.put("bad.vcf", card("Bad Address", EMAIL="not an address"))
    phone.put("grace.vcf", card("Grace Hopper"))
    report = sync(url)
    assert list(names()) == ["Grace Hopper"]
    assert any("not an address" in line for line in report.log)
    assert "bad.vcf" in phone.names()  # never deleted because we could not read it
    assert sync(url).went_out == 0


def test_discovery_from_the_server_address_alone(radicale, store):
    contacts.create("Ada Lovelace", "peers")
    report = engine.sync(radicale.url, "bob", "builder")
    assert report.went_out == 1
    phone = Phone(f"{radicale.url}bob/networkcircles-contacts/", "bob", "builder")
    assert phone.find("Ada Lovelace")


def test_a_wrong_password_is_refused_and_nothing_changes(radicale, store):
    contacts.create("Ada Lovelace", "peers")
    with pytest.raises(errors.NotAuthorized):
        engine.sync(radicale.url, "bob", "wrong")


def test_merge_is_field_by_field():
    base = {"role": "a", "notes": "n", "emails": (("x@e.org", ""),), "circle": "peers"}
    local = {
        "role": "b",
        "notes": "n",
        "emails": (("x@e.org", ""), ("y@e.org", "")),
        "circle": "peers",
    }
    remote = {"role": "a", "notes": "m", "emails": (), "circle": None}
    merged, lost = merge(base, local, remote)
    assert merged["role"] == "b" and merged["notes"] == "m" and lost == {}
    assert merged["emails"] == (("y@e.org", ""),)  # removed there, added here
    assert merged["circle"] == "peers"  # a program that drops our property clears nothing


def test_undo_puts_every_row_back_and_redo_the_sync_again(book, store, exact_rows):
    url, phone = book
    ada = contacts.create("Ada Lovelace", "peers", emails=["ada@example.com"], role="Analyst")
    for number in range(5):
        contacts.create(f"Person {number}", "peers", phones=[f"+1 {number}"])
    sync(url)
    gone = names()["Person 0"]
    interactions.log(gone, "2026-11-20", "call", "talked")  # deleted with them, back on undo
    phone.delete(phone.find("Person 0"))
    name = phone.find("Ada Lovelace")
    phone.put(name, replace_line(phone.get(name), "TITLE", "TITLE:Countess"))
    phone.put("grace.vcf", card("Grace Hopper", EMAIL="grace@example.com"))
    db.execute_sql("PRAGMA wal_checkpoint")
    before = exact_rows(store)

    report = engine.sync(url, USER, PASSWORD, undoable=True)

    assert report.came_in == 3
    db.execute_sql("PRAGMA wal_checkpoint")
    after = exact_rows(store)
    report.undo.undo()
    db.execute_sql("PRAGMA wal_checkpoint")
    undone = exact_rows(store)
    for table in ("contact", "contact_email", "contact_phone", "interaction"):
        assert undone[table] == before[table], table
    assert contact_details(ada).role == "Analyst" and "Grace Hopper" not in names()
    report.undo.redo()
    db.execute_sql("PRAGMA wal_checkpoint")
    redone = exact_rows(store)
    for table in ("contact", "contact_email", "contact_phone", "interaction"):
        assert redone[table] == after[table], table


def test_the_same_address_typed_without_its_slash_is_the_same_account(book):
    from networkcircles.store.models import SyncAccount

    url, phone = book
    contacts.create("Ada Lovelace", "peers")
    sync(url)
    report = sync(f"  {url.rstrip('/')} ")
    assert (report.came_in, report.went_out) == (0, 0)
    assert SyncAccount.select().count() == 1 and len(phone.names()) == 1


def test_a_card_changed_on_the_server_while_we_send_is_merged_and_sent_again(book):
    """412 Precondition Failed: the phone writes between our listing and our PUT."""
    url, phone = book
    people = {"Ada Lovelace": "Programmer", "Bob Babbage": "Inventor"}
    ids = {name: contacts.create(name, "peers", role="Analyst") for name in people}
    sync(url)
    for name, role in people.items():
        contacts.update(ids[name], {"role": role})
    cards_of = {name: phone.find(name) for name in people}
    touched = []

    def phone_writes_meanwhile(stage: str, done: int, total: int) -> None:
        if stage == "out" and not touched:  # after our first PUT, before the second
            for name, role in people.items():
                text = phone.get(cards_of[name])
                if f"TITLE:{role}" not in text:  # not sent yet: the phone gets there first
                    phone.put(cards_of[name], replace_line(text, "ORG", "ORG:Engines Ltd"))
                    touched.append(name)

    report = engine.sync(url, USER, PASSWORD, progress=phone_writes_meanwhile)

    assert len(touched) == 1 and report.conflicts == 0
    name = touched[0]
    details = contact_details(ids[name])
    assert (details.role, details.organization) == (people[name], "Engines Ltd")
    text = phone.get(cards_of[name])
    assert f"TITLE:{people[name]}" in text and "ORG:Engines Ltd" in text
    again = sync(url)
    assert (again.came_in, again.went_out, again.conflicts) == (0, 0, 0)


def test_a_list_item_replaced_on_both_sides_is_a_conflict_not_two_numbers():
    base = {"phones": (("+44 1", "mobile"),), "emails": (("x@e.org", ""),)}
    local = {"phones": (("+44 2", "mobile"),), "emails": (("x@e.org", ""), ("y@e.org", ""))}
    remote = {"phones": (("+44 3", "mobile"),), "emails": (("x@e.org", ""), ("z@e.org", ""))}
    merged, lost = merge(base, local, remote)
    assert merged["phones"] == (("+44 2", "mobile"),)  # ours, for now
    assert lost == {"phones": (("+44 3", "mobile"),)}
    assert merged["emails"] == (("x@e.org", ""), ("y@e.org", ""), ("z@e.org", ""))  # both added
    same = {"phones": (("+44 2", "mobile"),)}  # the same edit on both sides: no conflict
    assert merge(base, local, {**remote, **same})[1] == {}


def test_the_adapter_is_abstract():
    from networkcircles.sync.twoway import Adapter

    with pytest.raises(TypeError):
        Adapter()  # type: ignore[abstract]
