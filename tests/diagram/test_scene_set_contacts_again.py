"""set_contacts over a scene that shows contacts already (a reload after an import, its
undo, a sync): the dots of unchanged rows stay in their tiles, yet the scene ends exactly as
a scene given the same rows from scratch: every seat, size, look, tile and grid cell."""

from datetime import date, timedelta

from test_scene import CIRCLES, TODAY, make_row

from networkcircles.diagram.scene import CirclesScene
from networkcircles.services.followups import warmth_status
from networkcircles.store.queries import ContactRow

KEYS = ["family", "coworkers", "peers", "associations", "acquaintances", None]
ROWS = [
    make_row(n, KEYS[n % len(KEYS)], last_contacted=TODAY - timedelta(n % 50))
    for n in range(1, 601)
]


def _state(scene: CirclesScene) -> dict[str, object]:
    dots = {}
    for contact_id in scene.contact_ids():
        dot = scene.dot(contact_id)
        assert dot is not None
        dots[contact_id] = (dot.x, dot.y, dot.diameter, dot.group, dot.style, dot.tile)
    tiles = {key: sorted(tile.dots) for key, tile in scene._tiles.items() if tile.dots}
    assert all(tile.scene() is scene for tile in scene._tiles.values())
    shown = {item.key for item in scene.tile_items() if item.dots}
    cells = {key: sorted(ids) for key, ids in scene._hit_cells().items() if ids}
    titles = [scene.ring_label(key) for key in ("", *(c.key for c in CIRCLES))]
    return {"dots": dots, "tiles": tiles, "shown": shown, "cells": cells, "titles": titles}


def _fresh(rows: list[ContactRow], today: date = TODAY) -> dict[str, object]:
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_wishes([(5, "")])
    scene.set_contacts(rows, today)
    return _state(scene)


def test_set_contacts_again_ends_as_a_fresh_scene(qtbot):
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_wishes([(5, "")])
    scene.set_contacts(ROWS, TODAY)
    newcomers = [make_row(n, None) for n in range(1001, 1400)]  # an import: the tray grows
    imported = ROWS + newcomers
    scene.set_contacts(imported, TODAY)
    assert _state(scene) == _fresh(imported)
    scene.set_contacts(ROWS, TODAY)  # its undo: the newcomers go, the tray shrinks again
    assert _state(scene) == _fresh(ROWS)
    assert not scene.contact_ids() & {row.id for row in newcomers}
    # Some rows change on the way (merged cards, a sync): moved, restyled, renamed.
    changed = list(ROWS)
    changed[0] = ROWS[0]._replace(circle_key="peers")
    changed[1] = ROWS[1]._replace(next_follow_up=TODAY - timedelta(3))
    changed[2] = ROWS[2]._replace(name="Someone Else")
    del changed[3]
    scene.set_contacts(changed + newcomers, TODAY)
    assert _state(scene) == _fresh(changed + newcomers)
    tomorrow = TODAY + timedelta(60)  # another day: every dot's warmth again (all cool)
    scene.set_contacts(changed, tomorrow)
    assert _state(scene) == _fresh(changed, tomorrow)


def test_warmths_worked_out_elsewhere_colour_the_dots_alike(qtbot):
    rows = [row._replace(last_contacted=TODAY - timedelta(row.id % 90)) for row in ROWS]
    rows[7] = rows[7]._replace(next_follow_up=TODAY - timedelta(1))
    warmths = {row.id: warmth_status(row.last_contacted, row.next_follow_up, TODAY) for row in rows}
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_wishes([(5, "")])
    scene.set_contacts(rows, TODAY, warmths)
    assert _state(scene) == _fresh(rows)


def test_each_look_is_worked_out_once_per_three_dates(qtbot, monkeypatch):
    """A network's dots are styled once per distinct (last contacted, next follow-up, knows
    I'm looking) when nothing else marks them; marked and wished contacts are styled one by
    one. Every dot ends with the look _style_for gives its own row."""
    from networkcircles.diagram import scene as scene_module

    days = [None, TODAY - timedelta(40), TODAY - timedelta(3), TODAY + timedelta(2)]
    rows = [
        make_row(
            n,
            KEYS[n % len(KEYS)],
            last_contacted=days[n % 4],
            next_follow_up=days[(n // 4) % 4],
            knows_looking_on=TODAY if n % 3 == 0 else None,
        )
        for n in range(1, 401)
    ]
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_marks({7: frozenset({"tell"}), 8: frozenset({"leave_out"})})
    scene.set_wishes([(12, ""), (30, "Ana")])
    calls = []
    real = scene_module.warmth_status
    monkeypatch.setattr(
        scene_module, "warmth_status", lambda *args: (calls.append(args), real(*args))[1]
    )
    scene.set_contacts(rows, TODAY)
    assert len(calls) <= 4 * 4 * 2 + 4  # the distinct threes, and the four marked or wished
    monkeypatch.setattr(scene_module, "warmth_status", real)
    for row in rows:
        assert scene.dot(row.id).style == scene._style_for(row), row.id
    assert scene.dot(7).style != scene.dot(7 + 48).style  # same dates, a mark of its own


def test_plain_looks_are_looked_up_without_a_python_call_per_row(qtbot):
    """Seating a network styles its plain dots by map() over a table of looks, in C: the
    Python functions that work out looks run once per distinct three dates and per marked
    or wished contact, never once per row (set_contacts at 50,000 contacts: 56 -> 48 ms)."""
    import sys

    days = [None, TODAY - timedelta(40), TODAY - timedelta(3), TODAY + timedelta(2)]
    rows = [
        make_row(n, KEYS[n % len(KEYS)], last_contacted=days[n % 4], next_follow_up=days[n % 3])
        for n in range(1, 801)
    ]
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_marks({7: frozenset({"tell"})})
    scene.set_wishes([(12, "")])
    calls: list[str] = []

    def count(frame, event, _arg) -> None:
        if event == "call" and "style" in frame.f_code.co_name:
            calls.append(frame.f_code.co_name)

    sys.setprofile(count)
    try:
        scene.set_contacts(rows, TODAY)
    finally:
        sys.setprofile(None)
    assert 0 < len(calls) < 50, calls[:20]
    for row in rows:
        assert scene.dot(row.id).style == scene._style_for(row), row.id
