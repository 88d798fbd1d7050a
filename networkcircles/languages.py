"""The user's language, one decision for the window, the command line and the demo.

QLocale() (the system's languages, or the one a test set with QLocale.setDefault) decides.
Our .qm files live in resources/translations (made by packaging/update_translations.py); Qt's
own come with PySide6. English is the source language: it needs no file. Only QtCore is
imported here, so the command line can translate what it prints without loading the window.
"""

import dataclasses

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from networkcircles.paths import resource
from networkcircles.store.queries import CircleRow
from networkcircles.store.seed import CIRCLE_SEEDS

APP_CATALOGUE = "networkcircles"
QT_CATALOGUE = "qtbase"
ENGLISH = "en"

_installed: list[QTranslator] = []


def user_languages(locale: QLocale | None = None) -> list[QLocale]:
    """The user's languages in order of preference, up to the first English one: a German
    speaker who put English second gets German, one who put English first gets English."""
    chosen = []
    for name in (locale if locale is not None else QLocale()).uiLanguages():
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


def app_language(locale: QLocale | None = None) -> str:
    """The code of the language our texts are shown in ("de"), or "en" when no translation
    of ours fits the user's languages: what the demo network is written in."""
    translator = _load(APP_CATALOGUE, str(resource("translations")), user_languages(locale))
    if translator is None:
        return ENGLISH
    return QLocale(translator.language()).name().split("_")[0] or ENGLISH


def remove_translators() -> None:
    app = QCoreApplication.instance()
    if app is None:
        _installed.clear()  # they went with the application
        return
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(locale: QLocale | None = None) -> list[str]:
    """Install the translations for `locale` (default: QLocale()), replacing any installed
    before. Returns the files loaded."""
    remove_translators()
    languages = user_languages(locale)
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


def installed_files() -> list[str]:
    """The translation files installed now (a child process that prints loads the same)."""
    return [translator.filePath() for translator in _installed]


def install_files(files: list[str]) -> None:
    """Install these translation files (what installed_files() gave in another process)."""
    remove_translators()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations are installed into a QCoreApplication: make it first")
    for file in files:
        translator = QTranslator()
        if translator.load(file) and app.installTranslator(translator):
            _installed.append(translator)


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


def counted(text: str, n: int) -> str:
    """A count's text as the user reads it: `text` is what Qt's numerus translation gave for
    `n` (tr("%n event(s)", "", n): %n filled in, a translation's plural form chosen). English,
    the source language, has no catalogue to choose from, so each "(s)" left in the text is
    made "s", or nothing when `n` is 1: "1 event", "2 events". A translation has no "(s)"."""
    return text.replace("(s)", "" if n == 1 else "s")
