"""A search dims the dots it leaves out through the scene's veil (items.Veil), not by
restyling each dot: what the tiles draw must be what restyled dots drew, zoomed in and out,
on light and dark paper, and the view shows matches in full and the rest faint until the
search is cleared."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTransform
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem
from test_scene import CIRCLES, TODAY, make_row

from networkcircles.diagram.items import DIMMED, TILE_MARGIN, ContactDot, TileItem
from networkcircles.diagram.scene import CirclesScene
from networkcircles.diagram.view import CirclesView
from networkcircles.store.seed import CIRCLE_KEYS
from networkcircles.ui.theme import dark_palette, light_palette

# Every warmth (filled, half, outlined, hollow dots): the sevens are contacted recently, so a
# match's centre is its full green and a dimmed one's shows the ring's paper through.
ROWS = [
    make_row(
        n,
        CIRCLE_KEYS[n % len(CIRCLE_KEYS)],
        last_contacted=TODAY if n % 7 in (0, 1) else None,
        next_follow_up=TODAY - timedelta(days=3) if n % 7 == 2 else None,
    )
    for n in range(1, 3001)
]
MATCHES = {n for n in range(1, 3001) if n % 7 == 0}
PALETTES = {"light": light_palette, "dark": dark_palette}


def picture(tile: TileItem, palette: QPalette, zoom: float) -> QImage:
    """The tile painted at `zoom` times its summary scale (under 1: from its summary)."""
    scale = tile.summary_scale() * zoom
    side = int((TILE_MARGIN * 2 + 128) * scale) + 2
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setWorldTransform(
        QTransform.fromScale(scale, scale).translate(TILE_MARGIN, TILE_MARGIN)
    )
    option = QStyleOptionGraphicsItem()
    option.palette = palette
    option.exposedRect = tile.boundingRect()
    tile.paint(painter, option, None)
    painter.end()
    return image


def restyled(tile: TileItem, matches: set[int]) -> TileItem:
    """The tile as the diagram drew a search before the veil: each dot outside the matches
    restyled DIMMED, no veil."""
    old = TileItem(tile.key)
    for contact_id, dot in tile.dots.items():
        copy = ContactDot(contact_id)
        copy.x, copy.y, copy.diameter, copy.tile = dot.x, dot.y, dot.diameter, dot.tile
        copy.style = dot.style | (0 if contact_id in matches else DIMMED)
        old.dots[contact_id] = copy
    return old


@pytest.fixture
def scene(qtbot) -> CirclesScene:
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(ROWS, TODAY)
    return scene


@pytest.mark.parametrize("theme", PALETTES)
def test_zoomed_in_the_veil_draws_exactly_what_restyled_dots_drew(scene, theme):
    palette = PALETTES[theme]()
    scene.set_highlighted(MATCHES)
    for tile in scene.tile_items():
        drawn = picture(tile, palette, 2.0)
        assert drawn == picture(restyled(tile, MATCHES), palette, 2.0), tile.key


@pytest.mark.parametrize("theme", PALETTES)
def test_zoomed_out_matches_stay_full_and_the_rest_faint(scene, theme):
    """From the summaries (dots a few pixels wide) the veil fades the tile's summary and
    draws the matches over it: each dot's centre pixel is as restyled dots had it."""
    palette = PALETTES[theme]()
    scene.set_highlighted(MATCHES)
    tiles = sorted(scene.tile_items(), key=lambda tile: -len(tile.dots))[:6]
    worst = 0
    for tile in tiles:
        zoom = 0.5
        scale = tile.summary_scale() * zoom
        drawn = picture(tile, palette, zoom)
        before = picture(restyled(tile, MATCHES), palette, zoom)
        for dot in tile.dots.values():
            x = int((dot.x - tile.pos().x() + TILE_MARGIN) * scale)
            y = int((dot.y - tile.pos().y() + TILE_MARGIN) * scale)
            now, was = QColor(drawn.pixel(x, y)), QColor(before.pixel(x, y))
            worst = max(
                worst,
                abs(now.red() - was.red()),
                abs(now.green() - was.green()),
                abs(now.blue() - was.blue()),
            )
    assert worst <= 24


def distance(one: QColor, other: QColor) -> int:
    return sum(abs(a - b) for a, b in zip(one.getRgb()[:3], other.getRgb()[:3], strict=True))


def centre_colour(image: QImage, view: CirclesView, scene: CirclesScene, contact_id: int):
    point = view.mapFromScene(scene.dot_position(contact_id) or QPointF())
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(int(point.x() * ratio), int(point.y() * ratio)))


