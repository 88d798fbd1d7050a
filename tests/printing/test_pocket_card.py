"""The pocket card: the user's pitch on a last page, drawn at business-card size.

Decided: the card is drawn at 85 x 55 mm inside a dashed cut line on a last page of the same
paper as the rest (so any printer prints it), and it prints in both privacy modes.
"""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from networkcircles.printing.output import PDF_DPI, PrintOptions, apply_page_layout, write_pdf
from networkcircles.printing.render import CARD_MM, CARD_POINT_SIZES, Layout, paginate
from networkcircles.printing.summary import PocketCard, SummaryDocument, build_summary
from networkcircles.services import contacts, profile

TODAY = date(2026, 11, 2)
PITCH = "I manage <b>logistics</b> projects & teams; looking for my next delivery lead role."
MM_TO_PT = 72 / 25.4


def pages_text(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [" ".join(page.extract_text(extraction_mode="layout").split()) for page in reader.pages]


@pytest.fixture
def network(store, qapp):
    contacts.create("Ann Peer", "peers")
    return store


def _pitch(**values) -> None:
    profile.save(
        {
            "target_roles": "Project manager",
            "industries": "Logistics",
            "locations": "Lyon or remote",
            "strengths": "Calm under deadlines",
            **values,
        }
    )


def test_no_pitch_no_card(network, tmp_path):
    _pitch(pitch="")  # roles alone are not a pitch
    assert build_summary("net", today=TODAY).pocket_card is None
    target = tmp_path / "plain.pdf"
    pages = write_pdf(target, PrintOptions(today=TODAY))
    assert pages == 6  # overview and five circles
    assert "Pocket card" not in " ".join(pages_text(target))


@pytest.mark.parametrize("share", [False, True])
def test_the_card_is_the_last_page_in_both_modes(network, tmp_path, share):
    _pitch(pitch=PITCH)
    target = tmp_path / "card.pdf"
    pages = write_pdf(target, PrintOptions(share=share, today=TODAY))
    texts = pages_text(target)
    assert pages == len(texts) == 7
    assert "Pocket card" in texts[-1] and "Pocket card" not in " ".join(texts[:-1])
    for words in (
        "What to tell people",
        "Project manager",
        "Logistics",
        "Lyon or remote",
        "Calm under deadlines",
    ):
        assert words in texts[-1]
    drawn = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert PITCH in drawn  # literal: the markup is printed, not obeyed


def test_a_single_circle_has_no_card_unless_chosen(network):
    _pitch(pitch=PITCH)
    assert build_summary("net", circles=["peers"], today=TODAY).pocket_card is None


def test_the_card_is_drawn_at_business_card_size(network, tmp_path):
    _pitch(pitch=PITCH)
    target = tmp_path / "card.pdf"
    write_pdf(target, PrintOptions(today=TODAY))
    reader = PdfReader(target)
    first, last = reader.pages[0].mediabox, reader.pages[-1].mediabox
    assert (last.width, last.height) == (first.width, first.height)  # the same paper
    spots = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            spots.append(
                (tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text)
            )

    reader.pages[-1].extract_text(visitor_text=visit)
    card = [(x, y) for x, y, text in spots if 100 < y < float(last.height) - 120]
    assert len(card) >= 6  # the heading, the pitch and four details
    left = (float(last.width) - CARD_MM[0] * MM_TO_PT) / 2  # centred between equal margins
    assert all(left < x < left + CARD_MM[0] * MM_TO_PT for x, _ in card)
    ys = [y for _, y in card]
    assert max(ys) - min(ys) < CARD_MM[1] * MM_TO_PT


def _laid_out_card(tmp_path: Path, card: PocketCard) -> tuple:
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(PDF_DPI)
    apply_page_layout(writer, PrintOptions())
    layout = Layout(writer)
    document = SummaryDocument("net", "title", TODAY, False, pocket_card=card)
    paginate(document, layout)
    ops = [op for page in layout.pages for op in page.ops if op[0] == "card"]
    assert len(ops) == 1 and len(layout.pages) == 1
    return layout, ops[0][1], ops[0][2]


def test_the_card_frame_is_85_by_55_mm(qapp, tmp_path):
    layout, rect, items = _laid_out_card(tmp_path, PocketCard("Tell them", PITCH))
    assert abs(rect.width() - layout.mm(85)) < 1 and abs(rect.height() - layout.mm(55)) < 1
    assert items[0][2].pointSizeF() == CARD_POINT_SIZES[0] + 0.5  # short: the largest size
    assert [item[3] for item in items] == ["Tell them", PITCH]


def test_a_long_pitch_shrinks_to_fit_the_card(qapp, tmp_path):
    long_pitch = " ".join(["Experienced project manager in logistics and health care."] * 10)
    details = (
        ("Looking for", "Project manager, programme coordinator, delivery lead"),
        ("Strengths", "Budgets, vendors, calm under deadlines, clear reports"),
    )
    _, rect, items = _laid_out_card(tmp_path, PocketCard("Tell them", long_pitch, details))
    body = items[1][2].pointSizeF()
    assert body < CARD_POINT_SIZES[0]
    assert all(rect.contains(item[0]) for item in items)  # every line inside the cut line
