"""Placing names beside dots: no overlaps, no name over a dot, the first asked served first."""

import random

from networkcircles.diagram.labels import LabelRequest, overlaps, place_labels


def _disc(request: LabelRequest):
    r = request.radius
    return (request.x - r, request.y - r, request.x + r, request.y + r)


def test_a_lone_dot_is_named_on_its_right():
    (rect,) = place_labels([LabelRequest(100, 100, 5, 60, 14)])
    assert rect[0] > 105 and abs((rect[1] + rect[3]) / 2 - 100) < 1e-9


def test_crowded_names_never_overlap_each_other_or_a_dot():
    rng = random.Random(3)
    requests = [
        LabelRequest(rng.uniform(0, 800), rng.uniform(0, 600), 4, rng.uniform(30, 120), 14)
        for _ in range(400)
    ]
    rects = place_labels(requests)
    kept = [r for r in rects if r is not None]
    assert 50 < len(kept) < 400  # some room, not for everyone
    for n, a in enumerate(kept):
        for b in kept[n + 1 :]:
            assert not overlaps(a, b)
    for rect, own in zip(rects, requests, strict=True):
        if rect is not None:
            assert not any(overlaps(rect, _disc(r)) for r in requests if r is not own)


def test_a_neighbour_on_the_right_sends_the_name_elsewhere():
    first, second = place_labels(
        [LabelRequest(100, 100, 4, 60, 14), LabelRequest(130, 100, 4, 60, 14)]
    )
    assert first is not None and second is not None and not overlaps(first, second)


def test_bounds_keep_labels_inside():
    (rect,) = place_labels([LabelRequest(195, 100, 4, 60, 14)], bounds=(0, 0, 200, 200))
    assert rect is not None and rect[2] <= 200


def test_five_thousand_dots_on_screen_get_names_that_never_overlap():
    # How long this takes is in tests/benchmarks/test_timings.py.
    rng = random.Random(5)
    requests = [
        LabelRequest(rng.uniform(0, 1600), rng.uniform(0, 1200), 3, 70, 13) for _ in range(5000)
    ]
    rects = [r for r in place_labels(requests) if r is not None]
    assert rects
    for n, rect in enumerate(rects[:300]):
        assert not any(overlaps(rect, other) for other in rects[n + 1 :])


def test_a_spot_the_caller_blocks_is_never_taken():
    """`blocked`: things too many to list up front (the dots without a name) are asked about
    only for the spots tried."""
    asked = []

    def blocked(rect):
        asked.append(rect)
        return rect[0] > 100  # everything right of the dot is taken

    (rect,) = place_labels([LabelRequest(100, 100, 4, 60, 14)], blocked=blocked)
    assert rect is not None and rect[2] <= 100
    assert len(asked) == 2  # right was refused, left was free: nothing else was tried


def test_obstacles_are_left_clear():
    (rect,) = place_labels([LabelRequest(100, 100, 4, 60, 14)], obstacles=[(104, 80, 200, 120)])
    assert rect is not None and not overlaps(rect, (104, 80, 200, 120))


def test_the_tray_title_shows_its_whole_count(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from networkcircles.diagram.ring_items import TrayItem

    tray = TrayItem(QRectF(0, 0, 180, 600))  # geometry.tray: 180 units wide
    for title in ("Unplaced · 2", "Unplaced · 500", "Unplaced · 50000", "Nicht zugeordnet · 5000"):
        tray.set_title(title)
        font = tray.title_font()
        assert QFontMetricsF(font).horizontalAdvance(title) <= tray.title_rect().width(), title
    tray.set_title("Unplaced · 2")
    assert tray.title_font().pixelSize() >= 18  # a short title keeps the big size
