"""Hostile input: random and adversarial text in importers and every text field.

Each input ends in a clear rejection (a reason in words) or in its text stored literally;
none crashes or hangs (hypothesis `deadline` bounds each one). Printed and displayed text
never becomes markup. The profile is fixed (derandomize) so CI runs the same inputs.
"""

import csv
import io
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkcircles.interchange.records import ImportRejected
from networkcircles.services import contacts, importing
from networkcircles.services.contacts import InvalidContact
from networkcircles.services.values import plain_text
from networkcircles.store import queries
from networkcircles.store.db import close_store, open_store
from networkcircles.store.queries import Labelled
from networkcircles.values import is_phone, is_web_address

CI = settings(
    max_examples=40,
    deadline=timedelta(seconds=5),  # bounded time per input, generous for a noisy machine
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
TRIED: dict[str, int] = {}  # inputs tried per test, printed by the last test (-s shows it)

NASTY = [
    "<b>Bob</b> & Co",
    "Robert'); DROP TABLE contact;--",
    "' OR 1=1 --",
    "a\x00b",
    "\x00",
    "<script>alert(1)</script>",
    "&amp; &lt;b&gt; &#x41;",
    "<img src=x onerror=alert(1)>",
    "%s %n {0} {name}",
    "\u202eevil\u202c",
    "\ufeffbom",
    "line one\nline two\r\nline three",
    "🙂" * 300,
    "x" * 100_000,
    "é" * 50_000,
    "\\N\\n\\,\\;",
]
hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=200),
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=50),
    st.builds(
        lambda piece, n: piece * n,
        st.sampled_from(["<i>", "\x00", "'", "a;"]),
        st.integers(1, 30_000),
    ),
)
TEXT_FIELDS = ("how_known", "organization", "role", "address", "notes", "tags", "follow_up_note")
ADDRESS_FIELDS = ("website", "linkedin")  # web addresses: stored stripped, or refused


def _count(key: str) -> None:
    TRIED[key] = TRIED.get(key, 0) + 1


@CI
@given(
    name=hostile_text,
    fields=st.fixed_dictionaries({f: hostile_text for f in TEXT_FIELDS}),
    address=hostile_text,
    phone=hostile_text,
    label=hostile_text,
)
def test_every_text_field_is_stored_literally(store, name, fields, address, phone, label):
    """Literally, but for control characters (NUL, escape...): those are removed. A web
    address or phone number that is not one is refused, and nothing is written."""
    _count("contact fields")
    before = queries.stats()["contacts"]
    kept = Labelled(plain_text(phone).strip(), plain_text(label).strip())
    web = plain_text(address).strip()
    if (
        not plain_text(name).strip()
        or (kept.value and not is_phone(kept.value))
        or (web and not is_web_address(web))
    ):
        with pytest.raises(InvalidContact):
            contacts.create(
                name,
                "peers",
                phones=[Labelled(phone, label)],
                website=address,
                linkedin=address,
                **fields,
            )
        assert queries.stats()["contacts"] == before
        return
    contact_id = contacts.create(
        name, "peers", phones=[Labelled(phone, label)], website=address, linkedin=address, **fields
    )
    details = queries.contact_details(contact_id)
    assert details.name == plain_text(name).strip()
    for field in TEXT_FIELDS:
        assert getattr(details, field) == plain_text(fields[field]), field
    assert (details.website, details.linkedin) == (web, web)
    assert details.phones == ((kept,) if kept.value else ())
    # and an update replaces it just as literally
    contacts.update(contact_id, {"notes": name, "role": phone})
    again = queries.contact_details(contact_id)
    assert (again.notes, again.role) == (plain_text(name), plain_text(phone))


