"""The main window as a learner sees it: the library, a course, a lesson."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartcourse_desktop.ui.help_dialogs import ShortcutsDialog, about_text
from smartcourse_desktop.ui.main_window import MainWindow

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"


def first_frame(qtbot, context, store) -> MainWindow:
    """The window as the app first shows it, before `complete`."""
    window = MainWindow(context, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def make_window(qtbot, context, store) -> MainWindow:
    window = first_frame(qtbot, context, store)
    window.complete()
    return window


def activate(qtbot, window) -> None:
    """Shortcuts fire only in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def lesson_index(window: MainWindow, kind: str):
    course = window.courses.page.course
    lesson = next(each for each in course.lessons if each.kind.value == kind)
    row = window.courses.page.outline._lesson_items[lesson.id]
    return lesson, row[0].index()


def test_library_shows_bundled_course_card(qtbot, context, store):
    window = make_window(qtbot, context, store)
    model = window.library.view.cards.model()
    titles = [model.index(r).data() for r in range(model.rowCount())]
    assert "Smart Cities for City Officials" in titles
    index = model.index(titles.index("Smart Cities for City Officials"))
    qtbot.waitUntil(lambda: "on disk" in index.data(Qt.ItemDataRole.AccessibleTextRole))
    summary = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "modules" in summary and "0% complete" in summary


def test_course_sizes_are_measured_off_the_gui_thread(qtbot, context, store):
    window = MainWindow(context, store)  # built, but the event loop has not run yet
    window.complete()
    qtbot.addWidget(window)
    card = window.library.model.card(window.library.model.row_of(BUNDLED_ID))
    assert card.disk_size is None and "on disk" not in window.library.model.summary(card)
    qtbot.waitUntil(lambda: card.disk_size is not None)
    assert card.disk_size == context.library.find(BUNDLED_ID).disk_size() > 0


def test_opening_course_and_reading_shows_its_text(qtbot, context, store):
    window = make_window(qtbot, context, store)
    cards = window.library.view.cards
    cards.setFocus()
    index = cards.model().index(window.library.model.row_of(BUNDLED_ID))
    cards.setCurrentIndex(index)
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.courses.page
    assert window.courses.page.title.text() == "Smart Cities for City Officials"
    lesson, index = lesson_index(window, "reading")
    outline = window.courses.page.outline
    rect = outline.visualRect(index)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.courses.lesson_pane.title.text() == lesson.title
    assert window.courses.lesson_pane.stack.currentWidget() is window.courses.lesson_pane.reading
    text = window.courses.lesson_pane.reading.toPlainText()
    assert len(text) > 20
    assert text.splitlines()[0].strip() in lesson.title or lesson.title.split(":")[0] in text


