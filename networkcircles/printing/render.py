"""Lays a SummaryDocument out on pages and paints it with QPainter.

Two passes: `paginate` measures every block and cuts pages (rows never split, a table's
header repeated on each page it spans), so the total is known before `paint` draws the
first "Page 1 of N". Everything is drawn as plain strings through drawText, which never
reads markup, so whatever the user typed prints literally; each line is drawn bidi-isolated
(`_shown`), so a right-to-left override in a name cannot reverse the line below it. Units
are the device's pixels; sizes are given in millimetres and points and converted with the
device's resolution.

The pocket card is drawn at business-card size (CARD_MM) on a last page of the same paper,
inside a dashed cut line: one paper size keeps the document printable on any printer, and
the card comes out the right size to cut. Its font shrinks until a long pitch fits.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from networkcircles.diagram import geometry
from networkcircles.printing.summary import (
    Diagram,
    Overview,
    Paragraph,
    PocketCard,
    Section,
    Subheading,
    SummaryDocument,
    Table,
)
from networkcircles.services.followups import Warmth
from networkcircles.text import isolate

WARMTH_COLOURS = {
    Warmth.RECENT: "#2b8a3e",
    Warmth.DUE: "#f08c00",
    Warmth.OVERDUE: "#e03131",
    Warmth.NEVER: "#adb5bd",
}
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]
INK = QColor("#212529")
MUTED = QColor("#5c636a")
RULE = QColor("#adb5bd")
SHADE = QColor("#f1f3f5")
CARD_MM = (85.0, 55.0)  # ISO/IEC 7810 ID-1, a business card: fits a wallet or a pocket
CARD_PADDING_MM = 4.0
CARD_POINT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0)  # tried in turn until it fits

WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
WRAP_ANYWHERE = (
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere
)
CENTRED = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
# Letters, digits, dots, @ and _: no line-break opportunity between them (Unicode's line
# breaking), so word wrap leaves such a text on one line.
_UNBREAKABLE = re.compile(r"[A-Za-z0-9._@]+")
# Measured to fit on one line: drawn at its baseline, which skips Qt's line layout (faster).
ONE_LINE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PrintSummary", text, None, n)


class Font(IntEnum):
    BODY = 0
    BODY_BOLD = 1
    TABLE_HEADER = 2
    TITLE = 3
    DESCRIPTION = 4
    PARAGRAPH = 5
    SUBHEADING = 6
    RUNNING = 7
    RING_LABEL = 8
    CONTINUED = 9


_FONT_SPECS = {  # point size, bold, italic
    Font.BODY: (8.0, False, False),
    Font.BODY_BOLD: (8.0, True, False),
    Font.TABLE_HEADER: (7.5, True, False),
    Font.TITLE: (16.0, True, False),
    Font.DESCRIPTION: (9.5, False, True),
    Font.PARAGRAPH: (9.5, False, False),
    Font.SUBHEADING: (11.0, True, False),
    Font.RUNNING: (7.5, False, False),
    Font.RING_LABEL: (6.5, True, False),
    Font.CONTINUED: (10.0, True, False),
}

# A drawing operation, recorded by paginate and replayed by paint. Fonts, flags and colours
# are plain ints (Font values, Qt flag bits, Layout.colour() keys) and rectangles four
# numbers, so that most ops hold only plain values: Python's collector then stops tracking
# them, and the tens of thousands a big PDF keeps no longer make its full collections walk
# them again and again.
# ("text", x, y, width, height, flags, font, text, colour) | ("run", x, baseline y, font,
# text) in INK | ("fill", x, y, width, height, colour) | ("line", x1, y1, x2, y2, colour)
# | ("dot", centre x, centre y, diameter, colour) | ("diagram", rect, diagram)
# | ("card", rect, [(rect, flags, QFont, text, colour), ...]) clipped to rect, dashed frame
Op = tuple[Any, ...]
# One text of a pocket card: (rect, Qt.TextFlag bits, font, text, colour).
CardItem = tuple[QRectF, int, QFont, str, QColor]
# What Layout.measure() answers: the height a text takes, and the flags to draw it with.
Measured = tuple[float, Qt.AlignmentFlag]


@dataclass
class Page:
    ops: list[Op]


def make_font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


class Layout:
    """Fonts, metrics and page geometry of one device, and the pages being filled."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())
        self.fonts: dict[Font, QFont] = {}
        self.metrics: dict[Font, QFontMetricsF] = {}
        for key, (size, bold, italic) in _FONT_SPECS.items():
            # At the device's resolution already, as QPainter.setFont() would make it: the
            # painter then shares this font's cached glyph engine instead of making a font
            # of its own at every change of font (table rows change it twice).
            font = QFont(make_font(size, bold, italic), device)
            self.fonts[key] = font
            self.metrics[key] = QFontMetricsF(font, device)
        self.header_height = self.metrics[Font.RUNNING].height() + self.mm(2.5)
        self.footer_height = self.metrics[Font.RUNNING].height() + self.mm(2.5)
        self.top = self.header_height + self.mm(3)
        self.bottom = self.height - self.footer_height - self.mm(2)
        self.pages: list[Page] = []
        self.y = self.top
        self.pad_x = self.mm(1.2)
        self.pad_y = self.mm(0.9)
        self.mark_space = self.mm(2.8)
        # (font, width) -> text -> what measure() answered: tables repeat many texts, and a
        # table's column looks its texts up in its own dict, by the text alone.
        self.measured: dict[tuple[Font, float], dict[str, Measured]] = {}
        self.colours: dict[int, QColor] = {}  # the ops' colour keys: colour()

    def colour(self, colour: QColor) -> int:
        """`colour` as the int an op holds; paint draws with the first QColor given for it."""
        key = colour.rgba()
        if key not in self.colours:
            self.colours[key] = colour
        return key

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    # --- measuring ---

    def measure(self, text: str, font: Font, width: float) -> Measured:
        """The height `text` takes wrapped to `width`, and the flags to draw it with."""
        known = self.measured_in(font, width)
        found = known.get(text)
        if found is None:
            found = known[text] = self._measure(text, font, width)
        return found

    def measured_in(self, font: Font, width: float) -> dict[str, Measured]:
        """What measure() has answered for `font` at `width`, by text."""
        known = self.measured.get((font, width))
        if known is None:
            known = self.measured[font, width] = {}
        return known

    def _measure(self, text: str, font: Font, width: float) -> tuple[float, Qt.AlignmentFlag]:
        metrics = self.metrics[font]
        if not text:
            return 0.0, WRAP
        if text.isascii():  # one font, no fallback: lines that fit are one line-height each
            lines = text.split("\n")
            advances = [metrics.horizontalAdvance(line) for line in lines]
            if all(advance <= width for advance in advances):
                return len(lines) * metrics.height() + 0.5, ONE_LINE if len(lines) == 1 else WRAP
            if any(
                advance > width + 1 and _UNBREAKABLE.fullmatch(line)
                for line, advance in zip(lines, advances, strict=True)
            ):
                # A line that is one word too wide (an e-mail address): word wrap finds no
                # break in it and leaves it that wide, so the text is wrapped anywhere, as
                # below, without first laying it out by words.
                bounds = metrics.boundingRect(QRectF(0, 0, width, 1e9), WRAP_ANYWHERE, text)
                return max(bounds.height(), metrics.height()), WRAP_ANYWHERE
        bounds = metrics.boundingRect(QRectF(0, 0, width, 1e9), WRAP, text)
        flags = WRAP
        if bounds.width() > width + 0.5:  # a word wider than the column, e.g. an e-mail address
            flags = WRAP_ANYWHERE
            bounds = metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text)
        return max(bounds.height(), metrics.height()), flags

    # --- pages ---

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page([]))
        self.y = self.top

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> bool:
        """Start a new page unless `height` fits below; True when a page was started."""
        if not self.pages or (height > self.room() and self.y > self.top):
            self.new_page()
            return True
        return False

    def text(
        self, text: str, font: Font, x: float, width: float, colour: QColor = INK, gap: float = 0.0
    ) -> None:
        height, flags = self.measure(text, font, width)
        self.ensure(height)
        op = ("text", x, self.y, width, height, int(flags), int(font), text, self.colour(colour))
        self.page.ops.append(op)
        self.y += height + gap


