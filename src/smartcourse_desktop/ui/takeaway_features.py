"""The take-away in the window: Course ▸ Take with you…, the outline's module menu, and the come-back prompt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.messages import warn
from smartcourse_desktop.ui.navigator import Navigator

if TYPE_CHECKING:
    from smartcourse_desktop.ui.course_controller import CourseController
    from smartcourse_desktop.ui.takeaway_dialog import TakeawayDialog


class TakeawayFeatures(QObject):
    """Fills `menu` (Course ▸ Take with you…); the rest follows the navigator."""

    def __init__(self, store: Store, navigator: Navigator, courses: CourseController, database: Path,
                 menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.navigator, self.courses, self.parent_widget = store, navigator, courses, parent
        self.database = database
        self.menu = menu
        self.takeaway_action = QAction(self.tr("&Take with you…"), parent)
        self.takeaway_action.triggered.connect(lambda: self.open_dialog([]))
        self.menu.addAction(self.takeaway_action)
        self.menu.aboutToShow.connect(lambda: self.takeaway_action.setEnabled(navigator.course is not None))
        self._outline_hooked = False
        navigator.course_changed.connect(self.course_opened)

    @property
    def comeback_path(self) -> Path:
        from smartcourse_desktop.records.comeback import comeback_file

        return comeback_file(self.database)

    def hook_outline(self) -> None:
        """Once the course page exists: the outline's context menu offers the module of its row."""
        if self._outline_hooked:
            return
        outline = self.courses.page.outline
        self.module_menu = outline.menu
        self.module_action = outline.menu.addAction(self.tr("Take this module with you…"))
        self.module_action.triggered.connect(lambda: self._take_module(outline.menu_index))
        self._outline_hooked = True

    def _take_module(self, index: QModelIndex) -> None:
        course = self.navigator.course
        if course is None or not index.isValid():
            return
        top = index.parent() if index.parent().isValid() else index
        self.open_dialog([course.modules[top.row()].id])

    def open_dialog(self, module_ids: list[str]) -> TakeawayDialog | None:
        from smartcourse_desktop.ui.takeaway_dialog import TakeawayDialog

        course = self.navigator.course
        if course is None:
            return None
        return show_dialog(TakeawayDialog(course, self.comeback_path, module_ids, self.parent_widget))

    def course_opened(self, course: Course | None) -> None:
        """Ask about the lessons taken away that are not done yet."""
        if course is None:
            return
        self.hook_outline()
        from smartcourse_desktop.records.comeback import lessons_to_ask

        lessons = lessons_to_ask(self.comeback_path, course, self.store.course(course.id))
        if lessons:
            from smartcourse_desktop.ui.comeback_dialog import ComebackDialog

            dialog = ComebackDialog(lessons, self.parent_widget)
            dialog.answered.connect(lambda ids: self._record(course.id, ids))
            show_dialog(dialog)

    def _record(self, course_id: str, lesson_ids: list[str]) -> None:
        from smartcourse_desktop.records.comeback import answer

        try:
            answer(self.comeback_path, self.store, course_id, lesson_ids)
        except StoreError as exc:
            warn(self.parent_widget, self.tr("Not recorded"), str(exc))
            return
        self.navigator.progress_changed.emit(course_id)
