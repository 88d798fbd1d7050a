"""What the diagram draws over its dots, each an item of its own so that hovering, selecting
or moving the keyboard cursor repaints a dot-sized area only: the selection and hover rings,
the keyboard cursor's dashed ring, the names shown beside dots at high zoom and the referral
lines.

Text and outline colours come from the palette handed to paint(), so dark themes stay legible.
"""

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QRegion,
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
from networkcircles.diagram.labels import (
    LabelGrid,
    LabelRequest,
    Rect,
    free_spot,
    overlaps,
    place_labels,
)


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


REGION = 128.0  # pixels: names are placed for the ground a view has shown, in squares this big


class _Placement:
    """The names placed at one zoom, in pixels at that zoom with the view's shift taken out
    (x * scale): a pan moves the view over them and does not move them. Grown square by
    square (REGION) as the view shows new ground, so a pan places only the strip it brings
    into sight, and names already shown stay where they were."""

    __slots__ = ("covered", "grid", "key", "labels", "named", "others", "smallest", "sx", "sy")

    def __init__(
        self,
        key: tuple[object, ...],
        scale: tuple[float, float],
        named: set[str],
        smallest: float,
        obstacles: list[Rect],
    ) -> None:
        self.key = key  # the scale and the obstacles (in these pixels) it was made for
        self.sx, self.sy = scale
        self.grid = LabelGrid()  # the obstacles, the asked dots and their labels
        for rect in obstacles:
            self.grid.add(rect)
        self.covered: set[tuple[int, int]] = set()  # the squares whose dots were asked
        # contact id → [label rect, name, font size, request]; rect None: no room
        self.labels: dict[int, list] = {}
        self.others: dict[tuple[int, int], list[Rect]] = {}  # dot discs by LABEL_CELL cell
        self.named, self.smallest = named, smallest


