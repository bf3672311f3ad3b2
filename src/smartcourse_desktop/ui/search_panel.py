"""Course search (Ctrl+K): a field whose results update as you type, each a snippet with the
matched words highlighted. Enter or a click opens the hit; Down moves from the field to the list."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.reading.search_index import MARK_END, MARK_START, HitKind, SearchHit, index_missing
from smartcourse_desktop.records.notes import clock
from smartcourse_desktop.system.paths import Paths
from smartcourse_desktop.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 150

Search = Callable[[str], list[SearchHit]]


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.course_titles: dict[str, str] = {}  # course id → title; results name it when there are several

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.label(hit)}: {hit.snippet.replace(MARK_START, '').replace(MARK_END, '')}"
        if role == HTML_ROLE:
            return self.html(hit)
        if role == HIT_ROLE:
            return hit
        return None

    def label(self, hit: SearchHit) -> str:
        kind = {HitKind.TITLE: self.tr("Lesson"), HitKind.READING: self.tr("Reading"),
                HitKind.CAPTION: self.tr("Lecture"), HitKind.TRANSCRIPT: self.tr("Transcript")}[hit.kind]
        parts = [hit.lesson_title, kind]
        if hit.start is not None:
            parts.append(self.tr("at %1").replace("%1", clock(hit.start)))
        if hit.heading and hit.heading != hit.lesson_title and hit.kind == HitKind.READING:
            parts.append(hit.heading)
        if len(self.course_titles) > 1:
            parts.append(self.course_titles.get(hit.course_id, hit.course_id))
        return " · ".join(parts)

    def html(self, hit: SearchHit) -> str:
        snippet = html.escape(hit.snippet).replace(MARK_START, '<span style="background-color:#ffe066; color:#000000">')
        first, _, rest = html.escape(self.label(hit)).partition(" · ")
        return f"<b>{first}</b> · <small>{rest}</small><br>{snippet.replace(MARK_END, '</span>')}"

Index = QModelIndex | QPersistentModelIndex


class HitDelegate(QStyledItemDelegate):
    """Draws a result's rich text (its title line and highlighted snippet), wrapped to the view."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE))
        document.setTextWidth(max(option.rect.width(), self._view.viewport().width()) - 8)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 4)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        size = self._document(option, index).size()
        return QSize(int(size.width()), int(size.height()) + 8)


class SearchPanel(QDockWidget):
    hit_activated = Signal(object)

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search"), parent)
        self.setObjectName("searchPanel")
        self._search = search
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search titles, readings and lectures"))
        self.field.setAccessibleName(self.tr("Search the courses"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self.timer.start)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.setMinimumWidth(320)

    def open_search(self) -> None:
        self.show()
        self.raise_()
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        hits = self._search(text) if text else []
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
            self.status.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.status.setText(self.tr("No results") if text else "")

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_search() if self.timer.isActive() else None
                self._activated(self.results.currentIndex())
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(index.data(HIT_ROLE))


def index_in_background(courses: Iterable[Course], paths: Paths, on_done: Callable[[list[str]], None]) -> Task:
    """Index the installed courses that are not indexed yet, off the GUI thread."""
    courses = list(courses)
    return run_task(
        lambda reporter: index_missing(courses, paths, reporter.cancelled),
        on_done,
        lambda exc: log.warning("could not build the search index: %s", exc),
    )
