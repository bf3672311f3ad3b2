"""A module's reflection questions, each with the learner's answer: typed, saved and edited one by one.

An answer is a note tied to its question (`Store.add_answer`). It is saved with its button or
Ctrl+S, and whatever is still unsaved is saved when the learner leaves the module, so no typed
answer is lost by opening a lesson.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from smartcourse_desktop.courses.model import Course, Module
from smartcourse_desktop.records.notes import match_answers
from smartcourse_desktop.records.store import Note, Store
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.ui.text import embedded, plain

log = logging.getLogger(__name__)
ANSWER_HEIGHT = 90


class AnswerBox(QWidget):
    """One question, its answer field, a Save button and what is stored."""

    save_requested = Signal()

    def __init__(self, number: int, question: str, answer: Note | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number, self.question, self.answer = number, question, answer
        self.label = plain(QLabel(self.tr("%1. %2").replace("%1", str(number + 1)).replace("%2", embedded(question))))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = QPlainTextEdit(answer.body if answer else "")
        self.editor.setAccessibleName(self.tr("Your answer to question %1").replace("%1", str(number + 1)))
        self.editor.setAccessibleDescription(question)
        self.editor.setPlaceholderText(self.tr("Your answer…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(ANSWER_HEIGHT)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # to go on writing
        self.label.setBuddy(self.editor)
        self.save_button = QPushButton(self.tr("Save answer"))
        self.save_button.setAccessibleName(self.tr("Save answer to question %1").replace("%1", str(number + 1)))
        self.save_button.setAccessibleDescription(self.tr("Ctrl+S in the answer saves it too"))
        self.save_button.clicked.connect(self.save_requested)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self.editor, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.save_requested)
        self.state = plain(QLabel())
        self.state.setObjectName("answerState")
        self.editor.textChanged.connect(self.show_state)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.show_state()

    @property
    def text(self) -> str:
        return self.editor.toPlainText().strip()

    @property
    def changed(self) -> bool:
        return self.text != (self.answer.body.strip() if self.answer else "")

    def show_state(self) -> None:
        if self.changed:
            self.state.setText(self.tr("Not saved yet"))
        elif self.answer is None:
            self.state.setText("")
        elif self.answer.edited:
            self.state.setText(self.tr("Saved (edited)"))
        else:
            self.state.setText(self.tr("Saved"))
        self.save_button.setEnabled(self.changed)


class ReflectionAnswers(QWidget):
    """The questions of one module. Emits `failed(message)` when an answer could not be saved."""

    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.course: Course | None = None
        self.module: Module | None = None
        self.boxes: list[AnswerBox] = []
        self.orphans = plain(QLabel())
        self.orphans.setObjectName("earlierAnswers")
        self.orphans.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.orphans)

    def set_module(self, course: Course | None, module: Module | None) -> None:
        self.save_all()
        self.course, self.module = course, module
        for box in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        answers = [n for n in self.store.notes(course.id) if n.is_answer and n.module_id == module.id] \
            if course is not None and module is not None else []
        questions = module.reflection_questions if module is not None else ()
        matched, orphans = match_answers(questions, answers)
        for number, question in enumerate(questions):
            box = AnswerBox(number, question, matched.get(number), self)
            box.save_requested.connect(lambda box=box: self.save(box))
            self._layout.insertWidget(number, box)
            self.boxes.append(box)
        self.orphans.setVisible(bool(orphans))
        self.orphans.setText("\n\n".join(
            self.tr("An earlier question, no longer in this course: %1\nYour answer: %2")
            .replace("%1", a.question_text or "").replace("%2", a.body) for a in orphans))

    def save(self, box: AnswerBox) -> bool:
        """Store the box's answer: a new note, an edit, or (emptied) its removal."""
        if self.course is None or self.module is None or not box.changed:
            return True
        try:
            if box.answer is not None and not box.text:
                self.store.delete_note(box.answer.id, written_at=box.answer.created_at)
                box.answer = None
            elif box.answer is not None:
                box.answer = self.store.update_note(box.answer.id, box.text, written_at=box.answer.created_at)
            else:
                box.answer = self.store.add_answer(self.course.id, self.module.id, box.number, box.question, box.text)
        except StoreError as exc:
            log.warning("answer not saved: %s", exc)
            self.failed.emit(str(exc))
            return False
        box.show_state()
        return True

    def save_all(self) -> None:
        for box in self.boxes:
            self.save(box)