class NamesItem(QGraphicsItem):
    """Names beside the dots, once they are big enough on screen to have room for them.

    Only the dots that may get a name are looked at one by one; the others, which a name must
    not cover, are fetched from the scene's fine grid only round the spots a name tries
    (`dots_near`), so a view of 50,000 dots costs what its named few cost. The placement is
    kept for a zoom until the dots or the obstacles change (_Placement): a hover or a
    selection repaints the names already placed, and a pan places only the names of the
    ground it brings into sight. A name that the view's edge would cut gets another spot
    inside the view, or is not drawn.
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
        self._in_sight: set[tuple[int, Rect]] = set()  # placed, in the placement's pixels
        self._placement: _Placement | None = None
        self._shown_for: tuple[object, ...] | None = None  # the view the looks were made for
        # What the last paint of a view drew, in the placement's pixels: a pan scrolls those
        # pixels along, so names that differ from them are repainted (_repaint_changed).
        self._drawn: tuple[int, float, float, set[tuple[int, Rect]]] | None = None
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
        self._placement = None
        self._shown_for = None

    def names_placed(self) -> bool:
        """Whether names are placed at the last zoom painted: else a dot that moves needs no
        room made round it (invalidate() costs nothing then; fitted, no ring has names)."""
        return self._placement is not None and bool(self._placement.named)

    def dot_left(self, dot: ContactDot) -> None:
        """One dot leaves its seat (`dot` still tells where it was): its name and disc go
        from the placement; the names round it stay where they are."""
        placement = self._placement
        if placement is None:
            return
        self._shown_for = None
        sx, sy = placement.sx, placement.sy
        x, y, r = dot.x * sx, dot.y * sy, dot.diameter * sx / 2
        self._forget_others(placement, (x - r, y - r, x + r, y + r))
        label = placement.labels.pop(dot.contact_id, None)
        if label is not None:
            if label[0] is not None:
                placement.grid.remove(label[0])
            request = label[3]
            radius = request.radius
            placement.grid.remove(
                (request.x - radius, request.y - radius, request.x + radius, request.y + radius)
            )

    def dot_came(self, dot: ContactDot) -> None:
        """One dot takes a seat: the names it would cover move to free spots round their
        own dots, and it gets a name of its own where there is room, if its ground has
        names already. The other names stay where they are."""
        placement = self._placement
        if placement is None or dot.contact_id in placement.labels:
            self.invalidate()
            return
        self._shown_for = None
        sx, sy = placement.sx, placement.sy
        x, y, r = dot.x * sx, dot.y * sy, dot.diameter * sx / 2
        disc = (x - r, y - r, x + r, y + r)
        self._forget_others(placement, disc)
        if not placement.named:
            return
        grid, blocked = placement.grid, self._blocked_in(placement, sx, sy)
        for label in placement.labels.values():
            rect = label[0]
            if rect is not None and overlaps(rect, disc):
                grid.remove(rect)
                request = label[3]
                radius = request.radius
                own = (
                    request.x - radius,
                    request.y - radius,
                    request.x + radius,
                    request.y + radius,
                )
                label[0] = free_spot(request, own, grid, 2.0, None, blocked)
                if label[0] is not None:
                    grid.add(label[0])
        square = (int(x // REGION), int(y // REGION))
        if (
            dot.group not in placement.named
            or dot.diameter < placement.smallest
            or square not in placement.covered
        ):
            return
        name = self._name_of(dot.contact_id)
        size = int(min(max(dot.diameter * sx * 0.55, NAME_MIN_FONT), 14))
        metrics = QFontMetricsF(_font(size))
        width = min(metrics.horizontalAdvance(name), NAME_MAX_WIDTH) + 2
        height = math.ceil(metrics.height()) + 1
        request = LabelRequest(x, y, r, width, height)
        grid.add(disc)
        rect = free_spot(request, disc, grid, 2.0, None, blocked)
        if rect is not None:
            grid.add(rect)
        placement.labels[dot.contact_id] = [rect, name, size, request]

    @staticmethod
    def _forget_others(placement: _Placement, disc: Rect) -> None:
        """The cached discs of the cells round a dot that came or went: fetched again."""
        others = placement.others
        for i in range(int(disc[0] // LABEL_CELL), int(disc[2] // LABEL_CELL) + 1):
            for j in range(int(disc[1] // LABEL_CELL), int(disc[3] // LABEL_CELL) + 1):
                others.pop((i, j), None)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        visible = option.exposedRect
        if widget is not None:
            inverse, ok = transform.inverted()
            if ok:
                visible = inverse.mapRect(QRectF(widget.rect()))
        if not self._follow(transform, visible, widget):
            return
        if not self._looks:
            return
        ink = _palette_of(option, widget).color(QPalette.ColorRole.WindowText)
        # Only the names reaching into the exposed area (a pan's strip) are drawn.
        exposed = transform.mapRect(option.exposedRect)
        left, top = exposed.left() - 1, exposed.top() - 1
        right, bottom = exposed.right() + 1, exposed.bottom() + 1
        painter.save()
        painter.setWorldTransform(QTransform())  # text at a steady pixel size, any zoom
        for rect, name, size in self._looks:
            if rect[0] < right and left < rect[2] and rect[1] < bottom and top < rect[3]:
                label, _ascent = self._label(name, size, NAME_MAX_WIDTH, ink)
                painter.drawPixmap(int(rect[0]), int(rect[1]), label)
        painter.restore()

    def follow_view(self, widget: QWidget, transform: QTransform) -> None:
        """A view scrolled: bring the names in sight up to date now, so the areas of those
        that change are repainted with the strip the scroll uncovers, in one paint."""
        if self.isVisible() and self._drawn is not None and self._drawn[0] == id(widget):
            inverse, ok = transform.inverted()
            if ok:
                self._follow(transform, inverse.mapRect(QRectF(widget.rect())), widget)

    def _follow(self, transform: QTransform, visible: QRectF, widget: QWidget | None) -> bool:
        """Make self.placed and self._looks those of this view (scene area `visible`);
        False when names are not drawn in it."""
        if transform.type().value > QTransform.TransformationType.TxScale.value:
            return False  # the view only zooms and pans; names are not drawn turned or sheared
        sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        if sx <= 0 or sy <= 0:
            return False
        # Drawn as for the whole visible area, not only the exposed strip, so a partial
        # repaint draws each name where the full one did (diagram/labels.py: no overlaps).
        screen = transform.mapRect(visible)
        view = (screen.left() - dx, screen.top() - dy, screen.right() - dx, screen.bottom() - dy)
        scaled = QTransform.fromScale(sx, sy)
        obstacles = [
            (box.left(), box.top(), box.right(), box.bottom())
            for box in map(scaled.mapRect, self._obstacles())
        ]
        key = (sx, sy, tuple(obstacles))
        placement = self._placement
        if placement is None or placement.key != key:
            placement = self._placement = self._new_placement(key, sx, sy, obstacles)
            self._shown_for = None
        if self._shown_for != (key, view):
            self._extend(placement, visible, sx, sy)
            self._show(placement, view, dx, dy)
            self._shown_for = (key, view)
        if widget is not None:
            self._repaint_changed(widget, sx, sy, dx, dy)
        return True

    def _new_placement(
        self, key: tuple[object, ...], sx: float, sy: float, obstacles: list[Rect]
    ) -> _Placement:
        # Only groups whose dots are far enough apart on screen get names: a crowded ring
        # needs more zoom than a sparse one.
        named = {k for k, space in self._spacings().items() if space * sx >= NAME_ROOM_PIXELS}
        return _Placement(key, (sx, sy), named, NAME_MIN_PIXELS / sx, obstacles)

    def _extend(self, placement: _Placement, visible: QRectF, sx: float, sy: float) -> None:
        """Place the names of the dots in the squares of `visible` not seen at this zoom yet."""
        wide = visible.adjusted(-TILE_MARGIN, -TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        i0, i1 = int(wide.left() * sx // REGION), int(wide.right() * sx // REGION)
        j0, j1 = int(wide.top() * sy // REGION), int(wide.bottom() * sy // REGION)
        covered = placement.covered
        new = {
            (i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1) if (i, j) not in covered
        }
        if not new:
            return
        covered |= new
        if not placement.named:
            return  # no ring has room for names at this zoom: don't even look at the dots
        left, right = min(i for i, _ in new), max(i for i, _ in new) + 1
        top, bottom = min(j for _, j in new), max(j for _, j in new) + 1
        ground = QRectF(
            QPointF(left * REGION / sx, top * REGION / sy),
            QPointF(right * REGION / sx, bottom * REGION / sy),
        )
        smallest, labels = placement.smallest, placement.labels
        dots = [
            d
            for d in self._named_dots(placement.named, ground)
            if d.diameter >= smallest
            and d.contact_id not in labels
            and (int(d.x * sx // REGION), int(d.y * sy // REGION)) in new
        ]
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
            requests.append(LabelRequest(dot.x * sx, dot.y * sy, pixels / 2, width, height))
            looks.append((name, size))
        rects = place_labels(
            requests, 2.0, None, (), self._blocked_in(placement, sx, sy), placement.grid
        )
        for dot, (name, size), request, rect in zip(dots, looks, requests, rects, strict=True):
            labels[dot.contact_id] = [rect, name, size, request]

    def _blocked_in(self, placement: _Placement, sx: float, sy: float) -> Callable[[Rect], bool]:
        """Whether a spot covers a dot: names do not write over dots, named or not (the
        named ones are in the placement's grid too, this asks the scene's grid)."""
        others = placement.others

        def others_in(i: int, j: int) -> list[Rect]:
            """The discs of the dots that reach into one cell of the labels' grid, fetched
            the first time a spot there is tried."""
            left, top = i * LABEL_CELL, j * LABEL_CELL
            found = []
            near = self._dots_near(
                left / sx, top / sy, (left + LABEL_CELL) / sx, (top + LABEL_CELL) / sy
            )
            for dot in near:
                x, y, r = dot.x * sx, dot.y * sy, dot.diameter * sx / 2
                found.append((x - r, y - r, x + r, y + r))
            others[(i, j)] = found
            return found

        def blocked(rect: Rect) -> bool:
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

        return blocked

    def _show(self, placement: _Placement, view: Rect, dx: float, dy: float) -> None:
        """The names in sight (self.placed, self._looks). Names stay inside the view: one
        cut by its edge reads as another name ("itri"), so it moves to a free spot inside
        or is left out while the edge cuts it."""
        self.placed, self._looks, self._in_sight = {}, [], set()
        left, top, right, bottom = view
        blocked = None
        for contact_id, label in placement.labels.items():
            rect = label[0]
            if rect is None or not (
                rect[0] < right and left < rect[2] and rect[1] < bottom and top < rect[3]
            ):
                continue
            if not (left <= rect[0] and rect[2] <= right and top <= rect[1] and rect[3] <= bottom):
                if blocked is None:
                    blocked = self._blocked_in(placement, placement.sx, placement.sy)
                request = label[3]
                r = request.radius
                disc = (request.x - r, request.y - r, request.x + r, request.y + r)
                placement.grid.remove(rect)
                moved = free_spot(request, disc, placement.grid, 2.0, view, blocked)
                placement.grid.add(rect if moved is None else moved)
                if moved is None:
                    continue
                rect = label[0] = moved
            shown = (rect[0] + dx, rect[1] + dy, rect[2] + dx, rect[3] + dy)
            self._in_sight.add((contact_id, rect))
            self.placed[contact_id] = shown
            self._looks.append((shown, label[1], label[2]))

    def _repaint_changed(self, widget: QWidget, sx: float, sy: float, dx: float, dy: float) -> None:
        """A pan scrolls the pixels drawn before and repaints only the strip it uncovers; a
        name drawn now that was not, or not there, then (near an edge, or placed again after
        a change) gets its area repainted, and so does one no longer drawn. (The tiles draw
        only their dots inside these areas: TileItem.paint.)"""
        drawn = self._in_sight
        before = self._drawn
        self._drawn = (id(widget), sx, sy, drawn)
        if before is None or before[:3] != (id(widget), sx, sy) or before[3] == drawn:
            return
        changed = QRegion()
        # A label is the same if drawn at the same pixels of the placement both times.
        for _contact_id, r in before[3] ^ drawn:
            changed += QRect(
                math.floor(r[0] + dx) - 1,
                math.floor(r[1] + dy) - 1,
                math.ceil(r[2] - r[0]) + 3,
                math.ceil(r[3] - r[1]) + 3,
            )
        widget.update(changed)

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
