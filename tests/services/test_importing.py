"""Planning and applying imports: counts, merging, all-or-nothing, cancelling."""

import shutil
from pathlib import Path

import pytest
from playhouse.test_utils import count_queries

from networkcircles.services import contacts
from networkcircles.services.importing import UnknownCircle, apply_plan, plan_import
from networkcircles.store import queries
from networkcircles.store.db import db
from networkcircles.store.queries import Labelled

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"
GOOD = [
    "v21_quoted_printable.vcf",
    "apple_contacts.vcf",
    "rfc6350_v4.vcf",
    "linkedin_connections.csv",
    "google_contacts.csv",
    "outlook_contacts.csv",
    "plain_semicolon_cp1252.csv",
    "plain_with_header.csv",
]
BAD = [
    "not_a_vcard.vcf",
    "vcard_named_csv.csv",
    "cut_off.vcf",
    "cut_off.csv",
    "cut_off_row.csv",
    "binary_garbage.vcf",
    "binary_garbage.csv",
    "empty.vcf",
    "blank.csv",
    "header_only.csv",
    "no_name_column.csv",
    "contacts.ics",
]


def dump() -> list[str]:
    return list(db.connection().iterdump())


def by_name(name: str):
    row = next(r for r in queries.contact_rows() if r.name == name)
    return queries.contact_details(row.id)


def test_plan_writes_nothing_and_counts(store):
    before = dump()
    plan = plan_import([FIXTURES / "linkedin_connections.csv", FIXTURES / "google_contacts.csv"])
    assert dump() == before
    assert [f.format for f in plan.files] == ["linkedin", "google"]
    assert (plan.new_count, plan.merged_count, plan.rejected_files) == (5, 0, [])


def test_import_goes_to_unplaced_with_exact_fields(store):
    result = apply_plan(plan_import([FIXTURES / "linkedin_connections.csv"]))
    assert (result.added, result.merged, result.cancelled) == (3, 0, False)
    ada = by_name("Ada Lovelace")
    assert ada.circle_key is None
    assert ada.emails == (Labelled("ada@example.org"),)
    assert (ada.organization, ada.role) == ("Analytical Engines Ltd", "Head of Research, Computing")
    assert ada.how_known == "Connected on LinkedIn on 12 Mar 2024"
    assert ada.linkedin == "https://www.linkedin.com/in/ada-lovelace"
    assert by_name("Grace Hopper").emails == ()


def test_import_into_a_circle(store):
    apply_plan(plan_import([FIXTURES / "outlook_contacts.csv"]), "coworkers")
    assert by_name("Priya Patel").circle_key == "coworkers"
    with pytest.raises(UnknownCircle):
        apply_plan(plan_import([FIXTURES / "outlook_contacts.csv"]), "nope")


def test_importing_the_same_files_twice_adds_nobody(store):
    paths = [FIXTURES / name for name in GOOD]
    first = apply_plan(plan_import(paths))
    after_first = queries.stats()
    second_plan = plan_import(paths)
    assert second_plan.new_count == 0
    second = apply_plan(second_plan)
    assert second.added == 0
    assert queries.stats() == after_first
    assert after_first["contacts"] == first.added == 15
    assert after_first["unplaced"] == 15


def test_merge_by_email_ignoring_case_fills_gaps_and_keeps_typed(store):
    typed = contacts.create(
        "Ada L.", emails=[Labelled("ADA@example.org", "home")], role="Countess", notes="typed"
    )
    plan = plan_import([FIXTURES / "linkedin_connections.csv"])
    assert (plan.new_count, plan.merged_count) == (2, 1)
    result = apply_plan(plan)
    assert result.merged_ids == (typed,)
    ada = queries.contact_details(typed)
    assert ada.name == "Ada L."  # what the user typed stays
    assert ada.role == "Countess"
    assert ada.notes == "typed"
    assert ada.organization == "Analytical Engines Ltd"  # empty field filled
    assert ada.how_known == "Connected on LinkedIn on 12 Mar 2024"
    assert ada.emails == (Labelled("ADA@example.org", "home"),)  # no duplicate address


