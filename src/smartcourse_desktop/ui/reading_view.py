"""A reading, rendered from Markdown into a native text view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from smartcourse_desktop.reading import render_markdown


class ReadingView(QTextBrowser):
    scrolled_to_end = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setAccessibleName(self.tr("Reading"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(24)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def show_reading(self, path: Path) -> None:
        rendered = render_markdown(path.read_text(encoding="utf-8"))
        self.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.setHtml(rendered.html)
        self.verticalScrollBar().setValue(0)

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum():
            self.scrolled_to_end.emit()
