"""Where the learner is: the open course, module and lesson, and which page shows.

One small object, shared by the panels (like a QItemSelectionModel shared by several views): a
panel reads it and listens to its specific signals, and asks it for a lesson, instead of reaching
into the main window or its siblings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from smartcourse_desktop.courses.model import Course, Lesson, Module


class Navigator(QObject):
    course_changed = Signal(object)  # Course | None: the course on the course page
    lesson_changed = Signal(object)  # Lesson | None: the lesson open on the course page
    module_changed = Signal(object)  # Module | None: the module whose overview shows (no lesson open)
    page_changed = Signal(bool)  # True while the course page shows, False for the library
    selection_changed = Signal(object)  # Course | None: the course selected in the library
    progress_changed = Signal(str)  # course id whose record the learner changed (e.g. a lesson done)
    records_replaced = Signal()  # the whole record changed under the views (reset, restored backup)
    lesson_requested = Signal(str, str, object)  # course id, lesson id, start in seconds or None
    module_requested = Signal(str, str)  # course id, module id: show the module's overview

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._course: Course | None = None
        self._lesson: Lesson | None = None
        self._module: Module | None = None
        self._selected: Course | None = None
        self._on_course_page = False

    @property
    def course(self) -> Course | None:
        return self._course

    @property
    def lesson(self) -> Lesson | None:
        return self._lesson

    @property
    def module(self) -> Module | None:
        """The open lesson's module, or the module whose overview shows."""
        if self._course is None or self._lesson is None:
            return self._module
        return self._course.module_of(self._lesson.id)

    @property
    def selected(self) -> Course | None:
        return self._selected

    @property
    def on_course_page(self) -> bool:
        return self._on_course_page

    def target_course(self) -> Course | None:
        """The course a course-wide command acts on: the open one on the course page, else the
        one selected in the library."""
        if self._on_course_page and self._course is not None:
            return self._course
        return self._selected

    def set_course(self, course: Course | None) -> None:
        self._course = course
        self._lesson = self._module = None
        self.course_changed.emit(course)

    def set_lesson(self, lesson: Lesson | None) -> None:
        self._lesson, self._module = lesson, None
        self.lesson_changed.emit(lesson)

    def set_module(self, module: Module | None) -> None:
        """A module's overview shows: no lesson is open."""
        self._lesson, self._module = None, module
        self.lesson_changed.emit(None)
        self.module_changed.emit(module)

    def set_on_course_page(self, shown: bool) -> None:
        if shown != self._on_course_page:
            self._on_course_page = shown
            self.page_changed.emit(shown)

    def set_selected(self, course: Course | None) -> None:
        self._selected = course
        self.selection_changed.emit(course)

    def request_lesson(self, course_id: str, lesson_id: str, start: float | None = None) -> None:
        """Ask for a lesson to open (a lecture from `start`, else where the learner left it)."""
        self.lesson_requested.emit(course_id, lesson_id, start)

    def request_module(self, course_id: str, module_id: str) -> None:
        """Ask for a module's overview (its summary, lessons, reflection questions and notes)."""
        self.module_requested.emit(course_id, module_id)
