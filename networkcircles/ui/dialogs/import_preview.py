"""The import preview: what each file adds or merges, what is refused and why; then the import."""

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkcircles.interchange.records import FileWarning, ImportRejected
from networkcircles.languages import counted
from networkcircles.services import importing
from networkcircles.services.child_process import ChildDied
from networkcircles.services.importing import ImportPlan, ImportResult
from networkcircles.store import queries
from networkcircles.ui.background import Finished, run_in_background, run_in_child
from networkcircles.ui.dialogs import questions
from networkcircles.ui.text import literal, plain_labels
from networkcircles.ui.translation import shown_circles

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CANCELLED: Literal[False] = False  # what ask() returns when the user says no
# Files of this many bytes in all (some 2,000 vCards) are planned in a child process.
CHILD_FROM_BYTES = 256 * 1024


def file_reason(rejection: ImportRejected) -> str:
    """A refused file's reason in the user's language (the service gives a stable kind)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ImportPreviewDialog", text)

    words = {
        "empty": tr("the file is empty"),
        "binary": tr("the file holds binary data, not contacts"),
        "cut-off": tr("the file is cut off"),
        "wrong-type": tr("the file is not what its name says"),
        "no-name-column": tr("the header has no name column"),
        "unsupported": tr(
            "this kind of file cannot be imported (use .vcf or .csv for contacts, .ics for events)"
        ),
        "unreadable": tr("the file cannot be read"),
    }
    text = words.get(rejection.kind, tr("the file is damaged"))
    if rejection.line is not None:
        where = tr("record %1") if rejection.is_record else tr("line %1")
        text = f"{where.replace('%1', str(rejection.line))}: {text}"
    if rejection.kind not in words:  # "damaged": the parser's own words say where and how
        text = f"{text} ({rejection.reason})"
    return text


def warning_text(warning: FileWarning) -> str:
    """What a file's warning means, in the user's language (the reader's English details go
    in the tooltip)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ImportPreviewDialog", text)

    words = {
        "damaged-text": tr("damaged text: characters that could not be read show as \ufffd"),
        "skipped-value": tr("a value too big to read was skipped"),
        "malformed-value": tr("a damaged value networkcircles does not keep was skipped"),
        "dropped-rule": tr("an event repeating more often than daily is imported once"),
        "exchange-address": tr(
            "an Exchange (X.500) address is not an e-mail address: "
            "another address of the person is used, or none"
        ),
    }
    return words.get(warning.kind, warning.message)