def paginate(document: SummaryDocument, layout: Layout) -> list[Page]:
    if document.overview is not None:
        layout.new_page()
        _overview(document.overview, layout)
    for section in document.sections:
        if section.new_page or not layout.pages:
            layout.new_page()
        _section(section, layout)
    if document.pocket_card is not None:
        layout.new_page()
        _pocket_card(document.pocket_card, layout)
    if not layout.pages:
        layout.new_page()
        layout.text(tr("Nothing to print."), Font.PARAGRAPH, 0, layout.width)
    return layout.pages


def _title(title: str, colour: str | None, layout: Layout) -> None:
    metrics = layout.metrics[Font.TITLE]
    swatch = metrics.ascent() * 0.8 if colour else 0.0
    x = swatch + layout.mm(2.5) if colour else 0.0
    height, flags = layout.measure(title, Font.TITLE, layout.width - x)
    layout.ensure(height + layout.mm(30))  # keep the title with what follows it
    if colour:
        top = layout.y + (metrics.ascent() - swatch) / 2 + metrics.descent() / 2
        fill = layout.colour(QColor(colour))
        layout.page.ops.append(("fill", 0.0, top, swatch, swatch, fill))
    ink = layout.colour(INK)
    width = layout.width - x
    layout.page.ops.append(
        ("text", x, layout.y, width, height, int(flags), int(Font.TITLE), title, ink)
    )
    layout.y += height + layout.mm(2)


