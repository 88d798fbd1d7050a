"""Every QSettings key the app uses, declared once with its type and default."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "networkcircles"
APPLICATION = "networkcircles"
MAX_RECENT = 8

T = TypeVar("T")


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    text = str(value).strip().lower()  # INI files give back "true" and "false"
    return {"true": True, "1": True, "false": False, "0": False}.get(text)


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _texts(value: Any) -> list[str] | None:
    # INI files give back a lone string for a one-element list.
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str)]
    return None


def _bytes(value: Any) -> QByteArray | None:
    return value if isinstance(value, QByteArray) else None


_READERS: dict[type, Callable[[Any], Any]] = {
    bool: _flag,
    int: _number,
    str: _text,
    list: _texts,
    QByteArray: _bytes,
}


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A key, the type its value has and the value it has until written. read() gives back
    that type whatever the file holds: an INI file keeps every value as text."""

    key: str
    kind: type[T]
    default: T

    def __post_init__(self) -> None:
        if self.kind not in _READERS:
            raise TypeError(f"no reader for {self.kind.__name__} settings ({self.key})")


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
RECENT_FILES = Setting("files/recent", list, [])
LAST_FILE = Setting("files/last", str, "")
THEME = Setting("view/theme", str, "system")  # system, light or dark (ui/theme.py)


def window_geometry_on(screen_name: str, width: int, height: int) -> Setting:
    """The window's geometry on one screen of one size: a laptop alone and docked differ."""
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in screen_name) or "screen"
    return Setting(f"{WINDOW_GEOMETRY.key}/{name}-{width}x{height}", QByteArray, QByteArray())


def read(setting: Setting[T]) -> T:
    """The setting's value as its kind; its default when missing or unreadable."""
    value = QSettings().value(setting.key)
    found = None if value is None else _READERS[setting.kind](value)
    if found is None:
        default = setting.default
        return list(default) if isinstance(default, list) else default  # type: ignore[return-value]
    return found


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
