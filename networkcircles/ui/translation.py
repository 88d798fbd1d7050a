"""The window's side of translation: mnemonics for menus built from data. Loading the
translations and the circles' seeded names in the user's language are networkcircles/languages.py,
shared with the command line and printing; they are named here too, where the window has always
found them.
"""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from networkcircles.languages import SEED_CONTEXT as SEED_CONTEXT
from networkcircles.languages import install_translators as install_translators
from networkcircles.languages import remove_translators as remove_translators
from networkcircles.languages import shown_circles as shown_circles


def add_missing_mnemonics(menu: QMenu) -> None:
    """Give each action of `menu` that has no &-mnemonic a letter of its text that no other
    action there uses (the docks' show/hide actions are named after the dock titles)."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    owner: dict[str, QAction] = {}  # letter: the action it is the mnemonic of
    for action in actions:
        letter = _mnemonic(action.text())
        if letter is not None:
            owner.setdefault(letter, action)
    bare = [a for a in actions if _mnemonic(a.text()) is None]

    def candidates(action: QAction) -> list[str]:
        return list(dict.fromkeys(c.lower() for c in action.text() if c.isalnum()))

    def assign(action: QAction, seen: set[str]) -> bool:
        """Find `action` a letter, moving others to theirs if need be (augmenting paths)."""
        for letter in candidates(action):
            if letter in seen:
                continue
            seen.add(letter)
            holder = owner.get(letter)
            if holder is None or (holder in bare and assign(holder, seen)):
                owner[letter] = action
                return True
        return False

    for action in bare:
        assign(action, set())
    for letter, action in owner.items():
        if action in bare:
            text = action.text()
            at = next(i for i, c in enumerate(text) if c.lower() == letter)
            action.setText(text[:at] + "&" + text[at:])


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[at + 1].lower() if 0 <= at < len(stripped) - 1 else None
