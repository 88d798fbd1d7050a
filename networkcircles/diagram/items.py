"""The diagram's graphics items: the rings, their labels, "you", the tray, and the dot layers.

A dot is not an item. Thousands of items cost a lot to build, index and paint, so the dots
are plain records (ContactDot) bucketed into square tiles, one TileItem per tile, and each
tile paints its dots as copies of small pre-rendered sprites, one per look and pixel size.
Only the selection and hover rings, the dot being dragged and the names shown at high zoom
are drawn by items of their own, so hovering or selecting repaints a dot-sized area only.

Items know ids and keys, never rows or models; the scene decides what mouse events mean.
Text and outline colours come from the palette handed to paint(), so dark themes stay legible.
"""

import math
from collections import deque
from collections.abc import Callable, Iterable
from itertools import repeat

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from networkcircles.diagram.labels import LabelRequest, place_labels
from networkcircles.services.followups import Warmth

# Mid-tone colours that read on white and on a dark base alike.
WARMTH_COLOURS: dict[Warmth, QColor] = {
    Warmth.RECENT: QColor("#2f9e44"),
    Warmth.DUE: QColor("#f08c00"),
    Warmth.OVERDUE: QColor("#e03131"),
    Warmth.NEVER: QColor("#909296"),
}
WARMTHS = (Warmth.RECENT, Warmth.DUE, Warmth.OVERDUE, Warmth.NEVER)

DIMMED_OPACITY = 0.18
LINES_Z, DOT_Z, NAME_Z, MARKER_Z, LABEL_Z, DRAGGED_Z = 1.0, 2.0, 2.5, 2.8, 3.0, 10.0
LABEL_PIXEL_SIZE = 18  # scene units: legible when the whole diagram fits a laptop window
LABEL_MIN_PIXEL_SIZE = 11
MIN_SELECTION_RADIUS = 6.0  # so the selection ring shows around even the smallest dots
TILE = 128.0  # scene units per side of a tile of dots
TILE_MARGIN = 14.0  # how far a dot's drawing (its tick, its outline) reaches past its seat
NAME_MIN_PIXELS = 5.0  # names show beside dots at least this wide on screen...
NAME_ROOM_PIXELS = 16.0  # ...with this much room between neighbours (labels.py places them)
NAME_MIN_FONT = 11  # pixels: every name is readable, none smaller
NAME_MAX_WIDTH = 180  # pixels: longer names end in "…", whole in the tooltip
SUMMARY_PIXELS = 4.0  # dots smaller than this on screen are drawn from a tile's summary
SUMMARY_MAX_SIDE = 256  # pixels: a summary is at most this wide, so it stays small in memory
SPRITE_CACHE_LIMIT = 4000

# A dot's look in one small int, so tiles group dots by sprite without building objects.
WARMTH_MASK = 0b11
KNOWS = 1 << 2
LEAVE_OUT = 1 << 3  # "passes gossip": a crossed square instead of a disc
TELL = 1 << 4  # a tick
DASHED = 1 << 5  # a wish: someone you want to meet
DIMMED = 1 << 6  # not among the search matches

MARK_BITS = {"leave_out": LEAVE_OUT, "tell": TELL, "wish": DASHED}


_WARMTH_BITS = {warmth: n for n, warmth in enumerate(WARMTHS)}


def style_of(warmth: Warmth, knows_looking: bool, marks: Iterable[str] = ()) -> int:
    style = _WARMTH_BITS[warmth] | (KNOWS if knows_looking else 0)
    for mark in marks:
        style |= MARK_BITS.get(mark, 0)
    return style


def _mix(colour: QColor, other: QColor, share: float) -> QColor:
    """`share` of `colour` over the rest of `other`, opaque."""
    return QColor.fromRgbF(
        colour.redF() * share + other.redF() * (1 - share),
        colour.greenF() * share + other.greenF() * (1 - share),
        colour.blueF() * share + other.blueF() * (1 - share),
    )