@pytest.mark.parametrize("theme", PALETTES)
@pytest.mark.parametrize("zoomed_in", [True, False])
def test_a_search_in_the_view_dims_the_others_and_clearing_it_restores_them(
    scene, qtbot, theme, zoomed_in
):
    palette = PALETTES[theme]()
    view = CirclesView(scene)
    qtbot.addWidget(view)
    view.setPalette(palette)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    if zoomed_in:
        for _ in range(10):
            view.zoom_in()
        view.centerOn(scene.dot_position(7) or QPointF())
    tile = next(t for t in scene.tile_items() if 7 in t.dots)
    summary = view.transform().m11() < tile.summary_scale()
    assert summary != zoomed_in  # zoomed out, the tiles draw from their summaries
    matched = 7  # a match, and a neighbour in its ring that is not, as green as it
    other = min(
        (i for i in tile.dots if i % 7 == 1),
        key=lambda i: abs(tile.dots[i].x - tile.dots[7].x) + abs(tile.dots[i].y - tile.dots[7].y),
    )
    before = view.viewport().grab().toImage()
    full = {i: centre_colour(before, view, scene, i) for i in (matched, other)}
    if zoomed_in:
        assert full[matched] == full[other]

    scene.set_highlighted(MATCHES)
    during = view.viewport().grab().toImage()
    # From the summaries the match is drawn over its own faint self: a shade at most.
    assert distance(centre_colour(during, view, scene, matched), full[matched]) <= (
        0 if zoomed_in else 6
    )
    # The other is drawn at DIMMED_OPACITY over the ring's paper: far from its green.
    faint = centre_colour(during, view, scene, other)
    assert distance(faint, full[other]) > 90, (faint.getRgb(), full[other].getRgb())

    scene.set_highlighted(None)
    after = view.viewport().grab().toImage()
    assert after == before
    assert all(tile._veiled is None for tile in scene.tile_items())  # their memory freed


def test_dots_that_move_come_or_go_during_a_search_are_drawn_as_restyled_ones(scene):
    """A match moved to another ring stays in full there, a non-match faint; a newcomer
    outside the matches is faint at once; a removed match leaves no trace."""

    palette = light_palette()
    scene.set_highlighted(MATCHES | {5000})
    for tile in scene.tile_items():
        picture(tile, palette, 2.0)  # painted once: what is cached must follow the changes
    by_id = {row.id: row for row in ROWS}
    scene.update_contacts(
        [
            by_id[14]._replace(circle_key="family" if by_id[14].circle_key != "family" else None),
            by_id[15]._replace(circle_key="family" if by_id[15].circle_key != "family" else None),
            make_row(4001, "peers", last_contacted=TODAY),
            make_row(5000, "peers", last_contacted=TODAY),
        ]
    )
    scene.remove_contact(21)
    assert not scene.is_dimmed(14) and scene.is_dimmed(15) and scene.is_dimmed(4001)
    assert not scene.is_dimmed(5000)
    for tile in scene.tile_items():
        drawn = picture(tile, palette, 2.0)
        assert drawn == picture(restyled(tile, MATCHES | {5000}), palette, 2.0), tile.key


def largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of a colour channel between two pictures of one size."""
    assert one.size() == other.size()
    fmt = QImage.Format.Format_RGB32
    first = bytes(one.convertToFormat(fmt).constBits())
    second = bytes(other.convertToFormat(fmt).constBits())
    return max((abs(a - b) for a, b in zip(first, second, strict=True) if a != b), default=0)


def on_screen(view: CirclesView, qtbot) -> QImage:
    """What the window holds once the pending repaints are done: only the parts the scene
    asked to repaint were painted again (a grab() would paint the whole view afresh)."""
    qtbot.wait(30)
    QApplication.processEvents()
    screen = view.screen()
    return screen.grabWindow(view.winId()).toImage()


@pytest.mark.parametrize("zoomed_in", [True, False])
def test_the_next_letter_repaints_around_the_changed_dots_what_a_fresh_view_shows(
    scene, qtbot, zoomed_in
):
    """From one search to the next only the squares round the dots entering or leaving
    the matches repaint: the window then shows what a view painted whole shows."""
    view = CirclesView(scene)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    if zoomed_in:
        for _ in range(10):
            view.zoom_in()
        view.centerOn(scene.dot_position(7) or QPointF())
    scene.set_highlighted(MATCHES)
    on_screen(view, qtbot)
    for step in ({7, 14}, {8, 15, 22}, set(range(1, 60))):
        after = (MATCHES - step) | (step - MATCHES)
        scene.set_highlighted(after)
        painted = on_screen(view, qtbot)
        view.viewport().update()  # the whole view painted again
        whole = on_screen(view, qtbot)
        if zoomed_in:
            assert painted == whole, step
        else:  # a summary scaled in part blends its edge pixels a shade apart
            assert largest_difference(painted, whole) <= 4, step
