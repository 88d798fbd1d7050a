"""The whole window over the demo network, shown at a laptop's size, closed afterwards."""

import pytest

from networkcircles.store.db import close_store
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
