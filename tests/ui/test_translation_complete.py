"""German is complete: every text the sources hand to tr()/translate() has a finished German
translation that keeps its placeholders, &-mnemonic and tags, the .qm is compiled from the .ts,
and a German window asks Qt for no text that German lacks.

When a test here fails, run `.venv/bin/python packaging/update_translations.py`, translate what
it lists in resources/translations/networkcircles_de.ts (and remove type="unfinished"), and run
it again: it compiles the .qm. The failure lists each text with its file, line and context.
"""

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from networkcircles.store.db import close_store
from networkcircles.ui import translation
from networkcircles.ui.models.contacts_model import CONTACT_ID_ROLE

ROOT = Path(__file__).resolve().parents[2]
GERMAN = ROOT / "resources" / "translations" / "networkcircles_de.ts"


def _script() -> ModuleType:
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


script = _script()


@pytest.fixture(scope="module")
def messages() -> list:
    return script.collect()  # pyside6-lupdate plus our helpers: about 2 s


def _untranslated(messages: list, entries: dict) -> list[str]:
    lines = []
    for message in messages:
        entry = entries.get(message.key)
        if entry is None:
            what = "not in the .ts"
        elif entry.state != script.FINISHED or not all(entry.forms):
            what = "not translated"
        elif entry.numerus != message.numerus:
            what = "a %n text needs its plural forms" if message.numerus else "not a %n text"
        else:
            continue
        filename, line = message.locations[0] if message.locations else ("?", 0)
        lines.append(
            f"{filename.removeprefix('../../')}:{line} [{message.context}] {what}: "
            f"{message.source!r}"
        )
    return lines


def _damaged(entries: dict) -> list[str]:
    found = [(e, what) for e, what in script.problems(entries) if e.state != script.VANISHED]
    return script.describe(GERMAN, found + script.mnemonic_clashes(entries))


def test_every_text_of_the_sources_has_a_german_translation(messages):
    assert len(messages) > 700
    missing = _untranslated(messages, script.read_ts(GERMAN))
    assert not missing, "without German (run packaging/update_translations.py):\n" + "\n".join(
        missing
    )


def test_every_german_translation_keeps_what_its_source_needs():
    damaged = _damaged(script.read_ts(GERMAN))
    assert not damaged, "\n".join(damaged)


def test_the_compiled_german_is_the_translation_as_it_stands():
    assert script.qm_is_current(GERMAN), "run packaging/update_translations.py to compile the .qm"


# The checks themselves: each fails on a German file with one translation taken away or damaged.

NOTHING_DUE = "Nothing due today. Well done."


def _german_of(source: str) -> str:
    return next(e.forms[0] for e in script.read_ts(GERMAN).values() if e.source == source)


def test_a_qm_not_compiled_after_a_change_of_the_ts_is_reported(tmp_path):
    shutil.copy(GERMAN.with_suffix(".qm"), tmp_path)
    german = tmp_path / GERMAN.name
    text = GERMAN.read_text(encoding="utf-8")
    german.write_text(
        text.replace(f">{_german_of(NOTHING_DUE)}<", ">Nichts fällig.<"), encoding="utf-8"
    )
    assert not script.qm_is_current(german)


def _german_with(tmp_path: Path, source: str, change) -> dict:
    root = ET.parse(GERMAN).getroot()
    message = next(m for m in root.iter("message") if m.findtext("source") == source)
    change(message.find("translation"))
    copy = tmp_path / GERMAN.name
    ET.ElementTree(root).write(copy, encoding="utf-8")
    return script.read_ts(copy)


def test_a_removed_translation_is_reported_with_its_place(messages, tmp_path):
    def remove(translation: ET.Element) -> None:
        translation.text = ""
        translation.set("type", "unfinished")

    entries = _german_with(tmp_path, NOTHING_DUE, remove)
    missing = _untranslated(messages, entries)
    assert len(missing) == 1
    assert re.fullmatch(
        r"networkcircles/ui/panels/due\.py:\d+ \[DuePanel\] not translated: "
        r"'Nothing due today. Well done.'",
        missing[0],
    )


