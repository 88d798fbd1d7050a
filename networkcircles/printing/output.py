"""Circle summaries to a printer, a print preview or a PDF file.

The window and the command line both come through here: `PrintOptions` says what to print,
`render()` paints it on any paged device (a QPrinter from the print or preview dialog) and
`write_pdf()` writes a file, all or nothing.
"""

import os
import sys
from dataclasses import dataclass
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from networkcircles import __version__
from networkcircles.languages import install_files
from networkcircles.printing.render import Layout, paginate, paint
from networkcircles.printing.summary import SectionKind, SummaryDocument, build_summary, tr
from networkcircles.safe_files import output_target, write_atomically
from networkcircles.services.gc_pause import collection_paused
from networkcircles.store.db import current_path

MARGIN_MM = 12.0
PDF_DPI = 600


@dataclass
class PrintOptions:
    """What to print and on what paper.

    circles: circle keys in any order, or None for the whole network.
    sections: None for the scope's defaults (summary.default_sections).
    share: the version for a coach or job club (initials, no phones, no e-mails).
    network_name: the running header's text; None uses the store file's name.
    today: the day follow-ups are judged against and printed as the date; None is today.
    zone: the time zone event times print in; None is events.display_zone() (the system's).
    """

    circles: list[str] | None = None
    sections: frozenset[SectionKind] | None = None
    share: bool = False
    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait
    network_name: str | None = None
    today: date | None = None
    zone: tzinfo | None = None


def network_name(options: PrintOptions) -> str:
    if options.network_name:
        return options.network_name
    path = current_path()
    return path.stem if path else "networkcircles"


def page_layout(options: PrintOptions) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(options.page_size), options.orientation, margins, QPageLayout.Unit.Millimeter
    )


def apply_page_layout(device: QPagedPaintDevice, options: PrintOptions) -> None:
    """Set the options' paper, orientation and margins on a printer or PDF writer."""
    device.setPageLayout(page_layout(options))


def build_document(options: PrintOptions) -> SummaryDocument:
    """Read the store; raises services.circles.UnknownCircle for a circle key it lacks."""
    return build_summary(
        network_name(options),
        circles=options.circles,
        sections=options.sections,
        share=options.share,
        today=options.today,
        zone=options.zone,
    )


def render_document(device: QPagedPaintDevice, document: SummaryDocument) -> int:
    """Paint `document` on `device` as it is set up; returns the number of pages."""
    layout = Layout(device)
    paginate(document, layout)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("Could not start printing (the printer or file refused)."))
    try:
        return paint(document, layout, painter, device.newPage)
    finally:
        painter.end()


@collection_paused()  # a row or more of tuples per contact, no cycles
def render(device: QPagedPaintDevice, options: PrintOptions) -> int:
    """Paint the summary on a QPrinter or QPdfWriter with its own page layout (a print or
    preview dialog's choice); call apply_page_layout() first to use the options' paper."""
    return render_document(device, build_document(options))


@collection_paused()
def write_pdf(path: Path | str, options: PrintOptions) -> int:
    """Write the summary as a PDF; returns the number of pages.

    The file appears whole or not at all: the pages are made in memory, then written to a
    temporary file beside `path` that replaces it only when complete (safe_files), so a
    full disk is an OSError (ENOSPC) with nothing left behind, never a refused page. It is
    owner-only, as the store is, since it holds personal data. A folder, pipe or device
    as `path` is refused (NotARegularFile) before anything is drawn.
    """
    output_target(path)
    document = build_document(options)  # a bad circle key fails before any file is made
    pdf = QByteArray()
    buffer = QBuffer(pdf)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator(f"networkcircles {__version__}")
    writer.setTitle(f"{document.network_name}: {document.title}")
    apply_page_layout(writer, options)
    pages = render_document(writer, document)
    del writer  # finishes the PDF
    buffer.close()
    write_atomically(path, bytes(pdf.data()))
    return pages


def write_pdf_in_child(
    path: Path | str, options: PrintOptions, locale: str, translations: list[str]
) -> int:
    """write_pdf() in a child process (services.child_process), drawn as the window would:
    a QGuiApplication on the same platform (the environment is inherited), the window's
    locale and its translation files."""
    ensure_gui_app()
    QLocale.setDefault(QLocale(locale))
    install_files(translations)
    return write_pdf(path, options)


_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one for the command line (fonts need one).

    Without a display on Linux and the BSDs, the offscreen platform is used, so printing
    works over ssh and in CI.
    """
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("printing needs a QGuiApplication, not a QCoreApplication")
        return existing
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["networkcircles"])
    return _app
