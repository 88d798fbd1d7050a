"""What the diagram draws over its dots, each an item of its own so that hovering, selecting
or moving the keyboard cursor repaints a dot-sized area only: the selection and hover rings,
the keyboard cursor's dashed ring, the names shown beside dots at high zoom and the referral
lines.

Text and outline colours come from the palette handed to paint(), so dark themes stay legible.
"""

import math
from collections.abc import Callable

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
from networkcircles.diagram.labels import CELL as LABEL_CELL
from networkcircles.diagram.labels import LabelRequest, Rect, place_labels


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
    """Names beside the dots, once they are big enough on screen to have room for them.

    Only the dots that may get a name are looked at one by one; the others, which a name must
    not cover, are fetched from the scene's fine grid only round the spots a name tries
    (`dots_near`), so a view of 50,000 dots costs what its named few cost. The placement is
    kept until the view, the dots or the obstacles change: a hover or a selection repaints
    the names already placed.
    """

    def __init__(
        self,
        named_dots: Callable[[set[str], QRectF], list[ContactDot]],
        name_of: Callable[[int], str],
        spacings: Callable[[], dict[str, float]],
        obstacles: Callable[[], list[QRectF]],
        dots_near: Callable[[float, float, float, float], list[ContactDot]],
    ) -> None:
        """`named_dots(groups, rect)`: the dots of these groups inside a scene rectangle;
        `obstacles`: scene rectangles no name may cover (ring titles, "you");
        `dots_near(left, top, right, bottom)`: the dots that may reach into a scene
        rectangle (each name keeps clear of them)."""
        super().__init__()
        self._named_dots, self._name_of, self._spacings = named_dots, name_of, spacings
        self._obstacles, self._dots_near = obstacles, dots_near
        self.placed: dict[int, Rect] = {}  # the last paint's names: contact id → screen rect
        self._looks: list[tuple[Rect, str, int]] = []  # what placed holds, ready to draw
        self._placed_for: tuple[object, ...] | None = None  # what the placement was made for
        self._labels: dict[tuple[str, int, int, int], tuple[QPixmap, float]] = {}
        self._widths: dict[tuple[str, int], float] = {}
        self._bounds = QRectF(-1, -1, 2, 2)  # never null: see MarkerItem
        self.setZValue(NAME_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_bounds(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def invalidate(self) -> None:
        """A dot moved, came, went or changed its name: place the names again when next
        painted."""
        self._placed_for = None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        if transform.type().value > QTransform.TransformationType.TxScale.value:
            return  # the view only zooms and pans; names are not drawn turned or sheared
        # Placed over the whole visible area, not only the exposed strip, so a partial repaint
        # places each name where the full one did (diagram/labels.py: no overlaps).
        visible = option.exposedRect
        if widget is not None:
            inverse, ok = transform.inverted()
            if ok:
                visible = inverse.mapRect(QRectF(widget.rect()))
        ink = _palette_of(option, widget).color(QPalette.ColorRole.WindowText)
        obstacles: list[Rect] = []
        for box in map(transform.mapRect, self._obstacles()):
            obstacles.append((box.left(), box.top(), box.right(), box.bottom()))
        wanted = (
            transform.m11(),
            transform.m22(),
            transform.dx(),
            transform.dy(),
            visible.getCoords(),
            tuple(obstacles),
        )
        if wanted != self._placed_for:
            self._place(transform, visible, obstacles)
            self._placed_for = wanted
        if not self._looks:
            return
        painter.save()
        painter.setWorldTransform(QTransform())  # text at a steady pixel size, any zoom
        for rect, name, size in self._looks:
            label, _ascent = self._label(name, size, NAME_MAX_WIDTH, ink)
            painter.drawPixmap(int(rect[0]), int(rect[1]), label)
        painter.restore()

    def _place(self, transform: QTransform, visible: QRectF, obstacles: list[Rect]) -> None:
        """Choose where each name goes (self.placed, self._looks) for this view."""
        self.placed, self._looks = {}, []
        sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        if sx <= 0 or sy <= 0:
            return
        # Only groups whose dots are far enough apart on screen get names: a crowded ring
        # needs more zoom than a sparse one.
        named = {k for k, space in self._spacings().items() if space * sx >= NAME_ROOM_PIXELS}
        if not named:
            return  # no ring has room for names at this zoom: don't even look at the dots
        wide = visible.adjusted(-TILE_MARGIN, -TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        smallest = NAME_MIN_PIXELS / sx
        dots = [d for d in self._named_dots(named, wide) if d.diameter >= smallest]
        if not dots:
            return
        dots.sort(key=lambda d: (d.x * d.x + d.y * d.y, d.contact_id))  # inner rings first
        requests, looks = [], []
        metrics: dict[int, QFontMetricsF] = {}
        widths = self._widths
        if len(widths) > SPRITE_CACHE_LIMIT * 4:
            widths.clear()
        for dot in dots:
            pixels = dot.diameter * sx
            size = int(min(max(pixels * 0.55, NAME_MIN_FONT), 14))
            if size not in metrics:
                metrics[size] = QFontMetricsF(_font(size))
            # Measured only: pictures are drawn for the names that find room.
            name = self._name_of(dot.contact_id)
            width = widths.get((name, size))
            if width is None:
                width = min(metrics[size].horizontalAdvance(name), NAME_MAX_WIDTH) + 2
                widths[(name, size)] = width
            height = math.ceil(metrics[size].height()) + 1
            x, y = dot.x * sx + dx, dot.y * sy + dy
            requests.append(LabelRequest(x, y, pixels / 2, width, height))
            looks.append((name, size))
        asking = {dot.contact_id for dot in dots}
        others: dict[tuple[int, int], list[Rect]] = {}

        def others_in(i: int, j: int) -> list[Rect]:
            """The screen discs of dots without a name of their own that reach into one
            cell of the labels' grid, fetched the first time a spot there is tried."""
            left, top = i * LABEL_CELL, j * LABEL_CELL
            found = []
            near = self._dots_near(
                (left - dx) / sx,
                (top - dy) / sy,
                (left + LABEL_CELL - dx) / sx,
                (top + LABEL_CELL - dy) / sy,
            )
            for dot in near:
                if dot.contact_id not in asking:
                    x, y, r = dot.x * sx + dx, dot.y * sy + dy, dot.diameter * sx / 2
                    found.append((x - r, y - r, x + r, y + r))
            others[(i, j)] = found
            return found

        def blocked(rect: Rect) -> bool:
            """Whether a spot covers a dot without a name: they are not written over."""
            left, top, right, bottom = rect
            for i in range(int(left // LABEL_CELL), int(right // LABEL_CELL) + 1):
                for j in range(int(top // LABEL_CELL), int(bottom // LABEL_CELL) + 1):
                    found = others.get((i, j))
                    if found is None:
                        found = others_in(i, j)
                    for other in found:
                        if (
                            left < other[2]
                            and other[0] < right
                            and top < other[3]
                            and other[1] < bottom
                        ):
                            return True
            return False

        # Names stay inside the view: one cut by its edge reads as another name ("itri").
        screen = transform.mapRect(visible)
        bounds = (screen.left(), screen.top(), screen.right(), screen.bottom())
        rects = place_labels(requests, 2.0, bounds, obstacles, blocked)
        for dot, (name, size), rect in zip(dots, looks, rects, strict=True):
            if rect is not None:
                self.placed[dot.contact_id] = rect
                self._looks.append((rect, name, size))

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
