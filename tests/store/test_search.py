"""The full-text index: word-prefix search, safe with any text, in step with every change."""

import re
import sqlite3
from pathlib import Path

import pytest

from networkcircles.services import contacts
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import search
from networkcircles.store.db import db

PROBES = [
    "ana",
    "ab",
    "baker",
    "cobalt",
    "mentor",
    "brightside",
    "example",
    "zed",
    "quinn",
    "acme",
    "other",
    "imported",
    "vcard",
]


def expected(word: str) -> set[int]:
    """Who should match `word`, worked out from the tables themselves (ASCII test data)."""
    rows = db.execute_sql("SELECT id, name, organization, tags FROM contact").fetchall()
    emails = db.execute_sql("SELECT contact_id, address FROM contact_email").fetchall()
    words: dict[int, set[str]] = {}
    for contact_id, *texts in rows:
        words.setdefault(contact_id, set()).update(re.findall(r"\w+", " ".join(texts).lower()))
    for contact_id, address in emails:
        words.setdefault(contact_id, set()).update(re.findall(r"\w+", address.lower()))
    return {cid for cid, found in words.items() if any(w.startswith(word) for w in found)}


def assert_in_step() -> None:
    for word in PROBES:
        assert search.matching_ids(word) == expected(word), word


@pytest.fixture
def people(store):
    ana = contacts.create("Ana Abbott", "family", tags="mentor, friend")
    ben = contacts.create("Ben Baker", "peers", organization="Cobalt Software")
    chloe = contacts.create("Chloe Castillo", None, emails=["chloe@brightside.example"])
    return ana, ben, chloe


def test_word_prefixes_across_name_organisation_email_and_tags(people):
    ana, ben, chloe = people
    assert search.matching_ids("ment") == {ana}
    assert search.matching_ids("COB") == {ben}
    assert search.matching_ids("brightside") == {chloe}
    assert search.matching_ids("chloe@bright") == {chloe}
    assert search.matching_ids("ana abb") == {ana}
    assert search.matching_ids("ana baker") == set()  # every word must match
    assert search.matching_ids("bbott") == set()  # prefixes of words, not any substring
    assert search.matching_ids("   ") is None  # nothing to search for: everyone


def test_typing_on_with_the_same_matches_gives_back_the_same_set(people):
    """The list and the diagram compare the matches by identity first: letters that leave
    them as they were cost no new set (thousands of ids after a first letter)."""
    ana, ben, _chloe = people
    found = search.matching_ids("ab")
    assert found == {ana} and search.matching_ids("abb") is found
    assert search.matching_ids("ben") == {ben}  # other matches: another set
    contacts.update(ben, {"name": "Ben Abbey"})  # an edit that changes who matches
    assert search.matching_ids("ab") == {ana, ben}


def test_accents_are_ignored(store):
    chloe = contacts.create("Chloé Núñez", None)
    assert search.matching_ids("chloe nunez") == {chloe}
    assert search.matching_ids("Núñ") == {chloe}


@pytest.mark.parametrize(
    "text", ['"', '""', "*", "-", ":", "(", ")", "^", "'", "+", "\\", "%", "_", "😀", " * - "]
)
def test_text_without_a_letter_or_digit_searches_for_nothing(people, text):
    assert search.matching_ids(text) is None  # everyone shown, nothing raised


# What each text finds besides someone named with it: FTS5 syntax in it is only text, so
# "OR", "NOT", "-", "NEAR(…)" and "name:" neither widen, narrow nor break the search.
LITERAL = {
    "name:ana": set(),
    "NEAR": set(),
    "NEAR(ana ben)": set(),
    "ana OR ben": set(),
    "AND": set(),
    "NOT": set(),
    "ana*": {"ana"},
    'a"b': set(),
    "{name}: x": set(),
    "ana -ben": set(),
    "ben)": {"ben"},
    "(chloe": {"chloe"},
}


@pytest.mark.parametrize(("text", "also"), LITERAL.items(), ids=list(LITERAL))
def test_any_text_is_searched_literally_and_never_raises(people, text, also):
    ana, ben, chloe = people
    named = contacts.create(f"Zoe {text}", "peers")
    by_name = {"ana": ana, "ben": ben, "chloe": chloe}
    assert search.matching_ids(text) == {named} | {by_name[name] for name in also}


def test_operators_are_words_not_syntax(people):
    assert search.matching_ids("ana OR ben") == set()  # "or" is just another word
    ors = contacts.create("Orla Ornstein", "peers")
    assert search.matching_ids("or") == {ors}


def test_in_step_after_add_edit_delete_and_restore(people):
    _, ben, chloe = people
    assert_in_step()
    contacts.update(ben, {"organization": "Acme", "tags": "quinn"})
    emails = ["zed@other.example", "z@acme.example"]
    contacts.update(chloe, {"name": "Zed Zimmer", "emails": emails})
    assert_in_step()
    assert search.matching_ids("cobalt") == set()
    saved = contacts.delete(chloe)
    assert_in_step()
    assert search.matching_ids("zed") == set()
    contacts.restore(saved)  # the undo of a delete
    assert_in_step()
    assert search.matching_ids("zed other") == {chloe}


def test_in_step_after_an_import(store, tmp_path: Path):
    card = tmp_path / "people.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported Person\r\nN:Person;Imported;;;\r\n"
        "EMAIL:imported@vcard.example\r\nORG:Acme\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    result = apply_plan(plan_import([card]))
    assert result.added == 1
    assert_in_step()
    (imported,) = search.matching_ids("imported vcard")
    assert search.matching_ids("acme") == {imported}


def test_in_step_after_undo_and_redo_in_the_window(people, qtbot):
    from PySide6.QtGui import QUndoStack

    from networkcircles.ui.bridge import StoreBridge
    from networkcircles.ui.commands import (
        AddContactCommand,
        DeleteContactCommand,
        EditContactCommand,
    )

    ana, ben, _ = people
    stack = QUndoStack()
    bridge = StoreBridge()
    stack.push(AddContactCommand(bridge, "Quinn Quest", "peers"))
    stack.push(EditContactCommand(bridge, ben, {"name": "Ben Baker"}, {"name": "Benedict Zed"}))
    stack.push(DeleteContactCommand(bridge, ana))
    assert_in_step()
    while stack.canUndo():
        stack.undo()
        assert_in_step()
    while stack.canRedo():
        stack.redo()
        assert_in_step()


def test_rebuild_makes_an_index_for_an_older_file(people):
    db.execute_sql(f"DROP TABLE {search.TABLE}")
    for name in ("contact_search_contact_insert", "contact_search_email_insert"):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    assert not search.exists(db)
    search.ensure(db)
    assert search.exists(db)
    assert_in_step()
    contacts.create("Quinn Later", "peers")
    assert_in_step()


def test_like_floor_agrees_on_simple_words(people, store):
    raw = sqlite3.connect(store)
    try:
        assert search.raw_like_ids(raw, "cobalt") == search.matching_ids("cobalt")
    finally:
        raw.close()
