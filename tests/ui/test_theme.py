"""Light and dark themes: legible palettes, the View ▸ Theme choice, a diagram on a dark base."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from networkcircles.ui import settings, theme

Role, Group = QPalette.ColorRole, QPalette.ColorGroup


@pytest.fixture
def window(window):
    """conftest's window, smaller, and back to the system theme afterwards."""
    window.resize(1000, 700)
    yield window
    theme.apply_theme(theme.SYSTEM)


@pytest.mark.parametrize("palette", [theme.light_palette(), theme.dark_palette()])
def test_palettes_are_legible(qapp, palette):
    def ratio(fg_role, bg_role, group=Group.Active) -> float:
        return theme.contrast(palette.color(group, fg_role), palette.color(bg_role))

    assert ratio(Role.Text, Role.Base) >= 7
    assert ratio(Role.WindowText, Role.Window) >= 7
    assert ratio(Role.ButtonText, Role.Button) >= 7
    assert ratio(Role.HighlightedText, Role.Highlight) >= 4.5
    assert ratio(Role.Link, Role.Base) >= 4.5
    assert ratio(Role.PlaceholderText, Role.Base) >= 4.5
    assert ratio(Role.Text, Role.Base, Group.Disabled) >= 3
    assert theme.contrast(theme.error_colour(palette), palette.color(Role.Base)) >= 4.5


def test_switching_light_to_dark(window, qtbot):
    group = window.theme_group
    by_name = {action.data(): action for action in group.actions()}
    assert set(by_name) == set(theme.THEMES)
    assert by_name[theme.SYSTEM].isChecked()  # the default

    by_name[theme.LIGHT].trigger()
    assert settings.read(settings.THEME) == "light"
    assert QApplication.palette().color(Role.Base) == QColor("#ffffff")
    assert QApplication.style().name().lower() == "fusion"

    by_name[theme.DARK].trigger()
    assert by_name[theme.DARK].isChecked() and not by_name[theme.LIGHT].isChecked()
    assert settings.read(settings.THEME) == "dark"
    assert theme.current_theme() == "dark"
    palette = QApplication.palette()
    assert palette.color(Role.Base) == theme.dark_palette().color(Role.Base)
    assert palette.color(Role.Text).lightnessF() > 0.8
    qtbot.waitUntil(
        lambda: window.diagram_view.palette().color(Role.Base) == palette.color(Role.Base)
    )

    # The diagram paints on the dark base: a corner of the view, away from the rings.
    window.diagram_view.fit_all()
    qtbot.wait(10)
    image = window.diagram_view.viewport().grab().toImage()
    corner = QColor(image.pixel(3, 3))
    assert corner.lightnessF() < 0.25, corner.name()
    assert abs(corner.lightness() - palette.color(Role.Base).lightness()) < 16

    by_name[theme.SYSTEM].trigger()
    assert settings.read(settings.THEME) == "system"
    qtbot.waitUntil(lambda: window.diagram_view.palette().color(Role.Base).lightnessF() > 0.5)
    image = window.diagram_view.viewport().grab().toImage()
    assert QColor(image.pixel(3, 3)).lightnessF() > 0.75  # offscreen's platform look is light


def test_error_text_follows_the_theme(window):
    from PySide6.QtWidgets import QLabel

    label = QLabel("wrong", window)
    theme.set_error_style(label, "font-weight: bold;")
    theme.apply_theme(theme.DARK)
    assert theme.ERROR_ON_DARK.name() in label.styleSheet()
    assert "font-weight: bold;" in label.styleSheet()
    theme.apply_theme(theme.LIGHT)
    assert theme.ERROR_ON_LIGHT.name() in label.styleSheet()


def test_the_saved_theme_is_applied_at_start(qtbot):
    from networkcircles.ui.app import create_application

    create_application()  # names the app, so the setting below goes where it will be read
    settings.write(settings.THEME, "dark")
    try:
        create_application()
        assert QApplication.palette().color(Role.Window) == theme.dark_palette().color(Role.Window)
    finally:
        theme.apply_theme(theme.SYSTEM)
        settings.write(settings.THEME, "system")


def test_geometry_is_kept_per_screen(window):
    screen = window.screen()
    key = settings.window_geometry_on(screen.name(), screen.size().width(), screen.size().height())
    assert key.key.startswith("window/geometry/")
    window.resize(780, 560)
    window.close()
    assert not settings.read(key).isEmpty()
    assert not settings.read(settings.WINDOW_GEOMETRY).isEmpty()
    settings.write(settings.WINDOW_GEOMETRY, settings.read(key))  # the plain key is the fallback
    window.resize(1000, 700)
    window.restore_layout()
    assert (window.width(), window.height()) == (780, 560)


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK])
def test_names_on_the_diagram_reach_wcag_aa_against_what_is_behind_them(window, qtbot, name):
    """Rendered, not computed from the palette: under each name placed beside a dot, the ink
    and the commonest background pixel are at least 4.5:1 apart (WCAG AA)."""
    from collections import Counter

    theme.apply_theme(name)
    qtbot.wait(20)  # the scene takes the application's palette through a posted event
    window.resize(1400, 900)
    view = window.diagram_view
    view.fit_all()
    for _ in range(4):
        view.zoom_in()
    view.centerOn(0, 0)
    image = view.viewport().grab().toImage()
    placed = window.scene._names.placed
    assert len(placed) >= 10
    ink = QApplication.palette().color(Role.WindowText)
    checked = 0
    for left, top, right, bottom in placed.values():
        if left < 0 or top < 0 or right >= image.width() or bottom >= image.height():
            continue
        pixels = Counter(
            image.pixel(x, y)
            for x in range(int(left) + 1, int(right) - 1)
            for y in range(int(top) + 1, int(bottom) - 1)
        )
        behind = QColor.fromRgb(pixels.most_common(1)[0][0])
        assert theme.contrast(ink, behind) >= 4.5, (name, behind.name(), ink.name())
        checked += 1
    assert checked >= 10
