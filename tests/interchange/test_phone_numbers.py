"""Phone numbers compared as numbers (phonenumbers, the user's region as default) when an import
matches people and merges their details; stored exactly as written."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from networkcircles.interchange import records
from networkcircles.interchange.records import default_region, normalise_phone
from networkcircles.services import contacts
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries
from networkcircles.store.queries import Labelled

SAME = ["+1 (555) 010-2030", "555-010-2030", "+15550102030", "555.010.2030", "tel:+1-555-010-2030"]


@pytest.fixture
def region_us(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NETWORKCIRCLES_PHONE_REGION", "US")
    records.default_region.cache_clear()
    yield
    records.default_region.cache_clear()


def test_one_number_however_written_in_the_users_region():
    assert {normalise_phone(number, "US") for number in SAME} == {"+15550102030"}
    assert normalise_phone("0049 30 123456", "DE") == normalise_phone("+49 (0)30 123456", "DE")
    assert normalise_phone("030 123456", "DE") == "+4930123456"
    assert normalise_phone("+1 555 010 2030 ext. 7", "US") != normalise_phone(SAME[0], "US")


@pytest.mark.parametrize(
    ("environment", "region"),
    [
        ({"LC_ALL": "de_DE.UTF-8"}, "DE"),
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"NETWORKCIRCLES_PHONE_REGION": "fr", "LANG": "en_US.UTF-8"}, "FR"),
    ],
)
def test_the_default_region_comes_from_the_locale(monkeypatch, environment, region):
    for key in ("LC_ALL", "LC_TELEPHONE", "LANG", "NETWORKCIRCLES_PHONE_REGION"):
        monkeypatch.delenv(key, raising=False)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    default_region.cache_clear()
    try:
        assert default_region() == region
    finally:
        default_region.cache_clear()


def card(name: str, number: str, email: str = "") -> str:
    mail = f"EMAIL:{email}\r\n" if email else ""
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\n{mail}TEL:{number}\r\nEND:VCARD\r\n"


def test_an_import_matches_a_known_person_by_the_same_number_written_otherwise(
    store, tmp_path: Path, region_us
):
    contacts.create("Dana Reyes", phones=[Labelled("+1 (555) 010-2030", "work")])
    path = tmp_path / "phone.vcf"
    path.write_text(card("dana reyes", "555-010-2030"), encoding="utf-8")
    plan = plan_import([path])
    # The same person, nothing new to add: not a new contact, not a merge that changes anything.
    assert (plan.new_count, plan.merged_count, plan.unchanged_count_into(None)) == (0, 0, 1)
    apply_plan(plan)
    (row,) = queries.contact_rows()
    assert queries.contact_details(row.id).phones == (Labelled("+1 (555) 010-2030", "work"),)


def test_merged_records_keep_one_number_stored_as_first_written(store, tmp_path: Path, region_us):
    path = tmp_path / "twice.vcf"
    numbers = ["+15550102030", "(555) 010 2030", "+44 20 7946 0000"]
    text = "".join(card("Sam Ode", number, "sam@example.org") for number in numbers)
    path.write_text(text, encoding="utf-8")
    apply_plan(plan_import([path]))
    (row,) = queries.contact_rows()
    phones = [phone.value for phone in queries.contact_details(row.id).phones]
    assert phones == ["+15550102030", "+44 20 7946 0000"]
