"""Renaming and recolouring circles. Keys stay fixed: files and scripts rely on them."""

import re

from networkcircles.services.errors import InvalidValue
from networkcircles.store.models import Circle
from networkcircles.store.queries import CircleRow, circles
from networkcircles.values import checked_text, refused_as

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class InvalidCircle(InvalidValue):
    """A circle's name or colour was refused; nothing was written."""


class UnknownCircle(LookupError):
    """No circle has this key (an import's or a print's target); nothing was done."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def circle(key: str) -> CircleRow:
    for row in circles():
        if row.key == key:
            return row
    raise InvalidCircle("key", "no_circle", value=key)


def update(key: str, name: str | None = None, colour: str | None = None) -> None:
    """Give a circle another display name or colour (#rrggbb)."""
    changes = {}
    if name is not None:
        with refused_as(InvalidCircle):
            changes["name"] = checked_text("name", name, required="circle_needs_name")
    if colour is not None:
        if not _COLOUR.match(colour):
            raise InvalidCircle("colour", "not_colour", value=colour)
        changes["colour"] = colour.lower()
    circle(key)  # refuses an unknown key
    if changes:
        Circle.update(changes).where(Circle.key == key).execute()
