"""Where the window keeps its networks: the data folder, the default network and the demo.

Below both app.py (start-up) and main_window.py (Help ▸ Open the Demo Network), which each
open the demo through here.
"""

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from networkcircles.store.db import open_store

DEFAULT_STORE_NAME = "network.sqlite"
DEMO_STORE_NAME = "demo network.sqlite"


def data_folder() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def open_demo_store() -> Path:
    """The demo network in the data folder, made on first use (Help ▸ Open the Demo Network
    and the welcome's demo button). Left open."""
    # Imported here, not at the top: most starts never make a demo (start-up time).
    from networkcircles.languages import app_language
    from networkcircles.services.demo import create_demo
    from networkcircles.store.queries import stats

    demo = data_folder() / DEMO_STORE_NAME
    open_store(demo)
    if not stats()["contacts"]:
        create_demo(language=app_language())  # written in the window's language
    return demo