class ImportPreviewDialog(QDialog):
    """Shows an ImportPlan before anything is written and lets the user choose a circle."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.files_table = self._table(
            [
                self.tr("File"),
                self.tr("New"),
                self.tr("Merged"),
                self.tr("Nothing new"),
                self.tr("Events"),
                self.tr("Rejected"),
            ]
        )
        for file_plan in plan.files:  # merged and nothing-new cells: _show_counts()
            self._add_row(
                self.files_table,
                [
                    file_plan.path.name,
                    str(file_plan.new_count),
                    "",
                    "",
                    str(file_plan.events_new),
                    str(len(file_plan.rejected)),
                ],
            )
        for rejection in plan.rejected_files:
            self._add_row(
                self.files_table,
                [
                    rejection.path.name,
                    "",
                    "",
                    "",
                    "",
                    self.tr("whole file: %1").replace("%1", file_reason(rejection)),
                ],
            )
        layout.addWidget(QLabel(self.tr("Files")))
        layout.addWidget(self.files_table)

        self.rejected_table = self._table([self.tr("File"), self.tr("Line"), self.tr("Reason")])
        for row in plan.rejected_rows:
            self._add_row(self.rejected_table, [row.path.name, str(row.line), row.reason])
        rejected_label = QLabel(self.tr("Rows that will not be imported"))
        layout.addWidget(rejected_label)
        layout.addWidget(self.rejected_table)
        rejected_label.setVisible(bool(plan.rejected_rows))
        self.rejected_table.setVisible(bool(plan.rejected_rows))

        self.warnings_table = self._table(
            [self.tr("File"), self.tr("Line"), self.tr("Imported, but"), self.tr("Details")]
        )
        for warning in plan.warnings:
            line = "" if warning.line is None else str(warning.line)
            # The reader's own words name the event, card or value ("event 21: its GEO …").
            cells = [warning.path.name, line, warning_text(warning), warning.message]
            self._add_row(self.warnings_table, cells)
            cell = self.warnings_table.item(self.warnings_table.rowCount() - 1, 2)
            if cell is not None:
                cell.setToolTip(literal(f"{warning_text(warning)}\n{warning.message}"))
        # The explanation, elided, leaves room for the details; its tooltip has it whole.
        header = self.warnings_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 260)
        warnings_label = QLabel(self.warnings_heading())
        warnings_label.setObjectName("warnings_heading")
        layout.addWidget(warnings_label)
        layout.addWidget(self.warnings_table)
        warnings_label.setVisible(bool(plan.warnings))
        self.warnings_table.setVisible(bool(plan.warnings))

        form = QFormLayout()
        self.circle_combo = QComboBox()
        self.circle_combo.addItem(self.tr("Unplaced (sort them afterwards)"), None)
        for circle in shown_circles(queries.circles()):
            self.circle_combo.addItem(circle.name, circle.key)
        form.addRow(self.tr("Put new contacts in:"), self.circle_combo)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.circle_combo.currentIndexChanged.connect(self._show_counts)
        self._show_counts()
        plain_labels(self)  # titles and names from the store are never markup

    def summary_text(self, circle_key: str | None) -> str:
        """What the import will do, counted as apply_plan() will write it."""
        plan = self.plan
        text = (
            self.tr(
                "%1 new, %2 to merge with people you already have, %3 with nothing new, "
                "%4 rejected."
            )
            .replace("%1", str(plan.new_count))
            .replace("%2", str(plan.merged_count_into(circle_key)))
            .replace("%3", str(plan.unchanged_count_into(circle_key)))
            .replace("%4", str(plan.rejected_count))
        )
        if any(file_plan.events for file_plan in plan.files):
            count = plan.events_count
            events = counted(
                self.tr("%n event(s) to add, %1 already in your calendar.", "", count), count
            ).replace("%1", str(plan.events_known))
            text = f"{text} {events}"
        return text

    def warnings_heading(self) -> str:
        """ "3 warnings: what was skipped or replaced; the rest imports"."""
        count = len(self.plan.warnings)
        return counted(
            self.tr("%n warning(s): what was skipped or replaced; the rest imports", "", count),
            count,
        )

    def _show_counts(self) -> None:
        circle_key = self.chosen_circle()
        self.summary.setText(self.summary_text(circle_key))
        for row, file_plan in enumerate(self.plan.files):
            for column, count in (
                (2, file_plan.merged_count_into(circle_key)),
                (3, file_plan.nothing_new_into(circle_key)),
            ):
                item = self.files_table.item(row, column)
                if item is not None:
                    item.setText(str(count))
                    item.setToolTip(str(count))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(self.plan.writes_anything(circle_key))

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setMaximumHeight(160)
        return table

    @staticmethod
    def _add_row(table: QTableWidget, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(literal(text))  # file text is never markup
            if column > 0 and text.isdigit():
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)

    def chosen_circle(self) -> str | None:
        key = self.circle_combo.currentData()
        return None if key is None else str(key)

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> str | Literal[False] | None:
        """The circle key for new contacts (None: unplaced), or CANCELLED. Tests patch this."""
        dialog = cls(plan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return CANCELLED
        return dialog.chosen_circle()


def apply_with_progress(
    parent: QWidget | None, plan: ImportPlan, circle_key: str | None
) -> ImportResult:
    """Write the plan on a worker thread, with a progress dialog whose Cancel rolls
    everything back; the window keeps painting meanwhile."""
    return run_in_background(
        parent,
        QCoreApplication.translate("ImportPreviewDialog", "Import"),
        QCoreApplication.translate("ImportPreviewDialog", "Importing…"),
        lambda progress: importing.apply_plan(plan, circle_key, progress, undoable=True),
    ).result


def _file_bytes(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):  # the plan says what is wrong with it
            total += path.stat().st_size
    return total


def plan_with_progress(parent: QWidget | None, paths: list[Path]) -> Finished[ImportPlan]:
    """Read and match the files off the GUI thread, Cancel dropping the plan. Files this big
    are planned in a child process (CHILD_FROM_BYTES): a worker thread planning them in
    Python kept the window waiting for the interpreter lock; smaller ones spare the
    child's start (a few hundred ms)."""
    title = QCoreApplication.translate("ImportPreviewDialog", "Import")
    label = QCoreApplication.translate("ImportPreviewDialog", "Reading files…")
    if _file_bytes(paths) >= CHILD_FROM_BYTES:
        return run_in_child(parent, title, label, importing.plan_import, (paths,))
    return run_in_background(parent, title, label, lambda _progress: importing.plan_import(paths))


def run_import(parent: QWidget | None, paths: Iterable[Path | str]) -> ImportResult | None:
    """File ▸ Import… and drops: plan, ask, apply. None when nothing was written."""
    files = [Path(path) for path in paths]
    try:
        read = plan_with_progress(parent, files)
    except ChildDied as died:
        questions.show_error(
            parent,
            QCoreApplication.translate("ImportPreviewDialog", "Import"),
            QCoreApplication.translate(
                "ImportPreviewDialog",
                "Reading the files stopped unexpectedly (its process ended with code %1). "
                "Nothing was imported.",
            ).replace("%1", str(died.exit_code)),
        )
        return None
    if read.cancelled:
        return None  # read, but the user no longer wants it: nothing was written
    plan = read.result
    choice = ImportPreviewDialog.ask(parent, plan)
    if choice is CANCELLED or not plan.writes_anything(choice):
        return None
    result = apply_with_progress(parent, plan, choice)
    return None if result.cancelled else result
