"""diagram.association_layout: members seated round their association's marker exactly as
the first way of working it out seated them (one pass over every seat per marker), now
that a sector's seats are found by their angle."""

import math
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from networkcircles.diagram import association_layout
from networkcircles.diagram.association_layout import (
    MARKER_HALF_WIDTH,
    MARKER_SPACE,
    AssociationMarker,
    layout_associations,
)
from networkcircles.diagram.geometry import make_layout
from networkcircles.store.seed import CIRCLE_KEYS

RING = make_layout(CIRCLE_KEYS).ring("associations")


def _first_seat_members(
    xs: Sequence[float], ys: Sequence[float], markers: list[AssociationMarker], diameter: float
) -> tuple[set[int], dict[int, int]]:
    """The seating as first written: the reference the faster one must match."""

    def angle(x: float, y: float) -> float:
        return math.atan2(x, -y) % (2 * math.pi)

    clear = MARKER_SPACE + diameter
    free = [
        i
        for i in range(len(xs))
        if all(
            abs(xs[i] - m.point.x) > MARKER_HALF_WIDTH + diameter or abs(ys[i] - m.point.y) > clear
            for m in markers
            if m.organization_id
        )
    ]
    covered = set(range(len(xs))) - set(free)
    taken: set[int] = set()
    seats: dict[int, int] = {}
    for marker in markers:
        if not marker.member_ids:
            continue
        mx, my = marker.point.x, marker.point.y

        def distance(i: int, mx: float = mx, my: float = my) -> float:
            return (xs[i] - mx) ** 2 + (ys[i] - my) ** 2

        inside = [
            i
            for i in free
            if i not in taken and marker.start_angle <= angle(xs[i], ys[i]) <= marker.end_angle
        ]
        inside.sort(key=distance)
        chosen = inside[: len(marker.member_ids)]
        if len(chosen) < len(marker.member_ids):
            also = set(chosen)
            rest = sorted((i for i in free if i not in taken and i not in also), key=distance)
            chosen += rest[: len(marker.member_ids) - len(chosen)]
        for contact_id, slot in zip(marker.member_ids, chosen, strict=False):
            taken.add(slot)
            seats[contact_id] = slot
    return covered, seats


def _groups(sizes: list[int], unplaced: int) -> tuple[list[tuple[int, str]], dict]:
    names = [(n + 1, f"Association {n + 1}") for n in range(len(sizes))]
    groups: dict[int | None, list[int]] = {}
    next_id = 1
    for (org_id, _), size in zip(names, sizes, strict=True):
        groups[org_id] = list(range(next_id, next_id + size))
        next_id += size
    if unplaced:
        groups[None] = list(range(next_id, next_id + unplaced))
    return names, groups


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=400), min_size=0, max_size=6),
    st.integers(min_value=0, max_value=300),
)
def test_members_sit_where_the_first_way_seated_them(sizes, unplaced):
    names, groups = _groups(sizes, unplaced)
    now = layout_associations(RING, names, groups)
    real = association_layout._seat_members
    try:
        association_layout._seat_members = _first_seat_members
        before = layout_associations(RING, names, groups)
    finally:
        association_layout._seat_members = real
    assert now == before


def test_a_crowded_sector_and_an_empty_one_match_too():
    """One association with far more members than its sector holds (they spill over to the
    nearest free seats anywhere), one with nobody, and thousands in all."""
    names, groups = _groups([6000, 0, 40], 2500)
    now = layout_associations(RING, names, groups)
    xs, ys = list(now.xs), list(now.ys)
    assert association_layout._seat_members(
        xs, ys, list(now.markers), now.diameter
    ) == _first_seat_members(xs, ys, list(now.markers), now.diameter)
    assert len(set(now.member_slots.values())) == 8540  # nobody shares a seat
