"""The course page: a bar with the course's title and progress, the outline and the lesson pane."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.progress import ProgressMap, course_fraction
from smartcourse_desktop.ui.course_outline import CourseOutline
from smartcourse_desktop.ui.lesson_pane import LessonPane
from smartcourse_desktop.ui.text import plain


class CoursePage(QWidget):
    back_requested = Signal()
    continue_requested = Signal()

    def __init__(self, lesson_pane: LessonPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course: Course | None = None
        self.back_button = QPushButton(self.tr("◀ Library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = plain(QLabel())
        self.title.setObjectName("courseTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Course progress"))
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("%p% complete"))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue with the next unfinished lesson"))
        self.continue_button.clicked.connect(self.continue_requested)
        self.bar = bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.continue_button)
        self.outline = CourseOutline()
        self.lesson_pane = lesson_pane
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("courseSplitter")
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.lesson_pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def add_bar_action(self, action: QAction, text: str) -> None:
        """A toggle in the bar above the lesson, e.g. the notes panel."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setText(text)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bar.insertWidget(self.bar.count() - 1, button)

    def set_course(self, course: Course, progress: ProgressMap) -> None:
        self.course = course
        self.title.setText(course.title)
        self.outline.set_course(course, progress)
        self.lesson_pane.show_nothing()
        self.update_progress(progress)

    def update_progress(self, progress: ProgressMap) -> None:
        if self.course is None:
            return
        self.progress.setValue(round(course_fraction(self.course, progress) * 100))
        self.outline.update_progress(progress)
