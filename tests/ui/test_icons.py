"""The window's icons: drawn from the outlines in resources/icons/glyphs.json, as qtawesome
would draw the same glyphs, without loading qtawesome."""

import json

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from networkcircles.paths import resource
from networkcircles.ui import icons


def _alpha(image: QImage) -> list[int]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [
        image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())
    ]


def test_every_icon_has_its_outline():
    """packaging/make_glyphs.py was run after the last change of ICONS."""
    stored = json.loads(resource("icons", "glyphs.json").read_text(encoding="utf-8"))
    assert set(stored["glyphs"]) == set(icons.ICONS)


def test_icons_look_like_qtawesomes_and_follow_the_palette(qapp):
    import qtawesome as qta

    icons.load()
    ink = QApplication.palette().color(QPalette.ColorRole.WindowText)
    size = QSize(32, 32)
    for name, spec in icons.ICONS.items():
        ours = icons.icon(name).pixmap(size).toImage()
        # qtawesome drawing the glyph's outline (draw="path"), as the outlines were taken
        theirs = qta.icon(spec, color=ink, draw="path").pixmap(size).toImage()
        a, b = _alpha(ours), _alpha(theirs)
        assert sum(a) > 0, name
        # the same shape: the alpha masks differ by little (antialiasing at the edges)
        assert sum(abs(x - y) for x, y in zip(a, b, strict=True)) < 0.03 * sum(b), name
    # painted in the palette's text colour, greyed when disabled
    image = icons.icon("edit.find").pixmap(size).toImage()
    solid = [
        image.pixelColor(x, y)
        for y in range(32)
        for x in range(32)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert solid and all(c.rgb() == ink.rgb() for c in solid)
    greyed = icons.icon("edit.find").pixmap(size, QIcon.Mode.Disabled).toImage()
    disabled = QApplication.palette().color(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
    )
    assert any(
        greyed.pixelColor(x, y).rgb() == disabled.rgb()
        for y in range(32)
        for x in range(32)
        if greyed.pixelColor(x, y).alpha() == 255
    )
