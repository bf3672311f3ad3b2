"""Where the keyboard focus goes (issue #16): into the lesson that opens, along the visual layout on
Tab, round and round without traps in the window and in its dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from smartcourse_desktop.ui.main_window import MainWindow
from tests.ui.test_main_window import activate
from tests.ui.test_pdf_view import open_pdf_reading, pdf_course
from tests.ui.test_player_window import open_first_lecture


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_stops(qtbot, count: int, backwards: bool = False) -> list[QWidget]:
    stops = []
    for _ in range(count):
        stops.append(focused())
        if backwards:
            qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return stops


def lecture_window(qtbot, context, store) -> MainWindow:
    """At 1366×768 every pane shows (smaller windows collapse the transcript and the outline)."""
    window = open_first_lecture(qtbot, context, store)
    window.resize(1366, 768)
    activate(qtbot, window)
    return window


def test_enter_on_a_reading_in_the_outline_puts_the_focus_in_its_text(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    outline = window.courses.page.outline
    outline.setFocus()
    course = window.courses.page.course
    for _ in range(len(course.lessons) + len(course.modules)):
        if course.lesson(outline.current_lesson_id()).kind.value == "reading":
            break
        qtbot.keyClick(outline, Qt.Key.Key_Down)
    assert focused() is outline  # moving through the outline opens lessons but stays there
    qtbot.keyClick(outline, Qt.Key.Key_Return)
    assert focused() is window.courses.lesson_pane.reading.browser


def test_a_lecture_opened_from_the_outline_by_enter_focuses_the_picture(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    outline = window.courses.page.outline
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Return)
    assert focused() is window.courses.lesson_pane.player.stage


def test_a_pdf_reading_that_opens_has_the_focus_on_its_pages(qtbot, context, store, paths):
    pdf_course(paths.user_library / "org.example.pdfread")
    window = open_pdf_reading(qtbot, context, store)
    assert window.focusWidget() is window.courses.lesson_pane.pdf.pages_area


def test_tab_follows_the_layout_of_the_course_page_and_comes_round_again(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    page, pane = window.courses.page, window.courses.lesson_pane
    player, controls = pane.player, pane.player.controls
    notes_button = next(b for b in page.findChildren(QWidget) if b.accessibleName() == "Notes beside the lesson")
    expected = [page.back_button, notes_button, page.continue_button, page.outline, pane.done_button, player.stage,
                controls.seek_bar, controls.play_button, controls.back_button, controls.forward_button, controls.speed,
                controls.mute_button, controls.volume, controls.captions_button, controls.fullscreen_button,
                controls.more_button]
    page.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    forward = tab_stops(qtbot, 40)
    assert forward[:len(expected)] == expected
    assert player.transcript.lines in forward
    assert page.back_button in forward[1:], "Tab never came back round: a keyboard trap"
    cycle = forward[:forward.index(page.back_button, 1)]
    page.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    backward = tab_stops(qtbot, len(cycle) + 1, backwards=True)
    assert backward == [page.back_button, *reversed(cycle[1:]), page.back_button]


def test_dialogs_opened_by_keys_cycle_on_tab_and_close_on_esc(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    for key, modifiers in ((Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(focused(), key, modifiers)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QDialog), timeout=3000)
        dialog = QApplication.activeWindow()
        stops = tab_stops(qtbot, 30)
        assert all(dialog.isAncestorOf(stop) for stop in stops)
        assert stops[0] in stops[1:], "Tab never came back round in the dialog"
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda shown=dialog: not shown.isVisible(), timeout=3000)
        activate(qtbot, window)  # the offscreen platform does not hand activation back by itself


def test_f6_moves_from_pane_to_pane_and_shift_f6_back(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    page, pane = window.courses.page, window.courses.lesson_pane
    page.outline.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is pane.player.stage
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert pane.player.side.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert window.progress.dock.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is page.outline
    qtbot.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.progress.dock.isAncestorOf(focused())
    window.courses.show_library()
    assert focused() is window.library.view.cards
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert window.library.view.details.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.library.view.cards


def test_continue_puts_the_focus_in_the_lesson_even_when_it_is_open_already(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    page = window.courses.page
    page.continue_button.setFocus()
    qtbot.keyClick(page.continue_button, Qt.Key.Key_Space)
    assert focused() is window.courses.lesson_pane.player.stage
