"""The library page: a grid of course cards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.ui.course_details import CourseDetails
from smartcourse_desktop.ui.library_model import CourseCard, LibraryModel
from smartcourse_desktop.ui.text import duration_text, size_text

CARD = QSize(340, 204)
PAD = 16


class CourseCardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: CourseCard = index.data(LibraryModel.CardRole)
        palette = option.palette
        rect = option.rect.adjusted(6, 6, -6, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role = QPalette.ColorRole.Highlight if selected or focused else QPalette.ColorRole.Mid
        painter.setPen(palette.color(role))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 10, 10)
        band = QRect(rect.left() + 1, rect.top() + 1, rect.width() - 1, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(band, 4, 4)
        inner = rect.adjusted(PAD, PAD + 6, -PAD, -PAD)
        self._draw_text(painter, option, card, inner)
        self._draw_progress(painter, palette, card.progress, inner)
        painter.restore()

    def _draw_text(self, painter: QPainter, option: QStyleOptionViewItem, card: CourseCard, inner: QRect) -> None:
        course = card.installed.course
        palette = option.palette
        title_font = QFont(option.font)
        title_font.setPointSizeF(option.font.pointSizeF() * 1.35)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_rect = QRect(inner.left(), inner.top(), inner.width(), 62)
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, course.title)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        lines = [
            course.publisher,
            self.tr("%n module(s) · %1", "", len(course.modules)).replace("%1", duration_text(course.duration)),
        ]
        if card.disk_size is not None:
            lines.append(self.tr("%1 on disk").replace("%1", size_text(card.disk_size)))
        y = inner.top() + 68
        for line in lines:
            painter.drawText(QRect(inner.left(), y, inner.width(), 20), Qt.AlignmentFlag.AlignLeft, line)
            y += 22

    def _draw_progress(self, painter: QPainter, palette: QPalette, progress: float, inner: QRect) -> None:
        bar = QRect(inner.left(), inner.bottom() - 8, inner.width() - 60, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(bar, 4, 4)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * progress), 8), 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(bar.right() + 8, bar.top() - 6, 52, 20), Qt.AlignmentFlag.AlignRight,
                         self.tr("%1%").replace("%1", str(round(progress * 100))))


class LibraryView(QWidget):
    """Emits `course_activated(course_id)` when a card is opened by click, Enter or double-click."""

    course_activated = Signal(str)
    continue_requested = Signal(str)
    remove_requested = Signal()

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Your courses"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(
            self.tr("Open a course with a double-click or Enter. Import more with File ▸ Import course…"))
        self.hint.setWordWrap(True)
        self.cards = QListView()
        self.cards.setObjectName("courseCards")
        self.cards.setAccessibleName(self.tr("Courses"))
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setSpacing(4)
        self.cards.setUniformItemSizes(True)
        self.cards.setItemDelegate(CourseCardDelegate(self.cards))
        self.cards.setModel(model)
        self.cards.activated.connect(self._activated)
        remove = QAction(self.tr("Remove course…"), self.cards)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_requested)
        self.cards.addAction(remove)
        self.cards.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.details = CourseDetails()
        self.details.open_requested.connect(self.course_activated)
        self.details.continue_requested.connect(self.continue_requested)
        self.cards.selectionModel().currentChanged.connect(lambda index, _old: self._show_details(index))
        model.modelReset.connect(lambda: self._show_details(self.cards.currentIndex()))
        model.dataChanged.connect(lambda *_args: self._show_details(self.cards.currentIndex()))
        row = QHBoxLayout()
        row.addWidget(self.cards, 3)
        row.addWidget(self.details, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row, 1)
        self.setFocusProxy(self.cards)

    def _show_details(self, index: QModelIndex) -> None:
        self.details.show_card(index.data(LibraryModel.CardRole) if index.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.course_activated.emit(index.data(LibraryModel.CourseIdRole))

    def selected_course_id(self) -> str | None:
        index = self.cards.currentIndex()
        return index.data(LibraryModel.CourseIdRole) if index.isValid() else None
