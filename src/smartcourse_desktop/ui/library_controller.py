"""The library page's data: the installed courses with their progress, and their size on disk,
which is measured off the GUI thread (a library on a network share is slow to walk)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.library import InstalledCourse
from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.progress import course_fraction
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.ui.import_flow import ImportFlow
from smartcourse_desktop.ui.library_model import CourseCard, LibraryModel
from smartcourse_desktop.ui.library_view import LibraryView
from smartcourse_desktop.ui.library_watcher import LibraryWatcher
from smartcourse_desktop.ui.navigator import Navigator
from smartcourse_desktop.ui.tasks import Task, run_task

log = logging.getLogger(__name__)


class LibraryController(QObject):
    """Emits `refreshed(courses)` after each scan of the installed courses, and `message(text)` naming
    the courses it could not show (untrusted under the machine policy). Courses that another program
    installs or removes show at once (`LibraryWatcher`); `open_course_gone(course_id)` says that the
    open course was removed that way."""

    refreshed = Signal(list)
    message = Signal(str)
    open_course_gone = Signal(str)

    def __init__(self, context: Context, store: Store, navigator: Navigator, import_flow: ImportFlow,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.store, self.navigator, self.import_flow = context, store, navigator, import_flow
        self.model = LibraryModel(self)
        self.view = LibraryView(self.model)
        self.size_task: Task | None = None
        self.view.cards.selectionModel().currentChanged.connect(lambda *_args: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.view.remove_requested.connect(self.remove_target_course)
        navigator.progress_changed.connect(self._refresh_progress)
        navigator.records_replaced.connect(self.refresh)
        self.watcher = LibraryWatcher([root.path for root in context.library.roots], self)
        self.watcher.changed.connect(self._changed_elsewhere)

    def courses(self) -> list[Course]:
        return [self.model.card(row).installed.course for row in range(self.model.rowCount())]

    def refresh(self) -> None:
        self._show(self.context.library.scan())

    def _changed_elsewhere(self) -> None:
        """A library folder changed: show the courses again if the set of installed versions did."""
        installed = self.context.library.scan()
        cards = (self.model.card(row).installed for row in range(self.model.rowCount()))
        before = {i.course.id: (i.course.version, i.folder) for i in cards}
        after = {i.course.id: (i.course.version, i.folder) for i in installed}
        if before == after:
            return
        log.info("the installed courses changed outside the window: rescanned")
        self._show(installed)
        course = self.navigator.course
        if course is not None and course.id not in after:
            self.open_course_gone.emit(course.id)

    def _show(self, installed: list[InstalledCourse]) -> None:
        self.model.set_cards([self._card(course) for course in installed])
        if installed and not self.view.cards.currentIndex().isValid():
            self.view.cards.setCurrentIndex(self.model.index(0))
        self._measure(installed)
        refused = "; ".join(f"{r.folder.name}: {r.reason}" for r in self.context.library.refused)
        if refused:
            self.message.emit(self.tr("Courses not shown: %1").replace("%1", refused))
        self.refreshed.emit(self.courses())

    def _card(self, installed: InstalledCourse) -> CourseCard:
        return CourseCard(installed, course_fraction(installed.course, self.store.course(installed.course.id)))

    def _measure(self, installed: list[InstalledCourse]) -> None:
        """Fill in each card's size on disk, from a worker thread."""
        def sizes(_reporter: object) -> list[tuple[str, int]]:
            return [(item.course.id, item.disk_size()) for item in installed]

        self.size_task = run_task(sizes, self._sizes_measured,
                                  lambda exc: log.warning("cannot measure the courses: %s", exc))

    def _sizes_measured(self, sizes: list[tuple[str, int]]) -> None:
        for course_id, size in sizes:
            self.model.update_size(course_id, size)

    def _selection_changed(self) -> None:
        index = self.view.cards.currentIndex()
        card: CourseCard | None = index.data(LibraryModel.CardRole) if index.isValid() else None
        self.navigator.set_selected(card.installed.course if card is not None else None)

    def select(self, course_id: str) -> None:
        self.view.cards.setCurrentIndex(self.model.index(self.model.row_of(course_id)))

    def remove_target_course(self) -> None:
        course = self.navigator.target_course()
        row = self.model.row_of(course.id) if course is not None else -1
        if row >= 0:
            card = self.model.card(row)
            self.import_flow.ask_remove(card.installed, card.disk_size)

    def course_imported(self, course_id: str) -> None:
        self.refresh()
        self.select(course_id)

    def _refresh_progress(self, course_id: str) -> None:
        row = self.model.row_of(course_id)
        if row >= 0:
            progress = self.store.course(course_id)
            self.model.update_progress(course_id, course_fraction(self.model.card(row).installed.course, progress))
