"""Export to vCard 3.0 and Google CSV, the round trip back, and the command line."""

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from networkcircles.cli import main
from networkcircles.interchange.exporting import export_contacts
from networkcircles.services import contacts
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries
from networkcircles.store.db import close_store, db, open_store
from networkcircles.store.queries import Labelled

FIXTURES = Path(__file__).parent / "fixtures"
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


def everyone() -> dict[str, dict]:
    result = {}
    for row in queries.contact_rows():
        details = asdict(queries.contact_details(row.id))
        for key in ("id", "circle_key", "knows_looking_on", "last_contacted", "next_follow_up"):
            details.pop(key)
        result[details["name"]] = details
    return result


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_round_trip_gives_the_same_contacts(store, tmp_path, kind):
    apply_plan(plan_import([FIXTURES / name for name in GOOD]))
    typed = contacts.create(
        "Mo Salah",
        "coworkers",
        emails=[Labelled("mo@example.com", "home fax")],
        phones=[Labelled("+44 1", "Bat phone"), Labelled("+44 2", "")],
        notes="Line one\nLine two, with a comma; and a semicolon: " + "long " * 30 + "end",
        tags="football, Liverpool",
        how_known="Met at Anfield",
        address="1 Road\nTown",
        linkedin="mo-salah",
    )
    contacts.move(next(r.id for r in queries.contact_rows() if r.name == "Ada Lovelace"), "peers")
    original = everyone()
    assert original["Mo Salah"]["emails"] == ({"value": "mo@example.com", "label": "home fax"},)
    exported = tmp_path / f"out.{'vcf' if kind == 'vcard' else 'csv'}"
    assert export_contacts(exported, kind) == len(original)
    close_store()
    open_store(tmp_path / "fresh.sqlite")
    plan = plan_import([exported])
    assert plan.rejected_rows == [] and plan.rejected_files == []
    apply_plan(plan)
    assert everyone() == original
    assert queries.contact_details(typed) is not None
    # and once more adds nobody
    assert plan_import([exported]).new_count == 0


def test_vcard_export_is_30_with_crlf(store, tmp_path):
    contacts.create(
        "Ana Ruiz",
        "family",
        emails=[Labelled("ana@example.com", "work")],
        phones=[Labelled("+34 1", "mobile")],
        tags="a, b",
    )
    path = tmp_path / "out.vcf"
    export_contacts(path, "vcard")
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "EMAIL;TYPE=INTERNET,WORK:ana@example.com\r\n" in text
    assert "TEL;TYPE=CELL:+34 1\r\n" in text
    assert "N:Ruiz;Ana;;;\r\n" in text
    assert "FN:Ana Ruiz\r\n" in text
    assert "CATEGORIES:a,b\r\n" in text
    assert "X-NETWORKCIRCLES-CIRCLE:family\r\n" in text


def test_csv_export_google_layout_with_circle_label(store, tmp_path):
    contacts.create("Ana Ruiz", "family", emails=[Labelled("ana@example.com", "work")], tags="a")
    contacts.create("Ben", None)
    path = tmp_path / "out.csv"
    export_contacts(path, "csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    assert "E-mail 1 - Value" in header and "Labels" in header
    ana = dict(zip(header, lines[1].split(","), strict=True))
    assert ana["Labels"] == "* myContacts ::: Family and friends ::: a"
    assert (ana["E-mail 1 - Label"], ana["E-mail 1 - Value"]) == ("Work", "ana@example.com")


def test_export_one_circle(store, tmp_path):
    contacts.create("In", "peers")
    contacts.create("Out", "family")
    path = tmp_path / "peers.vcf"
    assert export_contacts(path, "vcard", "peers") == 1
    assert "FN:In" in path.read_text() and "FN:Out" not in path.read_text()


# ---- the command line ------------------------------------------------------------------


def test_cli_import_summary_and_exit_0(tmp_path, capsys):
    db_path = tmp_path / "n.sqlite"
    code = main(
        [
            "import",
            "--db",
            str(db_path),
            "--circle",
            "peers",
            str(FIXTURES / "linkedin_connections.csv"),
        ]
    )
    out = capsys.readouterr()
    assert code == 0
    assert out.out.strip() == f"{FIXTURES / 'linkedin_connections.csv'}: added 3, merged 0"
    assert out.err == ""
    main(["stats", "--db", str(db_path), "--json"])
    figures = json.loads(capsys.readouterr().out)
    assert (figures["contacts"], figures["unplaced"], figures["circles"]["peers"]) == (3, 0, 3)
    close_store()


def test_cli_rejected_file_exit_1_others_still_import(tmp_path, capsys):
    db_path = tmp_path / "n.sqlite"
    bad, good = FIXTURES / "cut_off.vcf", FIXTURES / "outlook_contacts.csv"
    code = main(["import", "--db", str(db_path), str(bad), str(good)])
    out = capsys.readouterr()
    assert code == 1
    assert out.err == (
        f"networkcircles: {bad}: line 9: the file is cut off (a vCard has no END:VCARD)\n"
    )
    assert out.out == f"{good}: added 1, merged 0\n"
    assert queries.stats()["contacts"] == 1
    close_store()


def test_cli_import_twice_merges(tmp_path, capsys):
    db_path = tmp_path / "n.sqlite"
    for _ in range(2):
        main(["import", "--db", str(db_path), str(FIXTURES / "apple_contacts.vcf")])
    # The same file again changes nobody: the two people are there, with nothing new.
    assert (
        capsys.readouterr().out.splitlines()[-1].endswith("added 0, merged 0, 2 with nothing new")
    )
    close_store()


def test_cli_unknown_circle_is_usage_error(tmp_path, capsys):
    code = main(
        [
            "import",
            "--db",
            str(tmp_path / "n.sqlite"),
            "--circle",
            "bosses",
            str(FIXTURES / "outlook_contacts.csv"),
        ]
    )
    assert code == 2
    assert "no circle 'bosses'" in capsys.readouterr().err
    assert queries.stats()["contacts"] == 0
    close_store()


def test_cli_wrong_usage(tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["import", "--db", str(tmp_path / "n.sqlite")])  # no FILE
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["export", "--db", str(tmp_path / "n.sqlite"), "--format", "pdf", "-o", "x"])
    assert caught.value.code == 2


