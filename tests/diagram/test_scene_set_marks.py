"""Setting every mark at once (start-up, after the first paint; another file): each tile with
restyled dots is grouped afresh and repainted once, not a square repainted per dot; the dots
end as marking the same contacts one at a time leaves them, and the picture is the one a
tile grouped and drawn from scratch shows."""

from shown_view import shown_view
from test_scene_bulk_update import _scene, _state

from networkcircles.diagram.items import TileItem

MARKS = {
    **{n: frozenset({"leave_out"}) for n in range(5, 3001, 7)},
    **{n: frozenset({"tell"}) for n in range(3, 3001, 11)},
    **{n: frozenset({"wish", "tell"}) for n in range(2, 3001, 97)},
    4000: frozenset({"tell"}),  # nobody: kept, drawn nowhere
}


def test_setting_every_mark_regroups_each_tile_once(qtbot, monkeypatch):
    one_by_one, at_once = _scene(), _scene()
    for contact_id, found in MARKS.items():
        one_by_one.update_marks({contact_id: found})
    regrouped: list[tuple[int, int]] = []
    squares: list[int] = []
    real = TileItem.changed
    monkeypatch.setattr(
        TileItem, "changed", lambda self: (regrouped.append(self.key), real(self))[1]
    )
    monkeypatch.setattr(TileItem, "repaint_around", lambda self, dot: squares.append(1))
    at_once.set_marks(MARKS)
    assert squares == []
    assert len(regrouped) == len(set(regrouped)) < len(MARKS) // 4  # once a tile
    assert _state(at_once) == _state(one_by_one)
    assert all(at_once.marks(n) == one_by_one.marks(n) for n in (*MARKS, 1, 6))
    # Set again, fewer: the marks left out are cleared, as one at a time clears them.
    fewer = dict(list(MARKS.items())[::3])
    for contact_id in MARKS:
        one_by_one.update_marks({contact_id: fewer.get(contact_id, frozenset())})
    at_once.set_marks(fewer)
    assert _state(at_once) == _state(one_by_one)
    assert all(at_once.marks(n) == one_by_one.marks(n) for n in MARKS)


def test_the_picture_after_setting_every_mark_is_the_one_drawn_afresh(qtbot):
    """Every tile regrouped from its dots and its summary drawn again shows the same picture:
    where dots overlap, the same one is on top (restyled one by one, a tile could stack its
    looks in another order than a tile grouped afresh)."""
    scene = _scene()
    view = shown_view(qtbot, scene, 700, 600, legend=False)
    view.grab()  # the summaries exist before the marks come, as after the first paint
    for marks in (MARKS, {}):
        scene.set_marks(marks)
        patched = view.grab().toImage()
        for tile in scene.tile_items():
            tile.changed()  # grouped and drawn again from scratch, from the same dots
        assert view.grab().toImage() == patched
