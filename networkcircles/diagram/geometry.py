"""Where every dot of the diagram sits: pure functions, no Qt.

The rings have fixed sizes whatever their counts, so an empty ring stays a place to drop
people. Inside a ring, each contact gets a slot on one of several tracks (concentric
circles within the band). A contact's preferred slot comes from a hash of its id, and a
taken slot passes it on to the next free one; contacts are seated in id order, so adding
a contact with a new (higher) id never moves anyone already seated.
"""

import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from operator import mul

CENTRE_RADIUS = 60.0  # "you", in the middle
RING_WIDTH = 90.0
RING_PADDING = 6.0  # keeps dots clear of the ring's edges
LABEL_HEIGHT = 46.0  # the label box at the top of each ring, which no dot covers
LABEL_MAX_WIDTH = 250.0
LOAD_FACTOR = 0.75  # seat at most this share of slots, so probing stays short
DOT_DIAMETERS = (14.0, 10.0, 7.0, 5.0, 3.5, 2.5, 1.8, 1.25, 0.9, 0.6, 0.4)
DOT_GAP = 0.35  # the space between neighbours, as a share of the diameter
POSSIBLE_WIDTH = 70.0  # the dashed "possible" band outside the last ring: people to meet


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float

    def distance_to(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


@dataclass(frozen=True, slots=True)
class Ring:
    key: str
    index: int  # 0 = the innermost ring
    inner: float
    outer: float

    @property
    def middle(self) -> float:
        return (self.inner + self.outer) / 2

    def label_anchor(self) -> Point:
        """Where the ring's label sits: the top of its band, as low as it goes (label_size)."""
        return Point(0.0, -label_middle(self.inner, self.outer))

    def anchor(self) -> Point:
        """A point in the ring no dot covers (on its label): for clicks by keys and tests."""
        return self.label_anchor()


@dataclass(frozen=True, slots=True)
class Layout:
    rings: tuple[Ring, ...]

    @property
    def outer_radius(self) -> float:
        return self.rings[-1].outer if self.rings else CENTRE_RADIUS

    @property
    def possible(self) -> Ring:
        """The band beyond the last ring where people you want to meet wait (key "")."""
        outer = self.outer_radius
        return Ring("", len(self.rings), outer, outer + POSSIBLE_WIDTH)

    @property
    def extent(self) -> float:
        """The radius of everything round: the rings and the possible band."""
        return self.possible.outer

    def ring(self, key: str) -> Ring:
        for ring in self.rings:
            if ring.key == key:
                return ring
        raise KeyError(key)


def make_layout(keys: Sequence[str]) -> Layout:
    """Rings for the circle keys, from the centre outwards."""
    rings = tuple(
        Ring(key, i, CENTRE_RADIUS + i * RING_WIDTH, CENTRE_RADIUS + (i + 1) * RING_WIDTH)
        for i, key in enumerate(keys)
    )
    return Layout(rings)


def in_possible_band(layout: Layout, point: Point) -> bool:
    band = layout.possible
    return band.inner < math.hypot(point.x, point.y) <= band.outer


def ring_at(layout: Layout, point: Point) -> str | None:
    """The key of the ring under `point`; "" for the centre; None outside every ring."""
    distance = math.hypot(point.x, point.y)
    if distance <= CENTRE_RADIUS:
        return ""
    for ring in layout.rings:
        if ring.inner < distance <= ring.outer:
            return ring.key
    return None


def label_middle(inner: float, outer: float) -> float:
    """How far above the centre a ring's label box is centred: its bottom edge on the band's
    inner edge (padded). The lower the box, the longer the chord its top edge may span, so
    every ring's title fits at one readable size (an inner ring's box is half as wide again
    as one centred in the band)."""
    return min(inner + RING_PADDING + LABEL_HEIGHT / 2, (inner + outer) / 2 + RING_PADDING)


def label_size(inner: float, outer: float) -> tuple[float, float]:
    """Width and height of a ring's label box: as wide as the band allows at its top, so the
    box's corners stay inside the ring and cover no other ring's dots."""
    reach = label_middle(inner, outer) + LABEL_HEIGHT / 2
    half = math.sqrt(max((outer - RING_PADDING) ** 2 - reach**2, 0.0))
    return min(2 * half, LABEL_MAX_WIDTH), LABEL_HEIGHT


def under_label(point: Point, inner: float, outer: float, margin: float = 0.0) -> bool:
    """Whether `point` (with `margin` around it) touches the ring's label box."""
    width, height = label_size(inner, outer)
    middle = label_middle(inner, outer)
    return (
        point.y < 0
        and abs(point.x) < width / 2 + margin
        and abs(-point.y - middle) < height / 2 + margin
    )


@cache
def _slots(inner: float, outer: float, diameter: float) -> tuple[Point, ...]:
    """Every seat in a band for dots of `diameter`, track by track, going round each track."""
    xs, ys = _slot_coordinates(inner, outer, diameter)
    return tuple(map(Point, xs, ys))


@cache
def _slot_coordinates(
    inner: float, outer: float, diameter: float
) -> tuple[Sequence[float], Sequence[float]]:
    """_slots as two arrays of x and y: tens of thousands of seats, kept for every dot size
    tried, are cheaper as plain doubles (8 bytes each; a list holds a float object each)."""
    xs, ys = array("d"), array("d")
    cos, sin, tau, quarter = math.cos, math.sin, 2 * math.pi, math.pi / 2
    for radius, count, covered in _tracks(inner, outer, diameter):
        # Each seat as the loop over k once worked it out, operation for operation, so the
        # seats are the same to the last bit; whole tracks at a time through map().
        kept = range(count) if not covered else [k for k in range(count) if k not in covered]
        angles = [tau * (k + 0.5) / count - quarter for k in kept]
        xs.extend(map(mul, repeat(radius), map(cos, angles)))
        ys.extend(map(mul, repeat(radius), map(sin, angles)))
    return xs, ys


@cache
def _slot_count(inner: float, outer: float, diameter: float) -> int:
    """len(_slot_coordinates(...)[0]) without working out a seat: dot_diameter tries the
    larger sizes first, and their seats would be made for nothing."""
    return sum(count - len(covered) for _radius, count, covered in _tracks(inner, outer, diameter))


def _tracks(inner: float, outer: float, diameter: float) -> Iterator[tuple[float, int, set[int]]]:
    """The band's tracks from the inside out: each one's radius, its number of seats going
    round from the top, and which of those (k) the label box covers."""
    spacing = diameter * (1 + DOT_GAP)
    first = inner + RING_PADDING + diameter / 2
    last = outer - RING_PADDING - diameter / 2
    # The label box (under_label's test, with the dot's margin), worked out once.
    width, height = label_size(inner, outer)
    margin = diameter / 2 + 1.0
    half_width, half_height = width / 2 + margin, height / 2 + margin
    middle = label_middle(inner, outer)
    cos, sin, tau, quarter = math.cos, math.sin, 2 * math.pi, math.pi / 2
    radius = first
    while radius <= last + 1e-9:
        count = int(tau * radius / spacing)
        covered = set()
        for k in _near_the_top(radius, count, half_width, middle - half_height):
            angle = tau * (k + 0.5) / count - quarter  # clockwise from the top
            x, y = radius * cos(angle), radius * sin(angle)
            if y < 0 and abs(x) < half_width and abs(-y - middle) < half_height:
                covered.add(k)  # under the label
        yield radius, count, covered
        radius += spacing


def _near_the_top(radius: float, count: int, half_width: float, low: float) -> Iterable[int]:
    """The seats k of a track that may lie in the label box, whose sides are `half_width`
    from the top's x and whose bottom is `low` above the centre: every seat it can cover,
    with two to spare each side against rounding."""
    if low > radius * (1 + 1e-9):
        return ()  # the whole track passes below the box
    # Seat k sits `turn` = (k + 0.5) / count of a turn clockwise from the top, at height
    # radius * cos(turn) and x = radius * sin(turn): in the box only if both are.
    reach = math.pi / 2 if low <= 0 else math.acos(min(low / radius, 1.0))
    if half_width < radius:
        reach = min(reach, math.asin(half_width / radius))
    seats = int(reach / (2 * math.pi) * count) + 2
    if 2 * seats + 2 >= count:
        return range(count)
    return chain(range(seats + 1), range(count - seats - 1, count))


def dot_diameter(ring: Ring, count: int) -> float:
    """The largest dot size at which `count` dots fit comfortably in the ring."""
    for diameter in DOT_DIAMETERS:
        if count <= _slot_count(ring.inner, ring.outer, diameter) * LOAD_FACTOR:
            return diameter
    return DOT_DIAMETERS[-1]


def _preferred(contact_id: int, capacity: int) -> int:
    # Knuth's multiplicative hash: neighbouring ids land far apart, the same id always alike.
    return (contact_id * 2654435761) % (2**32) % capacity


@dataclass(slots=True)
class Seating:
    """The seats of one ring (or the tray) and who sits where, for seating one person at a
    time: a newcomer takes a free seat and nobody else moves; a leaver's seat stays free."""

    xs: Sequence[float]
    ys: Sequence[float]
    diameter: float
    hashed: bool  # rings: start from the id's hashed seat; the tray: the first free seat
    taken: bytearray
    slot_of: dict[int, int]

    @property
    def capacity(self) -> int:
        return len(self.xs)

    def seat(self, slot: int) -> Point:
        return Point(self.xs[slot], self.ys[slot])

    def fits(self, count: int) -> bool:
        """Whether `count` people still fit at this dot size (else seat everyone again)."""
        return count <= self.capacity * (LOAD_FACTOR if self.hashed else 1.0)

    def add(self, contact_id: int) -> Point:
        slot = self.slot_of.get(contact_id)
        if slot is not None:
            return self.seat(slot)
        capacity = self.capacity
        start = _preferred(contact_id, capacity) if self.hashed else 0
        slot = self.taken.find(0, start)
        if slot < 0:
            slot = self.taken.find(0, 0, start)
        if slot < 0:
            slot = start  # more people than seats: share one
        self.taken[slot] = 1
        self.slot_of[contact_id] = slot
        return self.seat(slot)

    def remove(self, contact_id: int) -> None:
        slot = self.slot_of.pop(contact_id, None)
        if slot is not None:
            self.taken[slot] = 0

    def placed(self) -> dict[int, Point]:
        return {contact_id: self.seat(slot) for contact_id, slot in self.slot_of.items()}


def ring_slot_coordinates(ring: Ring, diameter: float) -> tuple[Sequence[float], Sequence[float]]:
    """Every seat of a ring for dots of `diameter` (clear of its label) as x and y lists."""
    return _slot_coordinates(ring.inner, ring.outer, diameter)


def seat_ring(ring: Ring, contact_ids: Iterable[int], spare: int = 0) -> Seating:
    """Seat the contacts of one ring, choosing the dot size for their count plus `spare`."""
    ids = sorted(set(contact_ids))
    diameter = dot_diameter(ring, len(ids) + spare)
    xs, ys = _slot_coordinates(ring.inner, ring.outer, diameter)
    seating = Seating(xs, ys, diameter, True, bytearray(len(xs)), {})
    if xs:
        capacity, taken, slot_of = len(xs), seating.taken, seating.slot_of
        for contact_id in ids:
            start = _preferred(contact_id, capacity)
            slot = taken.find(0, start)
            if slot < 0:
                slot = taken.find(0, 0, start)
            if slot < 0:
                slot = start  # more people than seats: share one
            taken[slot] = 1
            slot_of[contact_id] = slot
    return seating


def place_ring(ring: Ring, contact_ids: Iterable[int]) -> dict[int, Point]:
    """Seat the contacts of one ring; returns {contact_id: centre of its dot}."""
    ids = sorted(set(contact_ids))
    if not ids:
        return {}
    return seat_ring(ring, ids).placed()


def place_dots(layout: Layout, members: dict[str, Iterable[int]]) -> dict[int, Point]:
    """Seat everyone: `members` maps a circle key to the ids of the contacts in it."""
    placed: dict[int, Point] = {}
    for ring in layout.rings:
        placed.update(place_ring(ring, members.get(ring.key, ())))
    return placed


@dataclass(frozen=True, slots=True)
class Tray:
    """The unplaced contacts' box, beside the rings."""

    left: float
    top: float
    width: float
    height: float


def make_tray(layout: Layout) -> Tray:
    outer = layout.extent
    return Tray(outer + 40.0, -outer, 180.0, 2 * outer)


def _tray_grid(tray: Tray, count: int, header: float) -> tuple[float, int]:
    """The dot diameter and column count of a tray holding `count` dots."""
    area_height = tray.height - header
    for diameter in DOT_DIAMETERS:
        spacing = diameter * 1.6
        columns = max(1, int((tray.width - 20) / spacing))
        rows = max(1, int((area_height - 10) / spacing))
        if columns * rows >= count:
            break
    return diameter, columns


def tray_diameter(tray: Tray, count: int, header: float = 40.0) -> float:
    """The size of the dots place_tray uses for `count` unplaced contacts."""
    return _tray_grid(tray, count, header)[0]


def seat_tray(
    tray: Tray, contact_ids: Iterable[int], header: float = 40.0, spare: int = 0
) -> Seating:
    """The tray's grid of seats, sized for the contacts plus `spare`, filled in id order."""
    ids = sorted(set(contact_ids))
    diameter, columns = _tray_grid(tray, len(ids) + spare, header)
    spacing = diameter * 1.6
    rows = max(1, int((tray.height - header - 10) / spacing))
    count = max(columns * rows, len(ids) + spare)
    xs = [tray.left + 10 + spacing * (n % columns + 0.5) for n in range(count)]
    ys = [tray.top + header + spacing * (n // columns + 0.5) for n in range(count)]
    seating = Seating(xs, ys, diameter, False, bytearray(count), {})
    for n, contact_id in enumerate(ids):
        seating.taken[n] = 1
        seating.slot_of[contact_id] = n
    return seating


def place_tray(tray: Tray, contact_ids: Iterable[int], header: float = 40.0) -> dict[int, Point]:
    """Unplaced contacts in a grid, in id order, shrinking when many are waiting."""
    ids = sorted(set(contact_ids))
    if not ids:
        return {}
    return seat_tray(tray, ids, header).placed()
