"""The diagram's still parts: the rings, the dashed "possible" band, their labels, "you"
at the centre and the unplaced tray. Drawn once, repainted only when their text changes.

Items know keys, never rows or models; the scene decides what mouse events mean. Text and
outline colours come from the palette handed to paint(), so dark themes stay legible.
"""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from networkcircles.diagram.items import (
    LABEL_MIN_PIXEL_SIZE,
    LABEL_PIXEL_SIZE,
    LABEL_Z,
    _font,
    _is_dark,
    _mix,
    _palette_of,
    _wrap,
)


class RingItem(QGraphicsItem):
    """One ring's band, filled faintly in its circle's colour."""

    def __init__(self, key: str, inner: float, outer: float, colour: QColor, index: int) -> None:
        super().__init__()
        self._key = key
        self._inner, self._outer = inner, outer
        self._colour = QColor(colour)
        self._index = index
        # Two circles filled odd-even: a band, and ten times cheaper to fill than a
        # subtracted path. Zooming redraws it, so that matters.
        self._path = QPainterPath()
        self._path.setFillRule(Qt.FillRule.OddEvenFill)
        self._path.addEllipse(QPointF(0, 0), outer, outer)
        self._path.addEllipse(QPointF(0, 0), inner, inner)

    @property
    def key(self) -> str:
        return self._key

    @property
    def colour(self) -> QColor:
        return QColor(self._colour)

    def boundingRect(self) -> QRectF:
        reach = self._outer + 1
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def shape(self) -> QPainterPath:
        return self._path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Alternate two faint strengths so neighbouring bands stay apart; a dark base needs more.
        strong = 0.16 if _is_dark(_palette_of(option, widget)) else 0.11
        share = strong if self._index % 2 == 0 else strong * 0.55
        # Mixed with the base beforehand: an opaque fill skips blending, the bulk of a repaint.
        tint = _mix(self._colour, _palette_of(option, widget).color(QPalette.ColorRole.Base), share)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        # The faint fill unsmoothed (its edges lie under the outlines): a fraction of the cost.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawPath(self._path)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        edge = QColor(self._colour)
        edge.setAlphaF(0.7)
        pen = QPen(edge, 1.0)
        pen.setCosmetic(True)  # a one-pixel line at any zoom: the cheapest smooth circle
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), self._outer, self._outer)
        if self._index == 0:
            painter.drawEllipse(QPointF(0, 0), self._inner, self._inner)


class PossibleBandItem(QGraphicsItem):
    """The dashed band outside the last ring: people you want to meet."""

    def __init__(self, inner: float, outer: float) -> None:
        super().__init__()
        self._inner, self._outer = inner, outer

    def boundingRect(self) -> QRectF:
        reach = self._outer + 1
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = _palette_of(option, widget)
        edge = _mix(
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Base),
            0.4,
        )
        pen = QPen(edge, 1.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), self._outer, self._outer)


