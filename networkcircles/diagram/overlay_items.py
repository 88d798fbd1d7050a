"""What the diagram draws over its dots, each an item of its own so that hovering, selecting
or moving the keyboard cursor repaints a dot-sized area only: the selection and hover rings,
the keyboard cursor's dashed ring, the names shown beside dots at high zoom and the referral
lines.

Text and outline colours come from the palette handed to paint(), so dark themes stay legible.
"""

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from networkcircles.diagram.items import (
    DRAGGED_Z,
    LINES_Z,
    MARKER_Z,
    MIN_SELECTION_RADIUS,
    NAME_MAX_WIDTH,
    NAME_MIN_FONT,
    NAME_MIN_PIXELS,
    NAME_ROOM_PIXELS,
    NAME_Z,
    SPRITE_CACHE_LIMIT,
    TILE_MARGIN,
    ContactDot,
    _font,
    _palette_of,
    selection_reach,
)
from networkcircles.diagram.labels import LabelRequest, place_labels


class MarkerItem(QGraphicsItem):
    """The selection ring (or the fainter hover ring) around one dot. The scene makes a new
    one for each dot it marks: moving or hiding a marker would repaint where it was too."""

    def __init__(self, centre: QPointF, diameter: float, hover: bool) -> None:
        super().__init__()
        self._hover = hover
        self._diameter = diameter
        reach = selection_reach(diameter)
        self._bounds = QRectF(-reach, -reach, 2 * reach, 2 * reach)
        self.setZValue(MARKER_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(centre)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = _palette_of(option, widget).color(QPalette.ColorRole.Highlight)
        diameter = self._diameter
        if self._hover:
            colour.setAlphaF(0.6)
            width, ring = max(diameter * 0.075, 0.5), max(diameter * 0.625, 1.0)
        else:
            width, ring = max(diameter * 0.15, 1.0), max(diameter * 0.8, MIN_SELECTION_RADIUS)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), ring, ring)


