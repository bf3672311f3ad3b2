"""The chapter list: one line per chapter mark of the lecture; choosing one jumps there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from smartcourse_desktop.courses.model import Chapter
from smartcourse_desktop.records.notes import clock


class ChapterList(QListWidget):
    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chapterList")
        self.setAccessibleName(self.tr("Chapters"))
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def set_chapters(self, chapters: tuple[Chapter, ...]) -> None:
        self.clear()
        for chapter in chapters:
            item = QListWidgetItem(f"{clock(chapter.start)}  {chapter.title}")
            item.setData(Qt.ItemDataRole.UserRole, chapter.start)
            self.addItem(item)

    def set_position(self, seconds: float) -> None:
        """Highlight the chapter being played."""
        starts = [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]
        current = max((row for row, start in enumerate(starts) if start <= seconds + 0.05), default=-1)
        if current >= 0 and current != self.currentRow():
            self.setCurrentRow(current)

    def _activated(self, item: QListWidgetItem) -> None:
        self.seek_requested.emit(float(item.data(Qt.ItemDataRole.UserRole)))
