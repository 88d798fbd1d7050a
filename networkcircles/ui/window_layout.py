"""Where the main window was: its geometry (per screen) and its docks, saved when it closes
and put back when it opens."""

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from networkcircles.ui import settings


def _screen_setting(window: QMainWindow) -> settings.Setting[QByteArray]:
    screen = window.screen()
    size = screen.size()
    return settings.window_geometry_on(screen.name(), size.width(), size.height())


def restore(window: QMainWindow) -> bool:
    """Put the window back where it was; True when the user's own dock layout came back."""
    # The plain key brings the window to its last screen; that screen's own key, if this
    # screen (name and size) has been seen before, then gives the geometry used there.
    for setting in (settings.WINDOW_GEOMETRY, None):
        geometry = settings.read(setting or _screen_setting(window))
        if not geometry.isEmpty():
            window.restoreGeometry(geometry)
    state = settings.read(settings.WINDOW_STATE)
    return not state.isEmpty() and window.restoreState(state)


def save(window: QMainWindow) -> None:
    settings.write(settings.WINDOW_GEOMETRY, window.saveGeometry())
    settings.write(_screen_setting(window), window.saveGeometry())
    settings.write(settings.WINDOW_STATE, window.saveState())