def _section(section: Section, layout: Layout) -> None:
    _title(section.title, section.colour, layout)
    for block in section.blocks:
        if isinstance(block, Paragraph):
            font = Font.DESCRIPTION if block.italic else Font.PARAGRAPH
            layout.text(
                block.text, font, 0, layout.width, MUTED if block.italic else INK, gap=layout.mm(2)
            )
        elif isinstance(block, Subheading):
            layout.ensure(layout.mm(25))
            layout.y += layout.mm(3)
            layout.text(block.text, Font.SUBHEADING, 0, layout.width, gap=layout.mm(1.5))
        elif isinstance(block, Table):
            _table(block, section.title, layout)
            layout.y += layout.mm(4)


def _table(table: Table, title: str, layout: Layout) -> None:
    has_marks = any(row.mark is not None for row in table.rows)
    pad_x, pad_y = layout.pad_x, layout.pad_y
    widths = _column_widths(table, layout, has_marks)
    lefts = [sum(widths[:i]) for i in range(len(widths))]

    def inner(i: int) -> tuple[float, float]:
        shift = layout.mark_space if i == 0 and has_marks else 0.0
        return lefts[i] + pad_x + shift, widths[i] - 2 * pad_x - shift

    header_cells = []
    for i, column in enumerate(table.columns):
        x, width = inner(i)
        height, flags = layout.measure(column.title, Font.TABLE_HEADER, width)
        header_cells.append((x, width, height, flags, column.title))
    header_height = max(cell[2] for cell in header_cells) + 2 * pad_y
    header_fill, ink, rule = (layout.colour(c) for c in (QColor("#dee2e6"), INK, RULE))
    header_font, shade = int(Font.TABLE_HEADER), layout.colour(SHADE)

    def draw_header() -> None:
        ops, y = layout.page.ops, layout.y
        ops.append(("fill", 0.0, y, layout.width, header_height, header_fill))
        for x, width, height, flags, text in header_cells:
            ops.append(("text", x, y + pad_y, width, height, int(flags), header_font, text, ink))
        layout.y += header_height

    fonts = [Font.BODY_BOLD if column.bold else Font.BODY for column in table.columns]
    columns = [inner(i) for i in range(len(widths))]
    ascents = [layout.metrics[font].ascent() for font in fonts]
    # Per column: x, width, font, the x of a one-line run, its baseline below the row top, and
    # the font as the int an op holds.
    specs = [
        (x, width, font, round(x), pad_y + ascent, int(font))
        for (x, width), font, ascent in zip(columns, fonts, ascents, strict=True)
    ]
    # Per column: its texts measured so far, by text (one dict lookup a cell).
    known = [layout.measured_in(font, width) for _x, width, font, _run_x, _base, _key in specs]
    measure = layout.measure
    dots = {mark: layout.colour(QColor(colour)) for mark, colour in WARMTH_COLOURS.items()}
    width_line = layout.width
    first = True
    for index, row in enumerate(table.rows):
        cells = []
        row_height = 0.0
        for text, spec, column_known in zip(row.cells, specs, known, strict=False):
            found = column_known.get(text)
            if found is None:
                found = measure(text, spec[2], spec[1])
            cells.append((text, found, spec))
            if found[0] > row_height:
                row_height = found[0]
        row_height += 2 * pad_y
        # A row taller than a whole page is cut at the page's foot rather than looping.
        row_height = min(row_height, layout.bottom - layout.top - header_height - layout.mm(8))
        needed = row_height + (header_height if first else 0.0)
        if first:
            layout.ensure(needed)
            draw_header()
            first = False
        elif row_height > layout.room():
            layout.new_page()
            layout.text(
                tr("%1 (continued)").replace("%1", isolate(title)),
                Font.CONTINUED,
                0,
                layout.width,
                MUTED,
                gap=layout.mm(1.5),
            )
            draw_header()
        ops, y = layout.page.ops, layout.y
        if index % 2:
            ops.append(("fill", 0.0, y, layout.width, row_height, shade))
        if row.mark is not None:
            size = layout.mm(1.8)
            line = layout.metrics[fonts[0]].height()
            top = y + pad_y + (line - size) / 2
            ops.append(("dot", pad_x + size / 2, top + size / 2, size, dots[row.mark]))
        for text, (height, flags), (x, width, _font, run_x, baseline, font) in cells:
            if not text:
                continue
            if flags == ONE_LINE:
                # Whole device pixels: at a printer's or the PDF's resolution, well under 0.1 mm.
                ops.append(("run", run_x, round(y + baseline), font, text))
            else:
                height = min(height, row_height - 2 * pad_y)
                ops.append(("text", x, y + pad_y, width, height, int(flags), font, text, ink))
        layout.y += row_height
        ops.append(("line", 0.0, layout.y, width_line, layout.y, rule))