def test_text_that_is_not_unicode_is_refused_and_nothing_written(store):
    before = queries.stats()["contacts"]
    with pytest.raises(ValueError):  # a lone surrogate cannot be UTF-8: refused, not mangled
        contacts.create("Ana \ud800", "peers")
    contact_id = contacts.create("Ana", "peers")
    with pytest.raises(ValueError):
        contacts.update(contact_id, {"notes": "\udfff"})
    assert queries.contact_details(contact_id).notes == ""
    assert queries.stats()["contacts"] == before + 1


def _csv_bytes(header: list[str], rows: list[list[str]], encoding: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


def _escape_vcard(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _vcard_bytes(cards: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{_escape_vcard(name)}\r\n"
        f"NOTE:{_escape_vcard(note)}\r\nEND:VCARD\r\n"
        for name, note in cards
    )
    return body.encode("utf-8")


cell = st.one_of(st.sampled_from(NASTY[:12]), st.text(max_size=60))
csv_files = st.builds(
    _csv_bytes,
    st.lists(
        st.sampled_from(
            [
                "Name",
                "Email",
                "Notes",
                "Organization",
                "Phone",
                "Tags",
                "First Name",
                "<b>x</b>",
                "",
            ]
        ),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.lists(cell, max_size=7), max_size=8),
    st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]),
)
vcard_files = st.builds(_vcard_bytes, st.lists(st.tuples(cell, cell), min_size=1, max_size=6))
repeated = st.builds(
    lambda line, n: line * n,
    st.sampled_from(
        [
            b"BEGIN:VCARD\r\n",
            b"Name\r\n",
            b"a,b,c\r\n",
            b'"',
            b",",
            b"\n",
            b"END:VCARD\r\n",
            b"FN:x\r\n",
            b"\xff\xfe",
            b"\x00",
        ]
    ),
    st.integers(1, 200_000),
)
huge_field = st.builds(
    lambda n, quote: (
        b"Name,Notes\r\nAna,"
        + (b'"' if quote else b"")
        + b"n" * n
        + (b'"' if quote else b"")
        + b"\r\n"
    ),
    st.integers(100_000, 2_000_000),
    st.booleans(),
)
mangled = st.builds(
    lambda data, at, junk: data[:at] + junk + data[at:],
    csv_files | vcard_files,
    st.integers(0, 200),
    st.binary(min_size=1, max_size=8),
)  # invalid UTF-8 and stray bytes in an otherwise good file
any_file = st.one_of(
    st.binary(max_size=4000), csv_files, vcard_files, repeated, huge_field, mangled
)


@CI
@given(data=any_file, suffix=st.sampled_from([".csv", ".vcf", ".txt"]))
def test_importers_reject_clearly_or_store_literally(store, tmp_path_factory, data, suffix):
    _count("imported files")
    path = tmp_path_factory.mktemp("hostile") / f"contacts{suffix}"
    path.write_bytes(data)
    before = queries.stats()["contacts"]
    plan = importing.plan_import([path])
    for rejection in plan.rejected_files:
        assert isinstance(rejection, ImportRejected)
        assert rejection.reason.strip() and str(path) in str(rejection)
    for row in plan.rejected_rows:
        assert row.reason.strip()
    if plan.rejected_files:
        assert not plan.files
        return
    records = [record for file_plan in plan.files for record in file_plan.new]
    result = importing.apply_plan(plan)
    assert queries.stats()["contacts"] == before + result.added
    for contact_id, record in zip(result.added_ids, records, strict=True):
        stored = queries.contact_details(contact_id)
        assert stored.name == record.name
        assert stored.notes == record.notes
        assert stored.organization == record.organization
        assert [e.value for e in stored.emails] == [e.value for e in record.emails]


