"""The names the scene and its parts share: group keys and what the keyboard cursor is on."""

TRAY = ""  # the tray's key in signals: "not in any circle"
WISHES = "\x00wishes"  # the group of the "possible" band (never a circle key)
ASSOCIATIONS = "associations"  # the ring whose dots gather round their associations
CONTACT, RING, CENTRE = "contact", "ring", "centre"  # what the keyboard cursor is on

Key = tuple[int, int]
Cursor = tuple[str, int | str | None]  # (CONTACT, id), (RING, key) or (CENTRE, None)
