"""The library page: a grid of course cards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.ui.course_details import CourseDetails
from smartcourse_desktop.ui.library_model import CourseCard, LibraryModel
from smartcourse_desktop.ui.text import duration_text, size_text

CARD = QSize(340, 204)  # at the usual 9–10 pt font; larger fonts make larger cards
PAD = 16
TITLE_SCALE = 1.35


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    title.setBold(True)
    return title


def _title_height(font: QFont) -> int:
    return 2 * QFontMetrics(_title_font(font)).lineSpacing() + 6


def _line_height(font: QFont) -> int:
    return QFontMetrics(font).lineSpacing() + 2


class CourseCardDelegate(QStyledItemDelegate):
    """Draws a course card. Selection and focus come from the view, not from `option.state`, whose
    type (QStyle's flags) would cost the first window more start-up time than all its cards."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Two title lines, three fact lines and the progress bar, in the font the OS gives."""
        font = option.font
        height = 12 + 2 * PAD + 6 + _title_height(font) + 3 * _line_height(font) + _line_height(font)
        width = max(CARD.width(), QFontMetrics(font).averageCharWidth() * 40)
        return QSize(width, max(CARD.height(), height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: CourseCard = index.data(LibraryModel.CardRole)
        palette = option.palette
        rect = option.rect.adjusted(6, 6, -6, -6)
        selected = self.view.selectionModel().isSelected(index)
        focused = self.view.hasFocus() and self.view.currentIndex() == index
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
        painter.setFont(_title_font(option.font))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_rect = QRect(inner.left(), inner.top(), inner.width(), _title_height(option.font))
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, course.title)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        lines = [
            course.publisher,
            self.tr("%n module(s) · %1", "", len(course.modules)).replace("%1", duration_text(course.duration)),
        ]
        if card.disk_size is not None:
            lines.append(self.tr("%1 on disk").replace("%1", size_text(card.disk_size)))
        y = title_rect.bottom() + 6
        line_height = _line_height(option.font)
        for line in lines:
            painter.drawText(QRect(inner.left(), y, inner.width(), line_height), Qt.AlignmentFlag.AlignLeft, line)
            y += line_height

    def _draw_progress(self, painter: QPainter, palette: QPalette, progress: float, inner: QRect) -> None:
        label_width = QFontMetrics(painter.font()).horizontalAdvance("100%") + 8
        bar = QRect(inner.left(), inner.bottom() - 8, inner.width() - label_width - 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(bar, 4, 4)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * progress), 8), 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        height = _line_height(painter.font())
        label = QRect(bar.right() + 8, bar.center().y() - height // 2, label_width, height)
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
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
