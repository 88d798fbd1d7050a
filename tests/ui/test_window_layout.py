"""The diagram first: at a laptop's size the diagram has most of the window, and the legend
covers neither a ring nor the Unplaced tray."""

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox, QTabBar, QWidget


@pytest.mark.parametrize("size", [(1400, 900), (1366, 768)])
def test_the_diagram_has_most_of_the_window(window, qtbot, size):
    window.reset_layout()
    window.resize(*size)
    qtbot.wait(50)
    QApplication.processEvents()
    view = window.diagram_view.size()
    assert view.width() >= 0.5 * window.width(), (view, window.size())
    assert view.height() >= 0.8 * window.centralWidget().parentWidget().height() - 80, view
    # the ring pixels: a fitted diagram at least two thirds of the window's height
    window.diagram_view.fit_all()
    rings = window.diagram_view.mapFromScene(window.scene.sceneRect()).boundingRect()
    assert rings.height() >= 0.66 * window.height(), rings


def test_reset_layout_brings_back_hidden_and_floating_panels(window):
    window.panels.balance_dock.hide()
    window.panels.due_dock.setFloating(True)
    window.reset_layout()
    assert not window.panels.due_dock.isFloating()
    assert window.panels.balance_dock.toggleViewAction().isChecked()


def test_dock_tabs_show_whole_titles(window, qtbot):
    window.reset_layout()
    window.resize(1366, 768)
    qtbot.wait(50)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]
    assert bars
    for bar in bars:
        for n in range(bar.count()):
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(n))
            assert bar.tabRect(n).width() >= needed, bar.tabText(n)


@pytest.mark.parametrize("size", [(1400, 900), (1366, 768)])
def test_the_legend_covers_no_ring_and_not_the_tray(window, qtbot, size):
    window.reset_layout()
    window.resize(*size)
    qtbot.wait(50)
    view = window.diagram_view
    view.fit_all()
    legend = view.legend_rect()
    assert not legend.isEmpty() and view.findChildren(QWidget)  # shown, once
    drawn = view.mapFromScene(window.scene.sceneRect()).boundingRect()
    drawn.translate(view.viewport().pos())  # viewport → view coordinates, like the legend's
    assert not legend.intersects(drawn), (legend, drawn)
    assert not legend.intersects(view.viewport().geometry())  # zoomed in too: never over dots
    assert view.rect().contains(legend)  # and not cut off
    columns, column, _line = view._legend_columns(legend.width() - 12)
    assert columns * column <= legend.width()


def test_names_are_readable_and_never_overlap_when_zoomed(window, qtbot):
    """Zoomed to a readable scale, every dot of the four inner rings in sight has its name,
    no two names overlap, and no name covers a dot, a ring's title or "you"."""
    from networkcircles.diagram.labels import overlaps
    from networkcircles.store import queries

    window.reset_layout()
    window.resize(1400, 900)
    qtbot.wait(50)
    view = window.diagram_view
    view.fit_all()
    for _ in range(5):  # dots about 12 pixels wide: a readable scale
        view.zoom_in()
    view.centerOn(0, 0)
    view.viewport().grab()  # a paint places the names
    names = window.scene._names
    placed = names.placed
    inner = {"family", "coworkers", "peers", "associations"}
    sight = view.viewport().rect().adjusted(20, 20, -20, -20)
    wanted = [
        row.id
        for row in queries.contact_rows()
        if row.circle_key in inner
        and sight.contains(view.mapFromScene(window.scene.dot_position(row.id)))
    ]
    assert len(wanted) >= 20
    missing = [i for i in wanted if i not in placed]
    assert not missing, missing
    rects = list(placed.values())
    for n, a in enumerate(rects):
        for b in rects[n + 1 :]:
            assert not overlaps(a, b)
    transform = view.viewportTransform()
    for obstacle in window.scene._name_obstacles():
        box = transform.mapRect(obstacle).getCoords()
        assert not any(overlaps(rect, box) for rect in rects)
    heights = {round(r[3] - r[1]) for r in rects}
    assert min(heights) >= 12  # 11-pixel text at the least: no tiny names


def test_choosing_someone_in_the_list_brings_their_dot_into_sight(window, qtbot):
    from PySide6.QtCore import Qt

    from networkcircles.store import queries

    view = window.diagram_view
    for _ in range(6):
        view.zoom_in()
    view.centerOn(0, 0)

    def in_sight(contact_id: int) -> bool:
        return (
            view.viewport()
            .rect()
            .contains(view.mapFromScene(window.scene.dot_position(contact_id)))
        )

    far = next(
        row
        for row in queries.contact_rows()
        if row.circle_key == "acquaintances" and not in_sight(row.id)
    )
    table = window.contact_list.table
    row = window.contact_list.proxy.mapFromSource(
        window.contacts_model.index(window.contacts_model.row_of(far.id), 0)
    )
    table.scrollTo(row)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center()
    )
    assert window.selected_id == far.id
    assert in_sight(far.id)


def test_elided_list_cells_give_their_whole_text_as_a_tooltip(window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocumentFragment

    from networkcircles.ui.models.contacts_model import Column

    model = window.contact_list.table.model()
    found = 0
    for row in range(model.rowCount()):
        index = model.index(row, Column.CIRCLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text and text.startswith("Former co-workers"):
            tip = QTextDocumentFragment.fromHtml(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            assert tip.toPlainText().replace("\xa0", " ") == text
            found += 1
    assert found


def test_the_list_filters_show_their_whole_choice_at_a_laptops_size(window, qtbot):
    # One line for the search and both filters cut them to "S…" and "All circ…" in a dock
    # about 300 px wide.
    window.reset_layout()
    window.resize(1366, 768)
    qtbot.wait(50)
    QApplication.processEvents()
    panel = window.contact_list
    for combo in (panel.circle_filter, panel.verdict_filter):
        text = combo.currentText()
        room = (
            combo.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                _combo_option(combo),
                QStyle.SubControl.SC_ComboBoxEditField,
                combo,
            )
            .width()
        )
        assert room >= combo.fontMetrics().horizontalAdvance(text), (text, room)
    placeholder = panel.search.placeholderText()
    assert panel.search.width() >= 0.6 * panel.search.fontMetrics().horizontalAdvance(placeholder)


def _combo_option(combo):
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option
