"""Screen readers and keyboards: every control of the window has a name, every menu action a
mnemonic, the docks' panels say what they are."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)


def _labelled_by(widget: QWidget) -> str:
    """The text of a label that names `widget`: its buddy, or its row's label in a form."""
    parent = widget.parentWidget()
    while parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget and label.text().strip():
                return label.text()
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and label.text().strip():
                return label.text()
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return ""


def _name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()  # what Qt hands the screen reader for a button
    return _labelled_by(widget)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        owner = widget.parentWidget()
        if isinstance(owner, (QComboBox, QAbstractSpinBox)) or owner.objectName().startswith("qt_"):
            continue  # the insides of a combo, spin box or dock title: named by their owner
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # a table's headers and corner, a calendar's grid: named by their owner
        if not _name(widget).strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.window()).__name__}/{type(owner).__name__}"
            )
    return missing


def test_every_visible_control_has_a_name(window):
    missing = []
    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        missing += [f"{dock.objectName()}: {m}" for m in _unnamed(dock)]
    assert missing + _unnamed(window) == []


def test_every_dock_panel_says_what_it_is(window):
    for dock in window.panels.docks():
        window.panels.panel(dock)  # built when first needed, and described then
    for dock in window.findChildren(QDockWidget):
        panel = dock.widget()
        assert panel.accessibleName().strip(), dock.objectName()
        assert panel.accessibleDescription().strip(), dock.objectName()


def test_every_menu_action_has_a_mnemonic(window):
    menus = [a.menu() for a in window.menuBar().actions()]
    assert all("&" in a.text() for a in window.menuBar().actions())
    while menus:
        menu = menus.pop()
        letters = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            if isinstance(action.menu(), QMenu):
                menus.append(action.menu())
            text = action.text().replace("&&", "")
            assert "&" in text, f"{menu.title()} ▸ {action.text()}"
            letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_contact_details_reads_name_and_circle(window):
    from networkcircles.store import queries

    row = next(r for r in queries.contact_rows() if r.circle_key == "peers")
    window.select_contact(row.id)
    details = window.contact_details
    interface = QAccessible.queryAccessibleInterface(details)
    assert interface is not None
    description = details.accessibleDescription()
    assert row.name in details.accessibleName()
    assert description  # says the circle too
