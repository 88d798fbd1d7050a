"""A page's warmth dots are drawn together, one round-capped stroke per colour and size,
where they were drawn one ellipse (four curves and a fill) each: the same discs, in the
same places and colours."""

from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from networkcircles.printing.render import Layout, paginate, paint
from networkcircles.printing.summary import build_summary
from networkcircles.services import contacts

TODAY = date(2026, 11, 2)
MAX_EDGE_DIFFERENCE = 6  # of 255, in a colour channel


def _people() -> None:
    for n in range(9):  # recent, overdue and never contacted, three of each
        contacts.create(
            f"Peer {n}",
            "peers",
            last_contacted=date(2026, 10, 30) if n % 3 == 0 else None,
            next_follow_up=date(2026, 10, 1) if n % 3 == 1 else None,
        )


class _Counting(QPainter):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def drawEllipse(self, *args) -> None:  # noqa: N802 (Qt's name)
        self.calls.append("ellipse")
        super().drawEllipse(*args)

    def drawPoints(self, *args) -> None:  # noqa: N802
        self.calls.append("points")
        super().drawPoints(*args)


def test_a_pages_dots_are_one_call_per_colour(store, qapp):
    _people()
    document = build_summary("net", circles=["peers"], today=TODAY)
    pdf = QByteArray()
    buffer = QBuffer(pdf)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    layout = Layout(writer)
    paginate(document, layout)
    painter = _Counting()
    assert painter.begin(writer)
    paint(document, layout, painter, writer.newPage)
    painter.end()
    dots = [op for page in layout.pages for op in page.ops if op[0] == "dot"]
    assert len(dots) == 9
    assert painter.calls.count("ellipse") == 0
    assert painter.calls.count("points") == len({op[4] for op in dots}) == 3


def test_the_dots_are_the_discs_the_ellipses_were(store, qapp):
    _people()
    document = build_summary("net", circles=["peers"], today=TODAY)
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)  # A4 at 150 dpi
    image.setDotsPerMeterX(5906)
    image.setDotsPerMeterY(5906)
    layout = Layout(image)  # type: ignore[arg-type]  # any paint device with a size
    (page,) = paginate(document, layout)
    ellipses = [
        (QRectF(x - size / 2, y - size / 2, size, size), layout.colours[colour])
        for _, x, y, size, colour in (op for op in page.ops if op[0] == "dot")
    ]
    assert ellipses

    def drawn(with_dots: bool) -> QImage:
        picture = QImage(image.size(), QImage.Format.Format_RGB32)
        picture.fill(QColor("white"))
        saved = page.ops
        if not with_dots:
            page.ops = [op for op in saved if op[0] != "dot"]
        painter = QPainter(picture)
        paint(document, layout, painter, lambda: True)
        if not with_dots:  # the old way: an antialiased ellipse, no pen, per dot
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(0, 0, 0, 0))
            for rect, colour in ellipses:
                painter.setBrush(colour)
                painter.drawEllipse(rect)
        painter.end()
        page.ops = saved
        return picture

    new, old = drawn(True), drawn(False)
    for rect, colour in ellipses:
        centre, radius = rect.center(), rect.width() / 2
        for y in range(int(rect.top()) - 2, int(rect.bottom()) + 3):
            for x in range(int(rect.left()) - 2, int(rect.right()) + 3):
                a, b = QColor(new.pixel(x, y)), QColor(old.pixel(x, y))
                apart = max(abs(a.red() - b.red()), abs(a.green() - b.green()))
                distance = ((x + 0.5 - centre.x()) ** 2 + (y + 0.5 - centre.y()) ** 2) ** 0.5
                if abs(distance - radius) > 1:  # inside or outside the disc: the same
                    assert apart == 0, (x, y)
                else:  # on its antialiased edge: a shade apart at most
                    assert apart <= MAX_EDGE_DIFFERENCE, (x, y, apart)
        assert QColor(new.pixel(int(centre.x()), int(centre.y()))) == colour
