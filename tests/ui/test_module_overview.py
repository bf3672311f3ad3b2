"""The module overview that replaces the empty "Choose a lesson" pane, on the bundled course:
summary, lessons with durations and done marks, reflection questions answered one by one, and
the learner's notes on the module."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartcourse_desktop.ui.text import duration_text
from tests.ui.test_main_window import BUNDLED_ID, activate, make_window


def overview_of(window):
    pane = window.courses.lesson_pane
    assert pane.stack.currentWidget() is pane.overview and pane.lesson is None
    return pane.overview


def test_a_course_opens_on_the_overview_of_the_module_the_learner_is_in(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    first, second = course.modules[0], course.modules[1]
    for lesson in first.lessons:
        store.mark_complete(BUNDLED_ID, lesson.id)
    store.mark_complete(BUNDLED_ID, second.lessons[0].id)
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    overview = overview_of(window)
    assert overview.module == second and window.courses.navigator.module == second
    assert window.courses.lesson_pane.title.text() == second.title and overview.summary.text() == second.summary
    rows = [overview.lessons.topLevelItem(i) for i in range(overview.lessons.topLevelItemCount())]
    assert [(r.text(0), r.text(1)) for r in rows] == [(x.title, duration_text(x.duration)) for x in second.lessons]
    marks = [r.data(2, Qt.ItemDataRole.AccessibleTextRole) for r in rows]
    assert marks == ["done"] + ["not done"] * (len(rows) - 1)
    assert [box.question for box in overview.answers.boxes] == list(second.reflection_questions)


def test_choosing_a_module_in_the_outline_shows_its_overview_and_a_lesson_opens_by_keyboard(qtbot, context, store):
    window = make_window(qtbot, context, store)
    course = context.library.find(BUNDLED_ID).course
    module = course.modules[2]
    window.courses.open_course(BUNDLED_ID, course.modules[0].lessons[0].id)
    assert window.courses.lesson_pane.lesson is not None
    window.courses.page.outline.select_module(module.id)
    overview = overview_of(window)
    assert overview.module == module and window.courses.navigator.lesson is None
    activate(qtbot, window)
    overview.lessons.setFocus()
    qtbot.keyClick(overview.lessons, Qt.Key.Key_Tab)
    first, second = overview.answers.boxes[:2]
    assert QApplication.focusWidget() is first.editor  # the page reads top to bottom
    qtbot.keyClick(first.editor, Qt.Key.Key_Tab)  # past the Save button, disabled while nothing is typed
    assert QApplication.focusWidget() is second.editor
    overview.lessons.setFocus()
    qtbot.keyClick(overview.lessons, Qt.Key.Key_Down)
    qtbot.keyClick(overview.lessons, Qt.Key.Key_Return)
    assert window.courses.lesson_pane.lesson == module.lessons[1]
    assert window.courses.page.outline.current_lesson_id() == module.lessons[1].id


def test_reflection_questions_are_answered_one_by_one_and_edited(qtbot, context, store, clock):
    window = make_window(qtbot, context, store)
    course = context.library.find(BUNDLED_ID).course
    module = course.modules[0]
    window.courses.open_course(BUNDLED_ID)
    first, second = overview_of(window).answers.boxes[:2]
    activate(qtbot, window)
    first.editor.setFocus()
    qtbot.keyClicks(first.editor, "The residents")
    assert first.state.text() == "Not saved yet"
    qtbot.keyClick(first.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (answer,) = store.notes(BUNDLED_ID)
    assert (answer.module_id, answer.question, answer.question_text, answer.body) == \
        (module.id, 0, module.reflection_questions[0], "The residents")
    assert first.state.text() == "Saved"
    qtbot.keyClicks(second.editor, "Typed, then a lesson opened")
    window.courses.page.outline.select_lesson(module.lessons[0].id)  # leaving the module keeps the answer
    assert {n.question: n.body for n in store.notes(BUNDLED_ID)} == {0: "The residents",
                                                                     1: "Typed, then a lesson opened"}

    clock.advance(60)
    window.courses.page.outline.select_module(module.id)
    first = overview_of(window).answers.boxes[0]
    assert first.editor.toPlainText() == "The residents"
    qtbot.keyClicks(first.editor, " and the council")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    edited = next(n for n in store.notes(BUNDLED_ID) if n.question == 0)
    assert edited.id == answer.id and edited.body == "The residents and the council" and edited.edited
    assert first.state.text() == "Saved (edited)" and len(store.notes(BUNDLED_ID)) == 2


def test_the_overview_lists_the_notes_of_the_module_and_opens_them(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    lecture = next(x for x in course.modules[0].lessons if x.is_lecture)
    store.add_note(BUNDLED_ID, lecture.id, "Ask about sensors", position=42.0)
    store.add_note(BUNDLED_ID, course.modules[1].lessons[0].id, "Another module")
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    overview = overview_of(window)
    assert [overview.notes.item(i).text() for i in range(overview.notes.count())] == \
        [f"{lecture.title} — [0:42] Ask about sensors"]
    overview.notes.itemActivated.emit(overview.notes.item(0))
    assert window.courses.lesson_pane.lesson == lecture

    window.courses.page.outline.select_module(course.modules[2].id)
    assert overview.notes.count() == 0 and overview.no_notes.isVisibleTo(overview)


def test_a_lesson_marked_done_shows_in_the_overview(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    module = course.modules[0]
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    overview = overview_of(window)
    store.mark_complete(BUNDLED_ID, module.lessons[0].id)
    window.courses.navigator.progress_changed.emit(BUNDLED_ID)
    assert overview.lessons.topLevelItem(0).data(2, Qt.ItemDataRole.AccessibleTextRole) == "done"


def test_course_text_in_the_overview_is_shown_literally(qtbot, context, store, paths, tmp_path):
    from tests.reading_course import COURSE_ID, TINY_PNG
    from tests.ui.test_plain_text import assert_literal_labels, assert_plain_tooltip, hostile_course, tree_tooltips

    probe = tmp_path / "probe.png"
    probe.write_bytes(TINY_PNG)
    data = hostile_course(paths.user_library / COURSE_ID, probe)
    window = make_window(qtbot, context, store)
    window.library.refresh()
    assert window.courses.open_course(COURSE_ID)
    overview = overview_of(window)
    assert overview.summary.text() == data["modules"][0]["summary"]
    assert data["modules"][0]["reflection_questions"][0] in overview.answers.boxes[0].label.text()
    assert_literal_labels(window)
    for tip in tree_tooltips(overview.lessons):
        assert_plain_tooltip(tip)


def test_an_answer_typed_but_not_saved_is_kept_when_the_window_closes(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    box = overview_of(window).answers.boxes[2]
    qtbot.keyClicks(box.editor, "Half a thought")
    window.close()
    assert [(n.question, n.body) for n in store.notes(BUNDLED_ID)] == [(2, "Half a thought")]


def test_an_emptied_answer_is_removed(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    module = course.modules[0]
    store.add_answer(BUNDLED_ID, module.id, 0, module.reflection_questions[0], "Second thoughts")
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    box = overview_of(window).answers.boxes[0]
    assert box.editor.toPlainText() == "Second thoughts"
    box.editor.clear()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert store.notes(BUNDLED_ID) == [] and box.state.text() == ""