def _column_widths(table: Table, layout: Layout, has_marks: bool) -> list[float]:
    """Widths by weight, except that a column with a `fit` sample gets at least its width."""
    columns = table.columns
    needs = []
    for i, column in enumerate(columns):
        font = Font.BODY_BOLD if column.bold else Font.BODY
        need = 0.0
        if column.fit:
            need = layout.metrics[font].horizontalAdvance(column.fit) + 2 * layout.pad_x + 1
            need += layout.mark_space if i == 0 and has_marks else 0.0
        needs.append(need)
    fixed: dict[int, float] = {}
    while True:  # a column pinned to its sample shrinks what is left for the others
        free = [i for i in range(len(columns)) if i not in fixed]
        room = layout.width - sum(fixed.values())
        total = sum(columns[i].weight for i in free) or 1.0
        share = {i: room * columns[i].weight / total for i in free}
        grown = {i: needs[i] for i in free if needs[i] > share[i]}
        if not grown:
            return [fixed.get(i, share.get(i, 0.0)) for i in range(len(columns))]
        fixed.update(grown)


def _overview(overview: Overview, layout: Layout) -> None:
    _title(tr("The whole network"), None, layout)
    side = min(layout.width, (layout.bottom - layout.top) * 0.55)
    rect = QRectF((layout.width - side) / 2, layout.y, side, side)
    layout.page.ops.append(("diagram", rect, overview.diagram))
    layout.y += side + layout.mm(2)
    _legend(layout)
    layout.y += layout.mm(4)
    _table(overview.balance, tr("The whole network"), layout)
    layout.y += layout.mm(2)
    for note in overview.notes:
        layout.text(note, Font.PARAGRAPH, 0, layout.width, gap=layout.mm(1))


