"""Find in a PDF reading (Ctrl+F): every match in the document, stepped through page by page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from smartcourse_desktop.reading.pdf import Box, PdfReading
from smartcourse_desktop.ui.find_bar import tool_button

Match = tuple[int, list[Box]]  # page index, the boxes of one match


class PdfFindBar(QWidget):
    """Emits `page_wanted(page)` to show a match's page and `highlights_changed` to repaint."""

    page_wanted = Signal(int)
    highlights_changed = Signal()

    def __init__(self, current_page: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: PdfReading | None = None
        self.current_page = current_page
        self.matches: list[Match] = []
        self.current = -1
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this PDF"))
        self.field.setAccessibleName(self.tr("Find in this PDF"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.next)
        self.field.textChanged.connect(self.reset)
        self.status = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        layout.addWidget(tool_button("▲", self.tr("Previous match"), self.previous))
        layout.addWidget(tool_button("▼", self.tr("Next match"), self.next))
        layout.addWidget(tool_button("✕", self.tr("Close the find bar"), self.close_bar))
        self.hide()

    def set_document(self, pdf: PdfReading | None) -> None:
        self.pdf = pdf
        self.reset()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.reset()

    def reset(self) -> None:
        self.matches, self.current = [], -1
        self.status.clear()
        self.highlights_changed.emit()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if self.pdf is None or not self.field.text().strip():
            return
        if not self.matches:
            self.matches = self._find_all(self.field.text())
            here = self.current_page()
            self.current = next((i for i, (page, _b) in enumerate(self.matches) if page >= here), 0) - step
        if not self.matches:
            self.status.setText(self.tr("Not found"))
            return
        self.current = (self.current + step) % len(self.matches)
        self.status.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                            .replace("%2", str(len(self.matches))))
        self.page_wanted.emit(self.matches[self.current][0])
        self.highlights_changed.emit()

    def _find_all(self, query: str) -> list[Match]:
        assert self.pdf is not None
        return [(page, boxes) for page in range(self.pdf.page_count) for boxes in self.pdf.find(page, query)]

    def show_hit(self, page: int, terms: list[str], phrase: str = "") -> None:
        """A search hit: find its word, and make the match on `page` the current one."""
        query = next((q for q in (*terms, phrase) if q and self.pdf and self.pdf.find(page, q)), "")
        if not query:
            return
        self.field.blockSignals(True)
        self.field.setText(query)
        self.field.blockSignals(False)
        self.show()
        self.matches = self._find_all(query)
        self.current = next((i for i, (p, _b) in enumerate(self.matches) if p == page), -1)
        self.highlights_changed.emit()

    def boxes_on(self, page: int) -> tuple[list[Box], list[Box]]:
        """(every match's boxes on `page`, the current match's boxes if it is on `page`)."""
        on_page = [box for p, boxes in self.matches if p == page for box in boxes]
        current = self.matches[self.current] if 0 <= self.current < len(self.matches) else (-1, [])
        return on_page, current[1] if current[0] == page else []
