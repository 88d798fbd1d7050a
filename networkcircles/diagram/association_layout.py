"""Where the associations ring puts each association's marker and its members: pure, no Qt.

The ring is cut into sectors, one per association (and one for members tied to none),
each as wide as its share of the people (an empty association still gets one share, so
its marker has room). The marker sits in the middle of its sector; its members fill the
sector on tracks either side of the marker's track, so they gather round it.
"""

import math
from dataclasses import dataclass

from networkcircles.diagram.geometry import Point, Ring

MARKER_SPACE = 9.0  # half the marker's height: members keep clear of it
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
    member_points: dict[int, Point] = {}
    for (org_id, name, members), weight in zip(sectors, weights, strict=True):
        width = usable * weight / total
        start, end = angle, angle + width
        middle = (start + end) / 2
        markers.append(
            AssociationMarker(org_id, name, _point(ring.middle, middle), start, end, tuple(members))
        )
        member_points.update(_members(ring, start, end, middle, members))
        angle = end
    return AssociationLayout(tuple(markers), member_points)


def _members(ring: Ring, start: float, end: float, middle: float, members: list[int]):
    """Two tracks, inside and outside the marker's; members alternate sides of the marker,
    nearest first, so a small group stays close to it."""
    if not members:
        return {}
    low, high = ring.inner + RING_PADDING, ring.outer - RING_PADDING
    inner = (low + ring.middle - MARKER_SPACE) / 2
    outer = (ring.middle + MARKER_SPACE + high) / 2
    per_track = math.ceil(len(members) / 2)
    step = (end - start) / (per_track + 1)
    step = min(step, 14.0 / ring.middle)  # about 14 units apart when there is room
    points = {}
    for index, contact_id in enumerate(members):
        track = inner if index % 2 == 0 else outer
        slot = index // 2
        offset = ((slot + 1) // 2) * step * (1 if slot % 2 else -1)
        points[contact_id] = _point(track, middle + offset)
    return points
