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
GOOD = ["v21_quoted_printable.vcf", "apple_contacts.vcf", "rfc6350_v4.vcf",
        "linkedin_connections.csv", "google_contacts.csv", "outlook_contacts.csv",
        "plain_semicolon_cp1252.csv", "plain_with_header.csv"]  # fmt: skip


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
        "Mo Salah", "coworkers", emails=[Labelled("mo@example.com", "home fax")],
        phones=[Labelled("+44 1", "Bat phone"), Labelled("+44 2", "")],
        notes="Line one\nLine two, with a comma; and a semicolon: " + "long " * 30 + "end",
        tags="football, Liverpool", how_known="Met at Anfield", address="1 Road\nTown",
        linkedin="mo-salah",
    )  # fmt: skip
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
    contacts.create("Ana Ruiz", "family", emails=[Labelled("ana@example.com", "work")],
                    phones=[Labelled("+34 1", "mobile")], tags="a, b")  # fmt: skip
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
    contacts.create("Ana Ruiz", "family", emails=[Labelled("ana@example.com", "work")],
                    tags="a")  # fmt: skip
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
    code = main(["import", "--db", str(db_path), "--circle", "peers",
                 str(FIXTURES / "linkedin_connections.csv")])  # fmt: skip
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
    assert capsys.readouterr().out.splitlines()[-1].endswith("added 0, merged 2")
    close_store()


def test_cli_unknown_circle_is_usage_error(tmp_path, capsys):
    code = main(["import", "--db", str(tmp_path / "n.sqlite"), "--circle", "bosses",
                 str(FIXTURES / "outlook_contacts.csv")])  # fmt: skip
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
