"""The moment a course is finished (issue #12.8): a notice that says so, with the way to the certificate.

It follows the navigator: the open course's percentage is remembered when the course opens, and
when a completion brings it to 100 % the notice shows, once, non-modally. Asked for the certificate
too early, `not_yet` says why and leads to the first lesson left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.completion import missing_for_certificate
from smartcourse_desktop.records.progress import course_fraction
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.navigator import Navigator
from smartcourse_desktop.ui.text import embedded

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

LISTED = 5  # lessons named in the notice when some don't count for the certificate yet


class CourseFinished(QObject):
    def __init__(self, store: Store, navigator: Navigator, show_certificate: Callable[[], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.navigator, self.parent_widget = store, navigator, parent
        self.show_certificate = show_certificate
        self._finished: dict[str, bool] = {}  # course id → was at 100 % when last seen
        navigator.course_changed.connect(self._remember)
        navigator.records_replaced.connect(lambda: self._remember(navigator.course))
        navigator.progress_changed.connect(self._progress_changed)

    def _is_finished(self, course: Course) -> bool:
        return course_fraction(course, self.store.course(course.id)) >= 1.0

    def _remember(self, course: Course | None) -> None:
        if course is not None:
            self._finished[course.id] = self._is_finished(course)

    def _progress_changed(self, course_id: str) -> None:
        course = self.navigator.course
        if course is None or course.id != course_id:
            return
        was = self._finished.get(course_id, True)
        now = self._finished[course_id] = self._is_finished(course)
        if now and not was:
            self.tell(course)

    def tell(self, course: Course) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox  # not on the start path (tests/ui/test_startup.py)

        missing = missing_for_certificate(course, self.store.course(course.id))
        text = self.tr("You have completed every lesson of “%1”. Well done!").replace("%1", embedded(course.title))
        if missing:
            titles = "\n".join(f"• {lesson.title}" for lesson in missing[:LISTED])
            text += "\n\n" + self.tr("For the certificate, watch, read or listen to the %n lesson(s) you only"
                                     " marked as done:", "", len(missing)) + "\n" + titles
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Course complete"), text,
                          QMessageBox.StandardButton.Close, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("courseFinished")
        if not missing:
            button = box.addButton(self.tr("Get your certificate…"), QMessageBox.ButtonRole.AcceptRole)
            button.setAccessibleName(self.tr("Open the certificate of this course"))
            button.clicked.connect(self.show_certificate)
            box.setDefaultButton(button)
        return show_dialog(box)

    def not_yet(self, course: Course, missing: list[Lesson], why: str) -> QMessageBox:
        """Why the certificate is not offered yet (`why`, the action's tooltip), said where a
        keyboard or screen-reader user meets it, with the lessons left and the way to the first."""
        from PySide6.QtWidgets import QMessageBox

        text = why + "\n\n" + "\n".join(f"• {lesson.title}" for lesson in missing[:LISTED])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Certificate not available yet"), text,
                          QMessageBox.StandardButton.Close, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("certificateNotYet")
        button = box.addButton(self.tr("&Open the first lesson left"), QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(self.tr("Open the first lesson left: %1").replace("%1", missing[0].title))
        button.clicked.connect(lambda: self.navigator.request_lesson(course.id, missing[0].id))
        box.setDefaultButton(button)
        return show_dialog(box)
