"""The diagram's dots: their looks, the sprites they are painted from and the tiles that
paint them. The rings, their labels, "you" and the tray are in ring_items.py; the markers,
names and lines drawn over the dots in overlay_items.py.

A dot is not an item. Thousands of items cost a lot to build, index and paint, so the dots
are plain records (ContactDot) bucketed into square tiles, one TileItem per tile, and each
tile paints its dots as copies of small pre-rendered sprites, one per look and pixel size.
Only the selection and hover rings, the dot being dragged and the names shown at high zoom
are drawn by items of their own, so hovering or selecting repaints a dot-sized area only.

A search dims the dots it leaves out through one Veil shared by the scene and its tiles, not
by restyling each dot: a keystroke costs in proportion to its matches, not to the network.

Items know ids and keys, never rows or models; the scene decides what mouse events mean.
Text and outline colours come from the palette handed to paint(), so dark themes stay legible.
"""

import math
from collections import deque
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import itemgetter

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
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
    QRegion,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

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
PAINTED_REGION = "painted_region"  # viewport property: the region of the paint under way
TILE_MARGIN = 14.0  # how far a dot's drawing (its tick, its outline) reaches past its seat
NAME_MIN_PIXELS = 5.0  # names show beside dots at least this wide on screen...
NAME_ROOM_PIXELS = 16.0  # ...with this much room between neighbours (labels.py places them)
NAME_MIN_FONT = 11  # pixels: every name is readable, none smaller
NAME_MAX_WIDTH = 180  # pixels: longer names end in "…", whole in the tooltip
SUMMARY_PIXELS = 4.0  # dots smaller than this on screen are drawn from a tile's summary
SUMMARY_MAX_SIDE = 256  # pixels: a summary is at most this wide, so it stays small in memory
SPRITE_CACHE_LIMIT = 4000
PATCH_MOST = 6  # squares a tile's summary is redrawn in; past them it is redrawn whole

# A dot's look in one small int, so tiles group dots by sprite without building objects.
WARMTH_MASK = 0b11
KNOWS = 1 << 2
LEAVE_OUT = 1 << 3  # "passes gossip": a crossed square instead of a disc
TELL = 1 << 4  # a tick
DASHED = 1 << 5  # a wish: someone you want to meet
DIMMED = 1 << 6  # a sprite's look only: not among the search matches (see Veil)

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
        self._sprites: dict[tuple[int, float, int, int], tuple[QPixmap, int]] = {}

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

Look = tuple[int, float]  # a dot's style and diameter: one sprite
Seated = tuple[int, float, float, float]  # style, diameter, x, y
Group = tuple[int, float, list[float], list[float]]  # a look and its dots' xs and ys


class ContactDot:
    """One contact's dot: where it sits, how big it is and how it looks. Not an item: the
    tile under it draws it. The scene keeps these; the window reads them through the scene."""

    __slots__ = ("contact_id", "diameter", "group", "style", "tile", "x", "y")

    def __init__(self, contact_id: int, style: int = _NEVER) -> None:
        self.contact_id = contact_id
        self.x = self.y = 0.0
        self.diameter = 1.0
        self.style = style
        self.group: str | None = None  # the ring key, the tray's "" or the wish band's
        self.tile: tuple[int, int] | None = None

    @property
    def warmth(self) -> Warmth:
        return WARMTHS[self.style & WARMTH_MASK]

    @property
    def knows_looking(self) -> bool:
        return bool(self.style & KNOWS)


class Veil:
    """A search's matches, one record shared by the scene and all its tiles. With a search
    under way (`matches` not None) each tile paints its dots dimmed, as if under a veil,
    and those among the matches in their full look on top. A keystroke changes this record
    and repaints; no dot changes its look and no tile regroups its dots or draws its
    summary again, so the first letter of a search at 100,000 contacts costs a repaint."""

    __slots__ = ("_matches", "serial")

    def __init__(self) -> None:
        self._matches: frozenset[int] | None = None
        self.serial = 0  # counts the changes: a tile works out its matches once per change

    @property
    def matches(self) -> frozenset[int] | None:
        return self._matches

    @matches.setter
    def matches(self, found: frozenset[int] | None) -> None:
        self._matches = found
        self.serial += 1

    def dims(self, contact_id: int) -> bool:
        return self.matches is not None and contact_id not in self.matches