def _palette_of(option: QStyleOptionGraphicsItem, widget: QWidget | None) -> QPalette:
    """The palette to paint with: the view's own, which follows a theme switch at once.
    The style option's copy is the scene's and can lag behind it (rings stayed light)."""
    return widget.palette() if widget is not None else option.palette


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


def selection_reach(diameter: float) -> float:
    """The radius of the selection ring around a dot, and a little for its pen."""
    return max(diameter * 0.8, MIN_SELECTION_RADIUS) + max(diameter * 0.15, 1.0)


SHAPE_MIN_PIXELS = 5.0  # below this a dot is a plain disc: see draw_dot


def warmth_shape(warmth: Warmth) -> str:
    """How a warmth shows besides its colour: "filled", "half" (the lower half filled),
    "outlined" (filled, with a heavy outline) or "hollow" (a ring)."""
    return _SHAPES[warmth]


_SHAPES = {
    Warmth.RECENT: "filled",
    Warmth.DUE: "half",
    Warmth.OVERDUE: "outlined",
    Warmth.NEVER: "hollow",
}


def draw_dot(
    painter: QPainter, centre: QPointF, diameter: float, style: int, ink: QColor, base: QColor
) -> None:
    """One dot in its full look, in the painter's current coordinates (`diameter` in them).

    Warmth shows as a shape as well as a colour (warmth_shape), so it never rests on telling
    red from green: recent is filled, due half filled, overdue filled with a heavy outline,
    never contacted a hollow ring. Under SHAPE_MIN_PIXELS on screen a dot is a few pixels of
    colour and a half fill or a hole would only smear it, so tiny dots are plain filled discs:
    there colour alone is what the eye can take in, and the tooltip, the list and the
    keyboard cursor's spoken description still say each contact's state in words.
    """
    radius = diameter / 2
    warmth = WARMTHS[style & WARMTH_MASK]
    fill = QColor(WARMTH_COLOURS[warmth])
    dashed = bool(style & DASHED)
    pixels = diameter * abs(painter.worldTransform().m11())
    shape = _SHAPES[warmth] if pixels >= SHAPE_MIN_PIXELS else "filled"
    if warmth is Warmth.OVERDUE:
        # A heavy outline, so overdue doesn't rely on telling red from green.
        edge = QPen(ink, max(diameter * 0.16, 0.3))
    elif dashed:
        edge = QPen(ink, max(diameter * 0.12, 0.3))
    elif shape == "half":
        # A rim in the dot's own colour holds the half-emptied dot together as one shape.
        edge = QPen(fill, max(diameter * 0.1, 0.3))
    else:
        edge = QPen(base, max(diameter * 0.08, 0.2))
    if dashed:
        edge.setStyle(Qt.PenStyle.CustomDashLine)
        edge.setDashPattern([2.0, 1.5])
        fill = _mix(fill, base, 0.45)  # paler: not (yet) in your network
    square = style & LEAVE_OUT
    side = radius * 0.9

    def outline_at(inset: float) -> QPainterPath:
        path = QPainterPath()
        if square:
            reach = side - inset
            path.addRect(QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach))
        else:
            path.addEllipse(centre, radius - inset, radius - inset)
        return path

    outline = outline_at(0.0)
    painter.setPen(Qt.PenStyle.NoPen)
    if shape == "hollow":
        # A ring: the colour as a broad rim inside the outline, so the dot keeps its size.
        painter.setBrush(fill)
        painter.drawPath(outline)
        painter.setBrush(_mix(fill, base, 0.12))
        painter.drawPath(outline_at(diameter * 0.24))
    elif shape == "half":
        painter.setBrush(_mix(fill, base, 0.25))
        painter.drawPath(outline)
        lower = QPainterPath()
        lower.addRect(QRectF(centre.x() - radius, centre.y(), diameter, radius))
        painter.setBrush(fill)
        painter.drawPath(outline.intersected(lower))
    else:
        painter.setBrush(fill)
        painter.drawPath(outline)
    painter.setPen(edge)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)
    if square:
        cross = QPen(ink, max(diameter * 0.12, 0.3))
        painter.setPen(cross)
        inset = side * 0.55
        painter.drawLine(
            QLineF(centre.x() - inset, centre.y() - inset, centre.x() + inset, centre.y() + inset)
        )
        painter.drawLine(
            QLineF(centre.x() - inset, centre.y() + inset, centre.x() + inset, centre.y() - inset)
        )
    elif style & KNOWS:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(base)
        painter.drawEllipse(centre, radius * 0.42, radius * 0.42)
        painter.setBrush(ink)
        painter.drawEllipse(centre, radius * 0.2, radius * 0.2)
    if style & TELL:
        # A tick at the top right, outside the dot, in the "recent" green.
        tick = QPen(ink, max(diameter * 0.14, 0.35))
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x, y, s = centre.x() + radius * 0.55, centre.y() - radius * 0.95, radius * 0.55
        corner = [QPointF(x, y), QPointF(x + s * 0.45, y + s * 0.5), QPointF(x + s * 1.3, y - s)]
        painter.drawPolyline(QPolygonF(corner))