@CI
@given(
    cards=st.lists(
        st.tuples(
            st.sampled_from(NASTY[:12]) | st.text(min_size=1, max_size=40),
            st.sampled_from(NASTY) | st.text(max_size=40),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_vcard_keeps_markup_and_sql_text_literally(store, tmp_path_factory, cards):
    _count("vCards built to round-trip")
    path = tmp_path_factory.mktemp("cards") / "cards.vcf"
    path.write_bytes(_vcard_bytes(cards))
    plan = importing.plan_import([path])
    if plan.rejected_files:  # NUL and other control characters: refused as binary
        assert any(ord(ch) < 32 and ch not in "\r\n\t" for pair in cards for ch in "".join(pair))
        return
    planned = [r for f in plan.files for r in f.new] + [r for f in plan.files for _, r in f.merges]
    wanted = {name.strip().replace("\r\n", "\n") for name, _ in cards if name.strip()}
    names = {r.name for r in planned} | {r.reason for f in plan.files for r in f.rejected}
    assert {r.name for r in planned} <= wanted  # nothing made up, nothing turned into markup
    missing = {name for name in wanted if name not in names}
    # a name the reader does not keep verbatim must still be refused by a row reason
    assert not missing or any(f.rejected for f in plan.files), missing


REPEATED = [
    b"BEGIN:VCARD\r\n" * 100_000,
    b"a,b,c\r\n" * 100_000,
    b'"' * 2_000_000,
    b"Name\r\n" + b"Ana\r\n" * 50_000,
]


def test_deeply_repeated_lines_finish(store, tmp_path):
    """Each ends (the run's timeout bounds it); how fast: tests/benchmarks/test_timings.py."""
    for data in REPEATED:
        _count("repeated-line files")
        path = tmp_path / ("big.vcf" if data.startswith(b"BEGIN") else "big.csv")
        path.write_bytes(data)
        plan = importing.plan_import([path])
        assert plan.files or plan.rejected_files
        if plan.files:
            importing.apply_plan(plan)


MARKUP = [
    "<b>Bob</b> & Co",
    "<i>Ivy</i> &amp; <u>Ute</u>",
    "Robert'); DROP TABLE contact;--",
    "<img src=x onerror=alert(1)>",
]


def test_printed_text_never_becomes_markup(store, qapp, tmp_path):
    from pypdf import PdfReader

    from networkcircles.printing.output import PrintOptions, write_pdf

    for n, text in enumerate(MARKUP):
        contacts.create(
            text, "peers", how_known=f"met at <h1>club</h1> {n}", organization="A & B <Ltd>"
        )
    target = tmp_path / "summary.pdf"
    write_pdf(target, PrintOptions())
    # narrow table cells wrap long text, so compare without the white space
    words = "".join("".join(page.extract_text().split()) for page in PdfReader(target).pages)
    for text in [*MARKUP, "<h1>club</h1>", "A & B <Ltd>"]:
        assert "".join(text.split()) in words


def test_the_contact_list_shows_the_literal_text(store, qapp):
    from PySide6.QtCore import Qt

    from networkcircles.ui.models.contacts_model import ContactsTableModel

    ids = [contacts.create(text, "peers", role=text) for text in MARKUP]
    model = ContactsTableModel()
    model.set_circles(queries.circles())
    model.set_contacts(queries.contact_rows())
    for contact_id, text in zip(ids, MARKUP, strict=True):
        row = model.row_of(contact_id)
        assert model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) == text


def test_the_list_tooltip_is_not_markup(store, qapp):
    """The name's tooltip, read as a tooltip reads it (rich text when it looks like it),
    shows exactly the characters typed."""
    from PySide6 import QtGui
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from networkcircles.ui.models.contacts_model import ContactsTableModel

    ids = [contacts.create(text, "peers") for text in MARKUP]
    model = ContactsTableModel()
    model.set_circles(queries.circles())
    model.set_contacts(queries.contact_rows())
    for contact_id, text in zip(ids, MARKUP, strict=True):
        tip = model.data(model.index(model.row_of(contact_id), 0), Qt.ItemDataRole.ToolTipRole)
        shown = QTextDocument()
        if QtGui.Qt.mightBeRichText(tip):
            shown.setHtml(tip)
        else:
            shown.setPlainText(tip)
        assert shown.toPlainText() == text


def test_the_details_panel_fields_show_the_literal_text(store, qtbot):
    from networkcircles.ui.panels.contact_details import ContactDetailsPanel

    contact_id = contacts.create(MARKUP[0], "peers", notes=MARKUP[1], organization=MARKUP[2])
    panel = ContactDetailsPanel()
    qtbot.addWidget(panel)
    panel.set_circles(queries.circles())
    panel.show_contact(queries.contact_details(contact_id))
    values = panel.form_values()
    assert (values["name"], values["notes"], values["organization"]) == tuple(MARKUP[:3])


def test_the_details_panel_title_is_not_markup(store, qtbot):
    from PySide6.QtCore import Qt

    from networkcircles.ui.panels.contact_details import ContactDetailsPanel

    contact_id = contacts.create(MARKUP[0], "peers")
    panel = ContactDetailsPanel()
    qtbot.addWidget(panel)
    panel.show_contact(queries.contact_details(contact_id))
    assert panel.title.text() == MARKUP[0]
    assert panel.title.textFormat() == Qt.TextFormat.PlainText


CHECKED: dict[str, list[str]] = {}  # each test's store file, closed: what is wrong in it


@pytest.fixture(autouse=True)
def _check_the_store_afterwards(request, store_path):
    """Once a test has closed its store (the store fixture closes it first), look at the file
    it left: SQLite's own integrity check, and no row pointing at a row that is gone."""
    yield
    if not store_path.exists():
        return  # the test used no store
    uri = f"file:{store_path}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        problems = [r[0] for r in connection.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"{table} row {rowid} points at a missing {parent}"
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
        ]
    CHECKED[request.node.name] = problems


def test_nothing_was_left_half_written():
    """Every store file the tests above wrote to is whole, not a fresh one of its own."""
    if not CHECKED:
        pytest.skip("checks the stores of the tests above: run the whole module")
    assert {name: found for name, found in CHECKED.items() if found} == {}
    print("hostile inputs tried:", TRIED, "stores checked:", len(CHECKED))


# -- inputs built to hang it: huge values, huge files, endless repeats ---------------------------
# Each runs through the CLI or the service under a pytest-timeout budget, not a wall-clock assert.


def _cli(*argv: str, capsys) -> tuple[int, str]:
    from networkcircles.cli import main
    from networkcircles.store.db import close_store

    try:
        status = main(list(argv))
    finally:
        close_store()
    return status, capsys.readouterr().err


def _photo_card(photo: bytes, folded: bool) -> bytes:
    if folded:  # vCard 3.0 exporters fold the base64 at 75 octets
        photo = b"\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    return (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat Photo\r\nEMAIL:pat@example.org\r\n"
        b"PHOTO;ENCODING=b;TYPE=JPEG:" + photo + b"\r\nNOTE:after the photo\r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Second\r\nEND:VCARD\r\n"
    )


