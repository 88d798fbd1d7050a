"""The rings, the "possible" band and the tray (ring_furniture.py): drawn once per set of
circles, and what lies under a point besides dots."""

from PySide6.QtCore import QPointF
from test_scene import CIRCLES, ROWS, TODAY  # noqa: F401 (the scene fixture reads them)

from networkcircles.diagram.keys import TRAY, WISHES
from networkcircles.diagram.ring_items import PossibleBandItem, RingItem, RingLabel, TrayItem


def count(scene, kind) -> int:
    return sum(isinstance(item, kind) for item in scene.items())


def test_setting_the_circles_again_replaces_the_furniture(scene):
    scene.set_circles(CIRCLES[:3])
    assert count(scene, RingItem) == 3
    assert count(scene, PossibleBandItem) == 1
    assert count(scene, TrayItem) == 1
    assert count(scene, RingLabel) == 3 + 1  # a title per ring and the band's
    scene.set_circles(CIRCLES)
    assert count(scene, RingItem) == len(CIRCLES)
    assert count(scene, PossibleBandItem) == 1
    assert count(scene, TrayItem) == 1


def test_the_scene_rect_holds_the_rings_and_the_tray(scene):
    rect = scene.sceneRect()
    assert rect.contains(scene.tray_rect())
    for item in scene.items():
        if isinstance(item, (RingItem, PossibleBandItem)):
            assert rect.contains(item.sceneBoundingRect())
    wider = scene.sceneRect()
    scene.set_circles(CIRCLES[:2])
    assert scene.sceneRect().width() < wider.width()  # fewer rings, a smaller scene


def test_what_lies_under_a_point(scene):
    assert scene._place_at(scene.centre_anchor()) == "centre"
    for circle in CIRCLES:
        assert scene._place_at(scene.ring_anchor(circle.key)) == circle.key
    assert scene._place_at(scene.ring_anchor(TRAY)) == TRAY
    assert scene.tray_rect().contains(scene.tray_anchor())
    corner = scene.sceneRect().topLeft()
    assert scene._place_at(QPointF(corner.x() + 1, corner.y() + 1)) is None


def counted(title: str) -> str:
    return title.rsplit("·", 1)[1].strip()  # strip() takes the no-break spaces too


def test_the_titles_count_their_people(scene):
    assert counted(scene.ring_label("family")) == "3"
    assert counted(scene.ring_label(TRAY)) == "2"
    assert counted(scene.ring_label(WISHES)) == "0"
