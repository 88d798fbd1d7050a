"""Outlook CSV whose e-mail slot holds an Exchange X.500 address (E-mail Type EX): never an
e-mail; the next slot's SMTP address, or the address in the display name, stands for it."""

from pathlib import Path

from networkcircles.interchange.csv_formats import is_exchange_address, read_csv
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries
from networkcircles.store.queries import Labelled

FIXTURE = Path(__file__).parent / "fixtures" / "outlook_exchange.csv"


def test_exchange_addresses_are_never_stored_as_e_mail():
    parsed = read_csv(FIXTURE)
    assert parsed.format == "outlook"
    assert parsed.rejected == []
    emails = {contact.name: [e.value for e in contact.emails] for contact in parsed.contacts}
    assert emails == {
        "Jane Doe": ["jane.doe@contoso.example"],  # the SMTP address of the next slot
        "Ravi Kumar": ["ravi.kumar@fabrikam.example"],  # from the display name
        "Sam Exley": [],  # nothing to stand for it
        "Lena Smith": ["lena.smith@example.org"],
    }
    warnings = [(w.line, w.kind, w.message) for w in parsed.warnings]
    assert [(line, kind) for line, kind, _ in warnings] == [
        (3, "exchange-address"),
        (4, "exchange-address"),
    ]
    assert "ravi.kumar@fabrikam.example" in warnings[0][2]
    assert warnings[1][2].startswith("e-mail 1 is an Exchange address (/O=EXCHANGELABS/")
    assert warnings[1][2].endswith("not an e-mail address, and was left out")


def test_the_file_imports_with_its_warnings(store):
    plan = plan_import([FIXTURE])
    assert (plan.new_count, plan.rejected_count, len(plan.warnings)) == (4, 0, 2)
    apply_plan(plan)
    stored = [
        address
        for row in queries.contact_rows()
        for address in queries.contact_details(row.id).emails
    ]
    assert not [e for e in stored if is_exchange_address(e.value)]
    sam = next(row for row in queries.contact_rows() if row.name == "Sam Exley")
    assert queries.contact_details(sam.id).phones == (Labelled("+1 425 555 0199", "work"),)


def test_an_x500_address_without_its_type_column_is_known_too():
    assert is_exchange_address("/o=ExchangeLabs/ou=Exchange Administrative Group/cn=x")
    assert is_exchange_address("anything", "ex")
    assert not is_exchange_address("jane@contoso.example", "SMTP")


def test_the_command_line_counts_the_warnings_then_names_each_line(tmp_path, capsys):
    from networkcircles.cli import main
    from networkcircles.store.db import close_store

    code = main(["import", "--db", str(tmp_path / "n.sqlite"), str(FIXTURE)])
    close_store()
    out = capsys.readouterr()
    assert code == 0
    assert out.out == f"{FIXTURE}: added 4, merged 0\n"
    lines = out.err.splitlines()
    assert lines[0] == f"networkcircles: {FIXTURE}: 2 warnings, the rest imports:"
    assert lines[1].startswith(f"networkcircles: {FIXTURE}: line 3: warning: e-mail 1 is an ")
    assert lines[2].startswith(f"networkcircles: {FIXTURE}: line 4: warning: e-mail 1 is an ")
    assert len(lines) == 3


def test_other_csv_shapes_never_keep_an_exchange_address(tmp_path):
    # A cut-down Outlook export (its layout told by the type column) and a plain CSV.
    cut_down = tmp_path / "cut_down.csv"
    cut_down.write_text(
        "Name,E-mail Address,E-mail Type,E-mail Display Name\n"
        "Pat Lee,/O=CORP/OU=X/CN=RECIPIENTS/CN=PAT,EX,Pat Lee (pat@corp.example)\n"
    )
    parsed = read_csv(cut_down)
    assert parsed.format == "outlook"
    assert [(c.name, [e.value for e in c.emails]) for c in parsed.contacts] == [
        ("Pat Lee", ["pat@corp.example"])
    ]
    plain = tmp_path / "plain.csv"
    plain.write_text("Name,Email,Phone\nPat Lee,/o=Corp/cn=Recipients/cn=pat,555 0100\n")
    parsed = read_csv(plain)
    (pat,) = parsed.contacts
    assert (pat.emails, parsed.rejected) == ([], [])
    assert [(w.line, w.kind) for w in parsed.warnings] == [(2, "exchange-address")]