class FocusItem(QGraphicsItem):
    """The keyboard cursor: a dashed ring round the focused dot, "you", a ring's band or the
    tray. Drawn in two tones, the palette's base under dashes of its ink, so it reads on any
    fill, and unlike the selection (a solid ring in the highlight colour) it is dashed."""

    def __init__(self, path: QPainterPath) -> None:
        super().__init__()
        self._path = QPainterPath(path)
        self._bounds = path.boundingRect().adjusted(-3, -3, 3, 3)
        self.setZValue(MARKER_Z + 0.1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @staticmethod
    def round(centre: QPointF, radius: float) -> "FocusItem":
        path = QPainterPath()
        path.addEllipse(centre, radius, radius)
        return FocusItem(path)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = _palette_of(option, widget)
        under = QPen(palette.color(QPalette.ColorRole.Base), 3.5)
        under.setCosmetic(True)  # a steady line on screen, at any zoom
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(under)
        painter.drawPath(self._path)
        dashes = QPen(palette.color(QPalette.ColorRole.WindowText), 2.0, Qt.PenStyle.CustomDashLine)
        dashes.setDashPattern([2.0, 2.0])
        dashes.setCosmetic(True)
        painter.setPen(dashes)
        painter.drawPath(self._path)


class NamesItem(QGraphicsItem):
    """Names beside the dots, once they are big enough on screen to have room for them."""

    def __init__(
        self,
        dots_in: Callable[[QRectF], Iterable[ContactDot]],
        name_of: Callable[[int], str],
        spacings: Callable[[], dict[str | None, float]],
        obstacles: Callable[[], list[QRectF]] = list,
    ) -> None:
        """`obstacles`: scene rectangles no name may cover (ring titles, "you", markers)."""
        super().__init__()
        self._dots_in, self._name_of, self._spacings = dots_in, name_of, spacings
        self._obstacles = obstacles
        self.placed: dict[int, tuple] = {}  # the last paint's names: contact id → screen rect
        self._labels: dict[tuple, tuple[QPixmap, float]] = {}
        self._bounds = QRectF(-1, -1, 2, 2)  # never null: see MarkerItem
        self.setZValue(NAME_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_bounds(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        scale = transform.m11()
        # Only groups whose dots are far enough apart on screen get names: a crowded ring
        # needs more zoom than a sparse one.
        spacings = self._spacings()
        named = {key for key, space in spacings.items() if space * scale >= NAME_ROOM_PIXELS}
        if not named:
            return  # no ring has room for names at this zoom: don't even look at the dots
        # Placed over the whole visible area, not only the exposed strip, so a partial repaint
        # places each name where the full one did (diagram/labels.py: no overlaps).
        visible = option.exposedRect
        if widget is not None:
            inverse, ok = transform.inverted()
            if ok:
                visible = inverse.mapRect(QRectF(widget.rect()))
        wide = visible.adjusted(-TILE_MARGIN, -TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        everyone = list(self._dots_in(wide))
        dots = [d for d in everyone if d.group in named and d.diameter * scale >= NAME_MIN_PIXELS]
        self.placed = {}
        if not dots:
            return
        dots.sort(key=lambda d: (d.x * d.x + d.y * d.y, d.contact_id))  # inner rings first
        painter.save()
        painter.setWorldTransform(QTransform())  # text at a steady pixel size, any zoom
        ink = _palette_of(option, widget).color(QPalette.ColorRole.WindowText)
        requests, looks = [], []
        metrics: dict[int, QFontMetricsF] = {}
        for dot in dots:
            pixels = dot.diameter * scale
            size = int(min(max(pixels * 0.55, NAME_MIN_FONT), 14))
            if size not in metrics:
                metrics[size] = QFontMetricsF(_font(size))
            # Measured only: pictures are drawn for the names that find room.
            name = self._name_of(dot.contact_id)
            width = min(metrics[size].horizontalAdvance(name), NAME_MAX_WIDTH) + 2
            height = math.ceil(metrics[size].height()) + 1
            centre = transform.map(QPointF(dot.x, dot.y))
            requests.append(LabelRequest(centre.x(), centre.y(), pixels / 2, width, height))
            looks.append((name, size))
        blocked = [r.getCoords() for r in map(transform.mapRect, self._obstacles())]
        asking = {id(dot) for dot in dots}
        for dot in everyone:  # dots without a name of their own are not written over either
            if id(dot) not in asking:
                centre, r = transform.map(QPointF(dot.x, dot.y)), dot.diameter * scale / 2
                blocked.append((centre.x() - r, centre.y() - r, centre.x() + r, centre.y() + r))
        rects = place_labels(requests, 2.0, None, blocked)
        for dot, (name, size), rect in zip(dots, looks, rects, strict=True):
            if rect is not None:
                self.placed[dot.contact_id] = rect
                label, _ascent = self._label(name, size, NAME_MAX_WIDTH, ink)
                painter.drawPixmap(int(rect[0]), int(rect[1]), label)
        painter.restore()

    def _label(self, name: str, size: int, room: int, ink: QColor) -> tuple[QPixmap, float]:
        """A name drawn once per size and width: text layout is what makes names slow."""
        key = (name, size, room, ink.rgba())
        found = self._labels.get(key)
        if found is None:
            if len(self._labels) > SPRITE_CACHE_LIMIT:
                self._labels.clear()
            font = _font(size)
            metrics = QFontMetricsF(font)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            pixmap = QPixmap(
                math.ceil(metrics.horizontalAdvance(text)) + 2, math.ceil(metrics.height()) + 1
            )
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setFont(font)
            painter.setPen(ink)
            painter.drawText(QPointF(1, metrics.ascent()), text)
            painter.end()
            found = self._labels[key] = (pixmap, metrics.ascent())
        return found


class LinesItem(QGraphicsItem):
    """Referral lines between introducer and introduced dots."""

    def __init__(self, live: bool = False) -> None:
        super().__init__()
        self._lines: list[QLineF] = []
        self._bounds = QRectF(-1, -1, 2, 2)  # never null: see MarkerItem
        self.hide()
        self.setZValue(DRAGGED_Z - 0.5 if live else LINES_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        if not live:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def lines(self) -> list[QLineF]:
        return list(self._lines)

    def set_lines(self, lines: list[QLineF]) -> None:
        if not lines and not self._lines:
            return
        self._lines = lines
        if not lines:
            self.hide()
            return
        self.prepareGeometryChange()
        xs = [v for line in lines for v in (line.x1(), line.x2())]
        ys = [v for line in lines for v in (line.y1(), line.y2())]
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        self._bounds.adjust(-2, -2, 2, 2)
        self.update()
        self.show()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = QColor(_palette_of(option, widget).color(QPalette.ColorRole.WindowText))
        colour.setAlphaF(0.45)
        pen = QPen(colour, 1.2)
        pen.setCosmetic(True)  # a hairline at any zoom
        painter.setPen(pen)
        painter.drawLines(self._lines)
