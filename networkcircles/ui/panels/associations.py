"""The associations dock: every association side by side, by cost and return, and the
details of the one selected (dues, membership, benefits, its events). Edits are undoable."""

from enum import IntEnum

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkcircles.services import associations
from networkcircles.services.associations import AssociationFigures
from networkcircles.store import event_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import (
    AddOrganizationCommand,
    DeleteOrganizationCommand,
    EditOrganizationCommand,
)
from networkcircles.ui.dialogs import questions
from networkcircles.ui.error_text import refusal_text
from networkcircles.ui.panels.lazy import postponed
from networkcircles.ui.text import isolate, no_mnemonic

ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NO_FIGURE = "—"


class Column(IntEnum):
    NAME = 0
    MEMBERSHIP = 1
    YEARLY_COST = 2
    EVENTS = 3
    CONTACTS = 4
    LEADS = 5
    PER_CONTACT = 6
    PER_LEAD = 7
    BENEFITS = 8


class _SortableItem(QTableWidgetItem):
    """Sorts by SORT_ROLE (numbers; None, shown "—", after every figure)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return theirs is None and mine is not None
        if isinstance(mine, str) or isinstance(theirs, str):
            return str(mine).casefold() < str(theirs).casefold()
        return bool(mine < theirs)


class AssociationsPanel(QWidget):
    """Signals: contact_activated(int) (reserved for member lists); event_activated(int) when
    the user double-clicks one of the association's events; association_selected(int)."""

    contact_activated = Signal(int)
    event_activated = Signal(int)
    association_selected = Signal(int)

    def __init__(
        self, bridge: StoreBridge, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge, self.undo_stack = bridge, undo_stack
        self.selected_id: int | None = None
        self.figures: list[AssociationFigures] = []
        self._locale = QLocale()

        self.table = QTableWidget(0, len(Column))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Association"),
                self.tr("Membership"),
                self.tr("Yearly\ncost"),
                self.tr("Events\nattended"),
                self.tr("Contacts\nmade"),
                self.tr("Leads"),
                self.tr("Cost per\ncontact"),
                self.tr("Cost per\nlead"),
                self.tr("Benefits"),
            ]
        )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.BENEFITS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(Column.NAME, 200)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Associations compared"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.legend = QLabel(
            self.tr(
                "Italic rows are associations you are considering: their figures are "
                "what you expect in a year."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(mid)")

        self.add_button = QPushButton(self.tr("&Add association…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add_association)
        self.delete_button.clicked.connect(self.delete_selected)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.add_button)
        table_buttons.addWidget(self.delete_button)
        table_buttons.addStretch(1)

        # the selected association's details
        self.name = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.reach = QComboBox()
        for key, label in (
            ("", self.tr("—")),
            ("local", self.tr("Local")),
            ("online", self.tr("Online")),
        ):
            self.reach.addItem(label, key)
        self.membership = QComboBox()
        for key, label in (
            ("joined", self.tr("Joined")),
            ("considering", self.tr("Considering")),
            ("", self.tr("Neither yet")),
        ):
            self.membership.addItem(label, key)
        self.dues = QDoubleSpinBox()
        self.dues.setRange(0, 100000)
        self.dues.setDecimals(2)
        self.dues.setAccessibleName(self.tr("Dues"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Dues period"))
        self.period.addItem(self.tr("per year"), "yearly")
        self.period.addItem(self.tr("per month"), "monthly")
        dues_row = QHBoxLayout()
        dues_row.addWidget(self.dues, 1)
        dues_row.addWidget(self.period)
        self.job_board = QCheckBox(self.tr("Job board"))
        self.mentoring = QCheckBox(self.tr("Mentoring"))
        self.directory = QCheckBox(self.tr("Member directory"))
        benefits_row = QHBoxLayout()
        for box in (self.job_board, self.mentoring, self.directory):
            benefits_row.addWidget(box)
        benefits_row.addStretch(1)
        self.events_per_year = QSpinBox()
        self.events_per_year.setRange(0, 1000)
        self.expected_contacts = QSpinBox()
        self.expected_contacts.setRange(0, 10000)
        self.expected_leads = QSpinBox()
        self.expected_leads.setRange(0, 10000)
        expected_row = QHBoxLayout()
        expected_row.addWidget(QLabel(self.tr("contacts")))
        expected_row.addWidget(self.expected_contacts)
        expected_row.addWidget(QLabel(self.tr("leads")))
        expected_row.addWidget(self.expected_leads)
        expected_row.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Website:"), self.website)
        form.addRow(self.tr("&Local or online:"), self.reach)
        form.addRow(self.tr("&Membership:"), self.membership)
        form.addRow(self.tr("Dues:"), dues_row)
        form.addRow(self.tr("Benefits:"), benefits_row)
        form.addRow(self.tr("&Events per year:"), self.events_per_year)
        form.addRow(self.tr("Expected per year:"), expected_row)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.details = QGroupBox(self.tr("Association"))
        details_layout = QHBoxLayout(self.details)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Its events")))
        self.events_list = QListWidget()
        self.events_list.setAccessibleName(self.tr("Events of this association"))
        self.events_list.itemDoubleClicked.connect(
            lambda item: self.event_activated.emit(item.data(ORG_ID_ROLE))
        )
        right.addWidget(self.events_list)
        details_layout.addLayout(left, 3)
        details_layout.addLayout(right, 2)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.legend)
        top_layout.addLayout(table_buttons)
        # Side by side: the comparison is wide, and the dock sits below the diagram.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        bridge.organizations_changed.connect(lambda _ids: self.refresh())
        bridge.events_changed.connect(lambda _ids: self.refresh())
        self._ties: event_queries.AssociationTies | None = None  # as last read
        bridge.contacts_changed.connect(self._contacts_changed)
        bridge.network_changed.connect(self.refresh)
        if hasattr(bridge, "leads_changed"):
            bridge.leads_changed.connect(self.refresh)
        self.refresh()

    # reading

    def _money(self, value: float | None) -> str:
        if value is None:
            return NO_FIGURE
        return self._locale.toString(float(value), "f", 2)

    def reset(self) -> None:
        """Another network is open: forget the association shown, read everything again."""
        self.selected_id = None
        self.refresh()

    def refresh(self) -> None:
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        self._ties = event_queries.association_ties()
        self._fill()

    def _contacts_changed(self, contact_ids: list[int]) -> None:
        """Only these contacts' ties are read again (matching every contact against every
        association's name took longer than the edit)."""
        if postponed(self, self.refresh):
            return
        if self._ties is None:
            self.refresh()
            return
        self._ties = associations.ties_after_edit(self._ties, contact_ids)
        figures = associations.compare_associations(self._ties)
        if figures != self.figures:  # most edits change no association's figures
            self._fill(figures)

    def _fill(self, found: list[AssociationFigures] | None = None) -> None:
        self.figures = associations.compare_associations(self._ties) if found is None else found
        sort_column = self.table.horizontalHeader().sortIndicatorSection()
        order = self.table.horizontalHeader().sortIndicatorOrder()
        self.table.setSortingEnabled(False)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.figures))
        memberships = {"joined": self.tr("Joined"), "considering": self.tr("Considering")}
        for row, figures in enumerate(self.figures):
            expected = "≈ " if figures.is_expected else ""
            cells = [
                (figures.name, figures.name),
                (memberships.get(figures.membership, ""), figures.membership),
                (self._money(figures.yearly_cost), figures.yearly_cost),
                (f"{expected}{figures.events_attended}", figures.events_attended),
                (f"{expected}{figures.contacts}", figures.contacts),
                (f"{expected}{figures.leads}", figures.leads),
                (self._money(figures.cost_per_contact), figures.cost_per_contact),
                (self._money(figures.cost_per_lead), figures.cost_per_lead),
                (", ".join(figures.benefits), len(figures.benefits)),
            ]
            for column, (text, key) in enumerate(cells):
                item = _SortableItem(text)
                item.setData(SORT_ROLE, key)
                item.setData(ORG_ID_ROLE, figures.organization_id)
                if column not in (Column.NAME, Column.MEMBERSHIP, Column.BENEFITS):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if figures.is_expected:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Expected: you are only considering joining"))
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(sort_column, order)
        self.table.blockSignals(False)
        known = {f.organization_id for f in self.figures}
        if self.selected_id not in known:
            self.selected_id = self.figures[0].organization_id if self.figures else None
        self._select_row(self.selected_id)
        self._show_details(self.selected_id)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row, as sorted now."""
        return [
            [self._text(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _organization_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return item.data(ORG_ID_ROLE) if item is not None else None

    def _select_row(self, organization_id: int | None) -> None:
        self.table.blockSignals(True)
        self.table.clearSelection()
        for row in range(self.table.rowCount()):
            if self._organization_at(row) == organization_id:
                self.table.selectRow(row)
                break
        self.table.blockSignals(False)

    def select_association(self, organization_id: int) -> None:
        self.selected_id = organization_id
        self._select_row(organization_id)
        self._show_details(organization_id)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.selected_id = self._organization_at(rows[0].row())
            self._show_details(self.selected_id)
            self.association_selected.emit(self.selected_id)

    def _show_details(self, organization_id: int | None) -> None:
        row = event_queries.organization(organization_id) if organization_id else None
        self.details.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.events_list.clear()
        if row is None:
            self.details.setTitle(self.tr("Association"))
            self._clear_form()  # nothing of an association no longer shown stays in sight
            return
        self.details.setTitle(no_mnemonic(row.name))
        self.name.setText(row.name)
        self.website.setText(row.website)
        self.reach.setCurrentIndex(max(0, self.reach.findData(row.reach)))
        self.membership.setCurrentIndex(max(0, self.membership.findData(row.membership)))
        self.dues.setValue(row.dues)
        self.period.setCurrentIndex(max(0, self.period.findData(row.dues_period)))
        self.job_board.setChecked(row.has_job_board)
        self.mentoring.setChecked(row.has_mentoring)
        self.directory.setChecked(row.has_directory)
        self.events_per_year.setValue(row.events_per_year)
        self.expected_contacts.setValue(row.expected_contacts)
        self.expected_leads.setValue(row.expected_leads)
        self.notes.setPlainText(row.notes)
        for event in event_queries.events_for_organization(row.id):
            item = QListWidgetItem(f"{event.starts_at:%Y-%m-%d}  {isolate(event.title)}")
            item.setData(ORG_ID_ROLE, event.id)
            self.events_list.addItem(item)

    def _clear_form(self) -> None:
        for editor in (self.name, self.website):
            editor.clear()
        for combo in (self.reach, self.membership, self.period):
            combo.setCurrentIndex(0)
        for box in (self.job_board, self.mentoring, self.directory):
            box.setChecked(False)
        for spin in (self.dues, self.events_per_year, self.expected_contacts, self.expected_leads):
            spin.setValue(0)
        self.notes.clear()

    # editing

    def form_values(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "website": self.website.text().strip(),
            "reach": self.reach.currentData(),
            "membership": self.membership.currentData(),
            "dues": self.dues.value(),
            "dues_period": self.period.currentData(),
            "has_job_board": self.job_board.isChecked(),
            "has_mentoring": self.mentoring.isChecked(),
            "has_directory": self.directory.isChecked(),
            "events_per_year": self.events_per_year.value(),
            "expected_contacts": self.expected_contacts.value(),
            "expected_leads": self.expected_leads.value(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        if self.selected_id is None:
            return
        before = associations.organization_fields(self.selected_id)
        after = self.form_values()
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if not changed:
            return
        try:
            self.undo_stack.push(
                EditOrganizationCommand(
                    self.bridge, self.selected_id, {k: before[k] for k in changed}, changed
                )
            )
        except ValueError as error:
            questions.show_error(self, self.tr("Association not saved"), refusal_text(error))

    def add_association(self, name: str | None = None) -> int | None:
        if not name:
            name, ok = QInputDialog.getText(
                self, self.tr("Add association"), self.tr("Name of the association:")
            )
            if not ok:
                return None
        name = " ".join((name or "").split())
        if not name:
            return None
        command = AddOrganizationCommand(self.bridge, name, "association", membership="considering")
        self.undo_stack.push(command)
        organization_id = command.organization_id
        if organization_id is None:  # the push (its redo) made it: never so
            return None
        self.select_association(organization_id)
        return organization_id

    def delete_selected(self) -> None:
        if self.selected_id is not None:
            self.undo_stack.push(DeleteOrganizationCommand(self.bridge, self.selected_id))