@pytest.mark.timeout(30)
@pytest.mark.parametrize("folded", [True, False], ids=["folded", "one-line"])
def test_a_50_mb_photo_is_skipped_with_a_warning_and_the_card_imports(tmp_path, capsys, folded):
    path = tmp_path / "photo.vcf"
    path.write_bytes(_photo_card(b"QUJD" * (50 * 1024 * 1024 // 4), folded))
    db = tmp_path / "n.sqlite"
    status, err = _cli("import", "--db", str(db), str(path), capsys=capsys)
    assert status == 0, err
    size = "52 MB" if folded else "50 MB"  # the folds count: what the file held
    assert f"{path}: line 5: warning: the PHOTO value ({size}) was skipped" in err
    open_store(db)
    try:
        people = {row.name: queries.contact_details(row.id) for row in queries.contact_rows()}
    finally:
        close_store()
    assert set(people) == {"Pat Photo", "Sam Second"}
    assert people["Pat Photo"].notes == "after the photo"


def test_a_small_broken_photo_no_longer_refuses_the_card(tmp_path):
    path = tmp_path / "photo.vcf"
    path.write_bytes(_photo_card(b"not*base64!", folded=False))
    parsed = importing.read_file(path)
    assert [c.name for c in parsed.contacts] == ["Pat Photo", "Sam Second"]
    assert parsed.warnings == []  # we never keep photos: a small one is not worth a word


@pytest.mark.timeout(30)
def test_a_file_of_161818_identical_cards_is_refused_at_the_record_limit(tmp_path, capsys):
    path = tmp_path / "many.vcf"
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Same Person\r\nEMAIL:same@example.org\r\n" + (
        b"TEL:+1 555 0100\r\nNOTE:" + b"x" * 180 + b"\r\nEND:VCARD\r\n"
    )
    path.write_bytes(card * 161_818)  # 50 MB, as found
    db = tmp_path / "n.sqlite"
    status, err = _cli("import", "--db", str(db), str(path), capsys=capsys)
    assert status == 1
    assert "more than 50,000 records, the most one import takes" in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", ["big.csv", "big.vcf", "big.ics"])
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, capsys, name):
    from networkcircles.interchange.records import MAX_FILE_BYTES, MAX_TEXT_BYTES

    path = tmp_path / name
    with path.open("wb") as sparse:  # the size is what counts: no need to write the bytes
        sparse.truncate((MAX_TEXT_BYTES if name.endswith(".csv") else MAX_FILE_BYTES) + 1)
    status, err = _cli("import", "--db", str(tmp_path / "n.sqlite"), str(path), capsys=capsys)
    assert status == 1
    limit = "64 MB" if name.endswith(".csv") else "512 MB"
    assert f"{path}: the file is over {limit}, the most one import reads" in err


# Runs the CLI and prints its peak memory. A small process in between, since a child forked
# straight from the test would start its peak at the test process's own size.
_MEASURE = """
import os, subprocess, sys
child = subprocess.Popen([sys.executable, "-m", "networkcircles", *sys.argv[1:]],
                         stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def _cli_process(*argv: str) -> tuple[int, str, int]:
    """Run the CLI in its own process: (exit status, stderr, its peak memory in KB)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True
    )
    status, peak = done.stdout.split()
    return int(status), done.stderr, int(peak)


