"""The window speaks the system's language: German menus under a German locale, English back."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLocale

from networkcircles.paths import resource
from networkcircles.store.db import close_store
from networkcircles.ui import translation
from networkcircles.ui.actions import ActionId
from networkcircles.ui.main_window import MainWindow


def _window(store_path, qtbot) -> MainWindow:
    window = MainWindow(store_path)
    qtbot.addWidget(window)
    return window


def test_a_german_locale_gives_german_menus(german, demo_store, qtbot):
    assert any(path.endswith("networkcircles_de.qm") for path in german)
    window = _window(demo_store, qtbot)
    try:
        assert window.file_menu.title() == "&Datei"
        texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
        assert "&Neues Netzwerk…" in texts
        assert "&Beenden" in texts
        assert window.actions[ActionId.UNDO].text().startswith("&Rückgängig")
        assert window.view_menu.title() == "&Ansicht"
        assert window.list_dock.windowTitle() == "Kontakte"
        assert window.panels.due_dock.windowTitle() == "Fällig"  # titled through window.tr
        assert window.contact_details.title.text() == "Kein Kontakt ausgewählt"
    finally:
        window.close()
        close_store()


def test_english_again_after_switching_back(german, demo_store, qtbot):
    QLocale.setDefault(QLocale("en_US"))
    assert translation.install_translators() == []  # English is the source: no file
    window = _window(demo_store, qtbot)
    try:
        assert window.file_menu.title() == "&File"
        assert window.list_dock.windowTitle() == "Contacts"
    finally:
        window.close()
        close_store()


def test_qt_own_dialogs_are_translated_too(german):
    assert any("qtbase_de" in path for path in german)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_welcome_dialog_speaks_german(german, qtbot):
    from networkcircles.ui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Willkommen bei networkcircles"


def test_the_template_holds_every_context_the_app_asks_for():
    root = ET.parse(resource("translations", "networkcircles.ts")).getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert {
        "MainWindow",
        "actions",
        "theme",
        "PanelDocks",
        "WelcomeDialog",
        "ContactDetailsPanel",
        "PrintSummary",
        "undo",
        "questions",
    } <= contexts
    assert not {c for c in contexts if not c or "." in c}  # a variable's name is no context
