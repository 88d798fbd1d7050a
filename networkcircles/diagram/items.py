"""The diagram's graphics items: the rings, their labels, "you", the unplaced tray and the dots.

Items only draw. They know an id or a key, never a row or a model, so an item can't show
stale data; the scene decides what each mouse event means. Text and outline colours come
from the palette handed to paint(), so a dark theme stays legible.
"""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from networkcircles.services.followups import Warmth

# Mid-tone colours that read on white and on a dark base alike.
WARMTH_COLOURS: dict[Warmth, QColor] = {
    Warmth.RECENT: QColor("#2f9e44"),
    Warmth.DUE: QColor("#f08c00"),
    Warmth.OVERDUE: QColor("#e03131"),
    Warmth.NEVER: QColor("#909296"),
}

DIMMED_OPACITY = 0.18
DOT_Z, LABEL_Z, DRAGGED_Z = 2.0, 3.0, 10.0
LABEL_PIXEL_SIZE = 18  # scene units: legible when the whole diagram fits a laptop window
LABEL_MIN_PIXEL_SIZE = 11
MIN_SELECTION_RADIUS = 6.0  # so the selection ring shows around even the smallest dots


def _mix(colour: QColor, other: QColor, share: float) -> QColor:
    """`share` of `colour` over the rest of `other`, opaque."""
    return QColor.fromRgbF(
        colour.redF() * share + other.redF() * (1 - share),
        colour.greenF() * share + other.greenF() * (1 - share),
        colour.blueF() * share + other.blueF() * (1 - share),
    )


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def _font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)  # scene units, so text scales with the rings
    font.setBold(bold)
    return font


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Break `text` at spaces only: Qt's own wrapping also splits "co-workers" at the hyphen."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


class ContactDot(QGraphicsItem):
    """One contact: its warmth as the fill, a centre mark if they know you are looking."""

    def __init__(self, contact_id: int, diameter: float) -> None:
        super().__init__()
        self._contact_id = contact_id
        self._diameter = diameter
        self._warmth = Warmth.NEVER
        self._knows_looking = False
        self._chosen = False
        self._hovered = False
        self._bounds = self._bounds_for(diameter)
        self.setZValue(DOT_Z)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def contact_id(self) -> int:
        return self._contact_id

    @property
    def diameter(self) -> float:
        return self._diameter

    @property
    def warmth(self) -> Warmth:
        return self._warmth

    @property
    def knows_looking(self) -> bool:
        return self._knows_looking

    @property
    def is_chosen(self) -> bool:
        """Whether the selection ring is drawn (the scene's select_contact)."""
        return self._chosen

    @property
    def is_hovered(self) -> bool:
        return self._hovered

    @property
    def is_dimmed(self) -> bool:
        return self.opacity() < 1.0

    @staticmethod
    def _bounds_for(diameter: float) -> QRectF:
        reach = max(diameter * 0.8, MIN_SELECTION_RADIUS) + max(diameter * 0.15, 1.0)
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def set_diameter(self, diameter: float) -> None:
        if diameter != self._diameter:
            self.prepareGeometryChange()
            self._diameter = diameter
            self._bounds = self._bounds_for(diameter)

    def set_look(self, warmth: Warmth, knows_looking: bool) -> None:
        if (warmth, knows_looking) != (self._warmth, self._knows_looking):
            self._warmth, self._knows_looking = warmth, knows_looking
            self.update()

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self._chosen:
            self._chosen = chosen
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        self.setOpacity(DIMMED_OPACITY if dimmed else 1.0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        radius = self._diameter / 2
        path.addEllipse(QPointF(0, 0), radius, radius)
        return path

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()  # this dot only: hovering never repaints the scene

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = option.palette
        radius = self._diameter / 2
        fill = WARMTH_COLOURS[self._warmth]
        ink = palette.color(QPalette.ColorRole.WindowText)
        if self._warmth is Warmth.OVERDUE:
            # A heavy outline, so overdue doesn't rely on telling red from green.
            edge = QPen(ink, max(self._diameter * 0.16, 0.3))
        else:
            edge = QPen(palette.color(QPalette.ColorRole.Base), max(self._diameter * 0.08, 0.2))
        painter.setPen(edge)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        on_screen = self._diameter * option.levelOfDetailFromTransform(painter.worldTransform())
        if self._knows_looking and on_screen >= 4:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(QPointF(0, 0), radius * 0.42, radius * 0.42)
            painter.setBrush(ink)
            painter.drawEllipse(QPointF(0, 0), radius * 0.2, radius * 0.2)
        if self._chosen or self._hovered:
            colour = palette.color(QPalette.ColorRole.Highlight)
            if not self._chosen:
                colour.setAlphaF(0.6)
            width = max(self._diameter * 0.15, 1.0) if self._chosen else max(radius * 0.15, 0.5)
            ring = (
                max(self._diameter * 0.8, MIN_SELECTION_RADIUS) if self._chosen else radius * 1.25
            )
            painter.setPen(QPen(colour, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), ring, ring)


class RingItem(QGraphicsItem):
    """One ring's band, filled faintly in its circle's colour."""

    def __init__(self, key: str, inner: float, outer: float, colour: QColor, index: int) -> None:
        super().__init__()
        self._key = key
        self._inner, self._outer = inner, outer
        self._colour = QColor(colour)
        self._index = index
        self._path = QPainterPath()
        self._path.addEllipse(QPointF(0, 0), outer, outer)
        hole = QPainterPath()
        hole.addEllipse(QPointF(0, 0), inner, inner)
        self._path = self._path.subtracted(hole)

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
        tint = QColor(self._colour)
        # Alternate two faint strengths so neighbouring bands stay apart; a dark base needs more.
        strong = 0.16 if _is_dark(option.palette) else 0.11
        tint.setAlphaF(strong if self._index % 2 == 0 else strong * 0.55)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawPath(self._path)
        edge = QColor(self._colour)
        edge.setAlphaF(0.7)
        pen = QPen(edge, 1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), self._outer, self._outer)


class RingLabel(QGraphicsItem):
    """A ring's name and count in a pill at the top of the ring, in the space no dot takes."""

    def __init__(self, colour: QColor, width: float, height: float) -> None:
        super().__init__()
        self._colour = QColor(colour)
        self._width, self._height = width, height  # geometry's label box: no dot inside
        self._text = ""
        self._lines: list[str] = []
        self._font = _font(LABEL_PIXEL_SIZE, bold=True)
        self._text_rect = QRectF()
        self._pill = QRectF()
        self.setZValue(LABEL_Z)

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self.prepareGeometryChange()
        self._text = text
        inner_width = self._width - 12
        for size in range(LABEL_PIXEL_SIZE, LABEL_MIN_PIXEL_SIZE - 1, -1):
            # the largest font at which the label fits its box in at most two lines
            self._font = _font(size, bold=True)
            metrics = QFontMetricsF(self._font)
            self._lines = _wrap(text, metrics, inner_width)
            widest = max(metrics.horizontalAdvance(line) for line in self._lines)
            if len(self._lines) <= 2 and widest <= inner_width:
                break
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
        palette = option.palette
        base = palette.color(QPalette.ColorRole.Base)
        painter.setPen(QPen(self._colour, 1.2))
        painter.setBrush(_mix(self._colour, base, 0.14))
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
        palette = option.palette
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
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = option.palette
        base = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(_mix(ink, base, 0.35), 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(self._rect, 12, 12)
        painter.setPen(ink)
        painter.setFont(self._font)
        header = QRectF(self._rect.left() + 12, self._rect.top(), self._rect.width() - 24, 36)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(header, flags, self._title)