def test_a_text_new_in_the_sources_is_reported(messages):
    new = script.Message(
        "MainWindow",
        "A text nobody translated yet",
        locations=[("../../networkcircles/ui/main_window.py", 7)],
    )
    missing = _untranslated([*messages, new], script.read_ts(GERMAN))
    assert missing == [
        "networkcircles/ui/main_window.py:7 [MainWindow] not in the .ts: "
        "'A text nobody translated yet'"
    ]


@pytest.mark.parametrize(
    ("source", "damaged", "complaint"),
    [
        ("{name}: due today", "{Name}: heute fällig", "placeholders"),
        ("Page %1 of %2", "Seite %1 von", "placeholders"),
        ("&Reset Layout", "Anordnung zurücksetzen", "mnemonic"),
        (
            "<h3>networkcircles {version}</h3><p>Your job-search network as concentric circles: "
            "family and friends, former co-workers and bosses, fellow job seekers, associations "
            "and acquaintances.</p><p>Reach out to every circle, not only the nearest.</p><p>Your "
            "data stays on this computer, in one file you choose.</p>",
            "<h3>networkcircles {version}</h3><p>Ihr Netzwerk</p>",
            "tags",
        ),
    ],
)
def test_a_translation_that_lost_a_placeholder_mnemonic_or_tag_is_reported(
    tmp_path, source, damaged, complaint
):
    def damage(translation: ET.Element) -> None:
        translation.text = damaged

    found = _damaged(_german_with(tmp_path, source, damage))
    assert len(found) == 1 and complaint in found[0] and repr(source) in found[0]


def test_two_controls_of_a_dialog_on_one_german_letter_are_reported(tmp_path):
    note = _german_of("&Note")  # the same dialog: its German letter, given to Follow-up too

    def clash(translation: ET.Element) -> None:
        translation.text = f"{note} (2)"

    found = _damaged(_german_with(tmp_path, "&Follow-up", clash))
    assert len(found) == 1
    assert "[LogInteractionDialog] shares the &-letter" in found[0]


def test_a_lost_placeholder_in_one_plural_form_is_reported(tmp_path):
    def damage(translation: ET.Element) -> None:
        translation.findall("numerusform")[1].text = "viele Personen"

    found = _damaged(_german_with(tmp_path, "%n people", damage))
    assert len(found) == 1 and "placeholders" in found[0]


