"""The diagram's furniture: a ring item and a title per circle, the dashed "possible" band
outside the last ring, the unplaced tray beside them, and where each of them is (the
anchors the window and the tests aim at, and what lies under a point besides dots).

RingFurniture is a part of CirclesScene (its base class), split out as a concern of its own:
it keeps the items (_rings, _labels, _band, _band_label, _tray, _tray_item) and reads the
scene's layout (_layout) and circles (_circles). The titles' texts and counts are the
scene's (_relabel), so that their words keep the scene's translation context.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from networkcircles.diagram import geometry
from networkcircles.diagram.keys import TRAY, WISHES
from networkcircles.diagram.ring_items import PossibleBandItem, RingItem, RingLabel, TrayItem
from networkcircles.store.queries import CircleRow

MARGIN = 40.0  # scene space kept around the rings and the tray


if TYPE_CHECKING:  # the scene it is a part of, for the type checker only (as pointer.py)
    _SceneBase = QGraphicsScene
else:
    _SceneBase = object


class RingFurniture(_SceneBase):
    """The rings', band's and tray's part of CirclesScene (see the module's docstring)."""

    _rings: dict[str, RingItem]
    _labels: dict[str, RingLabel]
    _band: PossibleBandItem | None
    _band_label: RingLabel | None
    _tray: geometry.Tray
    _tray_item: TrayItem | None
    if TYPE_CHECKING:  # the scene's, for the type checker only (they would hide Qt's)
        from networkcircles.diagram.overlay_items import NamesItem

        _layout: geometry.Layout
        _circles: dict[str, CircleRow]
        _names: NamesItem

    def _draw_rings(self) -> None:
        """A ring item and a title box per circle of the layout, then the band and the tray
        (whose place depends on the rings' extent)."""
        for item in [*self._rings.values(), *self._labels.values()]:
            self.removeItem(item)
        self._rings, self._labels = {}, {}
        for ring in self._layout.rings:
            colour = QColor(self._circles[ring.key].colour)
            self._rings[ring.key] = RingItem(ring.key, ring.inner, ring.outer, colour, ring.index)
            self.addItem(self._rings[ring.key])
            label = RingLabel(colour, *geometry.label_size(ring.inner, ring.outer))
            anchor = ring.label_anchor()
            label.setPos(anchor.x, anchor.y)
            self._labels[ring.key] = label
            self.addItem(label)
        self._build_band()
        self._build_tray()

    def _build_band(self) -> None:
        for item in (self._band, self._band_label):
            if item is not None:
                self.removeItem(item)
        band = self._layout.possible
        self._band = PossibleBandItem(band.inner, band.outer)
        self.addItem(self._band)
        # No colour of its own: dashed, it takes a muted ink from the palette.
        self._band_label = RingLabel(
            None, *geometry.label_size(band.inner, band.outer), dashed=True
        )
        anchor = band.label_anchor()
        self._band_label.setPos(anchor.x, anchor.y)
        self.addItem(self._band_label)

    def _build_tray(self) -> None:
        if self._tray_item is not None:
            self.removeItem(self._tray_item)
        self._tray = geometry.make_tray(self._layout)
        self._tray_item = TrayItem(self.tray_rect())
        self.addItem(self._tray_item)
        outer = self._layout.extent
        right = self._tray.left + self._tray.width
        # A fixed scene rect: Qt need not measure every item to find the scene's extent.
        rect = QRectF(
            -outer - MARGIN, -outer - MARGIN, right + outer + 2 * MARGIN, 2 * (outer + MARGIN)
        )
        self.setSceneRect(rect)
        self._names.set_bounds(rect)

    # Where things are, for the window and for tests.

    def ring_anchor(self, key: str) -> QPointF:
        """A point of the ring (or, for "", the tray) that no dot covers."""
        if key == TRAY:
            return self.tray_anchor()
        anchor = self._layout.ring(key).anchor()
        return QPointF(anchor.x, anchor.y)

    def possible_anchor(self) -> QPointF:
        """A point of the "possible" band that no dot covers (its label)."""
        anchor = self._layout.possible.anchor()
        return QPointF(anchor.x, anchor.y)

    def centre_anchor(self) -> QPointF:
        return QPointF(0.0, 0.0)

    def tray_anchor(self) -> QPointF:
        """A point in the tray's title bar, right of the title: never under a dot."""
        return QPointF(self._tray.left + self._tray.width - 16, self._tray.top + 20)

    def tray_rect(self) -> QRectF:
        tray = self._tray
        return QRectF(tray.left, tray.top, tray.width, tray.height)

    def ring_label(self, key: str) -> str:
        """The label text shown on a ring ("" for the tray's title)."""
        if key == TRAY:
            return self._tray_item.title if self._tray_item else ""
        if key == WISHES:
            return self._band_label.text if self._band_label else ""
        return self._labels[key].text

    def _place_at(self, pos: QPointF) -> str | None:
        """What lies under `pos` besides dots: a ring key, TRAY, "centre", or None."""
        key = geometry.ring_at(self._layout, geometry.Point(pos.x(), pos.y()))
        if key == "":
            return "centre"
        if key is not None:
            return key
        return TRAY if self.tray_rect().contains(pos) else None