@pytest.mark.timeout(60)
def test_a_200_mb_csv_is_refused_in_seconds_without_holding_it(tmp_path):
    path = tmp_path / "big.csv"
    row = b"Ana Example,ana@example.org,Acme,Engineer," + b"n" * 150 + b"\r\n"
    with path.open("wb") as out:
        out.write(b"Name,E-mail,Company,Title,Notes\r\n")
        for _ in range(200 * 1024 * 1024 // (len(row) * 10_000)):
            out.write(row * 10_000)
    status, err, peak_kib = _cli_process("import", "--db", str(tmp_path / "n.sqlite"), str(path))
    assert status == 1 and "the file is over 64 MB" in err
    assert peak_kib < 100 * 1024  # refused by its size, never read (1.5 GB before)


@pytest.mark.timeout(60)
def test_a_50_mb_photo_costs_time_not_memory(tmp_path):
    path = tmp_path / "photo.vcf"
    path.write_bytes(_photo_card(b"QUJD" * (50 * 1024 * 1024 // 4), folded=True))
    status, err, peak_kib = _cli_process("import", "--db", str(tmp_path / "n.sqlite"), str(path))
    assert status == 0 and "the PHOTO value (52 MB) was skipped" in err
    assert peak_kib < 100 * 1024  # read a chunk at a time, the photo dropped as it passes


@pytest.mark.timeout(30)
def test_a_csv_just_under_the_limit_but_over_the_records_is_refused(tmp_path, capsys):
    path = tmp_path / "rows.csv"
    path.write_bytes(
        b"Name,E-mail\r\n"
        + b"".join(b"Person %d,p%d@example.org\r\n" % (n, n) for n in range(60_000))
    )
    status, err = _cli("import", "--db", str(tmp_path / "n.sqlite"), str(path), capsys=capsys)
    assert status == 1
    assert f"{path}: line 50002: the file holds more than 50,000 records" in err


@pytest.mark.timeout(30)
@pytest.mark.parametrize("suffix", [".vcf", ".csv", ".ics"])
def test_a_value_we_keep_over_the_field_limit_refuses_the_file_and_names_the_limit(
    store, tmp_path, suffix
):
    note = "n" * (2 * 1024 * 1024)
    path = tmp_path / f"big{suffix}"
    if suffix == ".vcf":
        path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nNOTE:{note}\r\nEND:VCARD\r\n")
        line = 4
    elif suffix == ".csv":
        path.write_text(f"Name,Notes\r\nAna,{note}\r\n")
        line = 2
    else:
        path.write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
            f"DTSTART:20261201T100000Z\r\nDESCRIPTION:{note}\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        )
        line = 6
    plan = importing.plan_import([path])
    (rejection,) = plan.rejected_files
    assert (rejection.line, rejection.kind) == (line, "too-big")
    assert "the most networkcircles reads in one value" in rejection.reason
    assert "1 MB" in rejection.reason
    assert queries.stats()["contacts"] == 0 and queries.stats()["events"] == 0


@pytest.mark.timeout(30)
def test_a_huge_value_we_do_not_keep_is_skipped_with_a_warning(store, tmp_path):
    blob = "A" * (3 * 1024 * 1024)
    cards = tmp_path / "custom.vcf"
    cards.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nX-BLOB:{blob}\r\n"
        "EMAIL:ana@example.org\r\nEND:VCARD\r\n"
    )
    calendar = tmp_path / "attach.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        "DTSTART:20261201T100000Z\r\nSUMMARY:Fair\r\n"
        f"ATTACH;ENCODING=BASE64;VALUE=BINARY:{blob}\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    plan = importing.plan_import([cards, calendar])
    assert not plan.rejected_files
    assert [(w.path.name, w.line, w.kind) for w in plan.warnings] == [
        ("custom.vcf", 4, "skipped-value"),
        ("attach.ics", 7, "skipped-value"),
    ]
    assert plan.warnings[0].message.startswith("the X-BLOB value (3.0 MB) was skipped")
    result = importing.apply_plan(plan)
    assert result.added == 1 and len(result.event_ids) == 1


SUB_DAILY_CALENDAR = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//hostile//EN",
        "BEGIN:VEVENT",
        "UID:s@x",
        "DTSTART:20250101T000000Z",
        "SUMMARY:Every second",
        "RRULE:FREQ=SECONDLY",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:m@x",
        "DTSTART:20250101T000000Z",
        "SUMMARY:Every minute",
        "RRULE:FREQ=MINUTELY;COUNT=1000000000",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:h@x",
        "DTSTART:20250101T000000Z",
        "SUMMARY:Every hour",
        "RRULE:FREQ=HOURLY;INTERVAL=1",
        "EXDATE:20250101T000000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:d@x",
        "DTSTART:20250101T090000Z",
        "SUMMARY:Every day, a billion times",
        "RRULE:FREQ=DAILY;COUNT=1000000000",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


@pytest.mark.timeout(60)
def test_sub_daily_repeats_import_once_with_a_warning_and_print_finishes(qapp, tmp_path, capsys):
    path = tmp_path / "hostile.ics"
    path.write_text(SUB_DAILY_CALENDAR, newline="")
    db = tmp_path / "n.sqlite"
    status, err = _cli("import", "--db", str(db), str(path), capsys=capsys)
    assert status == 0, err
    for line, number, every in ((4, 1, "second"), (10, 2, "minute"), (16, 3, "hour")):
        assert (f"{path}: line {line}: warning: event {number} repeats every {every}") in err
    assert "imported once, without its repeat rule" in err
    from networkcircles.services import events
    from networkcircles.store import event_queries

    open_store(db)
    try:
        rules = {row.title: (row.recurrence, row.excluded) for row in event_queries.event_rows()}
        found = events.occurrences(date(2026, 11, 1), date(2026, 11, 30))
    finally:
        close_store()
    assert rules == {
        "Every second": ("", ""),
        "Every minute": ("", ""),
        "Every hour": ("", ""),
        "Every day, a billion times": ("FREQ=DAILY;COUNT=1000000000", ""),
    }
    assert len(found) == 30  # the daily one, once a day, only the days shown
    status, err = _cli("print", "--db", str(db), "-o", str(tmp_path / "out.pdf"), capsys=capsys)
    assert status == 0, err


def _hostile_store_rows() -> None:
    """Rules a store may hold from before sub-daily repeats were refused (written directly)."""
    from networkcircles.store.models import Event

    start = datetime(2025, 1, 1, 9, 0)
    for title, rule in (
        ("Every second", "FREQ=SECONDLY"),
        ("Every second, counted", "FREQ=SECONDLY;COUNT=1000000000"),
        ("Every minute", "FREQ=MINUTELY;INTERVAL=1"),
        ("Daily since 1900", "FREQ=DAILY"),
        ("Weekly, counted, since 1900", "FREQ=WEEKLY;COUNT=1000000000"),
        ("Weekly, counted, since 2000", "FREQ=WEEKLY;COUNT=1000000000"),
    ):
        first = start.replace(year=int(title[-4:])) if title[-4:].isdigit() else start
        Event.create(
            title=title, starts_at=first, timezone="UTC", recurrence=rule, uid=f"{title}@hostile"
        )


@pytest.mark.timeout(60)
def test_a_store_that_already_holds_sub_daily_rules_still_shows_and_prints_fast(
    store, qapp, tmp_path
):
    from networkcircles.printing.output import PrintOptions, write_pdf
    from networkcircles.services import events

    _hostile_store_rows()
    found = events.occurrences(date(2026, 11, 1), date(2026, 11, 30), ZoneInfo("UTC"))
    per_event: dict[str, list] = {}
    for occurrence in found:
        per_event.setdefault(occurrence.title, []).append(occurrence)
    # sub-daily rules count as none: each such event shows once, on its own day
    assert "Every second" not in per_event and "Every minute" not in per_event
    everything = events.occurrences(date(2025, 1, 1), date(2025, 1, 1), ZoneInfo("UTC"))
    assert sorted(o.title for o in everything if not o.is_recurring) == [
        "Every minute",
        "Every second",
        "Every second, counted",
    ]
    assert len(per_event["Daily since 1900"]) == 30  # moved forward, nothing lost
    assert len(per_event["Weekly, counted, since 2000"]) == 4  # 1,400 weeks in: examined
    # 6,500 weeks in: past the examined cap, so not shown (the price of finishing fast)
    assert "Weekly, counted, since 1900" not in per_event
    days = events.days_with_events(date(2026, 11, 1), date(2026, 12, 12))
    assert date(2026, 12, 12) in days
    assert write_pdf(tmp_path / "out.pdf", PrintOptions()) >= 1


@pytest.mark.timeout(60)
def test_the_calendar_panel_opens_on_a_store_with_sub_daily_rules(store, qtbot):
    from PySide6.QtGui import QUndoStack

    from networkcircles.ui.bridge import StoreBridge
    from networkcircles.ui.panels.event_calendar import EventCalendarPanel

    _hostile_store_rows()
    panel = EventCalendarPanel(
        StoreBridge(), QUndoStack(), today=date(2026, 11, 2), zone=ZoneInfo("UTC")
    )
    qtbot.addWidget(panel)
    panel.refresh()
    assert [title.split("  ", 1)[1] for title in panel.agenda_titles()] == ["Daily since 1900 ↻"]
    assert date(2026, 11, 30) in panel.marked_days()
