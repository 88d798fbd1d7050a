"""Import → export → import gives the same store, for every contacts fixture and both export
formats: ORG with departments and several ORG lines, several e-mail and phone types,
repeated spaces in names, titles and notes all survive."""

from pathlib import Path

import pytest

from networkcircles.interchange.exporting import FORMATS, export_contacts
from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store.db import close_store, db, open_store

FIXTURES = Path(__file__).parent / "fixtures"
CONTACT_FILES = sorted(path.name for path in FIXTURES.iterdir() if path.suffix in (".vcf", ".csv"))
SUFFIX = {"vcard": ".vcf", "csv": ".csv"}


def _import_into(store: Path, files: list[Path], dump_store) -> list[str]:
    open_store(store)
    try:
        plan = plan_import(files)
        apply_plan(plan, "peers")
        db.execute_sql("UPDATE contact SET created_at = ''")  # when, not what: not compared
        return dump_store(store)
    finally:
        close_store()


@pytest.mark.parametrize("export_format", FORMATS)
def test_import_export_import_gives_the_same_store(tmp_path, dump_store, export_format):
    # Every contacts fixture in one import (a store per file costs more than the imports);
    # the refused ones add nothing.
    sources = [FIXTURES / name for name in CONTACT_FILES]
    first_store, second_store = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    exported = tmp_path / f"out{SUFFIX[export_format]}"
    first = _import_into(first_store, sources, dump_store)
    open_store(first_store)
    try:
        assert len(first) > 40  # most fixtures imported
        export_contacts(exported, export_format)
        again = plan_import([exported])  # the export back into the same store: nothing new
        assert not again.writes_anything("peers")
        assert not again.rejected_files and not again.rejected_rows and not again.warnings
    finally:
        close_store()
    second = _import_into(second_store, [exported], dump_store)
    assert second == first


def test_the_shapes_survive(store):
    apply_plan(plan_import([FIXTURES / "round_trip_shapes.vcf", FIXTURES / "google_shapes.csv"]))
    rows = dict(db.execute_sql("SELECT name, organization || ' | ' || role FROM contact"))
    assert rows["Hannah  Okafor"] == "IBM; Accounting | Senior   Accountant, EMEA"
    assert rows["Marco Bianchi"] == (
        "Acme Robotics; Research; Vision Group / City Volunteers | Lead  Engineer"
    )
    assert rows["Tomasz  Nowak"] == "Globex; Analytics | Head  of   Data"
    labels = db.execute_sql(
        "SELECT label FROM contact_phone p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.name = 'Hannah  Okafor' ORDER BY position"
    ).fetchall()
    assert [label for (label,) in labels] == ["mobile", "work", "home", "Assistant"]
