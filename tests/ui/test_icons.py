"""The toolbar's and menus' icons: qtawesome's glyphs, from the one font they use."""

import qtawesome as qta
from fresh_process import run_fresh
from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from networkcircles.ui import icons


def test_icons_draw_qtawesomes_glyphs_from_one_font(qtbot):
    """After load(), each icon draws the very glyph qta.icon() draws, and qtawesome was given
    only the font those glyphs come from (not all twelve it bundles)."""
    handed_out = {name: icons.icon(name) for name in icons.ICONS}
    icons.load()
    renderer = icons._renderer()
    assert renderer is not qta  # the one-font renderer, not qtawesome's every-font default
    assert set(renderer.fontname) == {icons.FONT_PREFIX}
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    for name, spec in icons.ICONS.items():
        assert spec.startswith(icons.FONT_PREFIX + ".")
        drawn = handed_out[name].pixmap(QSize(24, 24)).toImage()
        expected = qta.icon(spec, color=colour).pixmap(QSize(24, 24)).toImage()
        assert drawn == expected, name
        inked = [drawn.pixelColor(x, y).alpha() for x in range(24) for y in range(24)]
        assert any(inked), name  # not blank


def test_loading_the_icons_leaves_pysides_opengl_unloaded(tmp_path):
    """In a fresh process: qtawesome comes without PySide6's OpenGL modules (qtpy would
    star-import them, about 5 MiB), and they still import as usual afterwards."""
    probe = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from networkcircles.ui import icons\n"
        "app = QApplication([])\n"
        "icons.load()\n"
        "before = sorted(m for m in sys.modules if m.startswith('PySide6.QtOpenGL'))\n"
        "import PySide6.QtOpenGL, PySide6.QtOpenGLWidgets\n"
        "print(before, 'qtawesome' in sys.modules, PySide6.QtOpenGL.QOpenGLBuffer.__name__)\n"
    )
    assert run_fresh(probe, tmp_path).split() == ["[]", "True", "QOpenGLBuffer"]
