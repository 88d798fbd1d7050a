"""The whole window over the demo network, shown at a laptop's size, closed afterwards; and a
German user's application (locale and catalogue), put back afterwards."""

import pytest
from PySide6.QtCore import QLocale

from networkcircles.store.db import close_store
from networkcircles.ui import translation
from networkcircles.ui.main_window import MainWindow


@pytest.fixture
def window(demo_store, qtbot):
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.diagram_view.fit_all()
    yield main
    main.close()
    close_store()


@pytest.fixture
def german(qapp):
    """A German locale with the German catalogue installed: yields the files installed."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        installed = translation.install_translators()
        assert installed  # the real German catalogue is there
        yield installed
    finally:
        QLocale.setDefault(before)
        translation.remove_translators()
