"""The one PDF writer of readings and notes: A4 pages, titled with the document's title."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from smartcourse_desktop.ui.print_reading import pdf_bytes, printable_document


def test_a_printed_reading_keeps_its_title_for_the_pdf_and_its_file_name(qtbot):
    document = printable_document("<h1>Open data</h1><p>Text.</p>", QUrl(), QFont(), "Open data in Malmö")
    assert document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) == "Open data in Malmö"
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    assert reader.metadata.title == "Open data in Malmö" and len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == 210  # A4
