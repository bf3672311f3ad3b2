"""The course flow of issue #12.7-9 as a learner meets it: undoing "done", finishing the course,
the certificate offered only then, and "Review" instead of a restart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from smartcourse_desktop.courses.model import LessonKind
from smartcourse_desktop.records.completion import CompletionKind, kind_of, record_completion
from smartcourse_desktop.ui.certificate_dialog import CertificateDialog
from tests.ui.test_main_window import BUNDLED_ID, make_window


def verified(lesson) -> CompletionKind:
    return CompletionKind.READ if lesson.kind == LessonKind.READING else CompletionKind.WATCHED


def open_course(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    return window, window.courses.page.course


def outline_menu(qtbot, window, lesson_id: str):
    """Open a lesson's context menu from the keyboard (the Menu key, or Shift+F10)."""
    outline = window.courses.page.outline
    outline.select_lesson(lesson_id)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), outline.mapToGlobal(QPoint(1, 1)))
    QApplication.sendEvent(outline, event)  # a keyboard's goes to the view, a mouse's to its viewport
    qtbot.waitUntil(outline.menu.isVisible)
    return outline.menu


def test_done_is_undone_from_the_lesson_pane_and_voided_in_the_record(qtbot, context, store):
    from smartcourse_desktop.records.learning_record import attach_recorder

    recorder = attach_recorder(store, context.policy)
    window, course = open_course(qtbot, context, store)
    reading = next(lesson for lesson in course.lessons if lesson.kind == LessonKind.READING)
    window.courses.page.outline.select_lesson(reading.id)
    pane = window.courses.lesson_pane
    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    assert kind_of(reading, store.lesson(BUNDLED_ID, reading.id)) == CompletionKind.MARKED
    assert pane.undo_button.isVisible() and not pane.done_button.isVisible()
    completion_id = recorder.outbox.completion_ids(BUNDLED_ID)[reading.id]
    qtbot.mouseClick(pane.undo_button, Qt.MouseButton.LeftButton)
    assert kind_of(reading, store.lesson(BUNDLED_ID, reading.id)) == CompletionKind.UNDONE
    assert pane.done_button.isVisible() and not pane.undo_button.isVisible()
    assert window.courses.page.progress.value() == 0
    voided = [s for s in recorder.outbox.statements() if s["verb"]["display"]["en-US"] == "voided"]
    assert [s["object"]["id"] for s in voided] == [completion_id]


def test_done_and_not_done_from_the_outline_menu(qtbot, context, store):
    window, course = open_course(qtbot, context, store)
    first, second = course.lessons[0], course.lessons[1]
    window.courses.page.outline.select_lesson(first.id)
    menu = outline_menu(qtbot, window, second.id)
    outline = window.courses.page.outline
    assert outline.done_action.isVisible() and not outline.undo_action.isVisible()
    outline.done_action.trigger()
    menu.close()
    assert kind_of(second, store.lesson(BUNDLED_ID, second.id)) == CompletionKind.MARKED
    assert window.courses.page.progress.value() > 0
    outline_menu(qtbot, window, second.id)
    assert outline.undo_action.isVisible() and not outline.done_action.isVisible()
    outline.undo_action.trigger()
    assert kind_of(second, store.lesson(BUNDLED_ID, second.id)) == CompletionKind.UNDONE
    assert window.courses.lesson_pane.done_button.isVisible()  # the open lesson shows "Mark as done" again
    assert window.courses.page.progress.value() == 0


def finish_all_but_last(context, store):
    course = context.library.find(BUNDLED_ID).course
    for lesson in course.lessons[:-1]:
        record_completion(store, BUNDLED_ID, lesson.id, verified(lesson))
        store.add_time(BUNDLED_ID, lesson.id, lesson.duration)
    return course.lessons[-1]


def finished_notice(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "courseFinished")))
    return next(b for b in window.findChildren(QMessageBox, "courseFinished") if b.isVisible())


def test_finishing_the_course_by_hand_says_so_but_the_certificate_needs_the_lesson(qtbot, context, store):
    last = finish_all_but_last(context, store)
    window, _course = open_course(qtbot, context, store)
    action = window.progress.certificate_action
    assert "1 lesson" in action.toolTip()
    window.courses.page.outline.select_lesson(last.id)
    qtbot.mouseClick(window.courses.lesson_pane.done_button, Qt.MouseButton.LeftButton)
    box = finished_notice(qtbot, window)
    assert "completed every lesson" in box.text() and last.title in box.text()
    assert not any(b.text() == "Get your certificate…" for b in box.findChildren(QPushButton))
    assert "marked as done by hand" in action.toolTip()
    assert window.courses.page.continue_button.text() == "Review"


def test_the_certificate_not_yet_earned_says_why_to_keyboard_users_and_leads_to_the_lesson(qtbot, context, store):
    """The reason is not only a tooltip (mouse only): the action opens a notice that says it
    and leads to the first lesson left (walkthrough, issues #12/#16)."""
    last = finish_all_but_last(context, store)
    window, course = open_course(qtbot, context, store)
    window.courses.page.outline.select_lesson(course.lessons[0].id)
    action = window.progress.certificate_action
    window.progress.menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "certificateNotYet")))
    box = next(b for b in window.findChildren(QMessageBox, "certificateNotYet") if b.isVisible())
    assert "1 lesson" in box.text() and last.title in box.text() and "marked as done by hand" in box.text()
    assert not any(d.isVisible() for d in window.findChildren(CertificateDialog))
    button = next(b for b in box.findChildren(QPushButton) if b is box.defaultButton())
    assert button.accessibleName()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.courses.lesson_pane.lesson is not None
                    and window.courses.lesson_pane.lesson.id == last.id)
    assert not box.isVisible()


def test_finishing_the_course_leads_to_the_certificate_and_review_resets_nothing(qtbot, context, store):
    last = finish_all_but_last(context, store)
    window, course = open_course(qtbot, context, store)
    assert window.courses.page.continue_button.text() == "Continue"
    window.courses.page.outline.select_lesson(last.id)
    window.courses.complete_lesson(last.id)  # watched or read in the app, as the player and the reading report it
    box = finished_notice(qtbot, window)
    assert window.progress.certificate_action.isEnabled()
    button = next(b for b in box.findChildren(QPushButton) if b.text() == "Get your certificate…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(CertificateDialog)))
    dialog = next(d for d in window.findChildren(CertificateDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Ana")
    assert dialog.save_button.isEnabled() and "has completed the course" in dialog.preview.toPlainText()
    dialog.close()
    before = store.course(BUNDLED_ID)
    page = window.courses.page
    assert page.continue_button.text() == "Review" and page.progress.value() == 100
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.courses.lesson_pane.lesson.id == course.lessons[0].id
    assert {k: v.completed_at for k, v in store.course(BUNDLED_ID).items()} == \
        {k: v.completed_at for k, v in before.items()}
    assert page.progress.value() == 100
    window.courses.show_library()
    assert window.library.view.details.continue_button.text() == "Review"
