"""The preview tells the truth: for every fixture file, what the plan counts (new, merged,
nothing new, events) is exactly what the import then changes in the store."""

from pathlib import Path

from networkcircles.services.importing import apply_plan, plan_import
from networkcircles.store.db import db

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"
FILES = sorted(
    path.name for path in FIXTURES.iterdir() if path.suffix.lower() in {".vcf", ".csv", ".ics"}
)

Snapshot = dict[int, tuple[object, ...]]


def contacts_now() -> Snapshot:
    """Each contact's columns (but its updated_at stamp), e-mails and phones."""
    columns = [row[1] for row in db.execute_sql("PRAGMA table_info(contact)").fetchall()]
    keep = ", ".join(c for c in columns if c != "updated_at")
    found: Snapshot = {}
    for row in db.execute_sql(f"SELECT {keep} FROM contact").fetchall():
        found[row[0]] = tuple(row)
    for table, column in (("contact_email", "address"), ("contact_phone", "number")):
        for contact_id, value, label, position in db.execute_sql(
            f"SELECT contact_id, {column}, label, position FROM {table} ORDER BY contact_id, id"
        ).fetchall():
            found[contact_id] += ((table, value, label, position),)
    return found


def event_count() -> int:
    return int(db.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0])


def check_truth(paths: list[Path], circle_key: str | None = None) -> None:
    plan = plan_import(paths)
    before, events_before = contacts_now(), event_count()
    result = apply_plan(plan, circle_key)
    after = contacts_now()
    added = after.keys() - before.keys()
    changed = {i for i in before if i in after and after[i] != before[i]}
    assert before.keys() <= after.keys()  # an import never removes anyone
    assert plan.new_count == len(added) == result.added
    assert plan.merged_count_into(circle_key) == len(changed) == result.merged
    assert set(result.merged_ids) == changed
    assert plan.events_count == event_count() - events_before == len(result.event_ids)
    assert plan.events_known == result.events_skipped
    assert plan.writes_anything(circle_key) == result.changed_anything


def strip_details() -> None:
    """Leave every contact with something to gain: fields blanked, e-mails and phones cut."""
    db.execute_sql(
        "UPDATE contact SET role = '', notes = '', tags = '', circle_id = NULL WHERE id % 2 = 0"
    )
    db.execute_sql("UPDATE contact SET organization = '', address = '' WHERE id % 3 = 0")
    db.execute_sql("DELETE FROM contact_email WHERE position > 0 OR contact_id % 4 = 1")
    db.execute_sql("DELETE FROM contact_phone WHERE contact_id % 2 = 1")


def empty_store() -> None:
    for table in ("contact", "event", "organization"):
        db.execute_sql(f"DELETE FROM {table}")


def test_preview_counts_what_the_import_writes(store):
    # One store for all files (a fresh store per file costs more than the imports), emptied
    # between them.
    for name in FILES:
        path = FIXTURES / name
        try:
            check_truth([path])  # an empty store: all new
            check_truth([path])  # the same file again: nothing new
            strip_details()
            check_truth([path], "peers")  # people there, with gaps the file fills
        except AssertionError as error:
            raise AssertionError(f"{name}: {error}") from error
        empty_store()


def test_every_fixture_together_into_a_network_then_again(demo_store):
    paths = [FIXTURES / name for name in FILES]
    check_truth(paths, "family")
    strip_details()
    check_truth(paths + paths, "peers")  # each file twice in one selection
