"""The contact list dock: a searchable, sortable table with a circle filter.

Filtering and sorting happen in ContactsFilterProxy (in Python and SQLite's full-text
index), so a keystroke costs milliseconds at 10,000 contacts, not a data() call per row.
"""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkcircles.store.queries import CircleRow
from networkcircles.ui.actions import add_circle_choices
from networkcircles.ui.models.contacts_model import (
    CONTACT_ID_ROLE,
    UNPLACED,
    Column,
    ContactsFilterProxy,
    ContactsTableModel,
)

_ALL = "*"  # the combo box's data for "every circle"


class ContactListPanel(QWidget):
    """Signals: contact_selected(int) when the user picks a row; circle_filter_changed(object)
    with a circle key, UNPLACED or None when the user changes the filter here;
    move_requested(list, object) with the selected ids and a circle key (None: unplaced);
    verdict_filter_changed(object) with "tell", "not_yet", "leave_out" or None (anyone)."""

    contact_selected = Signal(int)
    circle_filter_changed = Signal(object)
    move_requested = Signal(list, object)
    verdict_filter_changed = Signal(object)

    def __init__(self, model: ContactsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ContactsFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, organisation, e-mail, tags"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.textChanged.connect(self._search_typed)
        self._chosen_id: int | None = None  # kept across the resets a new filter brings
        self._picking = False  # the user is choosing in the table: the selection is theirs

        self.verdict_filter = QComboBox()
        self.verdict_filter.setAccessibleName(self.tr("Show by reliability"))
        self.verdict_filter.setToolTip(self.tr("Whom to tell about your search (reliability)"))
        for text, kind in (
            (self.tr("Anyone"), None),
            (self.tr("Tell them"), "tell"),
            (self.tr("Not yet asked"), "not_yet"),
            (self.tr("Leave out"), "leave_out"),
        ):
            self.verdict_filter.addItem(text, kind)
        self.verdict_filter.currentIndexChanged.connect(
            lambda index: self.verdict_filter_changed.emit(self.verdict_filter.itemData(index))
        )
        self.circle_filter = QComboBox()
        self.circle_filter.setAccessibleName(self.tr("Show circle"))
        self.circle_filter.currentIndexChanged.connect(self._filter_chosen)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(Column.NAME, 160)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self._circles: list[CircleRow] = []

        # The search on a line of its own and the two filters sharing the next: in a dock
        # about 300 px wide, one line for all three cut each to a few letters.
        filters = QHBoxLayout()
        filters.addWidget(self.circle_filter, 1)
        filters.addWidget(self.verdict_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def set_circles(self, circles: list[CircleRow]) -> None:
        self._circles = list(circles)
        current = self.proxy.circle()
        self.circle_filter.blockSignals(True)
        self.circle_filter.clear()
        self.circle_filter.addItem(self.tr("All circles"), _ALL)
        for circle in circles:
            self.circle_filter.addItem(circle.name, circle.key)
        self.circle_filter.addItem(self.tr("Unplaced"), UNPLACED)
        self.circle_filter.blockSignals(False)
        self.set_circle_filter(current)

    def set_circle_filter(self, circle_key: str | None) -> None:
        """Show one circle (UNPLACED for the tray) or, with None, everyone."""
        self.proxy.set_circle(circle_key)
        self._reselect()
        wanted = _ALL if circle_key is None else circle_key
        index = self.circle_filter.findData(wanted)
        self.circle_filter.blockSignals(True)
        self.circle_filter.setCurrentIndex(max(index, 0))
        self.circle_filter.blockSignals(False)

    def reset(self) -> None:
        """Another network is open: no search, every circle, anyone, nobody chosen. The
        filters' own signals run, so whoever follows them (the diagram's dimming) resets too."""
        self._chosen_id = None
        self.search.clear()
        self.verdict_filter.setCurrentIndex(0)
        self.set_circle_filter(None)

    def shown_circles(self) -> set[str | None]:
        """The circles of the rows the list shows now (None for unplaced)."""
        source = self.model
        return {
            source.contact_at(self.proxy.mapToSource(self.proxy.index(n, 0)).row()).circle_key
            for n in range(self.proxy.rowCount())
        }

    def shown_ids(self) -> list[int]:
        return self.proxy.shown_ids()

    def shown_set(self) -> frozenset[int]:
        return self.proxy.shown_set()

    def select_contact(self, contact_id: int | None) -> None:
        """Select and show a contact's row without emitting contact_selected."""
        self._chosen_id = contact_id
        if self._picking:
            # The window echoing the table's own choice: a Ctrl/Shift-click or a right-click
            # made the selection the user wants; selecting only this row would undo it.
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            row = None if contact_id is None else self.model.row_of(contact_id)
            if row is None:
                selection.clear()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                selection.clear()
                return
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(CONTACT_ID_ROLE) for index in rows]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _filter_chosen(self, index: int) -> None:
        data = self.circle_filter.itemData(index)
        key = None if data == _ALL else data
        self.proxy.set_circle(key)
        self._reselect()
        self.circle_filter_changed.emit(key)

    def _search_typed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._reselect()

    def _reselect(self) -> None:
        """A new filter resets the table: select the chosen contact again if still shown."""
        if self._chosen_id is not None:
            self.select_contact(self._chosen_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._chosen_id = current.data(CONTACT_ID_ROLE)
            self._picking = True
            try:
                self.contact_selected.emit(self._chosen_id)
            finally:
                self._picking = False

    def selection_menu(self) -> QMenu:
        """Move the selected people, hundreds at a time, in one undoable step."""
        ids = self.selected_ids()
        menu = QMenu(self)
        move = menu.addMenu(self.tr("Move %n selected to", "", len(ids)))
        move.setEnabled(bool(ids))
        add_circle_choices(
            move,
            [(circle.key, circle.name) for circle in self._circles],
            lambda key: self.move_requested.emit(ids, key),
        )
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        self.selection_menu().exec(self.table.viewport().mapToGlobal(pos))