class RingLabel(QGraphicsItem):
    """A ring's name and count in a pill at the top of the ring, in the space no dot takes.

    Without a colour (None), or dashed, the pill takes a muted ink from the palette."""

    def __init__(
        self, colour: QColor | None, width: float, height: float, dashed: bool = False
    ) -> None:
        super().__init__()
        self._colour = QColor(colour) if colour is not None else None
        self._width, self._height = width, height  # geometry's label box: no dot inside
        self._dashed = dashed
        self._text = ""
        self._fits: dict[str, int] = {}  # text → fitting_size: counts change on every edit
        self._lines: list[str] = []
        self._font = _font(LABEL_PIXEL_SIZE, bold=True)
        self._text_rect = QRectF()
        self._pill = QRectF()
        self.setZValue(LABEL_Z)

    @property
    def text(self) -> str:
        return self._text

    def fitting_size(self, text: str) -> int:
        """The largest font (pixels, from LABEL_PIXEL_SIZE down to LABEL_MIN_PIXEL_SIZE) at
        which `text` fits this label's box in at most two lines."""
        found = self._fits.get(text)
        if found is None:
            if len(self._fits) > 64:
                self._fits.clear()
            found = self._fits[text] = self._fitting_size(text)
        return found

    def _fitting_size(self, text: str) -> int:
        inner_width = self._width - 12
        for size in range(LABEL_PIXEL_SIZE, LABEL_MIN_PIXEL_SIZE, -1):
            metrics = QFontMetricsF(_font(size, bold=True))
            lines = _wrap(text, metrics, inner_width)
            if len(lines) <= 2 and max(metrics.horizontalAdvance(line) for line in lines) <= (
                inner_width
            ):
                return size
        return LABEL_MIN_PIXEL_SIZE

    @property
    def pixel_size(self) -> int:
        return self._font.pixelSize()

    def set_text(self, text: str, size: int | None = None) -> None:
        """Show `text` at `size` pixels (the scene gives every ring title the same one), or
        at the largest size that fits when None."""
        if size is None:
            size = self.fitting_size(text)
        if text == self._text and size == self._font.pixelSize():
            return
        self.prepareGeometryChange()
        self._text = text
        self._font = _font(size, bold=True)
        metrics = QFontMetricsF(self._font)
        self._lines = _wrap(text, metrics, self._width - 12)
        width = max(metrics.horizontalAdvance(line) for line in self._lines)
        rect = QRectF(0, 0, width, metrics.height() * len(self._lines))
        rect.moveCenter(QPointF(0, 0))
        self._text_rect = rect
        self._pill = rect.adjusted(-6, -3, 6, 3)

    def boundingRect(self) -> QRectF:
        return self._pill.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = _palette_of(option, widget)
        base = palette.color(QPalette.ColorRole.Base)
        colour = self._colour
        if self._dashed or colour is None:
            colour = _mix(palette.color(QPalette.ColorRole.WindowText), base, 0.4)
        painter.setPen(
            QPen(colour, 1.2, Qt.PenStyle.DashLine if self._dashed else Qt.PenStyle.SolidLine)
        )
        painter.setBrush(_mix(colour, base, 0.14))
        radius = min(self._pill.height() / 2, 10.0)
        painter.drawRoundedRect(self._pill, radius, radius)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(self._font)
        painter.drawText(self._text_rect, Qt.AlignmentFlag.AlignCenter, "\n".join(self._lines))


class CentreItem(QGraphicsItem):
    """The user, in the middle of the rings."""

    def __init__(self, radius: float) -> None:
        super().__init__()
        self._radius = radius
        self._font = _font(20, bold=True)

    def boundingRect(self) -> QRectF:
        reach = self._radius + 1
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self._radius, self._radius)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = _palette_of(option, widget)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(QPointF(0, 0), self._radius, self._radius)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.setFont(self._font)
        text = QCoreApplication.translate("CirclesScene", "You")
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, text)


class TrayItem(QGraphicsItem):
    """The box of contacts not yet placed in a circle, titled with how many wait there."""

    HEADER = 40.0  # matches geometry.place_tray's default header

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self._rect = QRectF(rect)
        self._title = ""
        self._font = _font(LABEL_PIXEL_SIZE + 2, bold=True)

    @property
    def rect(self) -> QRectF:
        return QRectF(self._rect)

    @property
    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        if title != self._title:
            self._title = title
            self._font = self.title_font()  # smaller rather than "Unplaced · 50" for 500
            self.update()

    def title_rect(self) -> QRectF:
        return QRectF(self._rect.left() + 12, self._rect.top(), self._rect.width() - 24, 36)

    def title_font(self) -> QFont:
        """The largest bold font, up to the ring titles' size, that shows the whole title."""
        room = self.title_rect().width()
        for size in range(LABEL_PIXEL_SIZE + 2, 6, -1):
            font = _font(size, bold=True)
            if QFontMetricsF(font).horizontalAdvance(self._title) <= room:
                return font
        return _font(6, bold=True)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = _palette_of(option, widget)
        base = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.WindowText)
        edge = QPen(_mix(ink, base, 0.35), 1.0, Qt.PenStyle.DashLine)
        edge.setCosmetic(True)  # a thin dashed line is cheap; a scaled one is not
        painter.setPen(edge)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(self._rect, 12, 12)
        painter.setPen(ink)
        painter.setFont(self._font)
        header = self.title_rect()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(header, flags, self._title)
