"""PDFs written through write_pdf and the command line, read back with pypdf."""

import gc
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from networkcircles.cli import main
from networkcircles.printing import output
from networkcircles.printing.output import PrintOptions, write_pdf
from networkcircles.services import contacts
from networkcircles.store.models import Event

TODAY = date(2026, 11, 2)
TRICKY = "<b>Bob</b> & Co"


def pages_text(path: Path) -> list[str]:
    """Each page's text as laid out (left to right, top to bottom), white space made one space."""
    reader = PdfReader(path)
    return [" ".join(page.extract_text(extraction_mode="layout").split()) for page in reader.pages]


def cells_text(path: Path) -> str:
    """All the text in drawing order, so a wrapped cell reads as one piece."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def network(store, qapp):
    contacts.create(
        "José Núñez",
        "peers",
        next_follow_up=date(2026, 10, 1),
        emails=["jose@example.com"],
        phones=["+34 600 111 222"],
    )
    contacts.create("Zoë Ødegaard", "peers", last_contacted=date(2026, 6, 1))
    contacts.create("王芳", "peers", last_contacted=date(2026, 10, 30))
    contacts.create(
        "Анна", "family", knows_looking_on=date(2026, 9, 1), emails=["anna@example.com"]
    )
    contacts.create(
        TRICKY, "acquaintances", how_known="Barista & <i>friend</i>", phones=["+1 555 0199"]
    )
    Event.create(title="Job club", starts_at=datetime(2026, 11, 10, 10, 0), location="Library")
    return store


def test_whole_network_pdf(network, tmp_path):
    target = tmp_path / "whole.pdf"
    pages = write_pdf(target, PrintOptions(network_name="Sam's network", today=TODAY))
    texts = pages_text(target)
    assert pages == len(texts) == 7  # overview, five circles, events
    everything = " ".join(texts)
    assert "The whole network" in texts[0]
    assert "Family and friends" in texts[0]  # the balance table
    for heading in (
        "Family and friends",
        "Former co-workers and bosses",
        "Fellow job seekers",
        "Professional and trade associations",
        "Acquaintances",
        "Upcoming events (next 30 days)",
    ):
        assert heading in everything
    assert "Job club" in texts[-1]
    for name in ("José Núñez", "Zoë Ødegaard", "王芳", "Анна"):
        assert name in everything
    cells = cells_text(target)
    assert TRICKY in cells  # printed literally, not as bold "Bob"
    assert "Barista & <i>friend</i>" in cells
    assert "jose@example.com" in everything and "+34 600 111 222" in everything
    for number, text in enumerate(texts, start=1):
        assert text.startswith("Sam's network"), text[:60]
        assert f"Page {number} of {len(texts)}" in text
        assert f"Printed on {TODAY.isoformat()}" in text


def test_people_are_in_working_order(network, tmp_path):
    target = tmp_path / "peers.pdf"
    write_pdf(target, PrintOptions(circles=["peers"], today=TODAY))
    (text,) = pages_text(target)
    positions = [text.index(name) for name in ("José Núñez", "Zoë Ødegaard", "王芳")]
    assert positions == sorted(positions)  # overdue, then the longest since contact
    assert "Fellow job seekers" in text and "Family and friends" not in text


def test_share_mode_from_the_command_line(network, tmp_path):
    target = tmp_path / "share.pdf"
    assert main(["print", "--db", str(network), "-o", str(target), "--share"]) == 0
    everything = " ".join(pages_text(target))
    assert "J. N." in everything and "Z. Ø." in everything and "\u0410." in everything
    assert "B. C." in everything and "Phone and e-mail" not in everything
    for hidden in ("José", "Núñez", "Анна", "Bob", "@", "+34 600", "555 0199"):
        assert hidden not in everything
    assert "for sharing" in everything


def test_single_circle_from_the_command_line(network, tmp_path, capsys):
    target = tmp_path / "family.pdf"
    assert main(["print", "--db", str(network), "-o", str(target), "--circle", "family"]) == 0
    assert "1 page" in capsys.readouterr().out
    (text,) = pages_text(target)
    assert "Family and friends" in text and "Анна" in text and "anna@example.com" in text
    assert "José Núñez" not in text


def test_unknown_circle_is_wrong_usage(network, tmp_path):
    target = tmp_path / "nope.pdf"
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "--db", str(network), "-o", str(target), "--circle", "nope"])
    assert exit_info.value.code == 2
    assert not target.exists()


def test_long_tables_repeat_their_header_and_never_lose_a_row(store, qapp, tmp_path):
    for n in range(12):
        contacts.create(f"Peer {n:03d}", "peers", last_contacted=TODAY - timedelta(days=n))
    few = tmp_path / "few.pdf"
    few_pages = write_pdf(few, PrintOptions(circles=["peers"], today=TODAY))
    for n in range(12, 300):
        contacts.create(
            f"Peer {n:03d}",
            "peers",
            last_contacted=TODAY - timedelta(days=n),
            how_known="A long description that wraps over more than one line "
            "in its narrow column, to make rows of different heights",
        )
    many = tmp_path / "many.pdf"
    many_pages = write_pdf(many, PrintOptions(circles=["peers"], today=TODAY))
    assert few_pages == 1
    assert many_pages > 5
    texts = pages_text(many)
    assert len(texts) == many_pages
    for text in texts:
        assert "Name" in text and "Phone and e-mail" in text
    for text in texts[1:]:
        assert "Fellow job seekers (continued)" in text
    found = re.findall(r"Peer (\d{3})", " ".join(texts))
    assert sorted(found) == [f"{n:03d}" for n in range(300)]  # each row once: none split


def test_a_failed_print_leaves_no_file(network, tmp_path, monkeypatch):
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the previous print")

    def fail(device, document):
        raise OSError("disk full")

    monkeypatch.setattr(output, "render_document", fail)
    with pytest.raises(OSError):
        write_pdf(target, PrintOptions(today=TODAY))
    assert target.read_bytes() == b"the previous print"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_measuring_a_cell_answers_as_laying_it_out_by_words_would(qapp, tmp_path):
    """The shortcuts in Layout.measure (one line that fits; a word too wide, such as an
    e-mail address, wrapped anywhere at once) give the height and flags the full layout
    gives: word wrap first, anywhere when a word is still too wide."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPdfWriter

    from networkcircles.printing.render import WRAP, WRAP_ANYWHERE, Font, Layout

    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(output.PDF_DPI)
    layout = Layout(writer)
    metrics = layout.metrics[Font.BODY]
    texts = [
        "Ana",
        "+1 555 777 7843\ngeorge.varga.7844@example.com",
        "a.very.long.address.without.breaks@example-with-hyphens.com",
        "someone.with.a.rather.long.name@example.org",
        "two words that wrap\nand_a_line_that_does_not@wrap.example.com",
        "Evergreen Bank\nProject manager",
        "José Ødegaard the very long name indeed",
        "x" * 40,
    ]
    for text in texts:
        for width in (30.0, metrics.horizontalAdvance("someone.with.a") + 0.3, 400.0, 2000.0):
            height, flags = layout.measure(text, Font.BODY, width)
            bounds = metrics.boundingRect(QRectF(0, 0, width, 1e9), WRAP, text)
            wanted = WRAP
            if bounds.width() > width + 0.5:
                wanted = WRAP_ANYWHERE
                bounds = metrics.boundingRect(QRectF(0, 0, width, 1e9), wanted, text)
            full = max(bounds.height(), metrics.height())
            if flags == wanted:
                assert abs(height - full) <= 0.5, (text, width)
            else:  # only a text measured to fit on one line differs: it is drawn as a run
                assert "\n" not in text and bounds.width() <= width + 0.5, (text, width)


def test_the_pdf_is_drawn_without_collection_and_gives_it_back(
    network, tmp_path, monkeypatch, collecting
):
    """A big PDF makes a few tuples per row: no collection walks them while it is drawn
    (services/gc_pause.py), and collection is as it was after, even when the job fails."""
    seen = []
    painting = output.paint

    def paint(*args, **kwargs):
        seen.append(gc.isenabled())
        return painting(*args, **kwargs)

    monkeypatch.setattr(output, "paint", paint)
    write_pdf(tmp_path / "whole.pdf", PrintOptions(today=TODAY))
    assert gc.isenabled()
    device = QPdfWriter(str(tmp_path / "printer.pdf"))  # as a printer or the preview
    output.render(device, PrintOptions(today=TODAY))
    del device
    assert gc.isenabled()

    def fail(*args, **kwargs):
        raise OSError("The printer refused a new page.")

    monkeypatch.setattr(output, "paint", fail)
    with pytest.raises(OSError):
        write_pdf(tmp_path / "failed.pdf", PrintOptions(today=TODAY))
    assert gc.isenabled()
    assert not (tmp_path / "failed.pdf").exists()
    assert seen == [False, False]
