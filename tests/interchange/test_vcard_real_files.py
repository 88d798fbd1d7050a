"""vCards as real programs write them: trouble in a property networkcircles does not keep is a
warning with its line and the file imports; KIND:org is an organisation and KIND:group a tag on
its members; the round trip through our own export gives the same store."""

from dataclasses import asdict
from pathlib import Path

import pytest

from networkcircles.cli import main
from networkcircles.interchange.exporting import export_contacts
from networkcircles.interchange.records import ImportRejected
from networkcircles.interchange.vcard import read_vcard_bytes, read_vcards
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries

FIXTURES = Path(__file__).parent / "fixtures" / "warned"  # files that import with warnings


def card(*lines: str, version: str = "3.0") -> bytes:
    body = ["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""]
    return "\r\n".join(body).encode()


def warnings_of(data: bytes) -> list[tuple[int | None, str]]:
    parsed = read_vcard_bytes(data, "card.vcf")
    assert [c.name for c in parsed.contacts] == ["Ada Lovelace"]
    return [(w.line, w.kind) for w in parsed.warnings]


@pytest.mark.parametrize(
    "line",
    [
        "X-ANDROID-CUSTOM;ENCODING=b:not base64 at all!",  # a bad base64 value
        "X-LEGACY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=28",  # not UTF-8 once decoded
        "X-CUSTOM;CHARSET=NO-SUCH-CHARSET;ENCODING=QUOTED-PRINTABLE:=41",  # unknown charset
        'X-ODD;PARAM="open:value',  # a parameter vobject cannot parse
        "NICKNAME;ENCODING=b:abcde",  # a known property we do not keep
    ],
)
def test_an_unreadable_property_we_do_not_keep_is_a_warning_naming_its_line(line):
    assert warnings_of(card("FN:Ada Lovelace", line)) == [(4, "malformed-value")]


def test_profile_vcard_beside_begin_is_no_trouble_and_another_profile_is_a_warning():
    assert warnings_of(card("PROFILE:VCard", "FN:Ada Lovelace")) == []
    assert warnings_of(card("PROFILE:VCALENDAR", "FN:Ada Lovelace")) == [(3, "malformed-value")]


def test_a_kept_value_not_valid_in_its_charset_keeps_the_rest_with_a_replacement_mark():
    data = card(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Babbage;Charles",
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Difference=20Engine=",
        "=80s",
        version="2.1",
    )
    parsed = read_vcard_bytes(data, "card.vcf")
    (charles,) = parsed.contacts
    assert (charles.name, charles.organization) == ("Charles Babbage", "Difference Engine\ufffds")
    assert [(w.line, w.kind) for w in parsed.warnings] == [(4, "damaged-text")]


def test_a_kept_property_that_cannot_be_read_still_refuses_the_file():
    with pytest.raises(ImportRejected) as refused:
        read_vcard_bytes(card("FN;ENCODING=b:not base64!", "EMAIL:a@example.org"), "card.vcf")
    assert refused.value.kind == "damaged"


def test_a_line_that_is_no_property_at_all_still_refuses_the_file():
    with pytest.raises(ImportRejected) as refused:
        read_vcard_bytes(card("FN:Ada Lovelace", "this line has no colon"), "card.vcf")
    assert (refused.value.line, refused.value.kind) == (4, "damaged")


def test_an_email_that_is_not_an_address_is_left_out_and_the_person_kept():
    parsed = read_vcard_bytes(card("FN:Ada Lovelace", "EMAIL:Ada at home", "TEL:+44 1"), "c.vcf")
    (ada,) = parsed.contacts
    assert (ada.emails, [p.value for p in ada.phones]) == ([], ["+44 1"])
    assert [(w.line, w.message) for w in parsed.warnings] == [
        (4, "EMAIL 'Ada at home' left out: it is not an e-mail address")
    ]


def test_the_cli_imports_a_file_with_damaged_unkept_parts_and_prints_each_warning(tmp_path, capsys):
    db = tmp_path / "n.sqlite"
    path = FIXTURES / "unkept_damaged.vcf"
    assert main(["import", "--db", str(db), str(path)]) == 0
    err = capsys.readouterr().err
    for line in (7, 9, 10, 18, 20):
        assert f"{path}: line {line}: warning: " in err
    assert main(["stats", "--db", str(db)]) == 0


def test_kind_org_is_an_organisation_with_no_made_up_person_name():
    parsed = read_vcards(FIXTURES / "kind_org_group.vcf")
    acme = parsed.contacts[0]
    assert (acme.name, acme.organization) == ("Acme Robotics", "Acme Robotics")
    no_fn = read_vcard_bytes(
        card("KIND:org", "N:Corp;Acme;;;", "ORG:Acme Corp;Sales", version="4.0"), "org.vcf"
    )
    assert [(c.name, c.organization) for c in no_fn.contacts] == [("Acme Corp", "Acme Corp; Sales")]


def test_kind_group_is_no_contact_but_a_tag_on_its_members_in_the_file():
    parsed = read_vcards(FIXTURES / "kind_org_group.vcf")
    tags = {c.name: c.tags for c in parsed.contacts}
    assert tags == {name: ["Mentors"] for name in ("Acme Robotics", "Grace Hopper", "Alan Turing")}
    (note,) = parsed.warnings
    assert (note.line, note.kind) == (24, "group")
    assert "'Mentors'" in note.message and "1 not in this file" in note.message


def everyone() -> dict[str, dict[str, object]]:
    result = {}
    for row in queries.contact_rows():
        details = asdict(queries.contact_details(row.id))
        for key in ("id", "knows_looking_on", "last_contacted", "next_follow_up"):
            details.pop(key)
        result[details["name"]] = details
    return result


@pytest.mark.parametrize("name", ["unkept_damaged.vcf", "kind_org_group.vcf"])
def test_import_export_import_gives_the_same_store(store, tmp_path, name):
    apply_plan(plan_import([FIXTURES / name]))
    before = everyone()
    exported = tmp_path / "out.vcf"
    export_contacts(exported, "vcard")
    plan = plan_import([exported])
    assert (plan.new_count, plan.warnings) == (0, [])
    apply_plan(plan)
    assert everyone() == before


@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_a_comma_in_a_one_value_text_property_keeps_the_whole_value(version):
    data = card(
        "FN:Reyes, Dana",
        "TITLE:Head of Sales, EMEA",
        "NOTE:Met in Lyon, at the fair",
        "CATEGORIES:jobs,Smith\\, Jones",
        version=version,
    )
    (dana,) = read_vcard_bytes(data, "c.vcf").contacts
    assert (dana.name, dana.role, dana.notes) == (
        "Reyes, Dana",
        "Head of Sales, EMEA",
        "Met in Lyon, at the fair",
    )
    assert dana.tags == ["jobs", "Smith, Jones"]


def test_warnings_past_the_limit_are_counted_in_one_line():
    many = b"".join(card(f"FN:Person {n}", "X-BAD;ENCODING=b:abcde") for n in range(60))
    parsed = read_vcard_bytes(many, "many.vcf")
    assert len(parsed.contacts) == 60
    assert [w.kind for w in parsed.warnings] == ["malformed-value"] * 50 + ["more"]
    assert parsed.warnings[-1].message == "10 more warnings like these"


def test_an_organisation_keeps_its_department_through_export_and_back(store, tmp_path):
    path = tmp_path / "ibm.vcf"
    path.write_bytes(card("FN:Kim Lee", "ORG:IBM;Accounting", "TITLE:Clerk  (part time)"))
    apply_plan(plan_import([path]))
    (kim,) = everyone().values()
    assert (kim["organization"], kim["role"]) == ("IBM; Accounting", "Clerk  (part time)")
    exported = tmp_path / "out.vcf"
    export_contacts(exported, "vcard")
    assert "ORG:IBM;Accounting" in exported.read_text(encoding="utf-8").splitlines()
    assert plan_import([exported]).new_count == 0
    assert read_vcards(exported).contacts[0].organization == "IBM; Accounting"


def test_a_property_between_two_cards_is_ignored_with_a_warning():
    data = card("FN:Ada Lovelace") + b"X-EXPORTED-BY:some tool\r\n" + card("FN:Grace Hopper")
    parsed = read_vcard_bytes(data, "two.vcf")
    assert [c.name for c in parsed.contacts] == ["Ada Lovelace", "Grace Hopper"]
    assert [(w.line, w.message) for w in parsed.warnings] == [
        (5, "X-EXPORTED-BY outside any vCard ignored")
    ]
