"""A LinkedIn export is read with the work done once per file that can be: the header's
columns looked up once, each distinct "Connected On" day read once, and the common line ends
split in one call; rows that need the long way (short rows, formula guards, line ends inside
a cell, odd line ends) read exactly as before."""

from datetime import date
from pathlib import Path

from networkcircles.interchange import csv_formats, records
from networkcircles.interchange.csv_formats import read_csv
from networkcircles.interchange.records import SCALAR_FIELDS, ImportedContact
from networkcircles.services.importing import TEXT_COLUMNS, _Index
from networkcircles.store.queries import Labelled

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def _write(folder: Path, body: str, header: str = HEADER) -> Path:
    path = folder / "Connections.csv"
    path.write_text('Notes:\r\n"Some e-mails are hidden."\r\n\r\n' + header + body, "utf-8")
    return path


def test_each_connected_on_day_is_read_once_per_file(tmp_path, monkeypatch):
    days = ["12 Mar 2024", "13 Mar 2024", "not a day"]
    body = "".join(
        f"Member,Number {i},https://www.linkedin.com/in/m-{i},,Co,Analyst,{days[i % 3]}\r\n"
        for i in range(30)
    )
    read: list[str] = []

    def counting(text: str) -> date | None:
        read.append(text)
        return records.parse_day(text)

    monkeypatch.setattr(csv_formats, "parse_day", counting)
    parsed = read_csv(_write(tmp_path, body))
    assert sorted(read) == sorted(days)  # thirty rows, three days
    assert [c.connected_on for c in parsed.contacts[:3]] == [
        date(2024, 3, 12),
        date(2024, 3, 13),
        None,
    ]
    assert parsed.contacts[2].how_known == "Connected on LinkedIn on not a day"
    assert parsed.contacts[0].how_known == ""


def test_rows_that_need_the_long_way_read_as_before(tmp_path):
    body = (
        "Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.org,Analytical,Countess,"
        "12 Mar 2024\r\n"
        "'=Eve,O'Neil,,,'+Acme,\"Head of\r\nSales\",13 Mar 2024\r\n"  # guards, a line end
        "  Grace , Hopper ,,,Navy,,\r\n"  # spaces around, no day
        "Alan,Turing,https://www.linkedin.com/in/alan\r\n"  # cut short: the rest blank
        ",Solo,,,,,\r\n"  # only a last name
    )
    ada, eve, grace, alan, solo = read_csv(_write(tmp_path, body)).contacts
    assert (ada.name, ada.emails, ada.organization, ada.role) == (
        "Ada Lovelace",
        [Labelled("ada@example.org")],
        "Analytical",
        "Countess",
    )
    assert ada.linkedin == "https://www.linkedin.com/in/ada"
    assert (eve.name, eve.organization, eve.role) == ("=Eve O'Neil", "+Acme", "Head of\nSales")
    assert (grace.name, grace.organization, grace.connected_on) == ("Grace Hopper", "Navy", None)
    assert (alan.name, alan.linkedin, alan.emails, alan.organization) == (
        "Alan Turing",
        "https://www.linkedin.com/in/alan",
        [],
        "",
    )
    assert solo.name == "Solo"
    assert [c.line for c in (ada, eve, grace, alan, solo)] == [5, 6, 8, 9, 10]


def test_a_file_without_the_url_column_reads_its_profile_url(tmp_path):
    header = "First Name,Last Name,Email Address,Connected On,Profile URL\r\n"
    body = "Ada,Lovelace,ada@example.org,12 Mar 2024,https://linkedin.com/in/ada\r\n"
    (ada,) = read_csv(_write(tmp_path, body, header)).contacts
    assert (ada.name, ada.linkedin, ada.role) == ("Ada Lovelace", "https://linkedin.com/in/ada", "")


def test_odd_line_ends_inside_a_cell_stay_in_the_cell(tmp_path):
    # U+2028 and a vertical tab end a line for str.splitlines(), not for the csv module.
    body = "Ada,Love\u2028lace,,,Analytical\x0bEngines,,12 Mar 2024\r\nAlan,Turing,,,,,\r\n"
    ada, alan = read_csv(_write(tmp_path, body)).contacts
    assert ada.name == "Ada Love\u2028lace"
    assert ada.organization == "Analytical\x0bEngines"
    assert (alan.name, alan.line) == ("Alan Turing", 6)


