"""A whole-network PDF does per table what is the same for every row: the words of a person's
row are translated once per table, the fonts are made at the device's resolution once, and a
column's measured texts are looked up by the text alone. What prints stays the same."""

from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QFont, QPdfWriter

from networkcircles.printing import summary
from networkcircles.printing.render import Font, Layout, paginate
from networkcircles.printing.summary import Table, build_summary
from networkcircles.services import contacts

TODAY = date(2026, 11, 2)


def _translations(monkeypatch, count: int) -> tuple[int, Table]:
    for n in range(count):
        contacts.create(
            f"Peer {n}",
            "peers",
            last_contacted=date(2026, 10, 1) if n % 2 else None,
            next_follow_up=date(2026, 10, 30) if n % 3 == 0 else None,
        )
    asked: list[str] = []
    real = summary.tr

    def counting(text: str, n: int = -1) -> str:
        asked.append(text)
        return real(text, n)

    monkeypatch.setattr(summary, "tr", counting)
    (section,) = build_summary("net", circles=["peers"], today=TODAY).sections
    table = next(block for block in section.blocks if isinstance(block, Table))
    return len(asked), table


def test_row_words_are_translated_once_per_table(store, monkeypatch):
    few, _ = _translations(monkeypatch, 3)
    monkeypatch.undo()
    many, table = _translations(monkeypatch, 40)  # 43 people in all
    assert many == few  # not three more per row
    by_name = {row.cells[0]: row.cells for row in table.rows}
    assert by_name["Peer 0"][4] == "never"
    assert by_name["Peer 0"][5] == "2026-10-30 (overdue)"
    assert by_name["Peer 1"][4] == "2026-10-01"
    assert by_name["Peer 1"][6] == "no"


def test_a_table_measures_each_text_once_per_column_with_fonts_at_the_device_resolution(
    store, qapp
):
    for n in range(12):
        contacts.create(f"Peer {n}", "peers", organization="Same Org", role="Same Role")
    document = build_summary("net", circles=["peers"], today=TODAY)
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    layout = Layout(writer)
    measured: list[str] = []
    real = layout._measure

    def counting(text: str, font: Font, width: float):
        measured.append(text)
        return real(text, font, width)

    layout._measure = counting  # type: ignore[method-assign]
    paginate(document, layout)
    assert measured.count("Same Org\nSame Role") == 1  # twelve rows, one column
    for font in layout.fonts.values():
        assert QFont(font, writer) == font  # what QPainter.setFont() would make of it


def test_a_tables_drawing_ops_hold_only_plain_values(store, qapp):
    """Fonts, flags and colours as ints and rectangles as numbers: Python's collector stops
    tracking such ops, so a big PDF's full collections do not walk every op it keeps."""
    import gc

    for n in range(12):
        contacts.create(f"Peer {n}", "peers", organization="Org\nTeam", last_contacted=TODAY)
    document = build_summary("net", circles=["peers"], today=TODAY)
    pdf = QByteArray()
    buffer = QBuffer(pdf)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    layout = Layout(writer)
    paginate(document, layout)
    gc.collect()
    ops = [op for page in layout.pages for op in page.ops]
    assert {op[0] for op in ops} >= {"text", "run", "fill", "line", "dot"}
    assert [op for op in ops if gc.is_tracked(op)] == []
