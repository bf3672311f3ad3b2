"""The lesson pane: the open lesson's heading and its content, a reading or a lecture."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course, Lesson, LessonKind, Module
from smartcourse_desktop.reading.markdown import ReadingSource
from smartcourse_desktop.reading.pdf import page_of_anchor
from smartcourse_desktop.reading.search_index import HitKind, SearchHit
from smartcourse_desktop.records.completion import SELF_REPORTED, kind_of
from smartcourse_desktop.records.store import LessonProgress
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.ui.module_overview import ModuleOverview
from smartcourse_desktop.ui.pdf_view import PdfView
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.reading_view import ReadingView
from smartcourse_desktop.ui.text import duration_text, embedded, plain

if TYPE_CHECKING:
    from smartcourse_desktop.records.progress import ProgressMap

log = logging.getLogger(__name__)


class LessonPane(QWidget):
    """Emits `completed(lesson_id)` when the learner finishes the open lesson, or `done_by_hand(lesson_id)`
    when they press "Mark as done" (the organisation's records tell the two apart). A reading's end
    only emits `end_reached(lesson_id)`: its owner decides (the plausible-time rule) and calls
    `complete_reading`. "Mark as not done" on a done lesson emits `undo_requested(lesson_id)`."""

    completed = Signal(str)
    done_by_hand = Signal(str)
    end_reached = Signal(str)
    undo_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, player: PlayerWidget | None = None,
                 overview: ModuleOverview | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPane")
        self.player = player
        self._lesson: Lesson | None = None
        self._self_reported = False  # the open lesson is done by the learner's word only: reading it may verify it
        self.requested_start: float | None = None
        self.title = plain(QLabel())
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain(QLabel())
        self.subtitle.setObjectName("lessonSubtitle")
        self.done_button = QPushButton(self.tr("Mark as done"))
        self.done_button.setAccessibleDescription(self.tr("Mark this lesson as done"))
        self.done_button.clicked.connect(lambda: self._mark_done(by_hand=True))
        self.undo_button = QPushButton(self.tr("Mark as not done"))
        self.undo_button.setAccessibleName(self.tr("Mark this lesson as not done"))
        self.undo_button.clicked.connect(self._undo)
        self.reading = ReadingView()
        self.reading.scrolled_to_end.connect(self._reached_end)
        self.pdf = PdfView()
        self.pdf.scrolled_to_end.connect(self._reached_end)
        self.lecture = plain(QLabel())
        self.lecture.setObjectName("lecturePlaceholder")
        self.lecture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lecture.setWordWrap(True)
        self.lecture.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(self.tr("Choose a lesson from the outline."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.empty, self.reading, self.pdf, self.lecture):
            self.stack.addWidget(page)
        self.overview = overview  # a module's page, shown when a module and no lesson is chosen
        if overview is not None:
            self.stack.addWidget(overview)
        if player is not None:
            self.stack.addWidget(player)
            player.completed.connect(self._lecture_completed)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.show_nothing()

    @property
    def lesson(self) -> Lesson | None:
        return self._lesson

    def show_nothing(self) -> None:
        self._lesson = None
        if self.player is not None:
            self.player.close_lesson()
        self.title.setText("")
        self.title.setAccessibleName(self.tr("No lesson open"))
        self.subtitle.setText("")
        self.done_button.hide()
        self.undo_button.hide()
        self.stack.setCurrentWidget(self.empty)

    def show_module(self, course: Course, module: Module, progress: ProgressMap) -> None:
        """The module's overview instead of a lesson (or the empty page, without an overview)."""
        self.show_nothing()
        self.title.setText(module.title)
        if self.overview is not None:
            self.pdf.close_pdf()
            self.overview.show_module(course, module, progress)
            self.subtitle.setText(self.overview.subtitle(progress))
            self.stack.setCurrentWidget(self.overview)

    def update_module_progress(self, progress: ProgressMap) -> None:
        """A change in the record while a module's overview shows: its done marks and share."""
        if self.showing_module() is not None and self.overview is not None:
            self.overview.update_progress(progress)
            self.subtitle.setText(self.overview.subtitle(progress))

    def showing_module(self) -> Module | None:
        """The module whose overview shows, if one does."""
        shown = self.overview is not None and self.stack.currentWidget() is self.overview
        return self.overview.module if shown and self.overview is not None else None

    def show_lesson(self, course: Course, lesson: Lesson, record: LessonProgress) -> None:
        self._lesson = lesson
        if not lesson.is_pdf:
            self.pdf.close_pdf()  # an open file would block removing the course on Windows
        module = course.module_of(lesson.id)
        self.title.setText(lesson.title)
        self.title.setAccessibleName(lesson.title)
        kind = {LessonKind.VIDEO: self.tr("Video lecture"), LessonKind.AUDIO: self.tr("Audio lecture"),
                LessonKind.READING: self.tr("Reading")}[lesson.kind]
        parts = [kind, duration_text(lesson.duration), embedded(module.title) if module else ""]
        self.subtitle.setText(" · ".join(filter(None, parts)))
        self._self_reported = kind_of(lesson, record) in SELF_REPORTED
        if record.completed:
            self._show_done()
        else:
            self.show_not_done(lesson.id)
        if self.player is not None and lesson.kind != LessonKind.READING:
            self.player.open_lesson(course, lesson, record, self.requested_start)
            self.requested_start = None
            self.stack.setCurrentWidget(self.player)
            return
        if self.player is not None:
            self.player.close_lesson()
        if lesson.kind == LessonKind.READING and lesson.is_pdf:
            self._show_pdf(course, lesson, record.position)
        elif lesson.kind == LessonKind.READING and lesson.reading:
            self._show_reading(course, lesson, record.position)
        else:
            self.lecture.setText(self.tr("Lecture: %1").replace("%1", embedded(lesson.title)))
            self.stack.setCurrentWidget(self.lecture)

    def _show_reading(self, course: Course, lesson: Lesson, position: float = 0.0) -> None:
        try:
            self.reading.show_reading(ReadingSource.of(course, lesson), position)
        except OSError as exc:
            log.warning("cannot open reading %s: %s", lesson.reading, exc)
            self.lecture.setText(self.tr("This reading cannot be opened: %1").replace("%1", str(exc)))
            self.stack.setCurrentWidget(self.lecture)
            return
        self.stack.setCurrentWidget(self.reading)

    def _show_pdf(self, course: Course, lesson: Lesson, position: float) -> None:
        try:
            self.pdf.show_pdf(course.path_of(lesson.reading or ""), course.id, lesson.id, position)
        except SmartCourseError as exc:
            log.warning("cannot open PDF reading %s: %s", lesson.reading, exc)
            self.lecture.setText(self.tr("This reading cannot be opened: %1").replace("%1", str(exc)))
            self.stack.setCurrentWidget(self.lecture)
            return
        self.stack.setCurrentWidget(self.pdf)

    def focus_content(self) -> None:
        """Put the keyboard focus where the learner acts on the open lesson: the picture of a
        lecture, the text of a reading (Markdown or PDF)."""
        page = self.stack.currentWidget()
        if page is self.player and self.player is not None:
            self.player.focus_picture()
        elif page is self.reading:
            self.reading.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is self.pdf:
            self.pdf.pages_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def expect_hit(self, hit: SearchHit) -> None:
        """Before a search hit's lesson opens: a lecture hit asks it to start at the cue
        (`requested_start`, which the lecture picks up, and clears, when it opens)."""
        if hit.kind in (HitKind.CAPTION, HitKind.TRANSCRIPT):
            self.requested_start = hit.start or 0.0

    def start_at(self, seconds: float) -> None:
        """Ask the lecture to play from `seconds`: one showing now seeks at once; one that opens
        later starts there (it reads, and clears, `requested_start`)."""
        seek = getattr(self.stack.currentWidget(), "seek", None)
        if callable(seek):
            seek(seconds)
        else:
            self.requested_start = seconds

    def reveal_hit(self, hit: SearchHit) -> None:
        """Once a search hit's lesson is open: scroll a reading to the hit."""
        if hit.kind == HitKind.READING and self._lesson is not None and self._lesson.is_pdf:
            self.pdf.reveal(page_of_anchor(hit.anchor), hit.terms, hit.phrase)
        elif hit.kind == HitKind.READING:
            self.reading.reveal(hit.anchor, hit.terms, hit.phrase)

    def _lecture_completed(self, lesson_id: str) -> None:
        if self._is_open(lesson_id):
            self._show_done()
        self.completed.emit(lesson_id)

    def _show_done(self) -> None:
        self._swap(self.done_button, self.undo_button)

    @staticmethod
    def _swap(shown: QPushButton, replacement: QPushButton) -> None:
        """Show `replacement` instead of `shown`, keeping the keyboard focus if `shown` had it:
        hiding the focused button would otherwise send the focus on to the next control."""
        replacement.show()
        if shown.hasFocus():
            replacement.setFocus(Qt.FocusReason.OtherFocusReason)
        shown.hide()

    def _undo(self) -> None:
        if self._lesson is not None and self.undo_button.isVisible():
            self.undo_requested.emit(self._lesson.id)

    def mark_done_visible(self, visible: bool) -> None:
        self.done_button.setVisible(visible)

    def _is_open(self, lesson_id: str) -> bool:
        return self._lesson is not None and self._lesson.id == lesson_id

    def show_saving(self, lesson_id: str) -> None:
        """Marked done, not stored yet (another program holds the progress database)."""
        if self._is_open(lesson_id):
            self.done_button.setText(self.tr("Saving…"))
            self.done_button.setEnabled(False)
            self.done_button.show()
            self.undo_button.hide()

    def show_not_done(self, lesson_id: str) -> None:
        if self._is_open(lesson_id):
            self.done_button.setText(self.tr("Mark as done"))
            self.done_button.setEnabled(True)
            self._swap(self.undo_button, self.done_button)
            self._self_reported = False

    def show_stored(self, lesson_id: str) -> None:
        if self._is_open(lesson_id):
            self._show_done()

    def _may_be_read(self) -> bool:
        """Reaching the open reading's end may still count: it is not done, or done by hand only."""
        return self.done_button.isVisible() or self._self_reported

    def _reached_end(self) -> None:
        if self._lesson is not None and self._may_be_read():
            self.end_reached.emit(self._lesson.id)

    def at_end(self, lesson_id: str) -> bool:
        """The reading `lesson_id` is open here, not read yet, with its end in view."""
        if not self._is_open(lesson_id) or not self._may_be_read():
            return False
        view = self.pdf if self.stack.currentWidget() is self.pdf else self.reading
        return self.stack.currentWidget() is view and view.at_end()

    def complete_reading(self, lesson_id: str) -> None:
        """The open reading counts as read (its end was reached with a plausible time spent on it)."""
        if self._is_open(lesson_id) and self._self_reported and not self.done_button.isVisible():
            self._self_reported = False  # marked by hand before, read now
            self.completed.emit(lesson_id)
        elif self._is_open(lesson_id):
            self._mark_done()

    def _mark_done(self, by_hand: bool = False) -> None:
        if self._lesson is not None and self.done_button.isVisible():
            self._show_done()
            self._self_reported = by_hand
            (self.done_by_hand if by_hand else self.completed).emit(self._lesson.id)
