"""Property tests of the diagram's pure layout: no Qt, only geometry.py."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from networkcircles.diagram.geometry import (
    CENTRE_RADIUS,
    RING_PADDING,
    Layout,
    Point,
    dot_diameter,
    make_layout,
    make_tray,
    place_dots,
    place_ring,
    place_tray,
    ring_at,
    tray_diameter,
    under_label,
)

KEYS = ("family", "coworkers", "peers", "associations", "acquaintances")
LAYOUT = make_layout(KEYS)

ids = st.integers(min_value=1, max_value=10_000_000)
# Up to a few thousand per ring reaches the smaller dot sizes without making each example slow.
id_sets = st.sets(ids, max_size=400) | st.sets(ids, min_size=1000, max_size=2500)
rings = st.sampled_from(LAYOUT.rings)
members = st.fixed_dictionaries({key: st.sets(ids, max_size=120) for key in KEYS})


def _disjoint(groups: dict[str, set[int]]) -> dict[str, set[int]]:
    """A contact is in one circle only: drop an id from all but the first ring that has it."""
    seen: set[int] = set()
    result = {}
    for key, group in groups.items():
        result[key] = group - seen
        seen |= group
    return result


def test_layout_rings_are_contiguous_from_the_centre():
    assert LAYOUT.rings[0].inner == CENTRE_RADIUS
    for inner, outer in zip(LAYOUT.rings, LAYOUT.rings[1:], strict=False):
        assert inner.outer == outer.inner
    assert [ring.key for ring in LAYOUT.rings] == list(KEYS)
    assert LAYOUT.ring("peers").index == 2


@given(members)
def test_place_dots_is_deterministic(groups):
    groups = _disjoint(groups)
    first = place_dots(LAYOUT, groups)
    again = place_dots(make_layout(KEYS), {k: sorted(v, reverse=True) for k, v in groups.items()})
    assert first == again
    assert set(first) == set().union(*groups.values())


@settings(deadline=None, max_examples=60)
@given(rings, id_sets)
def test_no_two_dots_of_a_ring_overlap(ring, contact_ids):
    placed = place_ring(ring, contact_ids)
    diameter = dot_diameter(ring, len(contact_ids))
    points = sorted(placed.values(), key=lambda p: (p.x, p.y))
    # Sorted by x, only neighbours within one diameter along x can be too close.
    for i, point in enumerate(points):
        for other in points[i + 1 :]:
            if other.x - point.x >= diameter:
                break
            assert point.distance_to(other) >= diameter - 1e-9


@settings(deadline=None, max_examples=60)
@given(rings, id_sets)
def test_every_dot_lies_inside_its_band_and_clear_of_the_label(ring, contact_ids):
    placed = place_ring(ring, contact_ids)
    radius = dot_diameter(ring, len(contact_ids)) / 2
    for point in placed.values():
        distance = math.hypot(point.x, point.y)
        assert ring.inner + RING_PADDING + radius - 1e-9 <= distance
        assert distance <= ring.outer - RING_PADDING - radius + 1e-9
        assert not under_label(point, ring.inner, ring.outer, margin=radius)


@settings(deadline=None)
@given(rings, st.sets(ids, max_size=400))
def test_a_new_highest_id_moves_nobody_already_seated(ring, contact_ids):
    newcomer = max(contact_ids, default=0) + 1
    before = place_ring(ring, contact_ids)
    after = place_ring(ring, contact_ids | {newcomer})
    if dot_diameter(ring, len(contact_ids)) != dot_diameter(ring, len(contact_ids) + 1):
        return  # the ring just switched to smaller dots: everyone is re-seated, by design
    assert newcomer in after
    assert {cid: after[cid] for cid in before} == before


def test_the_stability_property_is_not_vacuous():
    """Most additions keep the dot size, so the property above is mostly exercised."""
    ring = LAYOUT.rings[0]
    changes = sum(dot_diameter(ring, n) != dot_diameter(ring, n + 1) for n in range(400))
    assert changes <= 5


@settings(deadline=None)
@given(members)
def test_ring_at_finds_the_ring_each_dot_was_placed_in(groups):
    groups = _disjoint(groups)
    placed = place_dots(LAYOUT, groups)
    for key, group in groups.items():
        for contact_id in group:
            assert ring_at(LAYOUT, placed[contact_id]) == key


@given(st.floats(-600, 600), st.floats(-600, 600))
def test_ring_at_matches_the_band_radii(x, y):
    key = ring_at(LAYOUT, Point(x, y))
    distance = math.hypot(x, y)
    if key == "":
        assert distance <= CENTRE_RADIUS
    elif key is None:
        assert distance > LAYOUT.outer_radius
    else:
        ring = LAYOUT.ring(key)
        assert ring.inner < distance <= ring.outer


def test_ring_anchors_are_inside_their_ring_and_clear_of_dots():
    groups = {key: set(range(1 + 1000 * i, 300 + 1000 * i)) for i, key in enumerate(KEYS)}
    placed = place_dots(LAYOUT, groups)
    for ring in LAYOUT.rings:
        anchor = ring.anchor()
        assert ring_at(LAYOUT, anchor) == ring.key
        diameter = dot_diameter(ring, len(groups[ring.key]))
        assert all(anchor.distance_to(p) > diameter for p in placed.values())


@settings(deadline=None)
@given(st.sets(ids, max_size=3000), st.sampled_from([(), ("a",), KEYS]))
def test_tray_dots_stay_inside_the_tray_and_apart(contact_ids, keys):
    layout: Layout = make_layout(keys)
    tray = make_tray(layout)
    placed = place_tray(tray, contact_ids)
    assert set(placed) == contact_ids
    radius = tray_diameter(tray, len(contact_ids)) / 2
    header = 40.0
    for point in placed.values():
        assert tray.left + radius <= point.x <= tray.left + tray.width - radius
        assert tray.top + header + radius <= point.y <= tray.top + tray.height - radius
        # The tray sits beside the rings, never over them.
        assert ring_at(layout, point) is None
    if len(placed) > 1:
        ordered = [placed[cid] for cid in sorted(contact_ids)]
        assert ordered[0].distance_to(ordered[1]) >= 2 * radius


def test_tray_placement_is_in_id_order_and_deterministic():
    tray = make_tray(LAYOUT)
    placed = place_tray(tray, [5, 3, 9])
    assert placed == place_tray(tray, {9, 5, 3})
    assert placed[3].x < placed[5].x < placed[9].x
    assert place_tray(tray, []) == {}


def test_the_seats_kept_for_each_dot_size_cost_two_doubles_each():
    """The seats of every ring at every dot size tried stay cached (tens of thousands at
    50,000 contacts): two plain doubles a seat, not a list entry and a float object each."""
    import tracemalloc

    from networkcircles.diagram import geometry

    ring = LAYOUT.rings[-1]
    diameter = 2.5  # about 19,000 seats
    geometry._slot_coordinates.cache_clear()
    tracemalloc.start()
    try:
        xs, ys = geometry.ring_slot_coordinates(ring, diameter)
        kept, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(xs) == len(ys) > 5_000
    assert kept < 20 * len(xs)  # 16 bytes a seat, and a little besides
    seats = geometry._slots(ring.inner, ring.outer, diameter)
    assert [Point(x, y) for x, y in zip(xs, ys, strict=True)] == list(seats)


def _seats_one_by_one(inner: float, outer: float, diameter: float) -> tuple[list, list]:
    """The seats of a band as they were first worked out: every seat of every track in
    turn, each tested against the label box (under_label, with the dot's margin)."""
    spacing = diameter * (1 + 0.35)
    radius, last = inner + RING_PADDING + diameter / 2, outer - RING_PADDING - diameter / 2
    xs, ys = [], []
    while radius <= last + 1e-9:
        count = int(2 * math.pi * radius / spacing)
        for k in range(count):
            angle = 2 * math.pi * (k + 0.5) / count - math.pi / 2
            x, y = radius * math.cos(angle), radius * math.sin(angle)
            if not under_label(Point(x, y), inner, outer, margin=diameter / 2 + 1.0):
                xs.append(x)
                ys.append(y)
        radius += spacing
    return xs, ys


BANDS = [(ring.inner, ring.outer) for ring in LAYOUT.rings]
BANDS.append((LAYOUT.possible.inner, LAYOUT.possible.outer))


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(BANDS)
    | st.tuples(st.floats(0, 600), st.floats(5, 250)).map(lambda b: (b[0], b[0] + b[1])),
    st.sampled_from((14.0, 10.0, 7.0, 5.0, 3.5, 2.5, 1.8, 1.25, 0.9)) | st.floats(0.9, 20),
)
def test_a_bands_seats_are_those_worked_out_one_by_one(band, diameter):
    """Whole tracks at a time, with the label box tested only near the top, the seats are
    the same to the last bit as seat by seat; and their count is known without them."""
    from networkcircles.diagram import geometry

    inner, outer = band
    xs, ys = geometry._slot_coordinates(inner, outer, diameter)
    assert (list(xs), list(ys)) == _seats_one_by_one(inner, outer, diameter)
    assert geometry._slot_count(inner, outer, diameter) == len(xs)


def test_choosing_a_dot_size_makes_no_seats():
    """dot_diameter counts the seats of each size it tries; only the size chosen for a
    ring is ever laid out (at 50,000 contacts the sizes tried first cost as much again)."""
    from networkcircles.diagram import geometry

    geometry._slot_coordinates.cache_clear()
    ring = LAYOUT.rings[-1]
    diameter = dot_diameter(ring, 12_000)
    assert diameter <= 2.5  # some 19,000 seats
    assert geometry._slot_coordinates.cache_info().currsize == 0
    assert len(geometry.ring_slot_coordinates(ring, diameter)[0]) * 0.75 >= 12_000