def _pocket_card(card: PocketCard, layout: Layout) -> None:
    _title(tr("Pocket card"), None, layout)
    layout.text(
        tr("Cut along the dashed line and keep it with you."),
        Font.PARAGRAPH,
        0,
        layout.width,
        MUTED,
        gap=layout.mm(5),
    )
    width, height = (min(layout.mm(CARD_MM[0]), layout.width), layout.mm(CARD_MM[1]))
    rect = QRectF((layout.width - width) / 2, layout.y, width, height)
    layout.page.ops.append(("card", rect, _card_items(card, rect, layout)))
    layout.y += height


def _card_items(card: PocketCard, rect: QRectF, layout: Layout) -> list[CardItem]:
    """The card's text, at the largest size that fits (the smallest one is clipped)."""
    pad = layout.mm(CARD_PADDING_MM)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    items: list[CardItem] = []

    def put(text: str, font: QFont, x: float, y: float, width: float, colour: QColor) -> float:
        metrics = QFontMetricsF(font, layout.device)
        bounds = metrics.boundingRect(QRectF(0, 0, width, 1e9), WRAP, text)
        flags = WRAP
        if bounds.width() > width + 0.5:  # a word wider than the card, e.g. a link
            flags = WRAP_ANYWHERE
            bounds = metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text)
        height = max(bounds.height(), metrics.height())
        items.append((QRectF(x, y, width, height), flags, font, text, colour))
        return height

    left, width = inner.left(), inner.width()
    for size in CARD_POINT_SIZES:
        items.clear()
        heading_font, body_font = make_font(size + 0.5, bold=True), make_font(size)
        label_font, detail_font = make_font(size - 1, bold=True), make_font(size - 1)
        y = inner.top()
        y += put(card.heading, heading_font, left, y, width, INK) + layout.mm(1.2)
        y += put(card.pitch, body_font, left, y, width, INK) + layout.mm(2)
        label_metrics = QFontMetricsF(label_font, layout.device)
        label_width = max(
            (label_metrics.horizontalAdvance(label) for label, _ in card.details), default=0.0
        ) + layout.mm(1.5)
        label_width = min(label_width, width / 3)
        for label, text in card.details:
            used = put(label, label_font, left, y, label_width, MUTED)
            used = max(
                used, put(text, detail_font, left + label_width, y, width - label_width, INK)
            )
            y += used + layout.mm(0.6)
        if y - layout.mm(0.6) <= inner.bottom():
            break
    return list(items)


def _legend(layout: Layout) -> None:
    entries = [
        (Warmth.RECENT, tr("contacted in the last 30 days")),
        (Warmth.DUE, tr("follow-up due soon, or getting cold")),
        (Warmth.OVERDUE, tr("follow-up overdue")),
        (Warmth.NEVER, tr("never contacted")),
    ]
    metrics = layout.metrics[Font.RUNNING]
    size, gap = layout.mm(2), layout.mm(1.2)
    widths = [size + gap + metrics.horizontalAdvance(text) for _, text in entries]
    spacing = layout.mm(5)
    x = max(0.0, (layout.width - sum(widths) - spacing * (len(entries) - 1)) / 2)
    y, line = layout.y, metrics.height()
    muted, font, flags = layout.colour(MUTED), int(Font.RUNNING), int(WRAP)
    for (warmth, text), width in zip(entries, widths, strict=True):
        top, colour = y + (line - size) / 2, layout.colour(QColor(WARMTH_COLOURS[warmth]))
        layout.page.ops.append(("dot", x + size / 2, top + size / 2, size, colour))
        text_width = width - size - gap + 1
        layout.page.ops.append(
            ("text", x + size + gap, y, text_width, line, flags, font, text, muted)
        )
        x += width + spacing
    layout.y += line


# --- painting ------------------------------------------------------------------------------


