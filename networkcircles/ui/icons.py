"""Our icon names mapped to qtawesome glyphs, tinted with the palette's text colour.

Importing qtawesome and loading its icon fonts cost about 170 ms and 29 MiB (15 MiB now,
with one font and no OpenGL modules), more than the window needs before it first shows.
So icon() hands out icons that draw nothing until load() has run; the app calls load()
right after the first paint, and the icons then draw their glyphs (widgets showing them
are repainted once).

Every glyph is one of Material Design Icons 6 ("mdi6."): qtawesome's own renderer
(IconicFont) is given that one bundled font. qta.icon() would first load all twelve
bundled fonts and their character maps, about 10 MiB more.
"""

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

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

FONT_PREFIX = "mdi6"  # every glyph above
_FONT_FILE = "materialdesignicons6-webfont-"  # qtawesome's file of that font: -<version>.ttf

_glyphs: dict[str, QIcon] = {}
_state = {"loaded": False}
_fonts: dict[str, Any] = {}  # the renderer, made once


# qtawesome imports Qt through qtpy, whose QtGui and QtWidgets also star-import PySide6's
# OpenGL modules (about 5 MiB) when they can. Nothing here draws with OpenGL, and qtpy
# treats them as optional: a name from them fails only when it is used.
_OPENGL = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")


def _import_qtawesome() -> Any:
    """qtawesome, imported while PySide6's OpenGL modules, if nobody loaded them yet, read as
    absent; they can be imported as usual afterwards."""
    held = [name for name in _OPENGL if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # Python's mark: absent
    try:
        import qtawesome
    finally:
        for name in held:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return qtawesome


def _renderer() -> Any:
    """qtawesome's renderer of our glyphs: an IconicFont over the one bundled font they
    come from, or qtawesome's usual one (every bundled font) if that file is not found."""
    if FONT_PREFIX in _fonts:
        return _fonts[FONT_PREFIX]
    qta = _import_qtawesome()
    folder, files = qta.get_fonts_info()
    found = sorted(name for name in files if name.startswith(_FONT_FILE))
    renderer: Any = qta
    if found:
        charmap = found[-1].replace(_FONT_FILE, _FONT_FILE + "charmap-").removesuffix(".ttf")
        if (Path(folder) / f"{charmap}.json").is_file():
            renderer = qta.IconicFont((FONT_PREFIX, found[-1], f"{charmap}.json"))
    _fonts[FONT_PREFIX] = renderer
    return renderer


def load() -> None:
    """Import qtawesome and make every icon handed out so far show its glyph."""
    if _state["loaded"]:
        return
    renderer = _renderer()
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    for name, spec in ICONS.items():
        _glyphs[name] = renderer.icon(spec, color=colour)
    _state["loaded"] = True
    for widget in QApplication.allWidgets():
        if widget.isVisible():
            widget.update()


def recolour() -> None:
    """After a theme switch: tint every glyph, handed out or not, with the new text colour."""
    if not _state["loaded"]:
        return  # load() will read the palette
    _state["loaded"] = False
    _glyphs.clear()
    load()


class _LazyIconEngine(QIconEngine):
    """Draws the named glyph once load() has run, nothing before."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        glyph = _glyphs.get(self._name)
        if glyph is not None:
            glyph.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        glyph = _glyphs.get(self._name)
        if glyph is not None:
            return glyph.pixmap(size, mode, state)
        blank = QPixmap(size)
        blank.fill(Qt.GlobalColor.transparent)
        return blank

    def clone(self) -> QIconEngine:
        return _LazyIconEngine(self._name)

    def key(self) -> str:
        return "networkcircles-lazy"


def icon(name: str) -> QIcon:
    if name not in ICONS:
        raise KeyError(name)
    return QIcon(_LazyIconEngine(name))  # draws the current glyph: recolour() reaches it
