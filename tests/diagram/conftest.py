"""A scene over each test module's own CIRCLES, ROWS and TODAY, and a view showing it."""

import pytest
from shown_view import shown_view

from networkcircles.diagram.scene import CirclesScene
from networkcircles.diagram.view import CirclesView


@pytest.fixture
def scene(qtbot, request) -> CirclesScene:
    module = request.module
    scene = CirclesScene()
    scene.set_circles(module.CIRCLES)
    scene.set_contacts(module.ROWS, module.TODAY)
    return scene


@pytest.fixture
def view(qtbot, scene) -> CirclesView:
    return shown_view(qtbot, scene, 900, 700)
