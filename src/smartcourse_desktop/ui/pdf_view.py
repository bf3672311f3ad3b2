"""A PDF reading: one page at a time, with page navigation, zoom and fit-to-width, find (Ctrl+F),
contents from the PDF outline, text selection and copy, print, and links followed only after asking.

Pages are rendered by PDFium (reading/pdf.py) at the screen's pixel ratio; a page takes a few
milliseconds, so rendering stays on the GUI thread (see benchmarks/bench_pdf.py).

Completion: the same rule as Markdown readings (ui/reading_view.py): reaching the last page counts
as read; a one-page PDF counts once it has been on screen for FIT_DWELL_MS. The position is the
page as a 0..1 fraction, emitted through `position_changed`, as the Markdown view does.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.reading.pdf import Box, LinkKind, PdfReading
from smartcourse_desktop.ui.find_bar import tool_button
from smartcourse_desktop.ui.pdf_page import PdfPageWidget, ask_print_pdf, page_image, print_pages
from smartcourse_desktop.ui.system_open import ask_to_open

log = logging.getLogger(__name__)

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.25, 4.0, 1.2
PAGE_MARGIN = 24


class PdfView(QWidget):
    scrolled_to_end = Signal()
    position_changed = Signal(str, str, float)  # course id, lesson id, fraction

    FIT_DWELL_MS = 4000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self.setAccessibleName(self.tr("PDF reading"))
        self.pdf: PdfReading | None = None
        self.ids = ("", "")
        self.page = 0
        self.zoom = 1.0
        self.fit_width = True
        self.selected_text = ""
        self.dialog: QWidget | None = None
        self._matches: list[tuple[int, list[Box]]] = []
        self._match = -1
        self.page_widget = PdfPageWidget()
        self.page_widget.clicked.connect(self._clicked)
        self.page_widget.selected.connect(self._selected)
        self.pages_area = QScrollArea()
        self.pages_area.setWidget(self.page_widget)
        self.pages_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fit-width stays put
        self.pages_area.setAccessibleName(self.tr("PDF pages"))
        self.toc = QTreeWidget()
        self.toc.setObjectName("pdfContents")
        self.toc.setHeaderLabel(self.tr("Contents"))
        self.toc.setAccessibleName(self.tr("Contents of this PDF"))
        self.toc.itemActivated.connect(self._toc_activated)
        self.toc.itemClicked.connect(self._toc_activated)
        self._build(self._toolbar(), self._find_row())
        self._shortcuts()
        self.dwell_timer = QTimer(self, singleShot=True, interval=self.FIT_DWELL_MS)
        self.dwell_timer.timeout.connect(self._dwelled)

    # -- construction -----------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        self.toc_button = tool_button(self.tr("Contents"), self.tr("Show or hide the contents"), self.toggle_toc)
        self.previous_button = tool_button("◀", self.tr("Previous page"), self.previous_page)
        self.next_button = tool_button("▶", self.tr("Next page"), self.next_page)
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.page_count_label = QLabel()
        self.zoom_out_button = tool_button("−", self.tr("Zoom out"), self.zoom_out)
        self.zoom_in_button = tool_button("+", self.tr("Zoom in"), self.zoom_in)
        self.fit_button = tool_button(self.tr("Fit width"), self.tr("Fit the page to the width"), self.fit_to_width)
        self.find_button = tool_button(self.tr("Find…"), self.tr("Find in this PDF"), self.open_find)
        self.copy_button = tool_button(self.tr("Copy"), self.tr("Copy the selected text"), self.copy_selection)
        self.print_button = tool_button(self.tr("Print…"), self.tr("Print this PDF"), self.print_pdf)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toc_button, self.previous_button, self.page_box, self.page_count_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.find_button,
                       self.copy_button, self.print_button):
            bar.addWidget(widget)
        return bar

    def _find_row(self) -> QWidget:
        self.find_row = QWidget()
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in this PDF"))
        self.find_field.setAccessibleName(self.tr("Find in this PDF"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(self._query_changed)
        self.find_status = QLabel()
        layout = QHBoxLayout(self.find_row)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.find_field, 1)
        layout.addWidget(self.find_status)
        layout.addWidget(tool_button("▲", self.tr("Previous match"), self.find_previous))
        layout.addWidget(tool_button("▼", self.tr("Next match"), self.find_next))
        layout.addWidget(tool_button("✕", self.tr("Close the find bar"), self.close_find))
        self.find_row.hide()
        return self.find_row

    def _build(self, toolbar: QHBoxLayout, find_row: QWidget) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.toc)
        self.splitter.addWidget(self.pages_area)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([200, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(find_row)

    def _shortcuts(self) -> None:
        keys = QKeySequence.StandardKey
        table = [
            (QKeySequence(keys.Find), self.open_find), (QKeySequence(keys.Print), self.print_pdf),
            (QKeySequence(keys.Copy), self.copy_selection),
            (QKeySequence(keys.SelectAll), self.select_page), (QKeySequence(keys.ZoomIn), self.zoom_in),
            (QKeySequence(keys.ZoomOut), self.zoom_out), (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence("PgDown"), self.next_page), (QKeySequence("PgUp"), self.previous_page),
            (QKeySequence("Escape"), self.close_find),
        ]
        for sequence, slot in table:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- showing a PDF ----------------------------------------------------------------------
    def show_pdf(self, path: Path, course_id: str, lesson_id: str, position: float = 0.0) -> None:
        """Open `path` (raises PdfError with a one-line reason) at the page `position` points to."""
        reading = PdfReading(path)
        self.close_pdf()
        self.pdf, self.ids = reading, (course_id, lesson_id)
        count = reading.page_count
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, count)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(count)))
        self._fill_toc()
        self._matches, self._match = [], -1
        self.page = -1
        self._show_page(round(min(max(position, 0.0), 1.0) * (count - 1)), restoring=True)
        if count == 1 and self.isVisible():
            self.dwell_timer.start()

    def close_pdf(self) -> None:
        self.dwell_timer.stop()
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None

    def _fill_toc(self) -> None:
        self.toc.clear()
        assert self.pdf is not None
        parents: list[QTreeWidgetItem | QTreeWidget] = [self.toc]
        for entry in self.pdf.outline():
            del parents[entry.level + 1:]
            item = QTreeWidgetItem(parents[-1], [entry.title])
            item.setToolTip(0, entry.title)
            item.setData(0, Qt.ItemDataRole.UserRole, entry.page)
            parents.append(item)
        self.toc.expandAll()
        self.toc.setVisible(self.toc.topLevelItemCount() > 0)

    def toggle_toc(self) -> None:
        self.toc.setVisible(not self.toc.isVisible() and self.toc.topLevelItemCount() > 0)

    def _toc_activated(self, item: QTreeWidgetItem) -> None:
        page = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(page, int) and page >= 0:
            self.go_to(page)

    # -- pages and zoom ---------------------------------------------------------------------
    def go_to(self, page: int) -> None:
        self._show_page(page, restoring=False)

    def next_page(self) -> None:
        self.go_to(self.page + 1)

    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    def _show_page(self, page: int, restoring: bool) -> None:
        if self.pdf is None:
            return
        page = min(max(page, 0), self.pdf.page_count - 1)
        changed = page != self.page
        self.page = page
        self._render()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.pdf.page_count - 1)
        if changed:
            self.pages_area.verticalScrollBar().setValue(0)
            self.selected_text = ""
        if changed and not restoring:
            self.position_changed.emit(*self.ids, self.fraction())
            if page == self.pdf.page_count - 1:
                self.scrolled_to_end.emit()

    def fraction(self) -> float:
        count = self.pdf.page_count if self.pdf is not None else 1
        return round(self.page / (count - 1), 4) if count > 1 else 0.0

    def _scale(self) -> float:
        if self.pdf is None:
            return 1.0
        if self.fit_width:
            width = self.pdf.page_size(self.page)[0]
            return max(MIN_ZOOM, (self.pages_area.viewport().width() - PAGE_MARGIN) / width)
        return self.zoom

    def _render(self) -> None:
        if self.pdf is None:
            return
        ratio = self.devicePixelRatioF()
        scale = self._scale()
        image = page_image(self.pdf.render(self.page, scale * ratio))
        image.setDevicePixelRatio(ratio)
        self.page_widget.set_page(image, image.width() / ratio / self.pdf.page_size(self.page)[0])
        self._show_highlights()

    def zoom_in(self) -> None:
        self._set_zoom(self._scale() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._scale() / ZOOM_STEP)

    def _set_zoom(self, zoom: float) -> None:
        self.fit_width = False
        self.zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._render()

    def fit_to_width(self) -> None:
        self.fit_width = True
        self._render()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self._render()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.pdf is not None and self.pdf.page_count == 1:
            self.dwell_timer.start()

    def hideEvent(self, event) -> None:
        self.dwell_timer.stop()
        super().hideEvent(event)

    def _dwelled(self) -> None:
        if self.isVisible() and self.pdf is not None and self.pdf.page_count == 1:
            self.scrolled_to_end.emit()

    # -- find -------------------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_row.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_row.hide()
        self._matches, self._match = [], -1
        self._show_highlights()

    def _query_changed(self) -> None:
        self._matches, self._match = [], -1
        self.find_status.clear()
        self._show_highlights()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if self.pdf is None or not self.find_field.text().strip():
            return
        if not self._matches:
            self._matches = self._find_all(self.find_field.text())
            self._match = next((i for i, (page, _b) in enumerate(self._matches) if page >= self.page), 0) - step
        if not self._matches:
            self.find_status.setText(self.tr("Not found"))
            return
        self._match = (self._match + step) % len(self._matches)
        self.find_status.setText(self.tr("%1 of %2").replace("%1", str(self._match + 1))
                                 .replace("%2", str(len(self._matches))))
        self.go_to(self._matches[self._match][0])
        self._show_highlights()

    def _find_all(self, query: str) -> list[tuple[int, list[Box]]]:
        assert self.pdf is not None
        return [(page, boxes) for page in range(self.pdf.page_count) for boxes in self.pdf.find(page, query)]

    def _show_highlights(self) -> None:
        on_page = [box for page, boxes in self._matches if page == self.page for box in boxes]
        current = self._matches[self._match][1] if 0 <= self._match < len(self._matches) else []
        current = current if self._matches and self._matches[self._match][0] == self.page else []
        self.page_widget.set_highlights(on_page, current)
        if current:
            rect = self.page_widget.rect_of(current[0])
            margin = self.pages_area.viewport().height() // 3
            self.pages_area.ensureVisible(rect.center().x(), rect.center().y(), 50, margin)

    def reveal(self, page: int, terms: list[str], phrase: str = "") -> None:
        """Open a search hit: its page, with the match highlighted."""
        query = next((q for q in (*terms, phrase) if q and self.pdf and self.pdf.find(page, q)), "")
        self.go_to(page)
        if query:
            self.find_field.blockSignals(True)
            self.find_field.setText(query)
            self.find_field.blockSignals(False)
            self.find_row.show()
            self._matches = self._find_all(query)
            self._match = next((i for i, (p, _b) in enumerate(self._matches) if p == page), -1)
            self._show_highlights()

    # -- selection, links and print ---------------------------------------------------------
    def _selected(self, box: Box) -> None:
        if self.pdf is not None:
            self.selected_text = self.pdf.text_in(self.page, box).strip()

    def select_page(self) -> None:
        """Ctrl+A: the whole page's text, for keyboard users who cannot drag a selection."""
        if self.pdf is not None:
            width, height = self.pdf.page_size(self.page)
            self.page_widget.selection = Box(0, 0, width, height)
            self.page_widget.update()
            self.selected_text = self.pdf.page_text(self.page).strip()

    def copy_selection(self) -> None:
        if self.selected_text:
            QGuiApplication.clipboard().setText(self.selected_text)

    def _clicked(self, x: float, y: float) -> None:
        link = self.pdf.link_at(self.page, x, y) if self.pdf is not None else None
        if link is None:
            return
        if link.kind == LinkKind.PAGE and link.page is not None:
            self.go_to(link.page)
        elif link.kind == LinkKind.WEB:
            self.dialog = ask_to_open(self, QUrl(link.url))
        else:
            log.info("not following a PDF link that starts a program, opens a file or runs a script")
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Link not followed"),
                              self.tr("This link would start a program or open a file outside the course, "
                                      "so it was not followed."), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.dialog = box

    def print_pdf(self) -> None:
        if self.pdf is not None:
            self.dialog = ask_print_pdf(self, self.pdf)

    def print_to(self, printer: QPrinter) -> None:
        if self.pdf is not None:
            print_pages(self.pdf, printer)
