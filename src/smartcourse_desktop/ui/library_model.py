"""The list of installed courses as a Qt model, one row a course card."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from smartcourse_desktop.courses.library import InstalledCourse
from smartcourse_desktop.ui.text import duration_text, embedded, plain_tooltip, size_text

Index = QModelIndex | QPersistentModelIndex


@dataclass
class CourseCard:
    installed: InstalledCourse
    progress: float
    disk_size: int | None = None  # bytes, once measured


class LibraryModel(QAbstractListModel):
    CardRole = Qt.ItemDataRole.UserRole + 1
    CourseIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[CourseCard] = []

    def set_cards(self, cards: list[CourseCard]) -> None:
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def update_progress(self, course_id: str, progress: float) -> None:
        for row, card in enumerate(self._cards):
            if card.installed.course.id == course_id:
                card.progress = progress
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def update_size(self, course_id: str, size: int) -> None:
        row = self.row_of(course_id)
        if row >= 0:
            self._cards[row].disk_size = size
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def card(self, row: int) -> CourseCard:
        return self._cards[row]

    def row_of(self, course_id: str) -> int:
        return next((r for r, c in enumerate(self._cards) if c.installed.course.id == course_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == self.CardRole:
            return card
        if role == self.CourseIdRole:
            return card.installed.course.id
        if role == Qt.ItemDataRole.DisplayRole:
            return card.installed.course.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.summary(card))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.summary(card)
        return None

    def summary(self, card: CourseCard) -> str:
        course = card.installed.course
        text = self.tr("%1 by %2. %n module(s), %3, %4% complete.", "", len(course.modules)) \
            .replace("%1", embedded(course.title)).replace("%2", embedded(course.publisher)) \
            .replace("%3", duration_text(course.duration)).replace("%4", str(round(card.progress * 100)))
        if card.disk_size is None:
            return text
        return text + " " + self.tr("%1 on disk.").replace("%1", size_text(card.disk_size))
