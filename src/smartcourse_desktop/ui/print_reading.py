"""Print a reading, or export it to PDF, always in the light palette (paper is white)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPalette, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from smartcourse_desktop import APP_NAME
from smartcourse_desktop.reading.resources import CourseResources
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.export_notice import confirm_saved, suggested_path
from smartcourse_desktop.ui.reading_browser import CourseDocument
from smartcourse_desktop.ui.reading_style import present, print_font, stylesheet
from smartcourse_desktop.ui.text import translate

log = logging.getLogger(__name__)

PRINT_SCALE = 0.9  # 12 pt × 0.9 ≈ 11 pt on paper


def paper_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a4f9c"))
    return palette


def printable_document(html: str, base_url: QUrl, font: QFont, title: str,
                       resources: CourseResources | None = None) -> QTextDocument:
    document = CourseDocument(resources)
    document.setDefaultStyleSheet(stylesheet(paper_palette()))
    document.setDefaultFont(print_font(font, PRINT_SCALE))
    document.setBaseUrl(base_url)
    document.setHtml(present(html))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)  # setHtml clears it
    return document


def pdf_bytes(document: QTextDocument) -> bytes:
    """The document laid out on A4 pages as a PDF, titled with its DocumentTitle."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator(APP_NAME)
    document.print_(writer)
    del writer  # the PDF is complete once the writer is gone
    return bytes(buffer.data().data())


def export_pdf(document: QTextDocument, path: Path) -> None:
    path.write_bytes(pdf_bytes(document))
    log.info("exported a reading to %s", path)


def ask_export_pdf(parent: QWidget, document: QTextDocument) -> QFileDialog:
    """A non-modal save dialog; the PDF is written when the learner accepts it."""
    title = (document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
             or translate("PrintReading", "reading"))
    dialog = QFileDialog(parent, translate("PrintReading", "Export the reading to PDF"),
                         str(suggested_path(title, suffix=".pdf")), translate("PrintReading", "PDF documents (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")
    dialog.fileSelected.connect(lambda name: _export_or_warn(parent, document, Path(name)))
    return show_dialog(dialog)


def _export_or_warn(parent: QWidget, document: QTextDocument, path: Path) -> None:
    try:
        path.touch()
        export_pdf(document, path)
    except OSError as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("PrintReading", "Export to PDF"),
                          translate("PrintReading", "The PDF could not be written: %1").replace("%1", str(exc)),
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        show_dialog(box)
        return
    confirm_saved(parent, path, translate("PrintReading", "Reading exported"))


def ask_print(parent: QWidget, printer: QPrinter, document: QTextDocument) -> QPrintDialog:
    """A non-modal print dialog on the view's printer, which keeps the learner's choices between prints."""
    printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    dialog = QPrintDialog(printer, parent)
    dialog.accepted.connect(lambda: document.print_(printer))
    return show_dialog(dialog)
