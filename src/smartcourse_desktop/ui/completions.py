"""Marking lessons done, truthfully: the button shows what the progress store really holds.

A completion that can't get the database's lock within 100 ms is retried by the store in the
background; until it is stored the button reads "Saving…". A write that failed (a full disk)
gives the button back and says why.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smartcourse_desktop.courses.model import Course, LessonKind
from smartcourse_desktop.records.completion import CompletionKind, record_completion, undo_completion
from smartcourse_desktop.records.progress import course_fraction
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import StoreBusyError, StoreError
from smartcourse_desktop.ui.lesson_pane import LessonPane
from smartcourse_desktop.ui.messages import warn


class Completions(QObject):
    saved = Signal(str)  # course id, once a completion is stored
    message = Signal(str)  # a one-line notice for the status bar
    _stored_later = Signal(str, str)  # emitted on the store's writer thread, delivered queued

    def __init__(self, store: Store, pane: LessonPane, window: QWidget) -> None:
        super().__init__(window)
        self._store, self._pane, self._window = store, pane, window
        self._stored_later.connect(self._on_stored_later)
        store.add_saved_listener(self._stored_later.emit)

    def complete(self, course: Course, lesson_id: str, by_hand: bool = False) -> None:
        """Store the completion; the organisation's record (xAPI) hears of it once it is stored or queued."""
        was_complete = self._store.lesson(course.id, lesson_id).completed
        lesson = course.lesson(lesson_id)
        kind = CompletionKind.MARKED if by_hand else (
            CompletionKind.READ if lesson is not None and lesson.kind == LessonKind.READING else CompletionKind.WATCHED)
        try:
            record_completion(self._store, course.id, lesson_id, kind)
        except StoreBusyError as exc:
            self._pane.show_saving(lesson_id)
            self.message.emit(str(exc))
            self._record(course, lesson_id, was_complete, by_hand)
            return
        except StoreError as exc:
            self._pane.show_not_done(lesson_id)
            warn(self._window, self.tr("Couldn't save"), str(exc))
            return
        self._record(course, lesson_id, was_complete, by_hand)
        self._pane.show_stored(lesson_id)  # also when marked from the outline's menu
        self.saved.emit(course.id)

    def undo(self, course: Course, lesson_id: str) -> None:
        """The learner undid "done": the lesson is `undone`, and its completion statement is voided
        (queued in the xAPI outbox, sent when an LRS is configured)."""
        try:
            undo_completion(self._store, course.id, lesson_id)
        except StoreError as exc:
            warn(self._window, self.tr("Couldn't save"), str(exc))
            return
        recorder = self._store.recorder
        if recorder is not None:
            recorder.undo_completion(course.id, lesson_id)
            recorder.course_progress(course.id, course.title, course_fraction(course, self._store.course(course.id)))
        self._pane.show_not_done(lesson_id)
        self.saved.emit(course.id)

    def _record(self, course: Course, lesson_id: str, was_complete: bool, by_hand: bool) -> None:
        if self._store.recorder is not None:
            self._store.recorder.lesson_done(course, lesson_id, was_complete, by_hand)

    def _on_stored_later(self, course_id: str, lesson_id: str) -> None:
        self._pane.show_stored(lesson_id)
        self.saved.emit(course_id)
