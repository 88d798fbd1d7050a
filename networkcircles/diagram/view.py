"""CirclesView: shows a CirclesScene with zoom, pan, fit, and a legend strip below it."""

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from networkcircles.diagram.items import (
    DASHED,
    KNOWS,
    LEAVE_OUT,
    PAINTED_REGION,
    SPRITES,
    TELL,
    WARMTHS,
)
from networkcircles.diagram.keys import CONTACT
from networkcircles.diagram.scene import CirclesScene
from networkcircles.services.followups import Warmth

ZOOM_STEP = 1.25
MAX_SCALE = 24.0  # a 0.4-unit dot of a huge network is then about 10 pixels wide
MIN_FIT_SHARE = 0.5  # zoom out to half the fitted size at most
# The tiles' device-coordinate caches live in QPixmapCache: room for a large screen's worth.
PIXMAP_CACHE_KIB = 48 * 1024
LINE = -1  # a legend entry that shows a referral line, not a dot
LEGEND_DOT = 14.0  # pixels: big enough to show each warmth's shape
CURSOR_MARGIN = 40  # pixels kept between the keyboard cursor and the view's edge

# Keys that move the keyboard cursor, and where (CirclesScene.move_cursor).
MOVES: dict[int, str] = {
    Qt.Key.Key_Right: "next",
    Qt.Key.Key_Left: "previous",
    Qt.Key.Key_Up: "outwards",
    Qt.Key.Key_Down: "inwards",
    Qt.Key.Key_PageUp: "place_outwards",
    Qt.Key.Key_PageDown: "place_inwards",
    Qt.Key.Key_Home: "centre",
}
ZOOM_KEYS: dict[int, float] = {
    Qt.Key.Key_Plus: ZOOM_STEP,
    Qt.Key.Key_Equal: ZOOM_STEP,
    Qt.Key.Key_Minus: 1 / ZOOM_STEP,
    Qt.Key.Key_Underscore: 1 / ZOOM_STEP,
}
KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("diagram", text)


