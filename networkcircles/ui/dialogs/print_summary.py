"""File > Print circle summary: choose circles, sections, paper and privacy, then print."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from networkcircles.languages import installed_files
from networkcircles.printing.output import (
    PrintOptions,
    apply_page_layout,
    render,
    write_pdf,
    write_pdf_in_child,
)
from networkcircles.printing.summary import SectionKind
from networkcircles.services.child_process import ChildDied
from networkcircles.store import queries
from networkcircles.ui.background import run_in_background, run_in_child
from networkcircles.ui.dialogs import questions
from networkcircles.ui.text import isolate, plain_labels
from networkcircles.ui.translation import shown_circles

PAPER_SIZES = (
    QPageSize.PageSizeId.A4,
    QPageSize.PageSizeId.Letter,
    QPageSize.PageSizeId.Legal,
    QPageSize.PageSizeId.A5,
)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# A PDF of this many contacts is drawn in a child process; a smaller one spares the child's
# start (about half a second: Python, Qt and the fonts).
CHILD_FROM_CONTACTS = 2000


class PrintSummaryDialog(QDialog):
    """Chooses what to print and sends it to a preview, a printer or a PDF file."""

    def __init__(
        self, parent: QWidget | None, store_name: str, preselected_circle: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print circle summary"))
        self._store_name = store_name

        self.circle_list = QListWidget()
        for circle in shown_circles(queries.circles()):
            item = QListWidgetItem(circle.name)
            item.setData(KEY_ROLE, circle.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = preselected_circle is None or circle.key == preselected_circle
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.circle_list.addItem(item)
        self.circle_list.itemChanged.connect(self._update_buttons)
        circles_box = QGroupBox(self.tr("Circles"))
        QVBoxLayout(circles_box).addWidget(self.circle_list)

        whole = preselected_circle is None
        self.section_boxes: dict[SectionKind, QCheckBox] = {}
        sections_box = QGroupBox(self.tr("Sections"))
        sections_layout = QVBoxLayout(sections_box)
        for kind, text in (
            (SectionKind.OVERVIEW, self.tr("Diagram and balance (first page)")),
            (SectionKind.CIRCLES, self.tr("People in each circle")),
            (SectionKind.EVENTS, self.tr("Upcoming events")),
            (SectionKind.LEADS, self.tr("Open leads and tips")),
            (SectionKind.POCKET_CARD, self.tr("Pocket card with your pitch (last page)")),
        ):
            box = QCheckBox(text)
            box.setChecked(whole or kind is SectionKind.CIRCLES)
            box.toggled.connect(self._update_buttons)
            self.section_boxes[kind] = box
            sections_layout.addWidget(box)
        self.section_boxes[SectionKind.POCKET_CARD].setToolTip(
            self.tr(
                "Printed when you have written what to tell people, in both privacy "
                "modes: it holds only your own words"
            )
        )

        self.paper = QComboBox()
        for size in PAPER_SIZES:
            self.paper.addItem(QPageSize.name(size), size)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Portrait"), QPageLayout.Orientation.Portrait)
        self.orientation.addItem(self.tr("Landscape"), QPageLayout.Orientation.Landscape)
        self.for_me = QRadioButton(self.tr("For me"))
        self.for_sharing = QRadioButton(self.tr("To share with a coach or job club"))
        self.for_sharing.setToolTip(
            self.tr(
                "Names as initials; no phone numbers or e-mail addresses. "
                "Reliability notes are never printed."
            )
        )
        self.for_me.setChecked(True)
        privacy = QButtonGroup(self)
        privacy.addButton(self.for_me)
        privacy.addButton(self.for_sharing)
        page_form = QFormLayout()
        page_form.addRow(self.tr("Paper:"), self.paper)
        page_form.addRow(self.tr("Orientation:"), self.orientation)
        page_form.addRow(self.tr("Privacy:"), self.for_me)
        page_form.addRow("", self.for_sharing)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Print Preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        for button in (self.preview_button, self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(circles_box)
        right = QVBoxLayout()
        right.addWidget(sections_box)
        right.addLayout(page_form)
        right.addStretch()
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self._update_buttons()
        plain_labels(self)  # titles and names from the store are never markup

    def chosen_circles(self) -> list[str]:
        return [
            self.circle_list.item(row).data(KEY_ROLE)
            for row in range(self.circle_list.count())
            if self.circle_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> PrintOptions:
        chosen = self.chosen_circles()
        everyone = len(chosen) == self.circle_list.count()
        return PrintOptions(
            circles=None if everyone else chosen,
            sections=frozenset(k for k, box in self.section_boxes.items() if box.isChecked()),
            share=self.for_sharing.isChecked(),
            page_size=self.paper.currentData(),
            orientation=self.orientation.currentData(),
            network_name=self._store_name,
        )

    def _update_buttons(self) -> None:
        sections = any(box.isChecked() for box in self.section_boxes.values())
        ready = bool(self.chosen_circles()) and sections
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(ready)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        apply_page_layout(printer, self.options())
        return printer

    def preview(self) -> None:
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda device: self._render(device))
        dialog.exec()

    def print_(self) -> None:
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._render(printer)

    def _render(self, device: QPrinter) -> None:
        try:
            render(device, self.options())
        except OSError as error:
            questions.show_error(self, self.tr("Print circle summary"), str(error))

    @staticmethod
    def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
        """Where to save the PDF, or None if the user cancelled (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PrintSummaryDialog", "Save as PDF"),
            suggested,
            QCoreApplication.translate("PrintSummaryDialog", "PDF files (*.pdf)"),
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")

    def save_pdf(self) -> Path | None:
        path = self.ask_pdf_path(self, f"{self._store_name}.pdf")
        if path is None:
            return None
        options = self.options()
        title = self.tr("Save as PDF")
        label = self.tr("Writing %1…").replace("%1", path.name)
        try:
            if queries.contacts_in(options.circles) >= CHILD_FROM_CONTACTS:
                # In a child process: drawing thousands of rows in Python on a worker thread
                # kept the window waiting for the interpreter lock. It draws with the
                # window's locale and translations (printing.output.write_pdf_in_child).
                run_in_child(
                    self,
                    title,
                    label,
                    write_pdf_in_child,
                    (path, options, QLocale().name(), installed_files()),
                    cancellable=False,
                )
            else:
                # On a worker thread, so the window keeps painting: the QPdfWriter, its
                # QPainter and fonts are made and let go there, nothing drawn is shared (no
                # QPixmap), and no garbage collection runs while it works (ui/background.py:
                # the crash once seen here was the collector destroying a GUI-thread object
                # on the worker).
                run_in_background(
                    self,
                    title,
                    label,
                    lambda _progress: write_pdf(path, options),
                    cancellable=False,
                    collect_meanwhile=False,  # the writer and painter are let go on the worker
                )
        except OSError as error:
            questions.show_error(
                self,
                title,
                self.tr("Could not write %1: %2")
                .replace("%1", isolate(str(path)))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        except ChildDied as died:
            questions.show_error(
                self,
                title,
                self.tr(
                    "Writing %1 stopped unexpectedly (its process ended with code %2). "
                    "Nothing was written."
                )
                .replace("%1", isolate(str(path)))
                .replace("%2", str(died.exit_code)),
            )
            return None
        return path
