"""The course page: a bar with the course's title and progress, the outline and the lesson pane."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.progress import ProgressMap, course_fraction, is_done
from smartcourse_desktop.ui.course_outline import CourseOutline
from smartcourse_desktop.ui.lesson_pane import LessonPane
from smartcourse_desktop.ui.text import plain_tooltip

OUTLINE_EXTRA_CHARS = 12  # the outline's first width: this much more title than its minimum


class ElidedLabel(QLabel):
    """A one-line plain-text label that gives up width by eliding what it paints (its text, and so
    its accessible name, stays whole): a long course title must not widen the window beyond a small screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(),
                                  text, self.foregroundRole())


class CoursePage(QWidget):
    """Emits `outline_resized(width)` when the learner drags the outline's edge."""

    back_requested = Signal()
    continue_requested = Signal()
    outline_resized = Signal(int)

    def __init__(self, lesson_pane: LessonPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course: Course | None = None
        self._bar_buttons: dict[QAction, QToolButton] = {}
        self.back_button = QPushButton(self.tr("◀ Library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = ElidedLabel()
        self.title.setObjectName("courseTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.chip = self._progress_chip()
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue with the next unfinished lesson"))
        self.continue_button.clicked.connect(self.continue_requested)
        self.bar = bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.chip)
        bar.addWidget(self.continue_button)
        self.outline = CourseOutline()
        self.lesson_pane = lesson_pane
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("courseSplitter")
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.lesson_pane)
        self.splitter.setStretchFactor(0, 0)  # a wider window widens the lesson; the outline keeps its width
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.set_outline_width(0)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self.outline_resized.emit(self.outline.width()))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _progress_chip(self) -> QWidget:
        """The course's progress: a thin bar with "45% complete" beside it, so that the fill never
        lies under the digits (in a bar's own text, part of them would sit on the fill colour)."""
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Course progress"))
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(self.fontMetrics().averageCharWidth() * 10, self.fontMetrics().height() // 2)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("progressText")
        chip = QWidget()
        chip.setObjectName("progressChip")
        layout = QHBoxLayout(chip)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.progress_text)
        return chip

    def add_bar_action(self, action: QAction, text: str) -> None:
        """A toggle in the bar above the lesson, e.g. the notes panel."""
        action.setIconText(text)  # a text-only tool button shows it, and Qt resets the button's text on each toggle
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._bar_buttons[action] = button
        self.add_bar_widget(button)

    def add_bar_widget(self, widget: QWidget) -> None:
        """A widget in the bar, before the Continue button."""
        self.bar.insertWidget(self.bar.count() - 1, widget)

    def set_bar_action_visible(self, action: QAction, visible: bool) -> None:
        button = self._bar_buttons.get(action)
        if button is not None:
            button.setVisible(visible)

    def set_outline_width(self, width: int) -> None:
        """The outline's width as the learner left it (0: a first width, a little over its minimum)."""
        width = width or self.outline.minimum_width() + self.fontMetrics().averageCharWidth() * OUTLINE_EXTRA_CHARS
        self.splitter.setSizes([width, max(self.splitter.width() - width, 1)])

    def set_course(self, course: Course, progress: ProgressMap) -> None:
        self.course = course
        self.title.setText(course.title)
        self.title.setToolTip(plain_tooltip(course.title))
        self.outline.set_course(course, progress)
        self.lesson_pane.show_nothing()
        self.update_progress(progress)

    def update_progress(self, progress: ProgressMap) -> None:
        if self.course is None:
            return
        fraction = course_fraction(self.course, progress)
        percent = round(fraction * 100)
        self.progress.setValue(percent)
        self.progress_text.setText(self.tr("%1% complete").replace("%1", str(percent)))
        done = sum(is_done(lesson, progress) for lesson in self.course.lessons)
        self.progress.setAccessibleDescription(self.tr("%1 of %2 lessons done").replace("%1", str(done))
                                               .replace("%2", str(len(self.course.lessons))))
        self.outline.update_progress(progress)
        finished = fraction >= 1.0  # then "Continue" offers to review: it opens the first lesson, resets nothing
        self.continue_button.setText(self.tr("Review") if finished else self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Review the completed course from its first lesson")
                                               if finished else self.tr("Continue with the next unfinished lesson"))
