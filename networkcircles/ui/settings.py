"""Every QSettings key the app uses, declared once with its type and default."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "networkcircles"
APPLICATION = "networkcircles"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
RECENT_FILES = Setting("files/recent", list, [])
LAST_FILE = Setting("files/last", str, "")
THEME = Setting("view/theme", str, "system")  # system, light or dark (ui/theme.py)


def window_geometry_on(screen_name: str, width: int, height: int) -> Setting:
    """The window's geometry on one screen of one size: a laptop alone and docked differ."""
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in screen_name) or "screen"
    return Setting(f"{WINDOW_GEOMETRY.key}/{name}-{width}x{height}", QByteArray, QByteArray())


def read(setting: Setting) -> Any:
    value = QSettings().value(setting.key, setting.default)
    if setting.kind is list:
        # INI files give back a lone string for a one-element list, None for an empty one.
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)
    if setting.kind is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray()
    return setting.kind(value) if value is not None else setting.default


def write(setting: Setting, value: Any) -> None:
    QSettings().setValue(setting.key, value)


def remember_recent(path: str) -> list[str]:
    """Put `path` first in the recent files and return the new list."""
    recent = [p for p in read(RECENT_FILES) if p != path]
    recent.insert(0, path)
    del recent[MAX_RECENT:]
    write(RECENT_FILES, recent)
    write(LAST_FILE, path)
    return recent
