"""Where names go beside dots: pure geometry in screen pixels, no Qt.

Each dot asks for a label of a given size. Labels are placed one by one, most important
first, at the first of a few spots round the dot (right, left, above, below, then the
diagonals) that overlaps no label already placed and no other dot. A name that finds no
room is left out rather than drawn over another or cut to a stump: zooming in makes room.
A grid of cells keeps each check local, so thousands of dots on screen cost milliseconds.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, right, bottom

CELL = 64.0  # pixels: the grid's cell side


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """A dot (centre and radius on screen) and the size its name needs."""

    x: float
    y: float
    radius: float
    width: float
    height: float


def _candidates(request: LabelRequest, gap: float) -> list[Rect]:
    x, y, r, w, h = request.x, request.y, request.radius, request.width, request.height
    side = r + gap
    return [
        (x + side, y - h / 2, x + side + w, y + h / 2),  # right
        (x - side - w, y - h / 2, x - side, y + h / 2),  # left
        (x - w / 2, y - side - h, x + w / 2, y - side),  # above
        (x - w / 2, y + side, x + w / 2, y + side + h),  # below
        (x + side * 0.7, y - side * 0.7 - h, x + side * 0.7 + w, y - side * 0.7),  # up right
        (x + side * 0.7, y + side * 0.7, x + side * 0.7 + w, y + side * 0.7 + h),  # down right
        (x - side * 0.7 - w, y - side * 0.7 - h, x - side * 0.7, y - side * 0.7),  # up left
        (x - side * 0.7 - w, y + side * 0.7, x - side * 0.7, y + side * 0.7 + h),  # down left
        *[  # right or left, shifted up or down by a line or two
            (left, y - h / 2 + shift, left + w, y + h / 2 + shift)
            for shift in (-h * 0.8, h * 0.8, -h * 1.6, h * 1.6)
            for left in (x + side, x - side - w)
        ],
    ]


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class LabelGrid:
    """Rectangles filed by the cells they touch: what labels must keep clear of. A caller
    that places labels in steps (a view panned into new ground) keeps one between them."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[Rect]] = {}

    def add(self, rect: Rect) -> None:
        cells = self._cells
        for i in range(int(rect[0] // CELL), int(rect[2] // CELL) + 1):
            for j in range(int(rect[1] // CELL), int(rect[3] // CELL) + 1):
                found = cells.get((i, j))
                if found is None:
                    cells[(i, j)] = [rect]
                else:
                    found.append(rect)

    def remove(self, rect: Rect) -> None:
        """Take back a rectangle added before (one equal to it: the same area)."""
        cells = self._cells
        for i in range(int(rect[0] // CELL), int(rect[2] // CELL) + 1):
            for j in range(int(rect[1] // CELL), int(rect[3] // CELL) + 1):
                found = cells.get((i, j))
                if found is not None:
                    for k, other in enumerate(found):
                        if other is rect or other == rect:
                            del found[k]
                            break

    def hits(self, rect: Rect, ignore: Rect | None = None) -> bool:
        left, top, right, bottom = rect
        cells = self._cells
        for i in range(int(left // CELL), int(right // CELL) + 1):
            for j in range(int(top // CELL), int(bottom // CELL) + 1):
                for other in cells.get((i, j), ()):
                    if (
                        other is not ignore
                        and left < other[2]
                        and other[0] < right
                        and top < other[3]
                        and other[1] < bottom
                    ):
                        return True
        return False


def place_labels(
    requests: Sequence[LabelRequest],
    gap: float = 2.0,
    bounds: Rect | None = None,
    obstacles: Sequence[Rect] = (),
    blocked: Callable[[Rect], bool] | None = None,
    taken: LabelGrid | None = None,
) -> list[Rect | None]:
    """A rectangle for each request's label (None: no room), in the requests' order of
    importance: earlier requests get the better spots. Labels never overlap each other, any
    requested dot or an obstacle, and stay inside `bounds` when given.

    `blocked(rect)`: whether a spot covers something else that is too many to list up front
    (the dots without a name of their own): asked only about the spots tried.

    `taken`: the dots, obstacles and labels of an earlier call, to place more labels among
    them; it gets these requests' dots and labels too. A new one when not given."""
    if taken is None:
        taken = LabelGrid()  # dots, obstacles and the labels placed so far
    for rect in obstacles:
        taken.add(rect)
    discs = []
    for request in requests:
        r = request.radius
        disc = (request.x - r, request.y - r, request.x + r, request.y + r)
        discs.append(disc)
        taken.add(disc)
    found: list[Rect | None] = []
    for request, disc in zip(requests, discs, strict=True):
        chosen = free_spot(request, disc, taken, gap, bounds, blocked)
        if chosen is not None:
            taken.add(chosen)
        found.append(chosen)
    return found


def free_spot(
    request: LabelRequest,
    disc: Rect,
    taken: LabelGrid,
    gap: float = 2.0,
    bounds: Rect | None = None,
    blocked: Callable[[Rect], bool] | None = None,
) -> Rect | None:
    """The first spot round one dot (its `disc` filed in `taken`) that is free, or None;
    nothing is added to `taken`."""
    for rect in _candidates(request, gap):
        if bounds is not None and not (
            bounds[0] <= rect[0]
            and rect[2] <= bounds[2]
            and bounds[1] <= rect[1]
            and rect[3] <= bounds[3]
        ):
            continue
        if taken.hits(rect, ignore=disc):
            continue
        if blocked is not None and blocked(rect):
            continue
        return rect
    return None
