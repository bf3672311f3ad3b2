"""A reading, rendered from Markdown into a native text view, with its contents beside it.

Completion: `scrolled_to_end` when the end comes into view (a reading that fits: after FIT_DWELL_MS
on screen); the course controller marks it read only once a plausible share of its reading time
was spent on it (records/progress.py), then or later while `at_end()`. Or "Mark as done".

Scroll memory: the position is a 0..1 fraction of the scroll range, emitted (debounced) through
`position_changed(course_id, lesson_id, fraction)`; the lesson pane's owner stores it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.reading.cache import render_reading
from smartcourse_desktop.reading.markdown import (
    Heading,
    LinkKind,
    Placeholders,
    ReadingSource,
    RenderedReading,
    resolve_link,
)
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.find_bar import FindBar, tool_button
from smartcourse_desktop.ui.print_reading import ask_export_pdf, ask_print, printable_document
from smartcourse_desktop.ui.reading_browser import ReadingBrowser, contents_tree, limits_notice
from smartcourse_desktop.ui.reading_style import present, reading_font, stylesheet
from smartcourse_desktop.ui.system_open import open_with_system
from smartcourse_desktop.ui.tasks import run_task
from smartcourse_desktop.ui.text import QT_TRANSLATE_NOOP, plain, plain_tooltip

log = logging.getLogger(__name__)

MIN_SCALE, MAX_SCALE, SCALE_STEP = 0.5, 3.0, 0.1
TOC_MIN_WIDTH = 760  # narrower than this, the contents start hidden (the button shows them)
QUICK_BYTES = 64 * 1024  # shorter readings render in well under 100 ms: no need to wait for a thread


class ReadingView(QWidget):
    scrolled_to_end = Signal()
    position_changed = Signal(str, str, float)  # course id, lesson id, fraction
    lesson_link_activated = Signal(str, str)
    font_scale_changed = Signal(float)

    FIT_DWELL_MS = 4000
    SAVE_DELAY_MS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setAccessibleName(self.tr("Reading"))
        self.source: ReadingSource | None = None
        self.render_cache: Path | None = None  # see reading_cache.py; set by the window
        self.rendered = RenderedReading("", ())
        self.font_scale = 1.0
        self.confirm_box: QMessageBox | None = None
        self.printer: QPrinter | None = None  # made on first print; keeps the learner's printer choices
        self._pending: float | None = None
        self._restoring = False
        self._toc_hidden: bool | None = None  # None: shown when there is room
        self._generation = 0
        self.browser = ReadingBrowser()
        self.notice = plain(QLabel())
        self.notice.setObjectName("readingNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.toc = self._make_toc()
        self.find_bar = FindBar(self.browser)
        self._build_layout(self._make_toolbar())
        self._make_shortcuts()
        self._make_timers()
        bar = self.browser.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.actionTriggered.connect(self._drop_pending)
        self.find_bar.field.textChanged.connect(self._drop_pending)
        bar.rangeChanged.connect(self._range_changed)
        self.browser.anchorClicked.connect(self._link_clicked)

    # -- construction -----------------------------------------------------------------------
    def _make_toc(self) -> QTreeWidget:
        toc = contents_tree()
        toc.setObjectName("readingContents")
        toc.setHeaderLabel(self.tr("Contents"))
        toc.setAccessibleName(self.tr("Contents of this reading"))
        toc.itemActivated.connect(self._toc_activated)
        toc.itemClicked.connect(self._toc_activated)
        return toc

    def _make_toolbar(self) -> QHBoxLayout:
        self.toc_button = tool_button(self.tr("Contents"), self.tr("Show or hide the contents"), self.toggle_toc)
        self.smaller_button = tool_button(self.tr("A−"), self.tr("Smaller text"), self.zoom_out)
        self.larger_button = tool_button(self.tr("A+"), self.tr("Larger text"), self.zoom_in)
        self.find_button = tool_button(self.tr("Find…"), self.tr("Find in this reading"), self.find_bar.open_bar)
        self.print_button = tool_button(self.tr("Print…"), self.tr("Print this reading"), self.print_reading)
        self.pdf_button = tool_button(self.tr("Export PDF…"), self.tr("Export this reading to PDF"), self.export_pdf)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.toc_button)
        bar.addStretch(1)
        for button in (self.smaller_button, self.larger_button, self.find_button, self.print_button, self.pdf_button):
            bar.addWidget(button)
        return bar

    def _build_layout(self, toolbar: QHBoxLayout) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.toc)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([200, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)

    def _make_shortcuts(self) -> None:
        for keys, slot, _text in _shortcut_table():
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(getattr(self, slot) if slot != "find" else self.find_bar.open_bar)

    def _make_timers(self) -> None:
        self.save_timer = QTimer(self, singleShot=True, interval=self.SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self._save_position)
        self.dwell_timer = QTimer(self, singleShot=True, interval=self.FIT_DWELL_MS)
        self.dwell_timer.timeout.connect(self._dwelled)

    # -- showing a reading ------------------------------------------------------------------
    def show_reading(self, source: ReadingSource, position: float = 0.0) -> None:
        """Show the reading scrolled to `position`: at once when it is short, else rendered off the
        GUI thread while a notice says so. Raises OSError if it cannot be read."""
        self.flush_position()
        self._generation += 1
        placeholders, cache = self._placeholders(), self.render_cache
        if source.path.stat().st_size <= QUICK_BYTES:
            self._apply(source, render_reading(source, placeholders, cache), position)
            return
        generation = self._generation
        self.notice.setText(self.tr("Opening the reading…"))
        self.notice.show()
        run_task(lambda _report: render_reading(source, placeholders, cache),
                 lambda rendered: self._apply(source, rendered, position, generation),
                 lambda exc: self._not_rendered(exc, generation))

    def _apply(self, source: ReadingSource, rendered: RenderedReading, position: float, generation: int = 0) -> None:
        if generation and generation != self._generation:
            return  # another reading was opened meanwhile
        self.source = source
        self.browser.set_root(source.root)
        self.rendered = rendered
        self._pending = min(max(position, 0.0), 1.0) or None
        self._render()
        self._fill_toc(self.rendered.headings)
        self.find_bar.close_bar() if self.find_bar.isVisible() else None
        self.notice.setText(limits_notice(self, rendered.limited))
        self.notice.setVisible(bool(rendered.limited))

    def _not_rendered(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        log.warning("cannot show a reading: %s", exc)
        self.notice.setText(self.tr("This reading cannot be opened: %1").replace("%1", str(exc)))
        self.notice.show()

    def _placeholders(self) -> Placeholders:
        return Placeholders(remote=self.tr("Image not loaded: %1"), removed=self.tr("Image removed"))

    def _render(self) -> None:
        document = self.browser.document()
        document.setDefaultStyleSheet(stylesheet(self.palette()))
        document.setDefaultFont(reading_font(self.font(), self.font_scale))
        if self.source is not None:
            document.setBaseUrl(QUrl.fromLocalFile(str(self.source.path.parent) + "/"))
        self._restoring = True
        self.browser.setHtml(present(self.rendered.html))
        self.browser.verticalScrollBar().setValue(0)
        self._restoring = False
        self.browser.fit_line_width()
        self._range_changed(0, self.browser.verticalScrollBar().maximum())

    def _fill_toc(self, headings: tuple[Heading, ...]) -> None:
        self.toc.clear()
        parents: list[tuple[int, QTreeWidgetItem | QTreeWidget]] = [(0, self.toc)]
        for heading in headings:
            while parents[-1][0] >= heading.level:
                parents.pop()
            item = QTreeWidgetItem(parents[-1][1], [heading.title])
            item.setData(0, Qt.ItemDataRole.UserRole, heading.anchor)
            item.setToolTip(0, plain_tooltip(heading.title))
            parents.append((heading.level, item))
        self.toc.expandAll()
        self._show_toc(self._toc_wanted())

    def _toc_wanted(self) -> bool:
        hidden = self.width() < TOC_MIN_WIDTH if self._toc_hidden is None else self._toc_hidden
        return len(self.rendered.headings) > 1 and not hidden

    def _show_toc(self, visible: bool) -> None:
        self.toc.setVisible(visible)
        sizes = self.splitter.sizes()
        if visible and sizes[0] < 120:  # the splitter squeezed it while it was hidden
            self.splitter.setSizes([200, max(sum(sizes) - 200, 200)])

    def toggle_toc(self) -> None:
        self._toc_hidden = self.toc.isVisible()
        self._show_toc(self._toc_wanted())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._toc_hidden is None and self.toc.isVisible() != self._toc_wanted():
            self._show_toc(self._toc_wanted())

    def _toc_activated(self, item: QTreeWidgetItem) -> None:
        self.go_to_anchor(item.data(0, Qt.ItemDataRole.UserRole))

    def go_to_anchor(self, anchor: str) -> None:
        self._pending = None
        self.browser.go_to(anchor)

    def toPlainText(self) -> str:
        return self.browser.toPlainText()

    def document(self) -> QTextDocument:
        return self.browser.document()

    # -- font scale -------------------------------------------------------------------------
    def set_font_scale(self, scale: float) -> None:
        scale = round(min(max(scale, MIN_SCALE), MAX_SCALE), 2)
        if scale == self.font_scale:
            return
        fraction = self.fraction()
        self.font_scale = scale
        self.browser.document().setDefaultFont(reading_font(self.font(), scale))
        self.browser.fit_line_width()
        self._pending = fraction or None
        self._range_changed(0, self.browser.verticalScrollBar().maximum())
        self.font_scale_changed.emit(scale)

    def zoom_in(self) -> None:
        self.set_font_scale(self.font_scale + SCALE_STEP)

    def zoom_out(self) -> None:
        self.set_font_scale(self.font_scale - SCALE_STEP)

    def zoom_reset(self) -> None:
        self.set_font_scale(1.0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.source is not None:
            fraction = self.fraction()
            self._render()
            self._pending = fraction or None

    # -- position and completion ------------------------------------------------------------
    def fraction(self) -> float:
        bar = self.browser.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def at_end(self) -> bool:
        """The end of the open reading is in view (it fits, or it is scrolled to the bottom)."""
        bar = self.browser.verticalScrollBar()
        return self.source is not None and bar.value() >= bar.maximum()

    def _drop_pending(self) -> None:
        """The learner moved: a saved position still waiting to be applied no longer counts."""
        self._pending = None

    def _scrolled(self, value: int) -> None:
        if self._restoring:
            return
        bar = self.browser.verticalScrollBar()
        if self._pending is not None:  # the view moved itself while laying out: go back
            self._range_changed(0, bar.maximum())
            return
        if self.source is not None:
            self.save_timer.start()
        if bar.maximum() > 0 and value >= bar.maximum():
            self.scrolled_to_end.emit()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._pending is not None and maximum > 0:
            self._restoring = True
            self.browser.verticalScrollBar().setValue(round(self._pending * maximum))
            self._restoring = False
        if maximum == 0 and self.source is not None and self.isVisible():
            self.dwell_timer.start()
        elif maximum > 0:
            self.dwell_timer.stop()

    def _dwelled(self) -> None:
        if self.isVisible() and self.browser.verticalScrollBar().maximum() == 0:
            self.scrolled_to_end.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._range_changed(0, self.browser.verticalScrollBar().maximum())

    def hideEvent(self, event) -> None:
        self.flush_position()
        self.dwell_timer.stop()
        super().hideEvent(event)

    def flush_position(self) -> None:
        """Save a position still waiting for its debounce timer (before switching or closing)."""
        if self.save_timer.isActive():
            self.save_timer.stop()
            self._save_position()

    def _save_position(self) -> None:
        if self.source is not None:
            self.position_changed.emit(self.source.course_id, self.source.lesson_id, round(self.fraction(), 4))

    # -- search hits ------------------------------------------------------------------------
    def reveal(self, anchor: str, terms: list[str], phrase: str = "") -> None:
        """Scroll to a search hit and select it (see ReadingBrowser.reveal)."""
        self._pending = None
        self.browser.reveal(anchor, terms, phrase)

    # -- links ------------------------------------------------------------------------------
    def _link_clicked(self, url: QUrl) -> None:
        target = resolve_link(url.toString(), self.source)
        same_lesson = target.kind == LinkKind.LESSON and self.source and target.lesson_id == self.source.lesson_id
        if target.kind == LinkKind.ANCHOR or same_lesson:
            self.go_to_anchor(target.anchor)
        elif target.kind == LinkKind.LESSON:
            self.lesson_link_activated.emit(target.lesson_id, target.anchor)
        elif target.kind in (LinkKind.EXTERNAL, LinkKind.COURSE_FILE):
            self._confirm_open(QUrl(target.url), target.kind == LinkKind.EXTERNAL)
        else:
            log.info("ignoring a blocked link %s", url.toString()[:200])

    def _confirm_open(self, url: QUrl, external: bool) -> None:
        question = (self.tr("Open this address in your web browser?\n\n%1") if external
                    else self.tr("Open this file of the course with another program?\n\n%1"))
        shown = url.toString() if external else url.toLocalFile()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open link"), question.replace("%1", shown),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._confirmed(url, result))
        self.confirm_box = show_dialog(box)

    def _confirmed(self, url: QUrl, result: int) -> None:
        if result == QMessageBox.StandardButton.Open:
            open_with_system(url)

    # -- print and export -------------------------------------------------------------------
    def printable(self) -> QTextDocument:
        title = self.rendered.headings[0].title if self.rendered.headings else self.tr("Reading")
        return printable_document(self.rendered.html, self.browser.document().baseUrl(), self.font(), title,
                                  self.browser.resources)

    def print_reading(self) -> None:
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        ask_print(self, self.printer, self.printable())

    def export_pdf(self) -> None:
        self.export_dialog = ask_export_pdf(self, self.printable())


def _standard(key: QKeySequence.StandardKey) -> str:
    return QKeySequence(key).toString()


def _shortcut_table() -> list[tuple[tuple[str, ...], str, str]]:
    """(keys, slot, description) for the reading's shortcuts: installed by the view, listed in Help."""
    return [
        (("Ctrl+=", "Ctrl++"), "zoom_in", QT_TRANSLATE_NOOP("ReadingView", "Larger reading text")),
        (("Ctrl+-",), "zoom_out", QT_TRANSLATE_NOOP("ReadingView", "Smaller reading text")),
        (("Ctrl+0",), "zoom_reset", QT_TRANSLATE_NOOP("ReadingView", "Reading text at normal size")),
        ((_standard(QKeySequence.StandardKey.Find),), "find", QT_TRANSLATE_NOOP("ReadingView", "Find in the reading")),
        ((_standard(QKeySequence.StandardKey.Print),), "print_reading",
         QT_TRANSLATE_NOOP("ReadingView", "Print the reading")),
    ]


def reading_shortcut_rows() -> list[tuple[str, str]]:
    """(description, key) rows for Help ▸ Keyboard shortcuts."""
    return [(QCoreApplication.translate("ReadingView", text), keys[0]) for keys, _slot, text in _shortcut_table()]