def test_the_check_of_the_script_fails_on_a_missing_translation(
    messages, tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(script, "collect", lambda: messages)  # lupdate ran once, for the module
    folder = tmp_path / "translations"
    shutil.copytree(GERMAN.parent, folder)
    monkeypatch.setattr(script, "FOLDER", folder)
    monkeypatch.setattr(script, "TEMPLATE", folder / "networkcircles.ts")
    assert script.main(["--check"]) == 0
    german = folder / GERMAN.name
    text = german.read_text(encoding="utf-8")
    german.write_text(
        text.replace(f">{_german_of(NOTHING_DUE)}<", ' type="unfinished"><'), encoding="utf-8"
    )
    assert script.main(["--check"]) == 1
    err = capsys.readouterr()
    assert "[DuePanel] not translated: 'Nothing due today. Well done.'" in err.out


# At run time: what a German window asks Qt to translate and German does not have.


class MissRecorder(QTranslator):
    """Installed before the German translator, so Qt asks it only what German had no text for."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source and not re.match(r"Q[A-Z]", context or ""):  # Qt's own classes: not ours
            self.missed.add((context, source))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@pytest.fixture
def recorded_german(qapp) -> Iterator[MissRecorder]:
    before = QLocale()
    recorder = MissRecorder()
    QCoreApplication.installTranslator(recorder)
    QLocale.setDefault(QLocale("de_DE"))
    try:
        translation.install_translators()
        yield recorder
    finally:
        QLocale.setDefault(before)
        translation.remove_translators()
        QCoreApplication.removeTranslator(recorder)


@pytest.fixture
def german_window(recorded_german, demo_store, qtbot) -> Iterator:
    from networkcircles.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        yield window
    finally:
        window.close()
        close_store()


def test_a_german_window_asks_for_no_text_that_german_lacks(recorded_german, german_window):
    for menu in (german_window.file_menu, german_window.edit_menu, german_window.view_menu):
        menu.aboutToShow.emit()
    german_window.select_contact(1)  # the details, activity and reliability panels fill in
    QApplication.processEvents()
    assert not recorded_german.missed, "\n".join(
        f"[{c}] {s!r}" for c, s in sorted(recorded_german.missed)
    )


def test_german_dialogs_ask_for_no_text_that_german_lacks(recorded_german, demo_store, qtbot):
    from datetime import date

    from networkcircles.store import queries
    from networkcircles.ui.dialogs.event_editor import EventEditorDialog
    from networkcircles.ui.dialogs.export_contacts import ExportContactsDialog
    from networkcircles.ui.dialogs.log_interaction import LogInteractionDialog
    from networkcircles.ui.dialogs.print_summary import PrintSummaryDialog
    from networkcircles.ui.dialogs.tip import TipDialog
    from networkcircles.ui.dialogs.welcome import WelcomeDialog

    follow_up = (date(2026, 11, 20), "send the CV")
    dialogs = [
        WelcomeDialog(),
        LogInteractionDialog("Ana", date(2026, 11, 30), None, follow_up),
        EventEditorDialog(),
        TipDialog(),
        PrintSummaryDialog(None, "demo"),
        ExportContactsDialog(queries.circles(), None, None),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    QApplication.processEvents()
    printing = dialogs[4].circle_list
    assert printing.item(0).text() == "Familie und Freunde"  # the starting circles too
    assert not recorded_german.missed, "\n".join(
        f"[{c}] {s!r}" for c, s in sorted(recorded_german.missed)
    )


def test_each_german_menu_gives_its_actions_different_mnemonics(german_window):
    menus = [a.menu() for a in german_window.menuBar().actions()]
    assert german_window.file_menu.title() == "&Datei"
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            if isinstance(action.menu(), QMenu):
                menus.append(action.menu())
            text = action.text().replace("&&", "")
            assert "&" in text, f"{menu.title()} ▸ {action.text()}"
            letter = text[text.index("&") + 1].lower()
            assert letter not in letters, (menu.title(), letters[letter], action.text())
            letters[letter] = action.text()


# The five circles a network starts with are data (store/seed.py), shown in German until renamed.


def test_a_german_window_names_the_circles_in_german_until_one_is_renamed(german_window):
    from networkcircles.services import circles
    from networkcircles.store import queries
    from networkcircles.ui.models.contacts_model import Column

    names = {c.key: c.name for c in german_window.circles}
    assert names["family"] == "Familie und Freunde"
    assert names["acquaintances"] == "Bekannte"
    model = german_window.contacts_model
    family = {c.id for c in queries.contact_rows() if c.circle_key == "family"}
    shown = {
        model.index(row, Column.CIRCLE).data()
        for row in range(model.rowCount())
        if model.index(row, Column.NAME).data(CONTACT_ID_ROLE) in family
    }
    assert shown == {"Familie und Freunde"}

    circles.update("family", name="Family and close friends")  # the user's own words stay
    german_window.reload()
    names = {c.key: c.name for c in german_window.circles}
    assert names["family"] == "Family and close friends"
    assert names["peers"] == "Andere Jobsuchende"


def test_circles_keep_their_english_names_in_english(qapp, demo_store):
    from networkcircles.store import queries

    translation.remove_translators()
    shown = translation.shown_circles(queries.circles())
    assert [c.name for c in shown] == [c.name for c in queries.circles()]
    assert shown[0].name == "Family and friends"