class CirclesView(QGraphicsView):
    """The diagram's view: the wheel zooms around the cursor, dragging the background pans.

    Keys: + and - zoom, Esc emits the scene's centre_clicked (back to everyone).
    Until the user zooms, the view keeps the whole diagram fitted as it is resized.

    The keyboard works the diagram through a cursor on one dot, ring or "you" (the scene's),
    drawn as a dashed two-tone ring while the view has the focus and the keyboard is in use
    (Tab into the view, or any of these keys; a mouse click hides it again):

        Left / Right        the previous / next dot round the same ring (clockwise from the
                            top; the tray row by row); on a ring itself, its last / first dot
        Up / Down           the nearest dot in the next ring outwards / inwards, or that ring
                            itself when it is empty; on a ring, the next ring out / in
        Page Up / Page Down the next ring itself, outwards / inwards (to filter or rename it)
        Home                "you", in the middle
        Space               select: what a click does (a dot is also selected on arrival)
        Enter / Return      open: a dot's contact (contact_double_clicked), a ring's list
                            (ring_clicked), your pitch on "you" (centre_double_clicked)
        Menu / Shift+F10    the dot's or ring's context menu, at its place on screen
        Delete              the scene's contact_delete_requested for the dot under the cursor
                            (it overrides the window's Delete shortcut while there)

    Tab and Shift+Tab are left to Qt: they move the focus on to the docks, never through the
    dots, so the view is one stop in the window's tab order and arrows work inside it.
    The view's accessible name follows the cursor (the scene's cursor_description), so a
    screen reader reads the contact's name and circle, or the ring's name and count.
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
        self._keyboard_cues = False  # the cursor shows once the keyboard is used
        self._base_name: str | None = None  # the accessible name the window gave
        self._base_description = ""
        self._announced = ""  # the name the view last gave itself
        self._watched: CirclesScene | None = None
        self._watch()
        self._legend_box = _LegendBox(self)
        self._place_legend()

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

    def bring_into_sight(self, point: QPointF, margin: int = 0) -> None:
        """Centre the view on `point` if it is out of sight (or too near the edge); the zoom
        stays as it is."""
        pos = self.mapFromScene(point)
        inner = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        if not inner.contains(pos):
            self.centerOn(point)

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
        self._place_legend()
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

    def legend_rect(self) -> QRect:
        """Where the legend sits, in the view's own coordinates: a strip below the viewport,
        never over a ring or the tray (the viewport's bottom margin makes its room)."""
        return self._legend_box.geometry() if self._legend_visible else QRect()

    def _legend_columns(self, width: int) -> tuple[int, int, int]:
        """(columns, column width, line height) that fit the entries in `width` pixels."""
        metrics = QFontMetrics(self.font())
        line = max(metrics.height(), int(LEGEND_DOT)) + 4
        column = max(metrics.horizontalAdvance(text) for text, _ in self.legend_entries()) + 40
        return max(1, min(len(self.legend_entries()), width // column)), column, line

    def _place_legend(self) -> None:
        if not self._legend_visible:
            self.setViewportMargins(0, 0, 0, 0)
            self._legend_box.hide()
            return
        width = self.width()
        columns, _column, line = self._legend_columns(width - 12)
        rows = -(-len(self.legend_entries()) // columns)
        height = line * rows + 10
        self.setViewportMargins(0, 0, 0, height)
        self._legend_box.resize(width, height)
        self._move_legend()
        self._legend_box.show()
        self._legend_box.raise_()
        self._legend_box.update()

    def _move_legend(self) -> None:
        """Just below the viewport: above the horizontal scroll bar when zooming shows one."""
        self._legend_box.move(0, self.viewport().geometry().bottom() + 1)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._legend_visible:
            self._move_legend()  # a scroll bar came or went
        elif event.type() == QEvent.Type.Paint:
            # The tiles draw only the dots in the areas being repainted (TileItem.paint): Qt
            # hands each item just the bounding rectangle of them all.
            viewport = self.viewport()
            viewport.setProperty(PAINTED_REGION, cast(QPaintEvent, event).region())
            try:
                return super().viewportEvent(event)
            finally:
                viewport.setProperty(PAINTED_REGION, None)
        return super().viewportEvent(event)

    def paint_legend(self, painter: QPainter, box: QRect) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(box, palette.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(box.topLeft(), box.topRight())
        columns, column, line = self._legend_columns(box.width() - 12)
        painter.setFont(self.font())
        for n, (text, style) in enumerate(self.legend_entries()):
            row, col = divmod(n, columns)
            left = box.left() + 6 + col * column
            centre = QPointF(left + 10, box.top() + 5 + line * (row + 0.5))
            if style == LINE:
                painter.setPen(QPen(ink, 1.2))
                painter.drawLine(centre - QPointF(8, -4), centre + QPointF(8, -4))
            else:
                # The tiles' own sprites: the same look, and no path work on every repaint.
                sprite, half = SPRITES.get(style, LEGEND_DOT, ink, base)
                painter.drawPixmap(int(centre.x()) - half, int(centre.y()) - half, sprite)
            painter.setPen(ink)
            text_rect = QRectF(left + 24, centre.y() - line / 2, column - 28, line)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)

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
        current = self.scene()
        scene = current if isinstance(current, CirclesScene) else None
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        command = self._cursor_command(scene, key, modifiers) if scene is not None else None
        if key in ZOOM_KEYS:
            self._zoom(ZOOM_KEYS[key], self._cursor_on_screen())
        elif key == Qt.Key.Key_Escape and scene is not None:
            scene.centre_clicked.emit()
        elif command is not None:
            self._show_cursor()
            command()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _cursor_command(
        self, scene: CirclesScene, key: int, modifiers: Qt.KeyboardModifier
    ) -> Callable[[], object] | None:
        """What a key does at the keyboard cursor (None: nothing): arrows and pages move it,
        Enter opens, Space clicks, Delete deletes, Menu or Shift+F10 opens its menu."""
        if key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier:
            return lambda: self._cursor_menu(scene)
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return None
        if key in MOVES:
            return lambda: scene.move_cursor(MOVES[key])
        commands: dict[int, Callable[[], object]] = {
            Qt.Key.Key_Return: scene.activate_cursor,
            Qt.Key.Key_Enter: scene.activate_cursor,
            Qt.Key.Key_Space: scene.click_cursor,
            Qt.Key.Key_Menu: lambda: self._cursor_menu(scene),
            Qt.Key.Key_Delete: scene.request_cursor_delete,
        }
        return commands.get(key)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            # Delete on a dot is the dot's: the window's Delete acts on its selection.
            scene = self.scene()
            if (
                isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete
                and isinstance(scene, CirclesScene)
                and scene.is_cursor_shown()
                and (scene.cursor() or ("",))[0] == CONTACT
            ):
                event.accept()
                return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        scene = self.scene()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and isinstance(scene, CirclesScene):
            # The menu key the platform turned into a menu event: the cursor's, not (5, 5)'s.
            self._show_cursor()
            if self._cursor_menu(scene):
                event.accept()
                return
        super().contextMenuEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._keyboard_cues:
            self._keyboard_cues = False
            scene = self.scene()
            if isinstance(scene, CirclesScene):
                scene.set_cursor_shown(False)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in KEYBOARD_FOCUS:
            self._keyboard_cues = True
        if self._keyboard_cues:
            self._show_cursor()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        scene = self.scene()
        if isinstance(scene, CirclesScene):
            scene.set_cursor_shown(False)
        if self._base_name is not None:
            # Away from the diagram, it is called what the window called it again.
            self.setAccessibleName(self._base_name)
            self.setAccessibleDescription(self._base_description)
            self._base_name = None

    # The keyboard cursor.

    def cursor_description(self) -> str:
        """What a screen reader hears for the cursor's dot or ring ("" without one)."""
        scene = self.scene()
        return scene.cursor_description() if isinstance(scene, CirclesScene) else ""

    def _watch(self) -> None:
        scene = self.scene()
        if isinstance(scene, CirclesScene) and scene is not self._watched:
            if self._watched is not None:
                self._watched.cursor_moved.disconnect(self._cursor_moved)
            scene.cursor_moved.connect(self._cursor_moved)
            self._watched = scene

    def _show_cursor(self) -> None:
        self._watch()
        scene = self.scene()
        self._keyboard_cues = True
        if isinstance(scene, CirclesScene) and self.hasFocus() and not scene.is_cursor_shown():
            scene.set_cursor_shown(True)
            self._cursor_moved()

    def _cursor_moved(self) -> None:
        scene = self.scene()
        if not isinstance(scene, CirclesScene) or not self.hasFocus():
            return
        if scene.is_cursor_shown():
            rect = scene.cursor_rect()
            if not rect.isEmpty():
                margin = max(int(CURSOR_MARGIN / max(self.zoom_factor(), 1e-6)), 1)
                margin = min(margin, CURSOR_MARGIN)  # ensureVisible's margins are pixels
                self.ensureVisible(rect, margin, margin)
        self._announce(scene.cursor_description())

    def _announce(self, text: str) -> None:
        """Name the view after the cursor's item, so screen readers read it as it moves."""
        if not text:
            return
        if self._base_name is None or self.accessibleName() != self._announced:
            # The name the window gave (or gave since): back to it when the focus leaves.
            self._base_name = self.accessibleName()
            self._base_description = self.accessibleDescription()
        if text == self.accessibleName():
            return
        self._announced = text
        self.setAccessibleName(text)  # Qt sends NameChanged
        hint = _tr(
            "arrow keys move between people and rings, Enter opens, the menu key "
            "shows what you can do"
        )
        diagram = self._base_name or _tr("Network diagram")
        self.setAccessibleDescription(f"{diagram}: {hint}")
        # A focus event too: most screen readers speak the focused object's new name then.
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

    def _cursor_menu(self, scene: CirclesScene) -> bool:
        point = scene.cursor_point()
        if point is None:
            return False
        at = self.viewport().mapToGlobal(self.mapFromScene(point))
        return scene.request_cursor_menu(at)

    def _cursor_on_screen(self) -> QPointF | None:
        """The keyboard cursor's viewport position while it shows and is in sight: zooming
        by key keeps it in place there."""
        scene = self.scene()
        if not isinstance(scene, CirclesScene) or not scene.is_cursor_shown():
            return None
        point = scene.cursor_point()
        if point is None:
            return None
        pos = self.mapFromScene(point)
        return QPointF(pos) if self.viewport().rect().contains(pos) else None

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt's name)
        super().scrollContentsBy(dx, dy)
        scene = self.scene()
        if isinstance(scene, CirclesScene):
            # Names that the move brings to or takes from the edges repaint in the same paint
            # as the uncovered strip.
            scene.names_follow_view(self.viewport(), self.viewportTransform())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_legend()  # before the viewport's size is settled: the fit uses it
        super().resizeEvent(event)
        if self._follows_size:
            self.fit_all()


class _LegendBox(QWidget):
    """The legend's strip below the diagram, drawn by its view (which knows the entries)."""

    def __init__(self, view: CirclesView) -> None:
        super().__init__(view)
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event: QPaintEvent) -> None:
        columns, _column, line = self._view._legend_columns(self.width() - 12)
        if line * -(-len(self._view.legend_entries()) // columns) + 10 != self.height():
            QTimer.singleShot(0, self._view._place_legend)  # marks came or went: more lines
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing)
        self._view.paint_legend(painter, self.rect())
        painter.end()
