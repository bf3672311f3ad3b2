"""The course outline: modules, then lessons with a kind icon, duration and a done mark."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QIcon, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.progress import ProgressMap, is_done, module_fraction
from smartcourse_desktop.ui.icons import kind_icon, row_icon
from smartcourse_desktop.ui.text import duration_text, embedded, plain_tooltip
from smartcourse_desktop.ui.wrapping_delegate import WrappingDelegate

LessonIdRole = Qt.ItemDataRole.UserRole + 1
TITLE_MIN_CHARS = 22  # a lesson title narrower than this is no use; longer ones elide, whole in the tooltip


ModuleIdRole = Qt.ItemDataRole.UserRole + 2


class CourseOutline(QTreeView):
    """Emits `lesson_activated(lesson_id)` when a lesson is chosen by mouse or keyboard, and from a
    lesson's context menu (right click, the Menu key or Shift+F10) `done_requested(lesson_id)` or
    `undo_requested(lesson_id)`."""

    entered = Signal()  # Enter or a click on a lesson: the learner goes into it
    lesson_activated = Signal(str)
    module_activated = Signal(str)  # a module row became current: its overview shows
    done_requested = Signal(str)
    undo_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseOutline")
        self.setAccessibleName(self.tr("Course outline"))
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(WrappingDelegate(self))
        self.setAlternatingRowColors(False)
        self._course: Course | None = None
        self._lesson_items: dict[str, list[QStandardItem]] = {}
        self._module_items: dict[str, list[QStandardItem]] = {}
        self.browsing = False
        self.activated.connect(self._entered)
        self.clicked.connect(self._entered)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._done: set[str] = set()
        self.menu = QMenu(self)  # the rows' context menu, built once; other features add to it
        self.menu_index = QModelIndex()
        self.done_action = self.menu.addAction(self.tr("Mark as &done"))
        self.undo_action = self.menu.addAction(self.tr("Mark as &not done"))
        self.menu.addSeparator()
        self._menu_lesson = ""
        self.done_action.triggered.connect(lambda: self.done_requested.emit(self._menu_lesson))
        self.undo_action.triggered.connect(lambda: self.undo_requested.emit(self._menu_lesson))

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
            row[0].setToolTip(plain_tooltip("\n\n".join(filter(None, (module.title, module.summary)))))
            for lesson in module.lessons:
                row[0].appendRow(self._lesson_row(lesson))
            self._model.appendRow(row)
            self._module_items[module.id] = row
            for item in row:
                item.setData(module.id, ModuleIdRole)
        self.update_progress(progress)
        self.expandAll()
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def minimum_width(self) -> int:
        """Room for a lesson title of TITLE_MIN_CHARS characters beside the duration and done columns."""
        header = self.header()
        em = self.fontMetrics().averageCharWidth()
        columns = sum(max(header.sectionSizeHint(column), 8 * em) for column in (1, 2))
        title = em * TITLE_MIN_CHARS + 2 * self.indentation()
        title += self.iconSize().width()
        return title + columns + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

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
            self._module_items[module.id][2].setText(self.tr("%1%").replace("%1", str(percent)))
            for lesson in module.lessons:
                title, _duration, done = self._lesson_items[lesson.id]
                finished = is_done(lesson, progress)
                (self._done.add if finished else self._done.discard)(lesson.id)
                done.setIcon(row_icon("done") if finished else QIcon())
                done.setData(self.tr("done") if finished else self.tr("not done"), Qt.ItemDataRole.AccessibleTextRole)
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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right click on a row, or the Menu key (Shift+F10) on the current one."""
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        index = self.currentIndex() if keyboard else self.indexAt(event.pos())
        if index.isValid():
            self.show_menu(index, self.visualRect(index).center() if keyboard else event.pos())

    def show_menu(self, index: QModelIndex, at: QPoint) -> None:
        """A row's menu (`at`, in the viewport): a lesson's done or not done (the record keeps how,
        records/completion.py), then what other features add for the row in `menu_index`."""
        self.menu_index = index
        self._menu_lesson = index.data(LessonIdRole) or ""
        done = self._menu_lesson in self._done
        self.done_action.setVisible(bool(self._menu_lesson) and not done)
        self.undo_action.setVisible(bool(self._menu_lesson) and done)
        if any(action.isVisible() and not action.isSeparator() for action in self.menu.actions()):
            self.menu.popup(self.viewport().mapToGlobal(at))

    def select_lesson(self, lesson_id: str) -> None:
        row = self._lesson_items.get(lesson_id)
        if row:
            self.setCurrentIndex(row[0].index())

    def select_module(self, module_id: str) -> None:
        row = self._module_items.get(module_id)
        if row:
            self.setCurrentIndex(row[0].index())

    def current_lesson_id(self) -> str | None:
        return self.currentIndex().data(LessonIdRole)

    def _entered(self, index: QModelIndex) -> None:
        if index.data(LessonIdRole):
            self.entered.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        lesson_id, module_id = current.data(LessonIdRole), current.data(ModuleIdRole)
        if lesson_id:
            self.lesson_activated.emit(lesson_id)
        elif module_id:
            self.module_activated.emit(module_id)