def test_cli_export_writes_atomically(tmp_path, capsys):
    db_path = tmp_path / "n.sqlite"
    main(["import", "--db", str(db_path), str(FIXTURES / "google_contacts.csv")])
    target = tmp_path / "out" / "all.csv"
    target.parent.mkdir()
    target.write_text("old")
    code = main(["export", "--db", str(db_path), "--format", "csv", "-o", str(target)])
    assert code == 0
    assert "Wrote 2 contacts" in capsys.readouterr().out
    assert [p.name for p in target.parent.iterdir()] == ["all.csv"]  # no temp file left
    assert target.read_text(encoding="utf-8").startswith("First Name,")
    assert db.is_closed()  # each command closes the store: its lock file is gone
    assert not (tmp_path / "n.sqlite.lock").exists()


def test_cli_a_file_with_one_bad_row_imports_nothing(tmp_path, capsys):
    db_path = tmp_path / "n.sqlite"
    source = tmp_path / "people.csv"
    source.write_text(
        "name,email\nAda Lovelace,ada@example.org\nBad Row,bad@example.org,x,y\n"
        "Grace Hopper,grace@example.org\n"
    )
    good = FIXTURES / "outlook_contacts.csv"
    code = main(["import", "--db", str(db_path), str(source), str(good)])
    out = capsys.readouterr()
    assert code == 1
    assert f"{source}: line 3:" in out.err
    assert f"{source}: nothing imported from this file" in out.err
    assert [r.name for r in queries.contact_rows()] == ["Priya Patel"]
    close_store()


# Spreadsheet formulas and control characters (issue 14).

FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|x",
    "@SUM(A1:A2)",
    "\t=1+1",
    "'=already quoted",
    "''@twice",
]


def test_csv_export_guards_formulas_and_reads_them_back_unchanged(store, tmp_path):
    import csv
    import re

    ids = [
        contacts.create(f"Person {n}", "peers", organization=text, notes=text)
        for n, text in enumerate(FORMULAS)
    ]
    phone = contacts.create("Phone Only", "peers", phones=[Labelled("+44 20 7946 0000", "")])
    target = tmp_path / "out.csv"
    export_contacts(target, "csv")
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    cells = [cell for row in rows[1:] for cell in row]
    for cell in cells:  # no cell a spreadsheet would run: only numbers start so
        if cell and cell[0] in "=+-@\t\r":
            assert re.fullmatch(r"[+\-]?[0-9][0-9 ().\-/]*", cell), cell
    assert "+44 20 7946 0000" in cells  # a phone number runs nothing: left as it is
    for contact_id in [*ids, phone]:
        contacts.delete(contact_id)
    apply_plan(plan_import([target]))
    by_name = {row.name: queries.contact_details(row.id) for row in queries.contact_rows()}
    for n, text in enumerate(FORMULAS):
        details = by_name[f"Person {n}"]
        assert details.organization == text.strip()
        assert details.notes == text.strip()
    assert by_name["Phone Only"].phones[0].value == "+44 20 7946 0000"


def test_the_formula_guard_is_its_own_exact_inverse():
    from networkcircles.interchange.formulas import escape_formula, unescape_formula

    for text in [*FORMULAS, "", "'", "''", "plain", "-", "+1 555", "'+1 555", "=", "'=", "a=b"]:
        assert unescape_formula(escape_formula(text)) == text
        if unescape_formula(text) != text:  # only what escape_formula can have written
            assert escape_formula(unescape_formula(text)) == text


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_control_characters_typed_in_fields_do_not_stop_our_export_importing(store, tmp_path, kind):
    contact_id = contacts.create(
        "Nul\x00 Nora\x1b",
        "peers",
        notes="a\x00b\nc\x07",
        phones=[Labelled("0\x00123", "mo\x00bile")],
    )
    details = queries.contact_details(contact_id)
    assert details.name == "Nul Nora" and details.notes == "ab\nc"
    target = tmp_path / f"out.{'vcf' if kind == 'vcard' else 'csv'}"
    export_contacts(target, kind)
    assert b"\x00" not in target.read_bytes()
    contacts.delete(contact_id)
    plan = plan_import([target])
    assert not plan.rejected_files and not plan.rejected_rows
    apply_plan(plan)
    (row,) = queries.contact_rows()
    assert queries.contact_details(row.id).notes == "ab\nc"


def test_cli_counts_one_in_the_singular(tmp_path, capsys):
    db_path = tmp_path / "n.sqlite"
    main(["import", "--db", str(db_path), str(FIXTURES / "outlook_french.csv")])
    capsys.readouterr()
    main(["export", "--db", str(db_path), "--format", "vcard", "-o", str(tmp_path / "one.vcf")])
    assert f"Wrote 1 contact to {tmp_path / 'one.vcf'}" in capsys.readouterr().out
    main(["export", "--db", str(db_path), "--format", "ics", "-o", str(tmp_path / "none.ics")])
    assert "Wrote 0 events to" in capsys.readouterr().out
