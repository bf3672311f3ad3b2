"""A PDF reading: one page at a time, with page navigation, zoom and fit-to-width, find (Ctrl+F),
contents from the PDF outline, text selection and copy, print, and links followed only after asking.

Pages are rendered by PDFium (reading/pdf.py) at the screen's pixel ratio, off the GUI thread: a
page usually takes under 20 ms (benchmarks/bench_pdf.py), but a hostile page can take far longer,
and the window must stay responsive meanwhile.

Completion: the same rule as Markdown readings (ui/reading_view.py): reaching the last page
(`scrolled_to_end`; a one-page PDF after FIT_DWELL_MS on screen) counts as read once the
plausible reading time was spent. The position is the
page as a 0..1 fraction, emitted through `position_changed`, as the Markdown view does.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.reading.pdf import Box, LinkKind, PdfReading, RenderedPage
from smartcourse_desktop.ui.find_bar import tool_button
from smartcourse_desktop.ui.pdf_find import PdfFindBar
from smartcourse_desktop.ui.pdf_page import PdfPageWidget, ask_print_pdf, page_image, print_pages
from smartcourse_desktop.ui.system_open import ask_to_open
from smartcourse_desktop.ui.tasks import run_task
from smartcourse_desktop.ui.wrapping_delegate import wrapping_tree

log = logging.getLogger(__name__)

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.25, 4.0, 1.2
PAGE_MARGIN = 24


class PdfView(QWidget):
    scrolled_to_end = Signal()
    position_changed = Signal(str, str, float)  # course id, lesson id, fraction
    page_shown = Signal(int)  # a page's picture is on screen
    render_error = Signal(str)

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
        self._wanted: tuple = (None, 0, 1.0, 1.0)
        self._rendering = False
        self.page_widget = PdfPageWidget()
        self.page_widget.clicked.connect(self._clicked)
        self.page_widget.selected.connect(self._selected)
        self.pages_area = QScrollArea()
        self.pages_area.setWidget(self.page_widget)
        self.pages_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fit-width stays put
        self.pages_area.setAccessibleName(self.tr("PDF pages"))
        self.toc = wrapping_tree()
        self.toc.setObjectName("pdfContents")
        self.toc.setHeaderLabel(self.tr("Contents"))
        self.toc.setAccessibleName(self.tr("Contents of this PDF"))
        self.toc.itemActivated.connect(self._toc_activated)
        self.toc.itemClicked.connect(self._toc_activated)
        self.find_bar = PdfFindBar(lambda: self.page)
        self.find_bar.page_wanted.connect(self.go_to)
        self.find_bar.highlights_changed.connect(self._show_highlights)
        self._build(self._toolbar(), self.find_bar)
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
        self.find_bar.set_document(reading)
        self.page = -1
        self._show_page(round(min(max(position, 0.0), 1.0) * (count - 1)), restoring=True)
        if count == 1 and self.isVisible():
            self.dwell_timer.start()

    def close_pdf(self) -> None:
        self.dwell_timer.stop()
        self.find_bar.set_document(None)
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

    def at_end(self) -> bool:
        """The last page of the open PDF is shown."""
        return self.pdf is not None and self.page >= self.pdf.page_count - 1

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
        """Render the current page off the GUI thread; while one render runs, later requests
        collapse into one, so zooming fast never queues a backlog."""
        if self.pdf is None:
            return
        ratio = self.devicePixelRatioF()
        self._wanted = (self.pdf, self.page, self._scale() * ratio, ratio)
        if not self._rendering:
            self._start_render()

    def _start_render(self) -> None:
        request = self._wanted
        pdf, page, scale, _ratio = request
        self._rendering = True
        # bound methods, not lambdas: Qt drops the connection if this view is deleted first
        run_task(lambda _reporter: (request, pdf.render(page, scale), pdf.page_text(page)), self._rendered,
                 self._render_failed)

    def _rendered(self, result: tuple[tuple, RenderedPage, str]) -> None:
        """Show the page, and give its text to screen readers (the picture alone says nothing)."""
        request, rendered, text = result
        self._rendering = False
        if request != self._wanted:
            self._start_render()
            return
        pdf, page, _scale, ratio = request
        image = page_image(rendered)
        image.setDevicePixelRatio(ratio)
        self.page_widget.set_page(image, image.width() / ratio / pdf.page_size(page)[0])
        self.page_widget.setAccessibleDescription(text)
        self._show_highlights()
        self.page_shown.emit(page)

    def _render_failed(self, error: BaseException) -> None:
        self._rendering = False
        log.warning("%s", error)
        if self.pdf is not None and self._wanted[0] is self.pdf:
            self.page_widget.set_page(QImage(), 1.0)
            self.render_error.emit(str(error))

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
        self.find_bar.open_bar()

    def close_find(self) -> None:
        self.find_bar.close_bar()

    def _show_highlights(self) -> None:
        on_page, current = self.find_bar.boxes_on(self.page)
        self.page_widget.set_highlights(on_page, current)
        if current:
            rect = self.page_widget.rect_of(current[0])
            margin = self.pages_area.viewport().height() // 3
            self.pages_area.ensureVisible(rect.center().x(), rect.center().y(), 50, margin)

    def reveal(self, page: int, terms: list[str], phrase: str = "") -> None:
        """Open a search hit: its page, with the match highlighted."""
        self.go_to(page)
        self.find_bar.show_hit(page, terms, phrase)

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
