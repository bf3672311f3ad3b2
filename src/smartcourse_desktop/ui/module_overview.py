"""The module overview, shown in the lesson pane when a module (not a lesson) is chosen: the
module's summary, its lessons with durations and done marks, its reflection questions with the
learner's answers, and the learner's notes on its lessons."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course, Lesson, Module
from smartcourse_desktop.records.progress import ProgressMap, is_done, module_fraction
from smartcourse_desktop.records.store import Note, Store
from smartcourse_desktop.ui.icons import kind_icon, row_icon
from smartcourse_desktop.ui.notes_panel import NoteRole, note_item, wrapping
from smartcourse_desktop.ui.reflection_answers import ReflectionAnswers
from smartcourse_desktop.ui.text import duration_text, embedded, plain, plain_tooltip

LessonIdRole = Qt.ItemDataRole.UserRole + 1
ROW_LIMIT = 12  # lessons listed before the list scrolls


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return plain(label)


class ModuleOverview(QScrollArea):
    """Emits `lesson_activated(lesson_id)` when a lesson is chosen (Enter, or a click), and
    `note_activated(lesson_id, seconds)` for a note (seconds -1: no moment), and `failed(message)`
    when an answer could not be saved."""

    lesson_activated = Signal(str)
    note_activated = Signal(str, float)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moduleOverview")
        self.setAccessibleName(self.tr("Module page"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.store = store
        self.course: Course | None = None
        self.module: Module | None = None
        self._items: list[QTreeWidgetItem] = []
        self.summary = plain(QLabel())
        self.summary.setObjectName("moduleSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lessons = QTreeWidget()
        self.lessons.setObjectName("moduleLessons")
        self.lessons.setAccessibleName(self.tr("Lessons of this module"))
        self.lessons.setHeaderLabels([self.tr("Lesson"), self.tr("Duration"), self.tr("Done")])
        self.lessons.setRootIsDecorated(False)
        self.lessons.setUniformRowHeights(True)
        self.lessons.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lessons.itemActivated.connect(self._lesson_chosen)
        self.lessons.itemClicked.connect(self._lesson_chosen)
        header = self.lessons.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.questions_heading = heading(self.tr("Reflection questions"))
        self.answers = ReflectionAnswers(store)
        self.answers.failed.connect(self.failed)
        self.notes_heading = heading(self.tr("Your notes"))
        self.notes = wrapping(QListWidget())
        self.notes.setObjectName("moduleNotes")
        self.notes.setAccessibleName(self.tr("Your notes on the lessons of this module"))
        self.notes.itemActivated.connect(self._note_chosen)
        self.no_notes = QLabel(self.tr("No notes yet. Open a lesson and use Notes beside it to write some."))
        self.no_notes.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(heading(self.tr("Lessons")))
        layout.addWidget(self.lessons)
        layout.addWidget(self.questions_heading)
        layout.addWidget(self.answers)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.no_notes)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.setWidget(page)

    def show_module(self, course: Course, module: Module, progress: ProgressMap) -> None:
        self.course, self.module = course, module
        self.summary.setText(module.summary)
        self.summary.setVisible(bool(module.summary))
        self.lessons.clear()
        self._items = [self._lesson_item(lesson) for lesson in module.lessons]
        self.lessons.addTopLevelItems(self._items)
        self.update_progress(progress)
        rows = min(len(module.lessons), ROW_LIMIT)
        self.lessons.setFixedHeight(self.lessons.header().sizeHint().height() + 6
                                    + rows * max(self.lessons.sizeHintForRow(0), 1))
        self.lessons.setCurrentItem(self._items[0])
        self.questions_heading.setVisible(bool(module.reflection_questions))
        self.answers.set_module(course, module)
        self._tab_order()
        self.refresh_notes()
        self.verticalScrollBar().setValue(0)

    def subtitle(self, progress: ProgressMap) -> str:
        """'Module 2 of 8 · 10 min · 50% done', under the module's title."""
        if self.course is None or self.module is None:
            return ""
        return (self.tr("Module %1 of %2 · %3 · %4% done")
                .replace("%1", str(self.course.modules.index(self.module) + 1))
                .replace("%2", str(len(self.course.modules))).replace("%3", duration_text(self.module.duration))
                .replace("%4", str(round(module_fraction(self.module, progress) * 100))))

    def _tab_order(self) -> None:
        """Tab goes down the page as it reads: lessons, each answer and its Save button, the notes."""
        chain = [self.lessons, *(w for box in self.answers.boxes for w in (box.editor, box.save_button)), self.notes]
        for first, then in itertools.pairwise(chain):
            QWidget.setTabOrder(first, then)

    def _lesson_item(self, lesson: Lesson) -> QTreeWidgetItem:
        item = QTreeWidgetItem([lesson.title, duration_text(lesson.duration), ""])
        item.setIcon(0, kind_icon(lesson.kind))
        item.setToolTip(0, plain_tooltip(lesson.title))
        item.setData(0, LessonIdRole, lesson.id)
        return item

    def update_progress(self, progress: ProgressMap) -> None:
        """The done marks, from the learner's record."""
        if self.module is None:
            return
        for item, lesson in zip(self._items, self.module.lessons, strict=True):
            done = is_done(lesson, progress)
            item.setIcon(2, row_icon("done") if done else QIcon())
            item.setData(2, Qt.ItemDataRole.AccessibleTextRole, self.tr("done") if done else self.tr("not done"))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("%1, %2%3")
                         .replace("%1", embedded(lesson.title)).replace("%2", duration_text(lesson.duration))
                         .replace("%3", self.tr(", done") if done else ""))

    def refresh_notes(self) -> None:
        self.notes.clear()
        if self.course is None or self.module is None:
            return
        titles = {lesson.id: lesson.title for lesson in self.module.lessons}
        for note in self.store.notes(self.course.id):
            if note.lesson_id in titles:
                self.notes.addItem(note_item(note, titles[note.lesson_id] + " — ", self))
        self.notes.setVisible(self.notes.count() > 0)
        self.no_notes.setVisible(self.notes.count() == 0)

    def leave(self) -> None:
        """Keep what the learner typed: answers not saved yet are saved now."""
        self.answers.save_all()

    def hideEvent(self, event: QHideEvent) -> None:
        self.leave()
        super().hideEvent(event)

    def _lesson_chosen(self, item: QTreeWidgetItem) -> None:
        self.lesson_activated.emit(item.data(0, LessonIdRole))

    def _note_chosen(self, item: QListWidgetItem) -> None:
        note: Note = item.data(NoteRole)
        self.note_activated.emit(note.lesson_id, -1.0 if note.position is None else note.position)
