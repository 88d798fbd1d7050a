"""CirclesView: shows a CirclesScene with zoom, pan, fit, and a small legend in the corner."""

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from networkcircles.diagram.items import DASHED, KNOWS, LEAVE_OUT, TELL, WARMTHS, draw_dot
from networkcircles.diagram.scene import CirclesScene
from networkcircles.services.followups import Warmth

ZOOM_STEP = 1.25
MAX_SCALE = 24.0  # a 0.4-unit dot of a huge network is then about 10 pixels wide
MIN_FIT_SHARE = 0.5  # zoom out to half the fitted size at most
# The tiles' device-coordinate caches live in QPixmapCache: room for a large screen's worth.
PIXMAP_CACHE_KIB = 48 * 1024
LINE = -1  # a legend entry that shows a referral line, not a dot


class CirclesView(QGraphicsView):
    """The diagram's view: the wheel zooms around the cursor, dragging the background pans.

    Keys: + and - zoom, Esc emits the scene's centre_clicked (back to everyone).
    Until the user zooms, the view keeps the whole diagram fitted as it is resized.
    """

    def __init__(self, scene: QGraphicsScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if scene is not None:
            self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # The scene accepts presses on dots, so the hand only pans from the background.
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Scrolling copies pixels; let Qt keep its painter state between items cheaply.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setMouseTracking(True)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KIB))
        self._follows_size = True  # fit on resize until the user zooms
        self._legend_visible = True

    # Zoom and fit.

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        """Show the whole diagram: every ring and the tray."""
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._follows_size = True

    def zoom_factor(self) -> float:
        """Screen pixels per scene unit."""
        return self.transform().m11()

    def _fitted_scale(self) -> float:
        if self.scene() is None:
            return 1.0
        rect = self.scene().sceneRect()
        area = self.viewport().rect()
        if rect.isEmpty() or area.isEmpty():
            return 1.0
        return min(area.width() / rect.width(), area.height() / rect.height())

    def _zoom(self, factor: float, around: QPointF | None = None) -> None:
        """Scale by `factor`, keeping the scene point under `around` (viewport pos) in place."""
        current = self.zoom_factor()
        wanted = min(max(current * factor, self._fitted_scale() * MIN_FIT_SHARE), MAX_SCALE)
        if abs(wanted - current) < 1e-9:
            return
        self._follows_size = False
        if around is None:
            around = QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(around.toPoint())
        self.scale(wanted / current, wanted / current)
        # Scroll so the same scene point is back under the cursor.
        drift = self.mapFromScene(fixed) - around.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())

    # Legend.

    def set_legend_visible(self, visible: bool) -> None:
        self._legend_visible = visible
        self.viewport().update()

    def legend_entries(self) -> list[tuple[str, int]]:
        """The legend's lines: text and the dot style drawn beside it (LINE: a line)."""
        recent = WARMTHS.index(Warmth.RECENT)
        entries = [
            (self.tr("Contacted recently"), recent),
            (self.tr("Follow-up due"), WARMTHS.index(Warmth.DUE)),
            (self.tr("Follow-up overdue"), WARMTHS.index(Warmth.OVERDUE)),
            (self.tr("Never contacted"), WARMTHS.index(Warmth.NEVER)),
            (self.tr("Knows you are looking"), recent | KNOWS),
        ]
        scene = self.scene()
        if isinstance(scene, CirclesScene) and scene.has_marks():
            never = WARMTHS.index(Warmth.NEVER)
            entries += [
                (self.tr("Worth telling about your search"), recent | TELL),
                (self.tr("Leave out: passes gossip along"), never | LEAVE_OUT),
                (self.tr("Someone you want to meet"), never | DASHED),
                (self.tr("Introduced you to"), LINE),
            ]
        return entries

    def _legend_rect(self) -> QRect:
        metrics = QFontMetrics(self.font())
        entries = self.legend_entries()
        line = max(metrics.height(), 14) + 4
        width = max(metrics.horizontalAdvance(text) for text, _ in entries) + 40
        height = line * len(entries) + 12
        area = self.viewport().rect()
        # Bottom right: over the tray's far end, which fills last, rather than over a ring.
        return QRect(area.right() - width - 10, area.bottom() - height - 10, width, height)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self._legend_visible:
            return
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.WindowText)
        box = self._legend_rect()
        painter.save()
        painter.resetTransform()  # the legend is drawn in viewport pixels, not scene units
        panel = palette.color(QPalette.ColorRole.Window)
        panel.setAlphaF(0.9)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(panel)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        metrics = QFontMetrics(self.font())
        line = max(metrics.height(), 14) + 4
        painter.setFont(self.font())
        for n, (text, style) in enumerate(self.legend_entries()):
            centre = QPointF(box.left() + 16, box.top() + 6 + line * (n + 0.5))
            if style == LINE:
                pen = QPen(ink, 1.2)
                painter.setPen(pen)
                painter.drawLine(centre - QPointF(8, -4), centre + QPointF(8, -4))
            else:
                draw_dot(painter, centre, 12.0, style, ink, base)
            painter.setPen(ink)
            text_rect = QRectF(box.left() + 30, centre.y() - line / 2, box.width() - 34, line)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt override)
        super().scrollContentsBy(dx, dy)
        if self._legend_visible:
            # Scrolling copies pixels, legend included: repaint where it was and where it is.
            box = self._legend_rect()
            self.viewport().update(box)
            self.viewport().update(box.translated(QPoint(dx, dy)))

    # Events.

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        scene = self.scene()
        if isinstance(scene, CirclesScene) and not event.buttons():
            # Dots are not items with cursors of their own: point at the one under the mouse.
            over = scene.hovered_id() is not None
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.OpenHandCursor
            if self.viewport().cursor().shape() != shape:
                self.viewport().setCursor(shape)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps == 0:
            super().wheelEvent(event)
            return
        self._zoom(ZOOM_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Escape and isinstance(self.scene(), CirclesScene):
            self.scene().centre_clicked.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._follows_size:
            self.fit_all()
