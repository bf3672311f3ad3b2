"""Notes: a panel for the open lesson (with the module's reflection questions next to the note
field), where notes are added, edited and deleted, and a dialog listing every note and answer of
a course, searchable and exportable (ui/notes_export.py)."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.notes import clock
from smartcourse_desktop.records.store import Note, Store
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.ui.export_notice import confirm_saved, suggested_path
from smartcourse_desktop.ui.messages import ask_save_path, warn
from smartcourse_desktop.ui.text import embedded, plain_tooltip, translate

log = logging.getLogger(__name__)
NoteRole = Qt.ItemDataRole.UserRole + 1
QUESTIONS_HEIGHT = 200
MINIMUM_WIDTH = 60


def wrapping(view: QListWidget) -> QListWidget:
    """Long notes wrap instead of scrolling sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def note_item(note: Note, title: str, parent: QWidget) -> QListWidgetItem:
    """'[3:07] text', prefixed with the lesson title when listing a whole course."""
    moment = f"[{clock(note.position)}] " if note.position is not None else ""
    first_line = note.body.strip().splitlines()[0] if note.body.strip() else translate("NotesPanel", "(bookmark)")
    item = QListWidgetItem(f"{title}{moment}{first_line}")
    item.setData(NoteRole, note)
    item.setToolTip(plain_tooltip(note.body))
    return item