def paint(
    document: SummaryDocument,
    layout: Layout,
    painter: QPainter,
    new_page: Callable[[], bool],
) -> int:
    """Draw the laid-out pages; `new_page` advances the device. Returns the page count."""
    pages = layout.pages
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    current_font: int | None = None
    current_colour: int | None = None  # the colour key of the plain pen set
    hairlines: dict[int, QPen] = {}  # a rule's colour -> its pen, made once
    draw_text, fonts, colours = painter.drawText, layout.fonts, layout.colours
    ink = layout.colour(INK)
    for number, page in enumerate(pages, start=1):
        if number > 1 and not new_page():
            raise OSError(tr("The printer refused a new page."))
        _running_header_and_footer(document, layout, painter, number, len(pages))
        current_font = current_colour = None
        # (colour, diameter) -> the centres of the page's warmth dots, drawn after its
        # other drawing: nothing drawn later covers a dot (rows and legend keep them clear).
        dots: dict[tuple[int, float], list[QPointF]] = {}
        for op in page.ops:
            kind = op[0]
            if kind == "run":  # the commonest: a table cell on one line
                _, x, y, font, text = op
                if font != current_font:
                    painter.setFont(fonts[font])
                    current_font = font
                if current_colour != ink:
                    painter.setPen(colours[ink])
                    current_colour = ink
                draw_text(x, y, text if text.isascii() else _shown(text))
            elif kind == "text":
                _, x, y, width, height, flags, font, text, colour = op
                if font != current_font:
                    painter.setFont(fonts[font])
                    current_font = font
                if colour != current_colour:
                    painter.setPen(colours[colour])
                    current_colour = colour
                shown = text if text.isascii() else _shown(text)
                draw_text(QRectF(x, y, width, height), flags, shown)
            elif kind == "fill":
                _, x, y, width, height, colour = op
                painter.fillRect(QRectF(x, y, width, height), colours[colour])
            elif kind == "line":
                _, x1, y1, x2, y2, colour = op
                pen = hairlines.get(colour)
                if pen is None:
                    pen = hairlines[colour] = QPen(colours[colour], 0)
                painter.setPen(pen)
                painter.drawLine(QLineF(x1, y1, x2, y2))
                current_colour = None
            elif kind == "dot":
                _, x, y, diameter, colour = op
                dots.setdefault((colour, diameter), []).append(QPointF(x, y))
            elif kind == "diagram":
                _diagram(op[2], op[1], layout, painter)
                current_font = current_colour = None
            elif kind == "card":
                _draw_card(op[1], op[2], layout, painter)
                current_font = current_colour = None
        if dots:
            _draw_dots(painter, dots, colours)
    return len(pages)


