"""A Google Contacts vCard export: its URLs are escaped as text ("https\\://…") and every card
carries Google's own groups (myContacts, starred) as categories. The links are stored as the
addresses they are, and Google's groups never become tags; the user's own labels do."""

from pathlib import Path

from networkcircles.interchange.vcard import read_vcards
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries

FIXTURE = Path(__file__).parent / "fixtures" / "google_contacts_export.vcf"


def test_escaped_urls_are_read_as_addresses_and_google_groups_are_not_tags():
    lena, omar = read_vcards(FIXTURE).contacts
    assert lena.linkedin == "https://www.linkedin.com/in/lena-ortiz"
    assert lena.website == "http://lenaortiz.example/blog,notes"
    assert lena.tags == ["Job fair"]
    assert omar.tags == []


def test_importing_then_exporting_keeps_the_links_clickable(store, tmp_path):
    from networkcircles.interchange.exporting import export_contacts

    apply_plan(plan_import([FIXTURE]))
    out = tmp_path / "out.vcf"
    export_contacts(out, "vcard", None)
    text = out.read_text(encoding="utf-8")
    assert "linkedin.com/in/lena-ortiz" in text and "\\\\:" not in text
    assert "Lena Ortiz" in {row.name for row in queries.contact_rows()}
    again = plan_import([out])
    assert again.new_count == 0