class TileItem(QGraphicsItem):
    """The dots seated in one TILE-sided square of the scene, drawn as sprites.

    Not cached: a device-coordinate cache makes each zoom step fill and copy a pixmap per
    tile, which costs more than drawing the sprites again. Panning draws only the strip
    that comes into view, and only the dots inside it. Zoomed out so far that dots would
    be under SUMMARY_PIXELS wide, the tile shows a summary instead: one picture of its dots
    drawn once at that size, scaled down smoothly, so the colours of a dense ring read as
    its density and warmth.
    """

    def __init__(self, key: tuple[int, int], veil: Veil | None = None) -> None:
        super().__init__()
        self.key = key
        self.dots: dict[int, ContactDot] = {}
        self.veil = veil if veil is not None else Veil()
        self.setPos(key[0] * TILE, key[1] * TILE)
        self._bounds = QRectF(
            -TILE_MARGIN, -TILE_MARGIN, TILE + 2 * TILE_MARGIN, TILE + 2 * TILE_MARGIN
        )
        # The dots by look, kept up to date one dot at a time (refresh), each look's seats
        # as lists for _draw built again only for the looks that changed.
        self._looks: dict[Look, dict[int, tuple[float, float]]] | None = None
        self._seated: dict[int, Seated] = {}  # what each dot was when last grouped
        self._lists: dict[Look, tuple[list[float], list[float]]] = {}
        # Grouped whole (_regroup) and not changed since: each look's ids, in the order of
        # _lists' seats. _looks and _seated are made from them when first needed (_kept):
        # the first paint draws the groups only.
        self._ids: dict[Look, list[int]] | None = None
        self._count = 0  # the dots _regroup grouped
        self._groups: list[Group] | None = None
        self._smallest = 0.0
        self._summary: tuple[QPixmap, float, int, int] | None = None  # with scale and palette
        self._stale: list[Seated] = []  # dots to draw again (where they were and are) in it
        # Under the veil, for the groups they were made from: the dots among the matches
        # and their groups (_lit), the groups of the others, dimmed (_dimmed), and the
        # summary, faint (_paint_summary).
        self._lit_for: tuple[int, list[Group], frozenset[int], list[Group]] | None = None
        self._dimmed_for: tuple[list[Group], list[Group]] | None = None
        self._veiled: tuple[frozenset[int], QPixmap] | None = None  # the summary, veiled
        self.setZValue(DOT_Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def changed(self) -> None:
        """Many of its dots changed: regroup them all and redraw the summary when next needed."""
        self._looks = self._ids = None
        self._groups = None
        self._summary = None
        self._stale = []

    def refresh(self, dot: ContactDot) -> None:
        """One dot came, went, moved or changed its look: regroup that dot only, redraw the
        summary around where it was and is, and repaint only the square around it."""
        self.restyled((dot,))
        self.repaint_around(dot)

    def repaint_around(self, dot: ContactDot) -> None:
        """Repaint only the square around a dot (where it is, or was)."""
        reach = dot.diameter + TILE_MARGIN / 2
        scale = self._summary[1] if self._summary is not None else 0.0
        if scale:  # the summary's sprites reach a little further than the dot
            reach = max(reach, dot.diameter * 0.85 + 4 / scale)  # and the smoothing
        left, top = self.pos().x(), self.pos().y()
        self.update(QRectF(dot.x - left - reach, dot.y - top - reach, 2 * reach, 2 * reach))

    def restyled(self, dots: Sequence[ContactDot], patch_most: int = PATCH_MOST) -> None:
        """These dots came, went, moved or changed their looks (the caller repaints): each is
        regrouped on its own, and the summary redrawn around them only; past `patch_most`
        squares the summary is drawn whole again, which its C loop does faster, and past
        a quarter of the tile's dots the tile is regrouped whole (a search's first letter)."""
        if self._looks is None and self._ids is None:
            return  # regrouped whole when next painted
        if len(dots) > max(len(self.dots) // 4, PATCH_MOST):
            self.changed()
            return
        looks, seated = self._kept()
        stale = self._stale
        summary = self._summary
        for dot in dots:
            contact_id = dot.contact_id
            before = seated.pop(contact_id, None)
            if before is not None:
                look = (before[0], before[1])
                members = looks[look]
                del members[contact_id]
                if not members:
                    del looks[look]
                    self._lists.pop(look, None)
                else:
                    self._lists.pop(look, None)
                if summary is not None:
                    stale.append(before)
            if self.dots.get(contact_id) is dot:
                now = (dot.style, dot.diameter, dot.x, dot.y)
                seated[contact_id] = now
                look = (dot.style, dot.diameter)
                joined = looks.get(look)
                if joined is None:
                    joined = looks[look] = {}
                joined[contact_id] = (dot.x, dot.y)
                self._lists.pop(look, None)
                if summary is not None:
                    stale.append(now)
        self._groups = None
        if len(stale) > patch_most:
            self._summary = None
            self._stale = []

    def _grouped(self) -> list[Group]:
        """The dots by look (style and size), with their seats: one sprite per group."""
        if self._ids is not None:
            grouped = self._count
        elif self._looks is not None:
            grouped = len(self._seated)
        else:
            grouped = -1
        if grouped != len(self.dots):
            self._regroup()
        if self._groups is None:
            lists = self._lists
            groups = []
            order = self._looks if self._looks is not None else self._ids
            assert order is not None
            for look in order:
                found = lists.get(look)
                if found is None:  # restyled dropped it: made again from _looks
                    assert self._looks is not None
                    seats = list(self._looks[look].values())
                    found = lists[look] = ([x for x, _ in seats], [y for _, y in seats])
                groups.append((look[0], look[1], *found))
            self._groups = groups
            self._smallest = min(order, key=lambda look: look[1], default=(0, 0.0))[1]
        return self._groups

    def _regroup(self) -> None:
        """Group every dot by look, as lists of seats for _draw and the look's ids: a
        dot costs three appends (the first paint groups every dot of the network)."""
        ids: dict[Look, list[int]] = {}
        lists: dict[Look, tuple[list[float], list[float]]] = {}
        for contact_id, dot in self.dots.items():
            look = (dot.style, dot.diameter)
            found = ids.get(look)
            if found is None:
                found = ids[look] = []
                lists[look] = ([], [])
            found.append(contact_id)
            xs, ys = lists[look]
            xs.append(dot.x)
            ys.append(dot.y)
        self._ids, self._lists, self._count = ids, lists, len(self.dots)
        self._looks, self._seated, self._groups = None, {}, None
        self._summary = None
        self._stale = []

    def _kept(self) -> tuple[dict[Look, dict[int, tuple[float, float]]], dict[int, Seated]]:
        """_looks and _seated (what restyled, _lit and _dimmed keep up to date or read),
        made from the groups when first needed after a _regroup."""
        if self._looks is None:
            assert self._ids is not None
            looks: dict[Look, dict[int, tuple[float, float]]] = {}
            seated: dict[int, Seated] = {}
            for look, ids in self._ids.items():
                xs, ys = self._lists[look]
                looks[look] = dict(zip(ids, zip(xs, ys, strict=True), strict=True))
                style, size = look
                seats = zip(repeat(style), repeat(size), xs, ys)
                seated.update(zip(ids, seats, strict=True))
            self._looks, self._seated, self._ids = looks, seated, None
        return self._looks, self._seated

    def prepare(self, widget: QWidget, view_scale: float) -> None:
        """Work out now what painting it in `widget` at `view_scale` pixels per scene unit
        would work out first: its dots grouped by look and, zoomed out this far, its summary
        (after a reload the window does this a tile at a time, so the first paint only
        copies pictures)."""
        scale = self.summary_scale()  # groups the dots
        if view_scale < scale:
            palette = widget.palette()
            ink = palette.color(QPalette.ColorRole.WindowText)
            self._summary_at(scale, ink, palette.color(QPalette.ColorRole.Base))

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
        exposed = option.exposedRect
        region = widget.property(PAINTED_REGION) if widget is not None else None
        if isinstance(region, QRegion) and not region.isEmpty():
            # Only the part of the repainted region over this tile: a pan that repaints a
            # strip at each edge, or an edit that repaints a dot at each end of the
            # diagram, hands every tile between them as wholly exposed.
            mine = region.intersected(transform.mapRect(self._bounds).toAlignedRect())
            if mine.isEmpty():
                return
            inverse, ok = transform.inverted()
            if ok:
                exposed = inverse.mapRect(QRectF(mine.boundingRect())) & exposed
        scale = self.summary_scale()
        if transform.m11() < scale and not transform.isRotating():
            self._paint_summary(painter, exposed, scale, ink, base)
            return
        if self.veil.matches is not None:
            lit = self._lit(groups)[1]
            groups = self._dimmed(groups) + lit  # the matches last, on top
        painter.save()
        painter.setWorldTransform(QTransform())  # sprites go pixel for pixel: a plain copy
        self._draw(painter, transform, exposed, groups, ink, base)
        painter.restore()

    def unveiled(self) -> None:
        """The search was cleared: let go of what was kept for painting under the veil
        (a veiled summary is as big as the summary) and repaint."""
        self._lit_for = self._dimmed_for = self._veiled = None
        self.update()

    def _lit(self, groups: list[Group]) -> tuple[frozenset[int], list[Group]]:
        """Under the veil: the tile's dots among the matches, and their groups (to draw in
        full over the rest, dimmed). Worked out again only when they or the groups change."""
        veil = self.veil
        found = self._lit_for
        if found is not None and found[0] == veil.serial and found[1] is groups:
            return found[2], found[3]  # a repaint: the same matches, the same dots
        assert veil.matches is not None  # painted under a veil
        # C loops over the tile's dots (dict_keys & frozenset would loop over every match).
        lit = veil.matches.intersection(self.dots)
        if found is not None and found[2] == lit and found[1] is groups:
            self._lit_for = (veil.serial, groups, lit, found[3])
            return lit, found[3]
        if self._ids is not None:  # the records unmade (_kept): from the groups, in C loops
            full = self._lit_groups(self._ids, lit)
        else:
            shown: dict[Look, tuple[list[float], list[float]]] = {}
            seated = self._seated
            for contact_id in sorted(lit):  # an order a fresh tile would take as well
                style, size, x, y = seated[contact_id]
                xs, ys = shown.setdefault((style, size), ([], []))
                xs.append(x)
                ys.append(y)
            full = [(style, size, xs, ys) for (style, size), (xs, ys) in shown.items()]
        self._lit_for = (veil.serial, groups, lit, full)
        self._dimmed_for = None
        return lit, full

    def _lit_groups(self, grouped: dict[Look, list[int]], lit: frozenset[int]) -> list[Group]:
        """_lit's groups from each look's ids (`grouped`) and seats, in the order _lit's loop
        over the sorted ids makes them: within a look by id, the looks by their first id."""
        found: list[tuple[int, Group]] = []
        for look, ids in grouped.items():
            if lit.isdisjoint(ids):
                continue
            xs, ys = self._lists[look]
            chosen = compress(range(len(ids)), map(lit.__contains__, ids))
            order = sorted(chosen, key=ids.__getitem__)
            seats = (list(map(xs.__getitem__, order)), list(map(ys.__getitem__, order)))
            found.append((ids[order[0]], (look[0], look[1], *seats)))
        found.sort(key=itemgetter(0))
        return [group for _first, group in found]

    def _dimmed(self, groups: list[Group]) -> list[Group]:
        """Under the veil, zoomed in: the groups of the dots outside the matches, in their
        dimmed looks. A tile without matches only swaps sprites; one with matches leaves
        them out of their groups (_lit just worked them out for these groups)."""
        found = self._dimmed_for
        if found is not None and found[0] is groups:
            return found[1]
        assert self._lit_for is not None
        lit = self._lit_for[2]
        dimmed: list[Group] = []
        # Each group's ids, in the order of its seats: the records' if made (_kept), else
        # the grouping's (a search's first letter then makes no records).
        members_of: Iterable[Iterable[int]] = (
            self._looks.values() if self._looks is not None else (self._ids or {}).values()
        )
        for (style, size, xs, ys), members in zip(groups, members_of, strict=True):
            if lit and not lit.isdisjoint(members):
                unlit = [contact_id not in lit for contact_id in members]
                xs, ys = list(compress(xs, unlit)), list(compress(ys, unlit))
            if xs:
                dimmed.append((style | DIMMED, size, xs, ys))
        self._dimmed_for = (groups, dimmed)
        return dimmed

    def _paint_summary(
        self, painter: QPainter, exposed: QRectF, scale: float, ink: QColor, base: QColor
    ) -> None:
        """The summary scaled to the view, only the part of it over `exposed` (and a few
        pixels round it, so the smooth scaling blends the same pixels as a whole copy)."""
        summary = self._summary_at(scale, ink, base)
        if self.veil.matches is None:
            self._veiled = None
        else:
            summary = self._veiled_summary(summary, scale, ink, base)
        side = summary.width()
        bounds = self._bounds
        left = max(math.floor((exposed.left() - bounds.left()) * scale) - 2, 0)
        top = max(math.floor((exposed.top() - bounds.top()) * scale) - 2, 0)
        right = min(math.ceil((exposed.right() - bounds.left()) * scale) + 2, side)
        bottom = min(math.ceil((exposed.bottom() - bounds.top()) * scale) + 2, side)
        if right <= left or bottom <= top:
            return
        painter.save()
        painter.setClipRect(exposed, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # Not antialiased: the view's hint sends a scaled copy down Qt's path for smoothing a
        # shape's edges, three times slower, and the summary's edges are clear anyway (its
        # margin is as wide as a dot's reach), so the picture is the same pixel for pixel.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawPixmap(
            QRectF(
                bounds.left() + left / scale,
                bounds.top() + top / scale,
                (right - left) / scale,
                (bottom - top) / scale,
            ),
            summary,
            QRectF(left, top, right - left, bottom - top),
        )
        painter.restore()

    def _veiled_summary(self, summary: QPixmap, scale: float, ink: QColor, base: QColor) -> QPixmap:
        """Under the veil: the summary copied faintly, the matches drawn over it in full.
        Kept while the tile's matches and its summary stay the same (a keystroke that
        changes neither repaints it as it is); the summary itself is never redrawn."""
        lit, groups = self._lit(self._grouped())
        found = self._veiled
        if found is not None and found[0] == lit:
            return found[1]
        veiled = QPixmap(summary.size())
        veiled.fill(Qt.GlobalColor.transparent)
        painter = QPainter(veiled)
        painter.setOpacity(DIMMED_OPACITY)  # a copy unscaled at an opacity: a fast blend
        painter.drawPixmap(0, 0, summary)
        painter.setOpacity(1.0)
        self._draw(painter, _summary_transform(scale), self._bounds, groups, ink, base)
        painter.end()
        self._veiled = (lit, veiled)
        return veiled

    def _summary_at(self, scale: float, ink: QColor, base: QColor) -> QPixmap:
        key = (scale, ink.rgba(), base.rgba())
        transform = _summary_transform(scale)
        if self._summary is None or self._summary[1:] != key:
            side = math.ceil(self._bounds.width() * scale)
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._draw(painter, transform, self._bounds, self._grouped(), ink, base)
            painter.end()
            self._summary = (pixmap, *key)
            self._stale = []
            self._veiled = None
        elif self._stale:
            self._patch(self._summary[0], transform, ink, base)
            self._veiled = None
        return self._summary[0]

    def _patch(self, pixmap: QPixmap, transform: QTransform, ink: QColor, base: QColor) -> None:
        """Draw the summary again where the stale dots were and are: clear those squares
        and copy every sprite that reaches into them, in the order a whole redraw uses,
        so the picture ends up as if drawn afresh."""
        scale = transform.m11()
        ox = transform.dx() - self.pos().x() * scale + 0.5
        oy = transform.dy() - self.pos().y() * scale + 0.5
        rects: list[QRect] = []
        region = QRegion()
        for style, size, x, y in self._stale:
            half = SPRITES.get(style, size * scale, ink, base)[1]
            rect = QRect(int(x * scale + ox - half), int(y * scale + oy - half), 2 * half, 2 * half)
            rects.append(rect)
            region += rect
        self._stale = []
        groups = self._grouped()
        painter = QPainter(pixmap)
        painter.setClipRegion(region)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillRect(region.boundingRect(), Qt.GlobalColor.transparent)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        # The seats whose sprites may reach the squares; the clip keeps every copy inside.
        boxes = rects
        draw = painter.drawPixmap
        for style, size, xs, ys in groups:
            sprite, half = SPRITES.get(style, size * scale, ink, base)
            bx, by = ox - half, oy - half
            reach = (2 * half + 1) / scale
            near: set[int] = set()
            for box in boxes:
                left = (box.left() - bx) / scale - reach
                right = (box.right() - bx) / scale + reach
                top = (box.top() - by) / scale - reach
                bottom = (box.bottom() - by) / scale + reach
                near.update(
                    n
                    for n, (x, y) in enumerate(zip(xs, ys, strict=True))
                    if left <= x <= right and top <= y <= bottom
                )
            for n in sorted(near):  # in the order a whole redraw copies them
                draw(int(xs[n] * scale + bx), int(ys[n] * scale + by), sprite)
        painter.end()

    def _draw(
        self,
        painter: QPainter,
        transform: QTransform,
        exposed: QRectF,
        groups: list[Group],
        ink: QColor,
        base: QColor,
    ) -> None:
        """Copy a sprite per dot; `transform` maps the tile's coordinates to the painter's."""
        sx, sy = transform.m11(), transform.m22()
        origin = self.pos()
        ox = transform.dx() - origin.x() * sx
        oy = transform.dy() - origin.y() * sy
        whole = exposed.contains(
            self._bounds.adjusted(TILE_MARGIN, TILE_MARGIN, -TILE_MARGIN, -TILE_MARGIN)
        )
        shown = exposed.adjusted(-TILE_MARGIN, -TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        left, top = shown.left() + origin.x(), shown.top() + origin.y()
        right, bottom = shown.right() + origin.x(), shown.bottom() + origin.y()
        draw = painter.drawPixmap
        for style, size, xs, ys in groups:
            sprite, half = SPRITES.get(style, size * sx, ink, base)
            bx, by = ox - half + 0.5, oy - half + 0.5  # + 0.5: int() then rounds
            if whole:  # the common case, in C loops as far as Python allows
                deque(
                    map(
                        draw,
                        [int(x * sx + bx) for x in xs],
                        [int(y * sy + by) for y in ys],
                        repeat(sprite, len(xs)),
                    ),
                    maxlen=0,
                )
            else:
                for x, y in zip(xs, ys, strict=True):
                    if left <= x <= right and top <= y <= bottom:
                        draw(int(x * sx + bx), int(y * sy + by), sprite)


def _summary_transform(scale: float) -> QTransform:
    """From a tile's coordinates to its summary's pixels."""
    return QTransform.fromScale(scale, scale).translate(TILE_MARGIN, TILE_MARGIN)


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
