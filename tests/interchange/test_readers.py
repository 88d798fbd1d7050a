"""Each listed quirk of vCard and CSV exports, read into exact field values."""

from datetime import date
from pathlib import Path

import pytest

from networkcircles.interchange.csv_formats import read_csv
from networkcircles.interchange.records import ImportRejected, normalise_phone, parse_day
from networkcircles.interchange.vcard import read_vcards
from networkcircles.store.queries import Labelled

FIXTURES = Path(__file__).parent / "fixtures"


def test_vcard_21_quoted_printable_and_charsets():
    parsed = read_vcards(FIXTURES / "v21_quoted_printable.vcf")
    assert parsed.format == "vcard"
    assert parsed.rejected == []
    jurgen, renee = parsed.contacts
    assert jurgen.name == "Jürgen Müller"
    assert jurgen.organization == "Stadtwerke Köln"
    assert jurgen.emails == [Labelled("Juergen.Mueller@Example.de", "")]
    assert jurgen.phones == [Labelled("+49 170 1234567", "mobile"), Labelled("030 123456", "work")]
    # QP soft line break joined, encoded CRLF turned into one newline
    assert jurgen.notes == "Erste Zeile\nZweite Zeile ist sehr lang und wird umgebrochen"
    assert jurgen.line == 1
    assert renee.name == "Renée Lefèvre"  # CHARSET=ISO-8859-1
    assert renee.phones == [Labelled("+33 1 23 45 67 89", "home")]
    assert renee.line == 12


def test_vcard_30_apple_contacts():
    parsed = read_vcards(FIXTURES / "apple_contacts.vcf")
    johnny, company = parsed.contacts
    assert johnny.name == "Johnny Appleseed"
    assert johnny.organization == "Apple Inc.; Engineering"  # ORG:Apple Inc.;Engineering
    assert johnny.role == "Engineer, senior"  # escaped comma
    assert johnny.emails == [
        Labelled("johnny@example.com", "other"),  # item1.X-ABLabel:_$!<Other>!$_
        Labelled("j.appleseed@apple.example", "work"),
    ]
    assert johnny.phones == [
        Labelled("+1 (555) 123-4567", "Bat phone"),  # the user's own label
        Labelled("+1 555 765 4321", "work"),
    ]
    assert johnny.address == "1 Infinite Loop, Cupertino, CA, 95014, USA"
    assert johnny.linkedin == "https://www.linkedin.com/in/johnny"
    assert johnny.website == "https://johnny.example.com"
    assert johnny.notes == "Met at the career fair\nAsk about the platform team; likes tea"
    assert johnny.tags == ["job club", "mentors"]
    # a company card with an empty FN is named after its organisation
    assert company.name == "Acme Widgets"
    assert company.phones == [Labelled("+1 555 000 1111", "main")]


def test_vcard_40_rfc6350():
    (simon,) = read_vcards(FIXTURES / "rfc6350_v4.vcf").contacts
    assert simon.name == "Simon Perreault"
    assert simon.emails == [Labelled("simon.perreault@viagenie.ca", "work")]
    assert simon.phones == [
        Labelled("+1-418-656-9254 ext. 102", "work"),
        Labelled("+1-418-262-6501", "home"),
    ]
    assert simon.address == "Suite D2-630, 2875 Laurier, Quebec, QC, G1V 2M2, Canada"
    assert simon.website == "http://www.viagenie.ca"
    assert (simon.organization, simon.role) == ("Viagenie", "Research Scientist")


def test_linkedin_connections_with_notes_bom_crlf_and_hidden_emails():
    parsed = read_csv(FIXTURES / "linkedin_connections.csv")
    assert parsed.format == "linkedin"
    assert parsed.rejected == []
    ada, grace, alan = parsed.contacts
    assert ada.name == "Ada Lovelace"
    assert ada.emails == [Labelled("ada@example.org")]
    assert ada.organization == "Analytical Engines Ltd"
    assert ada.role == "Head of Research, Computing"
    assert ada.linkedin == "https://www.linkedin.com/in/ada-lovelace"
    assert ada.connected_on == date(2024, 3, 12)
    assert ada.scalar_fields()["how_known"] == "Connected on LinkedIn on 12 Mar 2024"
    assert ada.line == 5
    assert grace.emails == []  # hidden e-mail left blank
    assert grace.connected_on == date(2023, 2, 1)
    assert alan.connected_on == date(2024, 3, 12)  # older export: 03/12/24, month first


def test_google_contacts_several_values_labels_multiline():
    parsed = read_csv(FIXTURES / "google_contacts.csv", circle_labels=["family"])
    assert parsed.format == "google"
    maria, tom = parsed.contacts
    assert maria.name == "Maria Garcia"
    assert maria.emails == [
        Labelled("maria.garcia@hospital.example", "work"),
        Labelled("mgarcia@old.example", "work"),
        Labelled("maria@home.example", "home"),
    ]
    assert maria.phones == [
        Labelled("+34 600 111 222", "mobile"),
        Labelled("+34 91 555 0000", "work"),
    ]
    assert maria.notes == "Met at the job club.\nKnows the HR director.\nCall after 5pm"
    assert maria.address == "Calle Mayor 1\n28013 Madrid\nSpain"
    assert maria.tags == ["Job club"]  # "* myContacts" and "* starred" are Google's own
    assert maria.linkedin == "https://www.linkedin.com/in/mariagarcia"
    assert (maria.organization, maria.role) == ("Hospital Central", "Nurse Manager")
    assert maria.line == 2
    assert tom.name == "Tom Baker"
    assert tom.line == 7  # the multi-line note above spans lines 2-6
    assert tom.phones == [Labelled("07700 900123", "mobile")]


