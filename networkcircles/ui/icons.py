"""Our icon names mapped to Material Design glyphs, tinted with the palette's text colour.

The glyphs' outlines ship in resources/icons/glyphs.json, taken once from qtawesome's icon
font by packaging/make_glyphs.py: importing qtawesome and loading its fonts cost about 170 ms
and 37 MiB at every start, more than everything else the window needs before it first shows.
icon() hands out icons that draw nothing until load() has read the outlines (the app calls
it right after the first paint; widgets showing icons are repainted then). Each icon paints
its outline in the palette's current text colour, so a theme switch needs no new icons.
"""

import json
import re

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from networkcircles.paths import resource

ICONS = {
    "file.new": "mdi6.file-plus-outline",
    "file.open": "mdi6.folder-open-outline",
    "file.quit": "mdi6.exit-to-app",
    "file.import": "mdi6.account-arrow-left-outline",
    "file.export": "mdi6.account-arrow-right-outline",
    "file.print": "mdi6.printer-outline",
    "file.export_calendar": "mdi6.calendar-export",
    "file.sync": "mdi6.cloud-sync-outline",
    "view.triage": "mdi6.sort-variant",
    "view.introductions": "mdi6.vector-line",
    "contact.new": "mdi6.account-plus",
    "contact.delete": "mdi6.account-remove",
    "contact.save": "mdi6.content-save",
    "contact.revert": "mdi6.undo-variant",
    "edit.undo": "mdi6.undo",
    "edit.redo": "mdi6.redo",
    "edit.find": "mdi6.magnify",
    "view.zoom_in": "mdi6.magnify-plus-outline",
    "view.zoom_out": "mdi6.magnify-minus-outline",
    "view.fit": "mdi6.fit-to-page-outline",
    "help.about": "mdi6.information-outline",
}

_glyphs: dict[str, tuple[QPainterPath, float, float]] = {}  # outline, box width, height
_state = {"loaded": False, "size": 1.0}
_NUMBER = re.compile(r"[MLC]|-?[0-9.]+")


def _outline(data: str) -> QPainterPath:
    """A path from the M/L/C commands make_glyphs.py writes."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    command = ""
    numbers: list[float] = []
    for token in [*_NUMBER.findall(data), "M"]:
        if token in "MLC":
            if command == "M":
                path.moveTo(numbers[0], numbers[1])
            elif command == "L":
                path.lineTo(numbers[0], numbers[1])
            elif command == "C":
                path.cubicTo(*numbers)
            command, numbers = token, []
        else:
            numbers.append(float(token))
    return path


def load() -> None:
    """Read the glyphs' outlines and make every icon handed out so far show its glyph."""
    if _state["loaded"]:
        return
    record = json.loads(resource("icons", "glyphs.json").read_text(encoding="utf-8"))
    _state["size"] = float(record["size"])
    for name in ICONS:
        glyph = record["glyphs"][name]
        _glyphs[name] = (_outline(glyph["path"]), *glyph["box"])
    _state["loaded"] = True
    for widget in QApplication.allWidgets():
        if widget.isVisible():
            widget.update()


def recolour() -> None:
    """After a theme switch: repaint the icons in the new text colour."""
    if not _state["loaded"]:
        return  # nothing drawn yet
    for widget in QApplication.allWidgets():
        if widget.isVisible():
            widget.update()


class _LazyIconEngine(QIconEngine):
    """Draws the named glyph once load() has run, nothing before: as qtawesome draws a glyph
    (its "path" way), 7/8 of the icon's height, centred, in the palette's text colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        glyph = _glyphs.get(self._name)
        if glyph is None:
            return
        path, width, height = glyph
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Normal
        )
        colour = QApplication.palette().color(group, QPalette.ColorRole.WindowText)
        scale = round(0.875 * rect.height()) / _state["size"]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        centre = QRectF(rect).center()
        painter.translate(centre - QPointF(width * scale / 2, height * scale / 2))
        painter.scale(scale, scale)
        painter.fillPath(path, colour)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        picture = QPixmap(size)
        picture.fill(Qt.GlobalColor.transparent)
        if self._name in _glyphs:
            painter = QPainter(picture)
            self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
            painter.end()
        return picture

    def clone(self) -> QIconEngine:
        return _LazyIconEngine(self._name)

    def key(self) -> str:
        return "networkcircles-lazy"


def icon(name: str) -> QIcon:
    if name not in ICONS:
        raise KeyError(name)
    return QIcon(_LazyIconEngine(name))  # draws in the current palette: recolour() repaints