class SpriteCache:
    """Pre-rendered dots: one pixmap per look, pixel size and palette."""

    def __init__(self) -> None:
        self._sprites: dict[tuple, tuple[QPixmap, int]] = {}

    def get(self, style: int, pixels: float, ink: QColor, base: QColor) -> tuple[QPixmap, int]:
        """A sprite of a dot `pixels` wide and the offset from its top left to the centre."""
        size = round(pixels * 4) / 4  # quarter pixels: enough sizes to zoom smoothly
        key = (style, size, ink.rgba(), base.rgba())
        found = self._sprites.get(key)
        if found is None:
            if len(self._sprites) > SPRITE_CACHE_LIMIT:
                self._sprites.clear()
            found = self._sprites[key] = self._render(style, max(size, 1.0), ink, base)
        return found

    @staticmethod
    def _render(style: int, pixels: float, ink: QColor, base: QColor) -> tuple[QPixmap, int]:
        half = math.ceil(pixels * 0.85 + 1.5)  # room for the tick and a wide outline
        pixmap = QPixmap(2 * half, 2 * half)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if style & DIMMED:
            painter.setOpacity(DIMMED_OPACITY)
        draw_dot(painter, QPointF(half, half), pixels, style, ink, base)
        painter.end()
        return pixmap, half


SPRITES = SpriteCache()


_NEVER = _WARMTH_BITS[Warmth.NEVER]


class ContactDot:
    """One contact's dot: where it sits, how big it is and how it looks. Not an item: the
    tile under it draws it. The scene keeps these; tests and the window read them."""

    __slots__ = ("_scene", "contact_id", "diameter", "group", "style", "tile", "x", "y")

    def __init__(self, scene, contact_id: int) -> None:
        self._scene = scene
        self.contact_id = contact_id
        self.x = self.y = 0.0
        self.diameter = 1.0
        self.style = _NEVER
        self.group: str | None = None  # the ring key, the tray's "" or the wish band's
        self.tile: tuple[int, int] | None = None

    @property
    def warmth(self) -> Warmth:
        return WARMTHS[self.style & WARMTH_MASK]

    @property
    def knows_looking(self) -> bool:
        return bool(self.style & KNOWS)

    @property
    def is_dimmed(self) -> bool:
        return bool(self.style & DIMMED)

    @property
    def is_chosen(self) -> bool:
        """Whether the selection ring is drawn (the scene's select_contact)."""
        return self._scene.chosen_id() == self.contact_id

    @property
    def is_hovered(self) -> bool:
        return self._scene.hovered_id() == self.contact_id

    def opacity(self) -> float:
        return DIMMED_OPACITY if self.is_dimmed else 1.0

    def pos(self) -> QPointF:
        return self._scene.dot_position(self.contact_id)

    def zValue(self) -> float:  # noqa: N802 (reads like the item it replaces)
        return DRAGGED_Z if self._scene.dragged_id() == self.contact_id else DOT_Z

    def sceneBoundingRect(self) -> QRectF:  # noqa: N802
        reach = selection_reach(self.diameter)
        centre = self.pos()
        return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)


