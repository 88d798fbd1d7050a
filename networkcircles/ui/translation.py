"""Loading our translation, and Qt's own, for the user's language (QLocale(), the system's).

The .qm files live in resources/translations (made by packaging/update_translations.py); Qt's
come with PySide6. English is the source language: it needs no file.
"""

import dataclasses

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from networkcircles.paths import resource
from networkcircles.store.queries import CircleRow
from networkcircles.store.seed import CIRCLE_SEEDS

APP_CATALOGUE = "networkcircles"
QT_CATALOGUE = "qtbase"

_installed: list[QTranslator] = []


def _languages(locale: QLocale) -> list[QLocale]:
    """The user's languages in order of preference, up to the first English one: a German
    speaker who put English second gets German, one who put English first gets English."""
    chosen = []
    for name in locale.uiLanguages():
        language = QLocale(name)
        if language.language() in (QLocale.Language.English, QLocale.Language.C):
            break
        chosen.append(language)
    return chosen


def _load(catalogue: str, folder: str, languages: list[QLocale]) -> QTranslator | None:
    for language in languages:
        translator = QTranslator()
        if translator.load(language, catalogue, "_", folder):
            return translator
    return None


def remove_translators() -> None:
    app = QCoreApplication.instance()
    if app is None:
        _installed.clear()  # they went with the application
        return
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(locale: QLocale | None = None) -> list[str]:
    """Install the translations for `locale` (default: QLocale(), the system's or the one a test
    set with QLocale.setDefault), replacing any installed before. Returns the files loaded."""
    remove_translators()
    languages = _languages(locale if locale is not None else QLocale())
    folders = {
        APP_CATALOGUE: str(resource("translations")),
        QT_CATALOGUE: QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    }
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations are installed into a QCoreApplication: make it first")
    for catalogue, folder in folders.items():
        translator = _load(catalogue, folder, languages)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    return [t.filePath() for t in _installed]


SEED_CONTEXT = "circles"  # packaging/update_translations.py extracts store/seed.py into it


def shown_circles(rows: list[CircleRow]) -> list[CircleRow]:
    """The circles as the window shows them: a name or description still as a new network
    seeded it (store/seed.py, English) in the user's language; the user's own words as written."""
    seeds = {seed.key: seed for seed in CIRCLE_SEEDS}
    shown = []
    for row in rows:
        seed = seeds.get(row.key)
        if seed is not None and (row.name == seed.name or row.description == seed.description):
            name, description = row.name, row.description
            if name == seed.name:
                name = QCoreApplication.translate(SEED_CONTEXT, seed.name)
            if description == seed.description:
                description = QCoreApplication.translate(SEED_CONTEXT, seed.description)
            row = dataclasses.replace(row, name=name, description=description)
        shown.append(row)
    return shown


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
