"""An import, its undo and its redo reload the window from a read made on a worker; the
diagram then keeps the dots of the contacts that did not change in their tiles and seats
only what came, went or moved. After each step the diagram (every dot, tile and grid cell),
the list and every panel are exactly what a window opened afresh on the network shows."""

from test_edits_match_a_fresh_window import _open, _shown

from networkcircles.diagram.items import TileItem
from networkcircles.store import queries
from networkcircles.store.db import db
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog
from networkcircles.ui.main_window import MainWindow


def _cards(path, email: str, count: int) -> None:
    """`count` newcomers, and one card for a contact already there (merged: their row
    changes, their dot stays)."""
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Newby{n};Iris;;;\r\nFN:Iris Newby{n}\r\n"
        f"EMAIL:iris{n}@example.org\r\nEND:VCARD\r\n"
        for n in range(count)
    ]
    cards.append(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Odile Merged\r\nEMAIL:{email}\r\n"
        "TEL:+1 555 010 0009\r\nEND:VCARD\r\n"
    )
    path.write_text("".join(cards), encoding="utf-8", newline="")


def _diagram(window: MainWindow) -> dict[str, object]:
    """Every dot (seat, size, ring, look, tile), the tiles drawn, the grid, the titles."""
    scene = window.scene
    dots = {}
    for contact_id in scene.contact_ids():
        dot = scene.dot(contact_id)
        assert dot is not None
        dots[contact_id] = (
            round(dot.x, 6),
            round(dot.y, 6),
            round(dot.diameter, 6),
            dot.group,
            dot.style,
            dot.tile,
        )
    # An emptied tile draws nothing: whether it is kept or dropped does not show.
    tiles = {key: sorted(tile.dots) for key, tile in scene._tiles.items() if tile.dots}
    drawn = sorted(item.key for item in scene.items() if isinstance(item, TileItem) and item.dots)
    assert all(tile.scene() is scene for tile in scene._tiles.values())
    cells = {key: sorted(ids) for key, ids in scene._hit_cells().items() if ids}
    titles = [scene.ring_label(key) for key in ("", *(c.key for c in scene.circles()))]
    return {"dots": dots, "tiles": tiles, "drawn": drawn, "cells": cells, "titles": titles}


def test_import_undo_redo_each_match_a_fresh_window(
    window, qtbot, tmp_path, monkeypatch, demo_store
):
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, plan: None))
    email = db.execute_sql("SELECT address FROM contact_email ORDER BY id LIMIT 1").fetchone()[0]
    cards = tmp_path / "newcomers.vcf"
    _cards(cards, email, 400)  # enough to shrink the tray's dots: every tray seat moves
    window.contact_list.search.setText("Iris")  # the dimmed dots must match too
    before = {row.id for row in queries.contact_rows()}

    def compare(step: str) -> None:
        fresh = _open(qtbot, demo_store)
        fresh.contact_list.search.setText("Iris")
        fresh.select_contact(window.selected_id)  # the triage picks a newcomer after an import
        assert _diagram(window) == _diagram(fresh), step
        assert window.contact_list.shown_ids() == fresh.contact_list.shown_ids(), step
        assert _shown(window, qtbot) == _shown(fresh, qtbot), step
        fresh.close()

    window.files.import_files([cards])
    newcomers = {row.id for row in queries.contact_rows()} - before
    assert len(newcomers) == 400
    assert newcomers <= window.scene.group_members("")
    compare("imported")
    window.undo_stack.undo()
    assert window.scene.contact_ids() == before
    compare("undone")
    window.undo_stack.redo()
    assert window.scene.contact_ids() == before | newcomers
    compare("redone")
