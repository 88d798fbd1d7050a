"""Outlook exports whose header is in the user's Office language (German, French) are read
as Outlook files, every field where its English column would put it; a plain English file
with a column that happens to share a German or French name keeps its own meaning."""

from pathlib import Path

from networkcircles.interchange.csv_formats import read_csv
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store import queries

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_german_outlook_export_is_read_field_by_field():
    parsed = read_csv(FIXTURES / "outlook_german_cp1252.csv")
    assert (parsed.format, parsed.rejected) == ("outlook", [])
    first, second = parsed.contacts
    assert first.name == "Jürgen Karl Müller"
    assert [e.value for e in first.emails] == ["juergen.mueller@example.de", "jm@privat.example"]
    assert {(p.value, p.label) for p in first.phones} == {
        ("089 123456", "work"),
        ("0171 2345678", "mobile"),
    }
    assert (first.organization, first.role) == ("Acme GmbH", "Vertriebsleiter")
    assert first.address == "Hauptstraße 1, München, 80331, Deutschland"
    assert (first.notes, first.website, first.tags) == (
        "Kennt viele Leute im Vertrieb",
        "www.example.de",
        ["Messe"],
    )
    assert second.name == "Bärbel Schröder"
    assert [(p.value, p.label) for p in second.phones] == [("030 555 0199", "home")]


def test_a_french_outlook_export_is_read_field_by_field():
    parsed = read_csv(FIXTURES / "outlook_french.csv")
    assert (parsed.format, parsed.rejected) == ("outlook", [])
    (person,) = parsed.contacts
    assert person.name == "Amélie Lefèvre"
    assert [e.value for e in person.emails] == ["amelie.lefevre@example.fr"]
    assert {p.label for p in person.phones} == {"work", "mobile"}
    assert person.organization == "Société Générale"
    assert person.address == "12 rue de la Paix, Paris, 75002"
    assert person.notes == "Rencontrée au salon de l'emploi"


def test_an_english_file_keeps_its_own_position_and_service_columns(tmp_path):
    path = tmp_path / "volunteers.csv"
    path.write_text("Name,Position,Service,Notes\nAda Park,Treasurer,Food bank,Met at the fair\n")
    (person,) = read_csv(path).contacts
    assert (person.name, person.role, person.notes) == ("Ada Park", "Treasurer", "Met at the fair")


def test_importing_a_german_export_then_again_adds_nobody_twice(store):
    path = FIXTURES / "outlook_german_cp1252.csv"
    apply_plan(plan_import([path]))
    again = plan_import([path])
    assert again.new_count == 0
    names = {row.name for row in queries.contact_rows()}
    assert {"Jürgen Karl Müller", "Bärbel Schröder"} <= names