def _draw_dots(
    painter: QPainter, dots: dict[tuple[int, float], list[QPointF]], colours: dict[int, QColor]
) -> None:
    """Round-capped points, one call per colour and size: each dot is a two-number stroke
    in the PDF instead of four curves and a fill of its own, and still a vector disc."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for (colour, diameter), centres in dots.items():
        pen = QPen(colours[colour], diameter)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPoints(QPolygonF(centres))


def _shown(text: str) -> str:
    """`text` with each line bidi-isolated. drawText breaks lines at "\n" inside one
    paragraph, where an override opened on one line (an organisation "Evil\u202eCorp")
    would run on and reverse the next ("Engineer" as "reenignE"). Isolates take no room,
    so what was measured still fits."""
    if text.isascii():
        return text  # no override, no right-to-left letter: nothing to isolate
    return "\n".join(isolate(line) for line in text.split("\n"))


def _draw_card(rect: QRectF, items: list[CardItem], layout: Layout, painter: QPainter) -> None:
    painter.save()
    pen = QPen(MUTED, layout.mm(0.25))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.setClipRect(rect)
    for item_rect, flags, font, text, colour in items:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(item_rect, flags, _shown(text))
    painter.restore()


def _running_header_and_footer(
    document: SummaryDocument, layout: Layout, painter: QPainter, number: int, total: int
) -> None:
    metrics = layout.metrics[Font.RUNNING]
    painter.setFont(layout.fonts[Font.RUNNING])
    painter.setPen(MUTED)
    line = metrics.height()
    half = layout.width / 2 - layout.mm(2)
    right_text = document.title
    if document.share:
        right_text = tr("%1 · for sharing").replace("%1", right_text)
    left = metrics.elidedText(document.network_name, Qt.TextElideMode.ElideRight, half)
    right = metrics.elidedText(right_text, Qt.TextElideMode.ElideLeft, half)
    align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(0, 0, half, line), align_left, _shown(left))
    painter.drawText(QRectF(layout.width - half, 0, half, line), align_right, _shown(right))
    painter.setPen(QPen(RULE, 0))
    rule_y = line + layout.mm(1)
    painter.drawLine(QPointF(0, rule_y), QPointF(layout.width, rule_y))
    foot = layout.height - line
    painter.drawLine(QPointF(0, foot - layout.mm(1)), QPointF(layout.width, foot - layout.mm(1)))
    painter.setPen(MUTED)
    printed = tr("Printed on %1").replace("%1", document.printed_on.isoformat())
    page = tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
    painter.drawText(QRectF(0, foot, half, line), align_left, printed)
    painter.drawText(QRectF(layout.width - half, foot, half, line), align_right, page)


def _diagram(diagram: Diagram, rect: QRectF, layout: Layout, painter: QPainter) -> None:
    """The rings, their labels and a dot per contact, as vector paths."""
    keys = [ring.key for ring in diagram.rings]
    geo = geometry.make_layout(keys)
    scale = (rect.width() / 2) / (geo.outer_radius + 4)
    centre = rect.center()

    def at(point: geometry.Point) -> QPointF:
        return QPointF(centre.x() + point.x * scale, centre.y() + point.y * scale)

    def circle_rect(radius: float) -> QRectF:
        r = radius * scale
        return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)

    painter.save()
    for info, ring in zip(diagram.rings, geo.rings, strict=True):
        colour = QColor(info.colour)
        band = QPainterPath()
        band.setFillRule(Qt.FillRule.OddEvenFill)
        band.addEllipse(circle_rect(ring.outer))
        band.addEllipse(circle_rect(ring.inner))
        tint = QColor(colour)
        tint.setAlpha(28)
        painter.fillPath(band, tint)
        painter.setPen(QPen(colour, layout.mm(0.25)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle_rect(ring.outer))
    painter.setPen(QPen(RULE, layout.mm(0.25)))
    painter.setBrush(QColor("#f8f9fa"))
    painter.drawEllipse(circle_rect(geometry.CENTRE_RADIUS))
    painter.setFont(layout.fonts[Font.SUBHEADING])
    painter.setPen(INK)
    painter.drawText(circle_rect(geometry.CENTRE_RADIUS), Qt.AlignmentFlag.AlignCenter, tr("You"))

    # Round-capped points, one call per colour and dot size: each dot is a two-number stroke
    # in the PDF instead of four curves, and still a vector disc, sharp at any zoom.
    points: dict[tuple[Warmth, float], list[QPointF]] = {}
    for ring in geo.rings:
        ids = diagram.members.get(ring.key, [])
        if not ids:
            continue
        diameter = geometry.dot_diameter(ring, len(ids)) * scale
        for contact_id, point in geometry.place_ring(ring, ids).items():
            warmth = diagram.marks.get(contact_id, Warmth.NEVER)
            points.setdefault((warmth, diameter), []).append(at(point))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for (warmth, diameter), spots in points.items():
        pen = QPen(QColor(WARMTH_COLOURS[warmth]), diameter)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPoints(QPolygonF(spots))

    font = layout.fonts[Font.RING_LABEL]
    metrics = layout.metrics[Font.RING_LABEL]
    painter.setFont(font)
    for info, ring in zip(diagram.rings, geo.rings, strict=True):
        label = _shown(f"{info.name}\n{_people(info.count)}")
        box_width = geometry.label_size(ring.inner, ring.outer)[0] * scale
        bounds = metrics.boundingRect(QRectF(0, 0, box_width, 1e6), CENTRED, label)
        anchor = at(ring.label_anchor())
        box = QRectF(
            anchor.x() - bounds.width() / 2,
            anchor.y() - bounds.height() / 2,
            bounds.width(),
            bounds.height(),
        )
        backdrop = box.adjusted(-layout.mm(0.8), -layout.mm(0.3), layout.mm(0.8), layout.mm(0.3))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        corner = layout.mm(1)
        painter.drawRoundedRect(backdrop, corner, corner)
        painter.setPen(QColor(info.colour).darker(130))
        painter.drawText(box, CENTRED, label)
    painter.restore()


def _people(n: int) -> str:
    return tr("1 person") if n == 1 else tr("%n people", n)