def test_outlook_export():
    parsed = read_csv(FIXTURES / "outlook_contacts.csv")
    assert parsed.format == "outlook"
    (priya,) = parsed.contacts
    assert priya.name == "Priya Patel"
    assert priya.emails == [Labelled("priya.patel@clinic.example"), Labelled("priya@home.example")]
    assert priya.phones == [
        Labelled("+44 7700 900456", "mobile"),
        Labelled("+44 20 7946 0018", "work"),
    ]
    assert (priya.organization, priya.role) == ("Riverside Clinic", "Practice Manager")
    assert priya.address == "12 River Road, London, SE1 7PB, United Kingdom"
    assert priya.website == "https://riverside.example"
    assert priya.notes == "Former boss; happy to be a reference"


def test_plain_csv_semicolons_windows_1252():
    parsed = read_csv(FIXTURES / "plain_semicolon_cp1252.csv")
    assert parsed.format == "csv"
    zoe, francois = parsed.contacts
    assert zoe.name == "Zoë Müller"
    assert zoe.organization == "Bäckerei Süß"
    assert zoe.notes == "Sagt “hallo” \u2013 5 €"
    assert zoe.emails == [Labelled("zoe@example.de")]
    assert zoe.phones == [Labelled("+49 30 1234")]
    assert francois.name == "François Dupont"
    assert francois.organization == "Café Crème"


def test_plain_csv_rejects_bad_rows_but_keeps_good_ones():
    parsed = read_csv(FIXTURES / "plain_with_header.csv")
    bob, wendy = parsed.contacts
    assert bob.tags == ["trades", "local"]
    assert (bob.organization, bob.role) == ("Builders Inc", "Foreman")
    assert wendy.name == "Wendy" and wendy.emails == []
    (bad,) = parsed.rejected
    assert (bad.line, bad.reason) == (5, "'not-an-email' is not an e-mail address")


def test_latin1_bytes_undefined_in_windows_1252(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("Name,Notes\nJosé,x\n".encode("latin-1") + b"Ann,\x81\n")
    parsed = read_csv(path)
    assert [c.name for c in parsed.contacts] == ["José", "Ann"]
    assert parsed.contacts[1].notes == "\x81"


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes("Name,Email\r\nÅsa Berg,asa@example.se\r\n".encode("utf-16"))
    (asa,) = read_csv(path).contacts
    assert asa.name == "Åsa Berg" and asa.emails == [Labelled("asa@example.se")]


@pytest.mark.parametrize(
    ("name", "line", "kind"),
    [
        ("not_a_vcard.vcf", 1, "wrong-type"),
        ("cut_off.vcf", 9, "cut-off"),
        ("binary_garbage.vcf", 3, "binary"),
        ("empty.vcf", None, "empty"),
    ],
)
def test_bad_vcard_files_are_rejected(name, line, kind):
    with pytest.raises(ImportRejected) as caught:
        read_vcards(FIXTURES / name)
    assert caught.value.path == FIXTURES / name
    assert (caught.value.line, caught.value.kind) == (line, kind)


@pytest.mark.parametrize(
    ("name", "line", "kind"),
    [
        ("vcard_named_csv.csv", 1, "wrong-type"),
        ("cut_off.csv", 3, "cut-off"),
        ("cut_off_row.csv", 3, "cut-off"),
        ("binary_garbage.csv", 1, "binary"),
        ("blank.csv", None, "empty"),
        ("header_only.csv", None, "empty"),
        ("no_name_column.csv", None, "no-name-column"),
    ],
)
def test_bad_csv_files_are_rejected(name, line, kind):
    with pytest.raises(ImportRejected) as caught:
        read_csv(FIXTURES / name)
    assert (caught.value.line, caught.value.kind) == (line, kind)
    assert str(FIXTURES / name) in str(caught.value)


def test_row_with_more_values_than_header(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("name,email\nAda,ada@example.org,extra\nBob,bob@example.org\n")
    parsed = read_csv(path)
    assert [c.name for c in parsed.contacts] == ["Bob"]
    assert parsed.rejected[0].line == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Mar 2024", date(2024, 3, 12)),
        ("03/12/24", date(2024, 3, 12)),
        ("2024-03-12", date(2024, 3, 12)),
        ("1 Feb 2023", date(2023, 2, 1)),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_day(text, expected):
    assert parse_day(text) == expected


def test_normalise_phone():
    assert normalise_phone("+1 (555) 123-4567", "ZZ") == "+15551234567"
    assert normalise_phone("tel:+1-418-656-9254;ext=102", "ZZ") == "+14186569254;ext=102"
    assert normalise_phone("030 123456", "ZZ") == "030123456"  # no region: digits as typed


def test_addresses_with_a_one_word_domain_are_addresses(tmp_path):
    """RFC 5322 needs no dot after the @: Thunderbird's own test book has `contact1@invalid`."""
    from networkcircles.interchange.records import is_email

    assert all(is_email(a) for a in ("contact1@invalid", "root@localhost", "a.b@c.d.example"))
    assert not any(is_email(a) for a in ("ana-at-example", "a@", "@b", "a@.b", "a@b.", "a@b c"))
    path = tmp_path / "book.vcf"
    path.write_text(
        "begin:vcard\nfn:contact number one\nemail;internet:contact1@invalid\n"
        "version:2.1\nend:vcard\n",
        "utf-8",
    )
    parsed = read_vcards(path)
    assert [c.emails[0].value for c in parsed.contacts] == ["contact1@invalid"]
