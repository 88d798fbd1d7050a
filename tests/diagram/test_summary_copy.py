"""A tile zoomed out shows its summary scaled to the view. The copy is smoothed but not
antialiased: an antialiased scaled copy takes Qt's slow path for a shape's edges (the bulk
of a repaint fitted, of the paint after a bulk move), and the picture is the same."""

from PySide6.QtGui import QPainter
from shown_view import shown_view
from test_scene import CIRCLES, TODAY, make_row

from networkcircles.diagram import items
from networkcircles.diagram.scene import CirclesScene
from networkcircles.store.seed import CIRCLE_KEYS

ROWS = [make_row(n, CIRCLE_KEYS[n % len(CIRCLE_KEYS)]) for n in range(1, 4001)]


class _Watched:
    """A painter that notes whether each pixmap was copied antialiased."""

    def __init__(self, painter: QPainter, seen: list[bool]) -> None:
        self._painter, self._seen = painter, seen

    def __getattr__(self, name: str):
        return getattr(self._painter, name)

    def drawPixmap(self, *args) -> None:  # noqa: N802 (Qt's name)
        self._seen.append(self._painter.testRenderHint(QPainter.RenderHint.Antialiasing))
        self._painter.drawPixmap(*args)


def test_summaries_are_copied_smoothed_not_antialiased_and_look_the_same(qtbot, monkeypatch):
    scene = CirclesScene()
    scene.set_circles(CIRCLES)
    scene.set_contacts(ROWS, TODAY)
    view = shown_view(qtbot, scene, 800, 700, legend=False)
    real = items.TileItem._paint_summary
    seen: list[bool] = []
    monkeypatch.setattr(
        items.TileItem,
        "_paint_summary",
        lambda self, painter, *rest: real(self, _Watched(painter, seen), *rest),
    )
    shown = view.grab().toImage()
    assert seen and not any(seen)  # summaries were copied, none antialiased

    class _Antialiased(_Watched):
        """Keeps the view's antialiasing on: the copy as it was made before."""

        def setRenderHint(self, hint, on: bool = True) -> None:  # noqa: N802 (Qt's name)
            if hint != QPainter.RenderHint.Antialiasing:
                self._painter.setRenderHint(hint, on)

    seen.clear()
    monkeypatch.setattr(
        items.TileItem,
        "_paint_summary",
        lambda self, painter, *rest: real(self, _Antialiased(painter, seen), *rest),
    )
    assert view.grab().toImage() == shown
    assert seen and all(seen)
