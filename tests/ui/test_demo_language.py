"""Help ▸ Open the Demo Network (and the welcome's demo button) make the demo in the language
the window speaks."""

from PySide6.QtCore import QLocale

from networkcircles.store.db import close_store, db
from networkcircles.ui import store_files


def test_the_windows_demo_is_german_in_a_german_window(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(store_files, "data_folder", lambda: tmp_path)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        demo = store_files.open_demo_store()
        titles = {title for (title,) in db.execute_sql("SELECT title FROM event").fetchall()}
    finally:
        QLocale.setDefault(before)
        close_store()
    assert demo.parent == tmp_path
    assert {"Bewerbungstreff", "Jobmesse in der Innenstadt"} <= titles