class TileItem(QGraphicsItem):
    """The dots seated in one TILE-sided square of the scene, drawn as sprites.

    Not cached: a device-coordinate cache makes each zoom step fill and copy a pixmap per
    tile, which costs more than drawing the sprites again. Panning draws only the strip
    that comes into view, and only the dots inside it. Zoomed out so far that dots would
    be under SUMMARY_PIXELS wide, the tile shows a summary instead: one picture of its dots
    drawn once at that size, scaled down smoothly, so the colours of a dense ring read as
    its density and warmth.
    """

    def __init__(self, key: tuple[int, int]) -> None:
        super().__init__()
        self.key = key
        self.dots: dict[int, ContactDot] = {}
        self.setPos(key[0] * TILE, key[1] * TILE)
        self._bounds = QRectF(-TILE_MARGIN, -TILE_MARGIN, TILE + 2 * TILE_MARGIN,
                              TILE + 2 * TILE_MARGIN)  # fmt: skip
        self._groups: list[tuple[int, float, list[float], list[float]]] | None = None
        self._smallest = 0.0
        self._summary: tuple[QPixmap, float, int, int] | None = None  # with scale and palette
        self.setZValue(DOT_Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def changed(self) -> None:
        """Its dots changed: regroup them and redraw the summary when next needed."""
        self._groups = None
        self._summary = None

    def refresh(self, dot: ContactDot) -> None:
        """Repaint only the square around one dot."""
        self.changed()
        reach = dot.diameter + TILE_MARGIN / 2
        left, top = self.pos().x(), self.pos().y()
        self.update(QRectF(dot.x - left - reach, dot.y - top - reach, 2 * reach, 2 * reach))

    def _grouped(self) -> list[tuple[int, float, list[float], list[float]]]:
        """The dots by look (style and size), with their seats: one sprite per group."""
        if self._groups is None:
            groups: dict[tuple[int, float], tuple[list[float], list[float]]] = {}
            for dot in self.dots.values():
                found = groups.get((dot.style, dot.diameter))
                if found is None:
                    found = groups[(dot.style, dot.diameter)] = ([], [])
                found[0].append(dot.x)
                found[1].append(dot.y)
            self._groups = [(style, size, xs, ys) for (style, size), (xs, ys) in groups.items()]
            self._smallest = min((size for _, size, _, _ in self._groups), default=0.0)
        return self._groups

    def summary_scale(self) -> float:
        """Below this many pixels per scene unit the tile shows its summary."""
        self._grouped()
        if not self._smallest:
            return 0.0
        return min(SUMMARY_PIXELS / self._smallest, SUMMARY_MAX_SIDE / self._bounds.width())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = _palette_of(option, widget)
        ink = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        groups = self._grouped()
        if not groups:
            return
        transform = painter.worldTransform()
        scale = self.summary_scale()
        if transform.m11() < scale and not transform.isRotating():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(self._bounds, self._summary_at(scale, ink, base),
                               QRectF(0, 0, *([self._bounds.width() * scale] * 2)))  # fmt: skip
            return
        painter.save()
        painter.setWorldTransform(QTransform())  # sprites go pixel for pixel: a plain copy
        self._draw(painter, transform, option.exposedRect, groups, ink, base)
        painter.restore()

    def _summary_at(self, scale: float, ink: QColor, base: QColor) -> QPixmap:
        key = (scale, ink.rgba(), base.rgba())
        if self._summary is None or self._summary[1:] != key:
            side = math.ceil(self._bounds.width() * scale)
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            transform = QTransform.fromScale(scale, scale).translate(TILE_MARGIN, TILE_MARGIN)
            self._draw(painter, transform, self._bounds, self._grouped(), ink, base)
            painter.end()
            self._summary = (pixmap, *key)
        return self._summary[0]

    def _draw(self, painter: QPainter, transform: QTransform, exposed: QRectF,
              groups: list, ink: QColor, base: QColor) -> None:  # fmt: skip
        """Copy a sprite per dot; `transform` maps the tile's coordinates to the painter's."""
        sx, sy = transform.m11(), transform.m22()
        origin = self.pos()
        ox = transform.dx() - origin.x() * sx
        oy = transform.dy() - origin.y() * sy
        whole = exposed.contains(self._bounds.adjusted(TILE_MARGIN, TILE_MARGIN,
                                                       -TILE_MARGIN, -TILE_MARGIN))  # fmt: skip
        shown = exposed.adjusted(-TILE_MARGIN, -TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        left, top = shown.left() + origin.x(), shown.top() + origin.y()
        right, bottom = shown.right() + origin.x(), shown.bottom() + origin.y()
        draw = painter.drawPixmap
        for style, size, xs, ys in groups:
            sprite, half = SPRITES.get(style, size * sx, ink, base)
            bx, by = ox - half + 0.5, oy - half + 0.5  # + 0.5: int() then rounds
            if whole:  # the common case, in C loops as far as Python allows
                deque(map(draw, [int(x * sx + bx) for x in xs], [int(y * sy + by) for y in ys],
                          repeat(sprite, len(xs))), maxlen=0)  # fmt: skip
            else:
                for x, y in zip(xs, ys, strict=True):
                    if left <= x <= right and top <= y <= bottom:
                        draw(int(x * sx + bx), int(y * sy + by), sprite)


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


class DraggedDot(QGraphicsItem):
    """The dot under the cursor while it is dragged (its tile leaves it out meanwhile)."""

    def __init__(self) -> None:
        super().__init__()
        self._diameter = 1.0
        self._style = 0
        self._bounds = QRectF(-1, -1, 2, 2)  # never null: see MarkerItem
        self.setZValue(DRAGGED_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def take(self, dot: ContactDot) -> None:
        self.prepareGeometryChange()
        self._diameter, self._style = dot.diameter, dot.style
        reach = selection_reach(dot.diameter)
        self._bounds = QRectF(-reach, -reach, 2 * reach, 2 * reach)
        self.setPos(dot.x, dot.y)
        self.show()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = _palette_of(option, widget)
        ink = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        draw_dot(painter, QPointF(0, 0), self._diameter, self._style, ink, base)


class NamesItem(QGraphicsItem):
    """Names beside the dots, once they are big enough on screen to have room for them."""

    def __init__(self, dots_in: Callable[[QRectF], Iterable[ContactDot]],
                 name_of: Callable[[int], str],
                 spacings: Callable[[], dict[str | None, float]],
                 obstacles: Callable[[], list[QRectF]] = list) -> None:  # fmt: skip
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
        dots = [d for d in everyone
                if d.group in named and d.diameter * scale >= NAME_MIN_PIXELS]  # fmt: skip
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
            pixmap = QPixmap(math.ceil(metrics.horizontalAdvance(text)) + 2,
                             math.ceil(metrics.height()) + 1)  # fmt: skip
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
        edge = _mix(palette.color(QPalette.ColorRole.WindowText),
                    palette.color(QPalette.ColorRole.Base), 0.4)  # fmt: skip
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
        palette = _palette_of(option, widget)
        base = palette.color(QPalette.ColorRole.Base)
        colour = self._colour
        if self._dashed or colour is None:
            colour = _mix(palette.color(QPalette.ColorRole.WindowText), base, 0.4)
        painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine if self._dashed else
                            Qt.PenStyle.SolidLine))  # fmt: skip
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
