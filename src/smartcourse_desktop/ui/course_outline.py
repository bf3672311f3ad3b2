"""The course outline: modules, then lessons with a kind icon, duration and a done mark."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.progress import ProgressMap, is_done, module_fraction
from smartcourse_desktop.ui.icons import icon, kind_icon
from smartcourse_desktop.ui.text import duration_text, embedded, plain_tooltip

LessonIdRole = Qt.ItemDataRole.UserRole + 1


class CourseOutline(QTreeView):
    """Emits `lesson_activated(lesson_id)` when a lesson is chosen by mouse or keyboard."""

    entered = Signal()  # Enter or a click on a lesson: the learner goes into it
    lesson_activated = Signal(str)
    space_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseOutline")
        self.setAccessibleName(self.tr("Course outline"))
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self._course: Course | None = None
        self._lesson_items: dict[str, list[QStandardItem]] = {}
        self._module_items: dict[str, list[QStandardItem]] = {}
        self.browsing = False
        self.activated.connect(self._entered)
        self.clicked.connect(self._entered)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_course(self, course: Course, progress: ProgressMap) -> None:
        self._course = course
        self._model.clear()
        self._model.setHorizontalHeaderLabels([self.tr("Lesson"), self.tr("Duration"), self.tr("Done")])
        self._lesson_items.clear()
        self._module_items.clear()
        for number, module in enumerate(course.modules, 1):
            row = [QStandardItem(self.tr("%1. %2").replace("%1", str(number)).replace("%2", embedded(module.title))),
                   QStandardItem(duration_text(module.duration)), QStandardItem()]
            font = row[0].font()
            font.setBold(True)
            row[0].setFont(font)
            row[0].setToolTip(plain_tooltip(module.summary))
            for lesson in module.lessons:
                row[0].appendRow(self._lesson_row(lesson))
            self._model.appendRow(row)
            self._module_items[module.id] = row
        self.update_progress(progress)
        self.expandAll()
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def _lesson_row(self, lesson: Lesson) -> list[QStandardItem]:
        title = QStandardItem(kind_icon(lesson.kind), lesson.title)
        title.setToolTip(plain_tooltip(lesson.title))
        title.setData(lesson.id, LessonIdRole)
        duration = QStandardItem(duration_text(lesson.duration))
        duration.setData(lesson.id, LessonIdRole)
        done = QStandardItem()
        done.setData(lesson.id, LessonIdRole)
        row = [title, duration, done]
        self._lesson_items[lesson.id] = row
        return row

    def update_progress(self, progress: ProgressMap) -> None:
        if self._course is None:
            return
        kinds = {"video": self.tr("Video lecture"), "audio": self.tr("Audio lecture"), "reading": self.tr("Reading")}
        for module in self._course.modules:
            percent = round(module_fraction(module, progress) * 100)
            self._module_items[module.id][2].setText(f"{percent}%")
            for lesson in module.lessons:
                title, _duration, done = self._lesson_items[lesson.id]
                finished = is_done(lesson, progress)
                done.setIcon(icon("done") if finished else QIcon())
                done.setData(self.tr("done") if finished else "", Qt.ItemDataRole.AccessibleTextRole)
                title.setData(
                    self.tr("%1: %2, %3%4").replace("%1", kinds[lesson.kind.value])
                    .replace("%2", embedded(lesson.title))
                    .replace("%3", duration_text(lesson.duration)).replace("%4", self.tr(", done") if finished else ""),
                    Qt.ItemDataRole.AccessibleTextRole,
                )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Moving through the outline with the keys opens each lesson but keeps the focus here
        (`browsing`); Enter then moves into the lesson (`entered`)."""
        self.browsing = True
        try:
            super().keyPressEvent(event)
        finally:
            self.browsing = False

    def select_lesson(self, lesson_id: str) -> None:
        row = self._lesson_items.get(lesson_id)
        if row:
            self.setCurrentIndex(row[0].index())

    def current_lesson_id(self) -> str | None:
        return self.currentIndex().data(LessonIdRole)

    def _entered(self, index: QModelIndex) -> None:
        if index.data(LessonIdRole):
            self.entered.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        lesson_id = current.data(LessonIdRole)
        if lesson_id:
            self.lesson_activated.emit(lesson_id)
