"""A view of a scene, shown and exposed, as the tests of the diagram's pictures need it."""

from networkcircles.diagram.scene import CirclesScene
from networkcircles.diagram.view import CirclesView


def shown_view(qtbot, scene: CirclesScene, width: int, height: int, legend: bool = True):
    """`scene` in a view of that size, on screen; without the legend when asked, so that a
    picture holds the scene's drawing only."""
    view = CirclesView(scene)
    qtbot.addWidget(view)
    view.resize(width, height)
    if not legend:
        view.set_legend_visible(False)
    view.show()
    qtbot.waitExposed(view)
    return view