def test_scalar_values_are_the_insert_columns_in_order():
    record = ImportedContact(
        "Ada",
        organization="Analytical",
        linkedin="x",
        tags=["a", "b"],
        connected_on=date(2024, 3, 12),
    )
    assert TEXT_COLUMNS == SCALAR_FIELDS
    assert dict(zip(SCALAR_FIELDS, record.scalar_values(), strict=True)) == {
        "name": "Ada",
        "how_known": "Connected on LinkedIn on 12 Mar 2024",
        "organization": "Analytical",
        "role": "",
        "address": "",
        "website": "",
        "linkedin": "x",
        "notes": "",
        "tags": "a, b",
    }
    assert record.scalar_fields() == dict(zip(SCALAR_FIELDS, record.scalar_values(), strict=True))


def test_profile_keys_drop_scheme_then_www_as_before():
    def profile(url: str) -> str | None:
        return _Index.keys(ImportedContact("A", linkedin=url)).profile

    assert profile(" HTTPS://www.LinkedIn.com/in/Ada/?trk=x ") == "linkedin.com/in/ada"
    assert profile("http://linkedin.com/in/ada") == "linkedin.com/in/ada"
    assert profile("https://http://www.linkedin.com/in/ada") == "linkedin.com/in/ada"
    assert profile("http://https://linkedin.com/in/ada") == "https://linkedin.com/in/ada"
    assert profile("www.linkedin.com/in/ada//") == "linkedin.com/in/ada"


def test_linkedin_rows_are_read_from_their_cells_without_a_row_object(tmp_path, monkeypatch):
    """A LinkedIn row is mapped from its cells alone (its reader never warns); other
    layouts still read each row through a Row, which carries its warnings."""
    made: list[int] = []
    real = csv_formats.Row

    def counting(*args, **kwargs):
        made.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(csv_formats, "Row", counting)
    body = "".join(
        f"Member,Number {i},,m{i}@example.org,Co,Analyst,12 Mar 2024\r\n" for i in range(5)
    )
    body += "Bad,Mail,,not-an-email,,,\r\nToo,Many,,,,,,x,y\r\n,,,,,,\r\n \t, ,,,,,\r\n"
    parsed = read_csv(_write(tmp_path, body))
    assert made == []
    assert [c.line for c in parsed.contacts] == [5, 6, 7, 8, 9]
    assert [(r.line, r.reason) for r in parsed.rejected] == [
        (10, "'not-an-email' is not an e-mail address"),
        (11, "9 values in a row where the header names 7"),
    ]
    plain = tmp_path / "plain.csv"
    plain.write_text("Name,E-mail\r\nAda,ada@example.org\r\n", "utf-8")
    assert [c.name for c in read_csv(plain).contacts] == ["Ada"]
    assert made == [2]


def test_a_linkedin_row_falls_back_to_its_organisation_then_its_e_mail(tmp_path):
    body = ",,,,Acme,,\r\n,,,solo@example.org,,,\r\n,,,,,Analyst,12 Mar 2024\r\n"
    parsed = read_csv(_write(tmp_path, body))
    assert [c.name for c in parsed.contacts] == ["Acme", "solo@example.org"]
    assert [(r.line, r.reason) for r in parsed.rejected] == [
        (7, "the row has no name, e-mail or organisation")
    ]


def test_text_full_of_control_characters_is_still_refused_and_a_few_are_not(tmp_path):
    from networkcircles.interchange.reading import read_plain
    from networkcircles.interchange.records import ImportRejected

    few = tmp_path / "few.csv"
    few.write_text("Name,Notes\r\nAda,a\x07bell\r\n" + "Alan,fine\r\n" * 50, "utf-8")
    assert "\x07" in read_plain(few).text
    many = tmp_path / "many.csv"
    many.write_text("Name,Notes\r\n" + "Ada,\x01\x02\x03\x1f\r\n" * 20, "utf-8")
    try:
        read_plain(many)
    except ImportRejected as rejection:
        assert (rejection.kind, rejection.line) == ("binary", 2)
    else:
        raise AssertionError("a file of control characters was read as text")