def test_merge_by_name_and_phone_adds_new_addresses(store):
    typed = contacts.create(
        "  maria GARCÍA ", phones=[Labelled("+34-600-111-222")], how_known="job club"
    )
    plan = plan_import([FIXTURES / "google_contacts.csv"])
    assert (plan.new_count, plan.merged_count) == (1, 1)
    apply_plan(plan)
    maria = queries.contact_details(typed)
    assert maria.name == "maria GARCÍA"
    assert [e.value for e in maria.emails] == [
        "maria.garcia@hospital.example",
        "mgarcia@old.example",
        "maria@home.example",
    ]
    assert maria.phones == (Labelled("+34-600-111-222"), Labelled("+34 91 555 0000", "work"))
    assert maria.how_known == "job club"
    assert maria.tags == "Job club"


def test_linkedin_date_kept_in_notes_when_how_known_is_taken(store):
    typed = contacts.create("Ada", emails=["ada@example.org"], how_known="school")
    apply_plan(plan_import([FIXTURES / "linkedin_connections.csv"]))
    ada = queries.contact_details(typed)
    assert ada.how_known == "school"
    assert ada.notes == "Connected on LinkedIn on 12 Mar 2024"


def test_duplicates_within_one_import_become_one_contact(store, tmp_path):
    path = tmp_path / "dupes.csv"
    path.write_text("name,email,phone\nAda,ada@example.org,\nAda Lovelace,ADA@example.org,555 1\n")
    plan = plan_import([path])
    # One new contact; the second row is the same person, folded in: nobody already there
    # is merged (the preview once said "1 to merge" and the import "0 merged").
    assert (plan.new_count, plan.merged_count, plan.unchanged_count) == (1, 0, 1)
    result = apply_plan(plan)
    assert (result.added, result.merged) == (1, 0)
    (row,) = queries.contact_rows()
    assert queries.contact_details(row.id).phones == (Labelled("555 1"),)


@pytest.mark.parametrize("name", BAD)
def test_a_rejected_file_leaves_the_store_as_it_was(demo_store, name):
    before = dump()
    plan = plan_import([FIXTURES / name])
    assert plan.files == []
    (rejection,) = plan.rejected_files
    assert rejection.path == FIXTURES / name
    assert rejection.reason
    apply_plan(plan)
    assert dump() == before


def test_other_files_still_import_when_one_is_rejected(store):
    plan = plan_import([FIXTURES / "cut_off.vcf", FIXTURES / "outlook_contacts.csv"])
    assert len(plan.rejected_files) == 1
    assert apply_plan(plan).added == 1
    # nothing from the cut-off file, not even its complete first card
    assert [r.name for r in queries.contact_rows()] == ["Priya Patel"]


def test_cancelling_writes_nothing(demo_store, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(1200)))
    before = dump()
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 1000  # cancel partway

    result = apply_plan(plan_import([path]), progress=progress)
    assert result.cancelled and result.added == 0
    assert calls[0] == (0, 1200) and calls[-1] == (1000, 1200)
    assert dump() == before


def test_progress_reaches_the_total(store, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(1200)))
    calls = []
    apply_plan(plan_import([path]), progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[-1] == (1200, 1200)


def test_matching_preloads_instead_of_querying_per_row(demo_store, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(300)))
    with count_queries() as counter:
        plan = plan_import([path])
    assert counter.count <= 4
    assert plan.new_count == 300


def test_stats_after_import_match_the_files(store, tmp_path):
    for name in ("linkedin_connections.csv", "apple_contacts.vcf"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    apply_plan(plan_import([tmp_path / "linkedin_connections.csv"]), "peers")
    apply_plan(plan_import([tmp_path / "apple_contacts.vcf"]))
    figures = queries.stats()
    assert figures["contacts"] == 5
    assert figures["unplaced"] == 2
    assert figures["circles"]["peers"] == 3


def test_an_import_leaves_the_search_index_current(store):
    """The words of imported contacts reach the full-text index within the import (on its
    worker in the window), so the first keystroke after it has nothing to catch up."""
    from networkcircles.store import search

    apply_plan(plan_import([FIXTURES / "linkedin_connections.csv"]))
    assert db.execute_sql(f"SELECT count(*) FROM {search.QUEUE}").fetchone()[0] == 0
    indexed = db.execute_sql(f"SELECT count(*) FROM {search.TABLE}").fetchone()[0]
    assert indexed == queries.stats()["contacts"] > 0
    someone = queries.contact_rows()[0]
    assert someone.id in search.matching_ids(someone.name)
