"""The Leads dock: tips shared by contacts, filtered by kind and status, traced to their source."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkcircles.services import tips
from networkcircles.store import circle_queries, queries
from networkcircles.store.circle_queries import TipRow
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import AddTipCommand, DeleteTipCommand, EditTipCommand
from networkcircles.ui.dialogs.tip import TipDialog, status_text
from networkcircles.ui.panels.lazy import postponed
from networkcircles.ui.text import isolate, isolated, literal
from networkcircles.ui.translation import shown_circles

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_COLUMN = 3


class LeadsPanel(QWidget):
    """Signals: contact_activated(int) when the user opens the contact who shared a tip
    (double-click on "Shared by", or the "Show who shared it" button)."""

    contact_activated = Signal(int)

    def __init__(
        self, bridge: StoreBridge, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge, self._stack = bridge, undo_stack
        self._rows: list[TipRow] = []
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show kind"))
        for kind, text in (
            (None, self.tr("All kinds")),
            ("job", self.tr("Companies hiring")),
            ("fair", self.tr("Career fairs")),
            ("resource", self.tr("Tools and websites")),
        ):
            self.kind_filter.addItem(text, kind)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        self.status_filter.addItem(self.tr("Open (not closed)"), "open")
        for status in tips.STATUSES:
            self.status_filter.addItem(status_text(self, status), status)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("What"),
                self.tr("Status"),
                self.tr("Shared by"),
                self.tr("Shared on"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Leads and tips"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.source_button = QPushButton(self.tr("Show who shared it"))
        self.add_button.clicked.connect(self.add_tip)
        self.edit_button.clicked.connect(self.edit_tip)
        self.delete_button.clicked.connect(self.delete_tip)
        self.source_button.clicked.connect(self.open_source)
        self.trace = QLabel()
        self.trace.setObjectName("trace")
        self.trace.setWordWrap(True)
        self.trace.setTextFormat(Qt.TextFormat.PlainText)

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.source_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.trace)
        bridge.leads_changed.connect(self.refresh)
        self._sources: dict[int, str] | None = None  # who shared the tips, as last read
        bridge.contacts_changed.connect(self._contacts_changed)
        bridge.referrals_changed.connect(self.refresh)
        bridge.network_changed.connect(self.refresh)
        self.refresh()

    def set_filters(self, kind: str | None = None, status: str | None = None) -> None:
        self.kind_filter.setCurrentIndex(self.kind_filter.findData(kind))
        self.status_filter.setCurrentIndex(self.status_filter.findData(status))

    def shown_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def reset(self) -> None:
        """Another network is open: every tip shown, none selected, read again."""
        for combo in (self.kind_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.table.clearSelection()
        self._rows = []
        self.refresh()

    def _contacts_changed(self, contact_ids: list[int]) -> None:
        """Contacts show here only by the name of who shared a tip: an edit that changes no
        such name changes nothing (reading every tip again cost more than the edit)."""
        sources = self._sources
        if sources is None:
            self.refresh()
            return
        concerned = [i for i in contact_ids if i in sources]
        names = circle_queries.contact_names_of(concerned) if concerned else {}
        if any(names.get(i) != sources[i] for i in concerned):
            self.refresh()
        elif not postponed(self, self.refresh):
            self._selection_changed()  # the trace names circles, of anyone along the chain

    def refresh(self, *_args: object) -> None:
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        selected = self.selected_id()
        kind, status = self.kind_filter.currentData(), self.status_filter.currentData()
        tips = circle_queries.tips()
        self._sources = {row.source_id: row.source_name for row in tips if row.source_id}
        self._rows = [
            row
            for row in tips
            if (kind is None or row.kind == kind)
            and (
                status is None
                or (row.status != "closed" if status == "open" else row.status == status)
            )
        ]
        kinds = {"job": self.tr("Hiring"), "fair": self.tr("Fair"), "resource": self.tr("Tool")}
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            what = row.headline
            if row.kind == "fair" and row.event_on:
                what = f"{isolate(what)} ({row.event_on.isoformat()})"
            cells = (
                kinds.get(row.kind, row.kind),
                what,
                status_text(self, row.status) if row.kind == "job" else "",
                row.source_name,
                row.shared_on.isoformat() if row.shared_on else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                if c == 1 and row.link:
                    item.setToolTip(literal(row.link))
                if c == SOURCE_COLUMN and row.source_id is not None:
                    tip = isolated(self.tr("Double-click to open {name}"), name=row.source_name)
                    item.setToolTip(literal(tip))
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        if selected in self.shown_ids():
            self.select(selected)
        else:
            self._selection_changed()

    def select(self, lead_id: int) -> None:
        self.table.selectRow(self.shown_ids().index(lead_id))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].id

    def _selected_row(self) -> TipRow | None:
        lead_id = self.selected_id()
        return next((row for row in self._rows if row.id == lead_id), None)

    def _selection_changed(self) -> None:
        row = self._selected_row()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row is not None)
        self.source_button.setEnabled(row is not None and row.source_id is not None)
        self.trace.setText(self.trace_text(row.id) if row else "")

    def trace_text(self, lead_id: int) -> str:
        """The chain of introductions in words: "Mum (Family) → Boss (Co-workers) → …"."""
        trace = tips.trace_lead(lead_id)
        if not trace.chain:
            return self.tr("Nobody is recorded as the source of this tip.")
        names: dict[str | None, str] = {c.key: c.name for c in shown_circles(queries.circles())}
        steps = [
            f"{isolate(step.name)} ({isolate(names.get(step.circle_key, self.tr('unplaced')))})"
            for step in trace.chain
        ]
        if len(steps) == 1:
            return self.tr("Shared by {person}.").format(person=steps[0])
        return self.tr("Came through: {chain}").format(chain=" → ".join(steps))

    def _double_clicked(self, row: int, column: int) -> None:
        if column == SOURCE_COLUMN:
            self.open_source()
        else:
            self.edit_tip()

    def open_source(self) -> None:
        row = self._selected_row()
        if row is not None and row.source_id is not None:
            self.contact_activated.emit(row.source_id)

    def add_tip(self) -> None:
        values = TipDialog.ask(self)
        if values is not None:
            command = AddTipCommand(self._bridge, **values)
            self._stack.push(command)
            if command.lead_id in self.shown_ids():
                self.select(command.lead_id)

    def edit_tip(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        values = TipDialog.ask(self, row)
        if values is None:
            return
        before = tips.values_of(row)
        changes = {k: v for k, v in values.items() if before.get(k) != v}
        if changes:
            self._stack.push(EditTipCommand(self._bridge, row.id, changes))

    def delete_tip(self) -> None:
        lead_id = self.selected_id()
        if lead_id is not None:
            self._stack.push(DeleteTipCommand(self._bridge, lead_id))
