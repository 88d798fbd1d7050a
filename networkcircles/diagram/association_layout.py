"""Where the associations ring puts each association's marker and its members: pure, no Qt.

The ring is cut into sectors, one per association (and one for members tied to none),
each as wide as its share of the people (an empty association still gets one share, so
its marker has room). The marker sits in the middle of its sector; its members fill the
sector on tracks either side of the marker's track, so they gather round it.
"""

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from networkcircles.diagram.geometry import Point, Ring, dot_diameter, ring_slot_coordinates

MARKER_SPACE = 20.0  # half the marker's height: members keep clear of it
MARKER_HALF_WIDTH = 75.0  # half the marker's width
MARKER_SEATS = 6  # seats a marker covers, counted when choosing the dot size
RING_PADDING = 6.0  # keeps dots clear of the ring's edges (as geometry.py does)
LABEL_ARC = 250.0  # arc length left free at the top of the ring for its label


@dataclass(frozen=True, slots=True)
class AssociationMarker:
    organization_id: int | None  # None: the sector of members tied to no association
    name: str
    point: Point
    start_angle: float  # radians, clockwise from the top (screen y points down)
    end_angle: float
    member_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AssociationLayout:
    markers: tuple[AssociationMarker, ...]
    member_points: dict[int, Point]
    diameter: float = 0.0  # the members' dot size
    # Every seat of the ring at that size, the members' seats and the ones under markers:
    # a newcomer takes a free seat without moving anyone (see diagram.scene).
    xs: tuple[float, ...] = ()
    ys: tuple[float, ...] = ()
    member_slots: dict[int, int] | None = None
    covered: frozenset[int] = frozenset()


def _point(radius: float, angle: float) -> Point:
    # angle 0 is straight up; y grows downwards as in a QGraphicsScene
    return Point(radius * math.sin(angle), -radius * math.cos(angle))


def layout_associations(
    ring: Ring,
    associations: list[tuple[int, str]],
    groups: dict[int | None, list[int]],
) -> AssociationLayout:
    """`associations`: (organisation id, name) in the order to draw; `groups`: member ids per
    association id (None: tied to none), e.g. from services.associations.association_groups."""
    sectors: list[tuple[int | None, str, list[int]]] = [
        (org_id, name, list(groups.get(org_id, ()))) for org_id, name in associations
    ]
    if groups.get(None):
        sectors.append((None, "", list(groups[None])))
    if not sectors:
        return AssociationLayout((), {})
    label_angle = LABEL_ARC / ring.middle
    usable = 2 * math.pi - label_angle
    weights = [len(members) + 1 for _, _, members in sectors]
    total = sum(weights)
    angle = label_angle / 2
    markers = []
    for (org_id, name, members), weight in zip(sectors, weights, strict=True):
        width = usable * weight / total
        start, end = angle, angle + width
        middle = (start + end) / 2
        markers.append(
            AssociationMarker(org_id, name, _point(ring.middle, middle), start, end, tuple(members))
        )
        angle = end
    count = sum(len(members) for _, _, members in sectors)
    diameter = dot_diameter(ring, count + len(markers) * MARKER_SEATS)
    xs, ys = ring_slot_coordinates(ring, diameter)
    covered, member_slots = _seat_members(xs, ys, markers, diameter)
    member_points = {cid: Point(xs[slot], ys[slot]) for cid, slot in member_slots.items()}
    return AssociationLayout(
        tuple(markers),
        member_points,
        diameter,
        tuple(xs),
        tuple(ys),
        member_slots,
        frozenset(covered),
    )


def _angle(x: float, y: float) -> float:
    return math.atan2(x, -y) % (2 * math.pi)


def _seat_members(
    xs: Sequence[float], ys: Sequence[float], markers: list[AssociationMarker], diameter: float
) -> tuple[set[int], dict[int, int]]:
    """Each group takes the free seats of its sector nearest its marker (then the nearest
    anywhere, if its sector is full): the ring's own seats, so dots never overlap. Returns
    the seats under markers and each member's seat."""
    clear = MARKER_SPACE + diameter
    reach = MARKER_HALF_WIDTH + diameter
    boxes = [(m.point.x, m.point.y) for m in markers if m.organization_id]
    covered: set[int] = set()
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        for mx, my in boxes:
            if abs(x - mx) <= reach and abs(y - my) <= clear:
                covered.add(i)
                break
    free = [i for i in range(len(xs)) if i not in covered]
    # Each seat's angle worked out once, and the free seats in angle order, so that a
    # sector's seats are a slice (thousands of seats, one pass per marker before).
    angles = [_angle(x, y) for x, y in zip(xs, ys, strict=True)]
    by_angle = sorted(free, key=angles.__getitem__)
    sorted_angles = [angles[i] for i in by_angle]
    taken: set[int] = set()
    seats: dict[int, int] = {}
    for marker in markers:
        if not marker.member_ids:
            continue
        mx, my = marker.point.x, marker.point.y

        def distance(i: int, mx: float = mx, my: float = my) -> float:
            return (xs[i] - mx) ** 2 + (ys[i] - my) ** 2

        low = bisect_left(sorted_angles, marker.start_angle)
        high = bisect_right(sorted_angles, marker.end_angle)
        # In seat order before sorting by distance: equally near seats keep that order.
        inside = sorted(i for i in by_angle[low:high] if i not in taken)
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
