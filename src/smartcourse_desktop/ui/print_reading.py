"""Print a reading, or export it to PDF, always in the light palette (paper is white)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPalette, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from smartcourse_desktop import APP_NAME
from smartcourse_desktop.reading.resources import CourseResources
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.reading_browser import CourseDocument
from smartcourse_desktop.ui.reading_style import present, reading_font, stylesheet
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
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setDefaultStyleSheet(stylesheet(paper_palette()))
    document.setDefaultFont(reading_font(font, PRINT_SCALE))
    document.setBaseUrl(base_url)
    document.setHtml(present(html))
    return document


def export_pdf(document: QTextDocument, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator(APP_NAME)
    document.print_(writer)
    del writer  # the PDF is complete once the writer is gone
    log.info("exported a reading to %s", path)


def ask_export_pdf(parent: QWidget, document: QTextDocument) -> QFileDialog:
    """A non-modal save dialog; the PDF is written when the learner accepts it."""
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or "reading"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, translate("PrintReading", "Export the reading to PDF"),
                         str(Path(folder) / f"{_file_name(title)}.pdf"),
                         translate("PrintReading", "PDF documents (*.pdf)"))
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


def ask_print(parent: QWidget, printer: QPrinter, document: QTextDocument) -> QPrintDialog:
    """A non-modal print dialog on the view's printer, which keeps the learner's choices between prints."""
    printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    dialog = QPrintDialog(printer, parent)
    dialog.accepted.connect(lambda: document.print_(printer))
    return show_dialog(dialog)


def _file_name(title: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return " ".join(cleaned.split())[:80] or "reading"
