"""Light and dark looks: the platform's own palette by default, or a Fusion palette of ours.

The chosen theme is a setting (settings.THEME) and a View ▸ Theme choice. Everything that draws
takes its colours from the palette when it paints, so a switch needs no restart; the few widgets
that mark errors in red through a style sheet register with set_error_style() and are redone.
"""

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from networkcircles.ui import icons, settings

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# Text on base at least 7:1, highlighted text and links at least 4.5:1, disabled text 3:1
# (tests/ui/test_theme.py checks them).
_LIGHT = {
    Role.Window: "#efeff0",
    Role.WindowText: "#1b1b1d",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f4f4f6",
    Role.ToolTipBase: "#fffbe6",
    Role.ToolTipText: "#1b1b1d",
    Role.PlaceholderText: "#6b6b70",
    Role.Text: "#1b1b1d",
    Role.Button: "#e9e9eb",
    Role.ButtonText: "#1b1b1d",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#f6f6f7",
    Role.Mid: "#b4b4b8",
    Role.Dark: "#9a9aa0",
    Role.Shadow: "#6a6a70",
    Role.Highlight: "#2a64a8",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#0b57a4",
    Role.LinkVisited: "#6a3fa0",
}
_DARK = {
    Role.Window: "#2b2b2f",
    Role.WindowText: "#e6e6e9",
    Role.Base: "#1e1e21",
    Role.AlternateBase: "#27272b",
    Role.ToolTipBase: "#3a3a3f",
    Role.ToolTipText: "#f0f0f2",
    Role.PlaceholderText: "#9a9aa2",
    Role.Text: "#e6e6e9",
    Role.Button: "#35353a",
    Role.ButtonText: "#e6e6e9",
    Role.BrightText: "#ffffff",
    Role.Light: "#4a4a50",
    Role.Midlight: "#3e3e44",
    Role.Mid: "#5e5e66",
    Role.Dark: "#18181a",
    Role.Shadow: "#0c0c0d",
    Role.Highlight: "#2f6db3",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#79b8ff",
    Role.LinkVisited: "#c4a5f5",
}
_LIGHT_DISABLED = "#7b7b80"
_DARK_DISABLED = "#8c8c94"

# Error text that reads on the light base and on the dark one.
ERROR_ON_LIGHT = QColor("#c92a2a")
ERROR_ON_DARK = QColor("#ff8a8a")

_ERROR_STYLE = "networkcircles_error_style"  # widget property: the extra CSS of set_error_style

_system: dict[str, object] = {}  # the platform's style name, captured before we change it


def _palette(colours: dict, disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    palette.setColor(Group.Disabled, Role.Highlight, palette.color(Role.Mid))
    palette.setColor(Role.Accent, palette.color(Role.Highlight))
    return palette


def light_palette() -> QPalette:
    return _palette(_LIGHT, _LIGHT_DISABLED)


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(Role.Base).lightnessF() < 0.5


def error_colour(palette: QPalette | None = None) -> QColor:
    """Red that reads on this palette's base: darker on light themes, lighter on dark ones."""
    return QColor(ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT)


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Secondary text (history, hints): the disabled text colour, still 3:1 on the base."""
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(Group.Disabled, Role.Text)


def set_error_style(widget: QWidget, extra: str = "") -> None:
    """Colour `widget`'s text as an error, in the red that suits the current theme; `extra` is
    more CSS (e.g. "font-weight: bold;"). apply_theme() redoes it after a switch."""
    widget.setProperty(_ERROR_STYLE, extra)
    widget.setStyleSheet(f"color: {error_colour().name()}; {extra}".strip())


def _refresh_error_styles() -> None:
    for widget in QApplication.allWidgets():
        extra = widget.property(_ERROR_STYLE)
        if extra is not None:
            set_error_style(widget, str(extra))


def current_theme() -> str:
    name = settings.read(settings.THEME)
    return name if name in THEMES else SYSTEM


def apply_theme(name: str, save: bool = False) -> str:
    """Switch the whole application to `name` (system, light or dark); returns the name used."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("a theme needs the QApplication running")
    name = name if name in THEMES else SYSTEM
    if "style" not in _system:
        _system["style"] = app.style().name()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: _refresh_error_styles())
    if name == SYSTEM:
        app.setStyle(str(_system["style"]))
        app.setPalette(QPalette())  # an empty palette: the platform's, following its changes
    else:
        app.setStyle("Fusion")  # the platform styles may ignore a palette; Fusion honours it
        app.setPalette(dark_palette() if name == DARK else light_palette())
    icons.recolour()
    _refresh_error_styles()
    if save:
        settings.write(settings.THEME, name)
    return name


def _theme_labels() -> dict[str, str]:
    return {
        SYSTEM: QCoreApplication.translate("theme", "&System"),
        LIGHT: QCoreApplication.translate("theme", "&Light"),
        DARK: QCoreApplication.translate("theme", "&Dark"),
    }


def add_theme_menu(menu: QMenu, parent: QObject) -> QActionGroup:
    """View ▸ Theme: three checkable actions, one checked; choosing one applies and saves it."""
    submenu = menu.addMenu(QCoreApplication.translate("theme", "&Theme"))
    submenu.setObjectName("themeMenu")
    group = QActionGroup(parent)
    group.setExclusive(True)
    tips = {
        SYSTEM: QCoreApplication.translate("theme", "Follow the light or dark look of the system"),
        LIGHT: QCoreApplication.translate("theme", "Dark text on a light background"),
        DARK: QCoreApplication.translate("theme", "Light text on a dark background"),
    }
    chosen = current_theme()
    for name, label in _theme_labels().items():
        action = QAction(label, parent)
        action.setCheckable(True)
        action.setData(name)
        action.setStatusTip(tips[name])
        action.setChecked(name == chosen)
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: apply_theme(action.data(), save=True))
    return group


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
