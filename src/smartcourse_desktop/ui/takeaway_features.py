"""The take-away in the window: Course ▸ Take with you…, the outline's module menu, and the come-back prompt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from smartcourse_desktop.records.comeback import answer, comeback_file, lessons_to_ask
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.ui.comeback_dialog import ComebackDialog
from smartcourse_desktop.ui.messages import warn
from smartcourse_desktop.ui.takeaway_dialog import TakeawayDialog

if TYPE_CHECKING:
    from smartcourse_desktop.ui.main_window import MainWindow


class TakeawayFeatures(QObject):
    def __init__(self, window: MainWindow, store: Store, database: Path) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        self.comeback_path = comeback_file(database)
        self.menu = QMenu(self.tr("&Course"), window)
        before = getattr(window, "help_menu", None)
        window.menuBar().insertMenu(before.menuAction() if before else None, self.menu)  # type: ignore[arg-type]
        self.takeaway_action = QAction(self.tr("&Take with you…"), window)
        self.takeaway_action.triggered.connect(lambda: self.open_dialog([]))
        self.menu.addAction(self.takeaway_action)
        self.menu.aboutToShow.connect(lambda: self.takeaway_action.setEnabled(window.current_course() is not None))
        self._menu_module: str = ""
        self.module_menu = QMenu(window)
        self.module_action = self.module_menu.addAction(self.tr("Take this module with you…"))
        self.module_action.triggered.connect(lambda: self.open_dialog([self._menu_module]))
        self._outline_hooked = False

    def hook_outline(self) -> None:
        """Once the course page exists: the outline's context menu offers the module under the pointer."""
        if self._outline_hooked:
            return
        outline = self.window.course_page.outline
        outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        outline.customContextMenuRequested.connect(self._outline_menu)
        self._outline_hooked = True

    def _outline_menu(self, point: QPoint) -> None:
        course, outline = self.window.current_course(), self.window.course_page.outline
        index = outline.indexAt(point) if outline.indexAt(point).isValid() else outline.currentIndex()
        if course is None or not index.isValid():
            return
        top = index.parent() if index.parent().isValid() else index
        self._menu_module = course.modules[top.siblingAtColumn(0).row()].id
        self.module_menu.popup(outline.viewport().mapToGlobal(point))

    def open_dialog(self, module_ids: list[str]) -> TakeawayDialog | None:
        course = self.window.current_course()
        if course is None:
            return None
        dialog = TakeawayDialog(course, self.comeback_path, module_ids, self.window)
        dialog.open()
        return dialog

    def course_opened(self, course_id: str) -> None:
        """Ask about the lessons taken away that are not done yet."""
        self.hook_outline()
        course = self.window.current_course()
        if course is None or course.id != course_id:
            return
        lessons = lessons_to_ask(self.comeback_path, course, self.store.course(course_id))
        if lessons:
            dialog = ComebackDialog(lessons, self.window)
            dialog.answered.connect(lambda ids: self._record(course_id, ids))
            dialog.open()

    def _record(self, course_id: str, lesson_ids: list[str]) -> None:
        try:
            answer(self.comeback_path, self.store, course_id, lesson_ids)
        except StoreError as exc:
            warn(self.window, self.tr("Not recorded"), str(exc))
            return
        self.window.progress_changed.emit(course_id)