class NotesPanel(QWidget):
    """Notes of the open lesson. Emits `jump_requested(lesson_id, seconds)` when a note with a
    moment is activated."""

    jump_requested = Signal(str, float)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 lecture_moment: Callable[[str], float | None] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lecture_moment = lecture_moment  # where the open lecture is, as its player shows it
        self.course: Course | None = None
        self.lesson: Lesson | None = None
        self.editing: Note | None = None  # the note whose text is in the editor, being changed
        self.questions = QTextBrowser()
        self.questions.setObjectName("reflectionQuestions")
        self.questions.setAccessibleName(self.tr("Reflection questions of this module"))
        self.questions.setMaximumHeight(QUESTIONS_HEIGHT)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(self.tr("Write a note about this lesson…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(100)
        self.at_moment = QCheckBox()
        self.at_moment.setAccessibleName(self.tr("Attach the note to the current moment of the lecture"))
        self.at_moment.setChecked(True)
        self.at_moment.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add the note (Ctrl+S)"))
        self.add_button.clicked.connect(self.add_note)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Cancel editing the note"))
        self.cancel_button.clicked.connect(self.stop_editing)
        self.editor.textChanged.connect(self.update_moment)
        QShortcut(QKeySequence("Ctrl+S"), self.editor, self.add_note, context=Qt.ShortcutContext.WidgetShortcut)
        self.list = wrapping(QListWidget())
        self.list.setAccessibleName(self.tr("Notes of this lesson"))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected note"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_button = QPushButton(self.tr("Edit note"))
        self.edit_button.setAccessibleDescription(self.tr("Edit the selected note (F2)"))
        self.edit_button.clicked.connect(self.edit_selected)
        QShortcut(QKeySequence("F2"), self.list, self.edit_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self._layout()
        self.setMinimumSize(MINIMUM_WIDTH, 0)  # let the learner narrow it; the lesson needs the room
        self.set_lesson(None, None)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.questions)
        layout.addWidget(self.editor)
        layout.addWidget(self.at_moment)  # a line of its own: beside the button, Swedish cut it off
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_lesson(self, course: Course | None, lesson: Lesson | None) -> None:
        if self.editing is not None and self.editor.toPlainText().strip():
            self._save_edit(self.editing, self.editor.toPlainText().strip())  # leaving the lesson keeps the edit
        self.stop_editing()
        self.course, self.lesson = course, lesson
        module = course.module_of(lesson.id) if course and lesson else None
        questions = module.reflection_questions if module else ()
        self.questions.setVisible(bool(questions))
        items = "".join(f"<li>{html.escape(q)}</li>" for q in questions)
        heading = html.escape(self.tr("Reflection questions"))
        self.questions.setHtml(f"<b>{heading}</b><ul>{items}</ul>")
        for widget in (self.editor, self.add_button, self.list, self.delete_button):
            widget.setEnabled(lesson is not None)
        self.at_moment.setVisible(bool(lesson and lesson.is_lecture))
        self.refresh()
        self._show_editing()

    def current_moment(self) -> float | None:
        """The player's moment if it has the lecture open: after the end, the stored position is
        back at 0:00 (to resume from the top), but the learner's note belongs to the end."""
        if self.course is None or self.lesson is None or not self.lesson.is_lecture:
            return None
        shown = self.lecture_moment(self.lesson.id) if self.lecture_moment is not None else None
        return shown if shown is not None else self.store.lesson(self.course.id, self.lesson.id).position

    def update_moment(self) -> None:
        moment = self.current_moment()
        self.at_moment.setText(self.tr("At %1 in the lecture").replace("%1", clock(moment or 0.0)))

    def refresh(self) -> None:
        self.list.clear()
        self.update_moment()
        if self.course is None or self.lesson is None:
            return
        for note in self.store.notes(self.course.id, self.lesson.id):
            self.list.addItem(note_item(note, "", self))

    def add_note(self) -> None:
        """Add the editor's text as a new note, or save it into the note being edited."""
        body = self.editor.toPlainText().strip()
        if self.course is None or self.lesson is None or not body:
            return
        if self.editing is not None:
            if self._save_edit(self.editing, body):
                self.stop_editing()
                self.refresh()
            return
        moment = self.current_moment() if self.at_moment.isChecked() else None
        try:
            self.store.add_note(self.course.id, self.lesson.id, body, moment)
        except StoreError as exc:
            warn(self, self.tr("Note not saved"), str(exc))
            return
        self.editor.clear()
        self.refresh()

    def edit_selected(self) -> None:
        """Put the selected note's text in the editor; Save changes (Ctrl+S) stores it, Cancel leaves it."""
        item = self.list.currentItem()
        if item is None or not self.list.isEnabled():
            return
        self.editing = item.data(NoteRole)
        self.editor.setPlainText(self.editing.body)
        self.editor.setAccessibleName(self.tr("Edit note"))
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self._name_add_button(self.tr("Save changes"), self.tr("Save the changed note (Ctrl+S)"))
        self._show_editing()
        self.editor.setFocus()

    def stop_editing(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.editor.clear()
        self.editor.setAccessibleName(self.tr("New note"))
        self._name_add_button(self.tr("Add note"), self.tr("Add the note (Ctrl+S)"))
        self._show_editing()

    def _name_add_button(self, text: str, description: str) -> None:
        """The button's accessible name is what it shows (a speech user says what they see)."""
        self.add_button.setText(text)
        self.add_button.setAccessibleName(text)
        self.add_button.setAccessibleDescription(description)

    def _show_editing(self) -> None:
        self.edit_button.setEnabled(self.lesson is not None)
        self.cancel_button.setVisible(self.editing is not None)
        self.at_moment.setVisible(self.editing is None and bool(self.lesson and self.lesson.is_lecture))

    def _save_edit(self, note: Note, body: str) -> bool:
        try:
            self.store.update_note(note.id, body, written_at=note.created_at)
        except StoreError as exc:
            warn(self, self.tr("Note not saved"), str(exc))
            return False
        return True

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.store.delete_note(item.data(NoteRole).id)
        except StoreError as exc:
            warn(self, self.tr("Note not deleted"), str(exc))
            return
        if self.editing is not None and self.editing.id == item.data(NoteRole).id:
            self.stop_editing()
        self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        note: Note = item.data(NoteRole)
        if note.position is not None:
            self.jump_requested.emit(note.lesson_id, note.position)


class AllNotesDialog(QDialog):
    """Every note of a course; typing filters; activating one opens its lesson (at its moment)."""

    jump_requested = Signal(str, float)  # lesson id, seconds (-1: no moment)
    module_requested = Signal(str)  # module id: an answer to one of its reflection questions was activated

    def __init__(self, store: Store, course: Course, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.course = store, course
        self.setWindowTitle(self.tr("Notes: %1").replace("%1", embedded(course.title)))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setPlaceholderText(self.tr("Search notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = wrapping(QListWidget())
        self.list.setAccessibleName(self.tr("Notes of this course"))
        self.list.itemActivated.connect(self._activated)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setAccessibleDescription(self.tr("Export the notes and answers of this course to"
                                                            " Markdown, a printable PDF or a document for Word"))
        self.export_button.clicked.connect(self.choose_export_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        modules = {module.id: module.title for module in self.course.modules}
        for note in self.store.notes(self.course.id, query=self.search.text()):
            lesson = self.course.lesson(note.lesson_id)
            if note.is_answer:
                title = self.tr("%1 — your answer to “%2” — ").replace(
                    "%1", modules.get(note.module_id or "", "")).replace("%2", note.question_text or "")
            else:
                title = (lesson.title if lesson else note.lesson_id) + " — "
            self.list.addItem(note_item(note, title, self))

    def _activated(self, item: QListWidgetItem) -> None:
        note: Note = item.data(NoteRole)
        if note.is_answer:
            self.module_requested.emit(note.module_id or "")
        else:
            self.jump_requested.emit(note.lesson_id, -1.0 if note.position is None else note.position)

    def choose_export_file(self) -> None:
        from smartcourse_desktop.ui.notes_export import NotesFormat, file_filters, format_of

        suggested = suggested_path(self.course.title, self.tr("notes"), suffix=NotesFormat.MARKDOWN.value)
        dialog = ask_save_path(self, self.tr("Export notes"), suggested, file_filters(), self.export_to)
        dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(format_of(Path(), chosen).value[1:]))

    def export_to(self, path: Path) -> None:
        """Write the file off the GUI thread (a PDF of hundreds of notes takes a second or more); the
        outcome is told over this dialog, or over the window once the dialog is closed."""
        from smartcourse_desktop.ui.notes_export import export_notes, format_of  # with the PDF writer, on first use
        from smartcourse_desktop.ui.tasks import run_task

        course, window = self.course, self.parentWidget()
        try:
            notes = self.store.notes(course.id)
        except StoreError as exc:
            warn(self, self.tr("Export failed"), str(exc))
            return
        saved, failed = self.tr("Notes exported"), self.tr("Export failed")

        def owner() -> QWidget:
            return self if isValid(self) or window is None else window

        def done(_none: None) -> None:
            log.info("exported notes of %s to %s", course.id, path)
            confirm_saved(owner(), path, saved)

        run_task(lambda _reporter: export_notes(course, notes, path, format_of(path)), done,
                 lambda exc: warn(owner(), failed, str(exc)))
