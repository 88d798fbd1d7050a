"""Hostile input: random and adversarial text in importers and every text field.

Each input ends in a clear rejection (a reason in words) or in its text stored literally;
none crashes or hangs (hypothesis `deadline` bounds each one). Printed and displayed text
never becomes markup. The profile is fixed (derandomize) so CI runs the same inputs.
"""

import csv
import io
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkcircles.interchange.records import ImportRejected
from networkcircles.services import contacts, importing
from networkcircles.services.contacts import InvalidContact
from networkcircles.services.values import plain_text
from networkcircles.store import queries
from networkcircles.store.queries import Labelled

CI = settings(
    max_examples=40,
    deadline=timedelta(seconds=5),  # bounded time per input, generous for a noisy machine
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large, HealthCheck.large_base_example],
)  # fmt: skip
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
TEXT_FIELDS = ("how_known", "organization", "role", "address", "website", "linkedin", "notes",
               "tags", "follow_up_note")  # fmt: skip


def _count(key: str) -> None:
    TRIED[key] = TRIED.get(key, 0) + 1


@CI
@given(name=hostile_text, fields=st.fixed_dictionaries({f: hostile_text for f in TEXT_FIELDS}),
       phone=hostile_text, label=hostile_text)  # fmt: skip
def test_every_text_field_is_stored_literally(store, name, fields, phone, label):
    """Literally, but for control characters (NUL, escape...): those are removed."""
    _count("contact fields")
    if not plain_text(name).strip():
        with pytest.raises(InvalidContact):
            contacts.create(name, "peers", **fields)
        return
    contact_id = contacts.create(name, "peers", phones=[Labelled(phone, label)], **fields)
    details = queries.contact_details(contact_id)
    assert details.name == plain_text(name).strip()
    for field in TEXT_FIELDS:
        assert getattr(details, field) == plain_text(fields[field]), field
    kept = Labelled(plain_text(phone).strip(), plain_text(label).strip())
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
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))  # fmt: skip


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
huge_field = st.builds(lambda n, quote: b"Name,Notes\r\nAna," + (b'"' if quote else b"")
                       + b"n" * n + (b'"' if quote else b"") + b"\r\n",
                       st.integers(100_000, 2_000_000), st.booleans())  # fmt: skip
mangled = st.builds(
    lambda data, at, junk: data[:at] + junk + data[at:],
    csv_files | vcard_files,
    st.integers(0, 200),
    st.binary(min_size=1, max_size=8),
)  # invalid UTF-8 and stray bytes in an otherwise good file
any_file = st.one_of(st.binary(max_size=4000), csv_files, vcard_files, repeated, huge_field,
                     mangled)  # fmt: skip


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
@given(cards=st.lists(st.tuples(st.sampled_from(NASTY[:12]) | st.text(min_size=1, max_size=40),
                                st.sampled_from(NASTY) | st.text(max_size=40)),
                      min_size=1, max_size=4))  # fmt: skip
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


REPEATED = [b"BEGIN:VCARD\r\n" * 100_000, b"a,b,c\r\n" * 100_000, b'"' * 2_000_000,
            b"Name\r\n" + b"Ana\r\n" * 50_000]  # fmt: skip


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


MARKUP = ["<b>Bob</b> & Co", "<i>Ivy</i> &amp; <u>Ute</u>", "Robert'); DROP TABLE contact;--",
          "<img src=x onerror=alert(1)>"]  # fmt: skip


def test_printed_text_never_becomes_markup(store, qapp, tmp_path):
    from pypdf import PdfReader

    from networkcircles.printing.output import PrintOptions, write_pdf

    for n, text in enumerate(MARKUP):
        contacts.create(text, "peers", how_known=f"met at <h1>club</h1> {n}",
                        organization="A & B <Ltd>")  # fmt: skip
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