def test_mark_as_done_updates_outline_course_and_library(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    lesson, index = lesson_index(window, "reading")
    window.courses.page.outline.setCurrentIndex(index)
    qtbot.mouseClick(window.courses.lesson_pane.done_button, Qt.MouseButton.LeftButton)
    assert store.lesson(BUNDLED_ID, lesson.id).completed
    done_item = window.courses.page.outline._lesson_items[lesson.id][2]
    assert done_item.data(Qt.ItemDataRole.AccessibleTextRole) == "done"
    assert window.courses.page.progress.value() > 0
    card = window.library.model.card(window.library.model.row_of(BUNDLED_ID))
    assert card.progress > 0


def test_geometry_and_last_lesson_are_remembered(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.resize(700, 500)
    window.courses.open_course(BUNDLED_ID)
    lesson, index = lesson_index(window, "reading")
    window.courses.page.outline.setCurrentIndex(index)
    window.close()
    again = make_window(qtbot, context, store)
    assert again.size().width() == 700 and again.size().height() == 500
    assert again.pages.currentWidget() is again.courses.page
    assert again.courses.lesson_pane.lesson is not None and again.courses.lesson_pane.lesson.id == lesson.id


def test_continue_opens_next_unfinished_lesson(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    first = course.lessons[0]
    store.mark_complete(BUNDLED_ID, first.id)
    window = make_window(qtbot, context, store)
    window.courses.show_library()
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.courses.lesson_pane.lesson is not None
    assert window.courses.lesson_pane.lesson.id == course.lessons[1].id


def test_help_lists_shortcuts_and_about_names_versions(qtbot, context, store):
    window = make_window(qtbot, context, store)
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)

    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    keys = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Ctrl+O" in keys and "F1" in keys
    # in the menus' order, although the window adds them in two steps
    assert keys.index("Ctrl+O") < keys.index("Ctrl+,") < keys.index("Ctrl+L") < keys.index("Ctrl+Shift+N") \
        < keys.index("F1")
    text = about_text(window)
    assert "Qt " in text and "libVLC" in text and "0.1.0" in text


def test_every_control_has_an_accessible_name(qtbot, context, store):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSlider, QLineEdit

    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    kinds = (QAbstractButton, QAbstractItemView, QLineEdit, QAbstractSlider)
    controls = [w for kind in kinds for w in window.findChildren(kind)
                if w.isVisibleTo(window) and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    unnamed = [w for w in controls if not (w.accessibleName() or getattr(w, "text", lambda: "")())]
    assert controls and not unnamed, [type(w).__name__ + ":" + w.objectName() for w in unnamed]


def test_library_details_describe_the_course_and_start_it(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.show_library()
    details = window.library.view.details
    course = context.library.find(BUNDLED_ID).course
    assert details.isVisible() and details.title.text() == course.title
    assert course.modules[2].title in details.body.text()
    assert details.continue_button.text() == "Start"
    qtbot.mouseClick(details.continue_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.courses.page
    opened = window.courses.lesson_pane.lesson
    assert opened is not None and opened.id == course.lessons[0].id
    window.courses.complete_lesson(course.lessons[0].id)
    window.courses.show_library()
    assert details.continue_button.text() == "Continue" and "% complete" in details.facts.text()


def test_the_first_frame_is_the_library_and_its_menus_then_complete_adds_the_features(qtbot, context, store):
    window = first_frame(qtbot, context, store)
    assert window.pages.currentWidget() is window.library.view
    assert window.library.model.rowCount() == 1
    assert [action.text() for action in window.menuBar().actions()] == [
        "&File", "&Edit", "&View", "&Course", "&Progress", "&Help"]
    assert all(menu.isEmpty() for menu in (window.edit_menu, window.view_menu, window.course_menu,
                                           window.progress_menu))
    assert {"Ctrl+O", "F1"} <= {action.shortcut().toString() for action in window.actions()}
    window.complete()
    window.complete()  # once only
    assert [action.text() for action in window.view_menu.actions()].count("&Library") == 1
    assert not window.progress_menu.isEmpty() and not window.course_menu.isEmpty()
    assert {"Ctrl+L", "Ctrl+K", "Ctrl+Shift+N"} <= {action.shortcut().toString() for action in window.actions()}


def test_a_returning_learner_sees_a_blank_page_then_the_lesson_not_the_library(qtbot, context, store):
    lesson = context.library.find(BUNDLED_ID).course.lessons[2]
    context.settings.set("ui.last_course", BUNDLED_ID)
    context.settings.set("ui.last_lesson", lesson.id)
    window = first_frame(qtbot, context, store)
    blank = window.pages.currentWidget()
    assert blank is not window.library.view and blank.children() == []
    window.complete()
    assert window.pages.currentWidget() is window.courses.page
    assert window.courses.lesson_pane.lesson is not None and window.courses.lesson_pane.lesson.id == lesson.id
    assert window.pages.indexOf(blank) == -1


def test_a_returning_learner_whose_course_is_gone_gets_the_library(qtbot, context, store):
    context.settings.set("ui.last_course", "org.example.removed")
    context.settings.set("ui.last_lesson", "lesson-1")
    window = first_frame(qtbot, context, store)
    window.complete()
    assert window.pages.currentWidget() is window.library.view
    assert window.pages.count() == 1


@pytest.mark.parametrize("how", ["enter on the card", "the continue button"])
def test_a_course_opened_on_the_first_frame_opens_once_the_window_is_complete(qtbot, context, store, how):
    """The course page is built after the first frame; what the learner asked for meanwhile is kept."""
    course = context.library.find(BUNDLED_ID).course
    store.mark_complete(BUNDLED_ID, course.lessons[0].id)
    window = first_frame(qtbot, context, store)
    activate(qtbot, window)
    if how == "enter on the card":
        window.library.view.cards.setFocus()
        qtbot.keyClick(window.library.view.cards, Qt.Key.Key_Return)
    else:
        window.library.view.details.continue_button.setFocus()
        qtbot.keyClick(window.library.view.details.continue_button, Qt.Key.Key_Space)
    assert not window.completed
    window.complete()
    assert window.pages.currentWidget() is window.courses.page
    assert window.navigator.course is not None and window.navigator.course.id == BUNDLED_ID
    lesson = window.courses.lesson_pane.lesson
    assert (lesson.id if lesson else None) == (course.lessons[1].id if how == "the continue button" else None)


def test_closing_before_the_window_is_complete_keeps_its_size(qtbot, context, store):
    window = first_frame(qtbot, context, store)
    window.resize(700, 500)
    window.close()
    again = make_window(qtbot, context, store)
    assert (again.width(), again.height()) == (700, 500)


def test_a_failure_while_completing_leaves_no_blank_page(qtbot, context, store, monkeypatch):
    """Fault injection: reopening the last lesson raises (the crash handler shows it in the app)."""
    from smartcourse_desktop.ui.course_controller import CourseController

    def fail(_self: CourseController) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(CourseController, "restore", fail)
    context.settings.set("ui.last_course", BUNDLED_ID)
    context.settings.set("ui.last_lesson", context.library.find(BUNDLED_ID).course.lessons[0].id)
    window = first_frame(qtbot, context, store)
    with pytest.raises(RuntimeError, match="injected"):
        window.complete()
    assert window.completed and window.pages.count() == 1
    assert window.pages.currentWidget() is window.library.view
    assert window.remove_action.isEnabled()
