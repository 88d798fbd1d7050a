"""An import taken back and put back again: exactly the rows it wrote, under the same ids."""

from datetime import date
from pathlib import Path

from networkcircles.services import contacts, import_undo, importing
from networkcircles.services.demo import create_demo
from networkcircles.store.db import db

VCARDS = """BEGIN:VCARD
VERSION:3.0
FN:Imogen Newby
EMAIL:imogen@example.net
TEL:+1 555 010 0001
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{merged_name}
EMAIL:{merged_email}
TEL:+1 555 010 0002
ORG:Acme Merged Ltd
NOTE:from the phone
END:VCARD
"""

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:undo-test-1@example.net
DTSTAMP:20261101T090000Z
DTSTART:20261210T180000Z
DTEND:20261210T200000Z
SUMMARY:Winter job fair
ORGANIZER;CN=Brand New Guild:mailto:guild@example.net
END:VEVENT
END:VCALENDAR
"""


def _files(tmp_path: Path) -> list[Path]:
    _, name, email = db.execute_sql(
        "SELECT c.id, c.name, e.address FROM contact c JOIN contact_email e "
        "ON e.contact_id = c.id WHERE c.organization = '' ORDER BY c.id LIMIT 1"
    ).fetchone()
    cards = tmp_path / "phone.vcf"
    cards.write_text(VCARDS.format(merged_name=name, merged_email=email.upper()), "utf-8")
    calendar = tmp_path / "fairs.ics"
    calendar.write_text(CALENDAR, "utf-8")
    return [cards, calendar]


def test_undo_then_redo_of_an_import_is_exact(store: Path, tmp_path: Path, exact_rows):
    create_demo(size=30, seed=3, today=date(2026, 11, 2))
    newest = db.execute_sql("SELECT max(id) FROM contact").fetchone()[0]
    deleted = contacts.delete(newest)  # the sequence that once reused an id
    before = exact_rows(store)

    result = importing.apply_plan(importing.plan_import(_files(tmp_path)), undoable=True)
    assert result.added == 1 and result.merged == 1 and len(result.event_ids) == 1
    assert result.added_ids[0] > newest  # never the deleted contact's id
    assert result.undo is not None and result.undo.organization_ids  # the organiser is new
    after = exact_rows(store)

    saved = import_undo.take_back(result.undo)
    assert exact_rows(store) == before
    import_undo.put_back(result.undo, saved)
    assert exact_rows(store) == after
    saved = import_undo.take_back(result.undo)
    assert exact_rows(store) == before

    # the delete before the import can still be undone: its id is free, nobody took it
    assert contacts.restore(deleted) == newest


def test_undo_keeps_what_was_logged_for_a_merged_contact_before(store, tmp_path, exact_rows):
    """Undoing the merge sets the contact's row back in place: nothing hanging off it goes."""
    create_demo(size=30, seed=3, today=date(2026, 11, 2))
    files = _files(tmp_path)
    interactions = db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    result = importing.apply_plan(importing.plan_import(files[:1]), undoable=True)
    import_undo.take_back(result.undo)
    assert db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0] == interactions
