"""Where the main window was: its geometry (per screen) and its docks, saved when it closes
and put back when it opens."""

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from networkcircles.ui import settings


def _screen_setting(window: QMainWindow) -> settings.Setting[QByteArray]:
    screen = window.screen()
    size = screen.size()
    return settings.window_geometry_on(screen.name(), size.width(), size.height())


def restorable(state: QByteArray) -> bool:
    """Whether Qt reads `state` whole. It is read by a bare stand-in window first, never by
    the real one: a state Qt refuses halfway through (a cut or damaged settings file) leaves
    the window it was given with stray tab bars and lost docks, and arranging the docks
    again does not mend it. The stand-in reads every field the real window would (docks it
    does not have are kept as placeholders), for about 0.1 ms of CPU."""
    stand_in = QMainWindow()
    try:
        return stand_in.restoreState(state)
    finally:
        stand_in.deleteLater()


def restore(window: QMainWindow) -> bool:
    """Put the window back where it was; True when the user's own dock layout came back.
    False leaves the window's docks as they were: a saved layout Qt cannot read whole is
    not applied at all."""
    # The plain key brings the window to its last screen; that screen's own key, if this
    # screen (name and size) has been seen before, then gives the geometry used there.
    for setting in (settings.WINDOW_GEOMETRY, None):
        geometry = settings.read(setting or _screen_setting(window))
        if not geometry.isEmpty():
            window.restoreGeometry(geometry)
    state = settings.read(settings.WINDOW_STATE)
    if state.isEmpty() or not restorable(state):
        return False
    return window.restoreState(state)


def save(window: QMainWindow) -> None:
    settings.write(settings.WINDOW_GEOMETRY, window.saveGeometry())
    settings.write(_screen_setting(window), window.saveGeometry())
    settings.write(settings.WINDOW_STATE, window.saveState())
