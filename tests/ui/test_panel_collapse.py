"""On a small window the side panels collapse into toggle buttons, transcript first, then the outline,
then the notes; the picture and its controls always stay whole."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt

from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.panel_collapse import PICTURE_MIN_WIDTH
from smartcourse_desktop.ui.panel_fit import Panel

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"
HEIGHT = 700


def lecture_window(qtbot, context, store, notes: bool = True) -> MainWindow:
    context.settings.set("ui.show_notes", notes)
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.resize(1600, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    course = context.library.find(BUNDLED_ID).course
    lecture = next(lesson for lesson in course.lessons if lesson.kind.value == "video")
    window.courses.open_course(BUNDLED_ID, lecture.id)
    qtbot.waitUntil(lambda: window.courses.lesson_pane.stack.currentWidget() is window.courses.lesson_pane.player)
    return window


def shown(window: MainWindow) -> set[Panel]:
    page = window.courses.page
    widgets = {Panel.OUTLINE: page.outline, Panel.TRANSCRIPT: page.lesson_pane.player.side,
               Panel.NOTES: window.progress.dock}
    return {panel for panel, widget in widgets.items() if widget.isVisible()}


def resized(qtbot, window: MainWindow, width: int) -> None:
    window.resize(width, HEIGHT)
    qtbot.waitUntil(lambda: window.width() == max(width, window.minimumWidth()))
    qtbot.waitUntil(lambda: not window.panels.collapsed & shown(window))
    qtbot.waitUntil(lambda: lesson_whole(window))  # once the layout has settled


def narrow_until(qtbot, window: MainWindow, collapsed: set[Panel]) -> int:
    """Narrow the window step by step until exactly `collapsed` are collapsed; its width then."""
    for width in range(1600, 540, -10):
        resized(qtbot, window, width)
        if window.panels.collapsed == collapsed:
            return width
    raise AssertionError(f"never collapsed exactly {collapsed}")


def inside(window: MainWindow, widget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def lesson_whole(window: MainWindow) -> bool:
    """The picture keeps its minimum width, and the controls row and every shown panel lie inside
    the window at no less than their minimum width (nothing squeezed or cut off)."""
    player = window.courses.lesson_pane.player
    page = window.courses.page
    docked = [window.progress.dock] if not window.progress.dock.isFloating() else []
    panels_whole = all(inside(window, widget) and widget.width() >= widget.minimumWidth()
                       for widget in [page.outline, player.side, *docked] if widget.isVisible())
    if window.courses.lesson_pane.stack.currentWidget() is not player:
        return panels_whole
    return (player.media_area.width() >= PICTURE_MIN_WIDTH and player.controls.isVisible()
            and player.stage.isVisible() and inside(window, player.controls) and panels_whole)


def assert_lesson_whole(window: MainWindow) -> None:
    assert lesson_whole(window)


def test_panels_collapse_in_order_as_the_window_narrows(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    seen: list[set[Panel]] = []
    for width in range(1600, 540, -30):
        resized(qtbot, window, width)
        if width < window.minimumWidth():
            break  # narrower than the lesson itself: the window cannot go there
        collapsed = set(window.panels.collapsed)
        assert collapsed == {Panel.OUTLINE, Panel.TRANSCRIPT, Panel.NOTES} - shown(window)
        assert_lesson_whole(window)
        if not seen or seen[-1] != collapsed:
            seen.append(collapsed)
    assert seen == [set(), {Panel.TRANSCRIPT}, {Panel.TRANSCRIPT, Panel.OUTLINE},
                    {Panel.TRANSCRIPT, Panel.OUTLINE, Panel.NOTES}]


def test_collapsed_panels_become_toggle_buttons_that_open_them_again(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    toggles = window.panels.toggles
    assert not any(button.isVisible() for button in toggles.values())
    width = narrow_until(qtbot, window, {Panel.TRANSCRIPT, Panel.OUTLINE})
    assert shown(window) == {Panel.NOTES}
    assert {panel for panel, button in toggles.items() if button.isVisible()} == {Panel.TRANSCRIPT, Panel.OUTLINE}
    transcript = toggles[Panel.TRANSCRIPT]
    assert transcript.text() == "Transcript" and transcript.accessibleName()
    assert transcript.focusPolicy() & Qt.FocusPolicy.TabFocus
    transcript.setFocus()
    qtbot.keyClick(transcript, Qt.Key.Key_Space)  # the keyboard opens it, with room made if need be
    assert Panel.TRANSCRIPT in shown(window) and transcript.isChecked() and transcript.isVisible()
    assert_lesson_whole(window)
    qtbot.mouseClick(toggles[Panel.OUTLINE], Qt.MouseButton.LeftButton)
    assert shown(window) == {Panel.OUTLINE} and not transcript.isChecked()
    qtbot.mouseClick(toggles[Panel.OUTLINE], Qt.MouseButton.LeftButton)  # pressed again: collapsed again
    assert shown(window) == {Panel.NOTES}
    resized(qtbot, window, width + 600)
    assert shown(window) == {Panel.OUTLINE, Panel.TRANSCRIPT, Panel.NOTES}
    assert not any(button.isVisible() for button in toggles.values())


def test_collapsed_notes_keep_the_learners_choice_and_one_notes_button(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    resized(qtbot, window, 560)
    assert Panel.NOTES in window.panels.collapsed and not window.progress.dock.isVisible()
    assert window.progress.notes_action.isChecked() and context.settings.get("ui.show_notes")
    notes_buttons = [b for b in window.courses.page.findChildren(type(window.panels.toggles[Panel.NOTES]))
                     if b.isVisible() and b.text() == "Notes"]
    assert notes_buttons == [window.panels.toggles[Panel.NOTES]]
    resized(qtbot, window, 1600)
    assert window.progress.dock.isVisible()


def test_a_reading_has_no_transcript_to_collapse(qtbot, context, store):
    window = lecture_window(qtbot, context, store, notes=False)
    course = window.courses.page.course
    reading = next(lesson for lesson in course.lessons if lesson.kind.value == "reading" and not lesson.is_pdf)
    window.courses.page.outline.select_lesson(reading.id)
    qtbot.waitUntil(lambda: window.courses.lesson_pane.stack.currentWidget() is window.courses.lesson_pane.reading)
    resized(qtbot, window, 1000)
    assert window.panels.collapsed == set() and window.courses.page.outline.isVisible()
    assert not window.panels.toggles[Panel.TRANSCRIPT].isVisible()


def test_floating_notes_take_no_room_and_never_collapse(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    window.progress.dock.setFloating(True)
    resized(qtbot, window, 560)
    assert Panel.NOTES not in window.panels.collapsed and window.progress.dock.isVisible()
    assert not window.panels.toggles[Panel.NOTES].isVisible()
    assert_lesson_whole(window)


def test_a_panel_too_wide_to_fit_even_alone_opens_over_the_lesson_above_the_controls(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    resized(qtbot, window, 560)
    page = window.courses.page
    toggle = window.panels.toggles[Panel.OUTLINE]
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    popup = window.panels.popup
    assert popup is not None and popup.isVisible() and page.outline.isVisible() and toggle.isChecked()
    assert page.outline.parentWidget() is popup
    controls = window.courses.lesson_pane.player.controls
    assert popup.geometry().bottom() < controls.mapToGlobal(QPoint(0, 0)).y()  # the controls stay uncovered
    qtbot.keyClick(page.outline, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert page.outline.parentWidget() is page.splitter and page.splitter.indexOf(page.outline) == 0
    assert not page.outline.isVisible() and not toggle.isChecked() and toggle.hasFocus()
    qtbot.waitUntil(lambda: lesson_whole(window))


def test_notes_too_wide_to_fit_even_alone_float_in_a_window_of_their_own(qtbot, context, store):
    window = lecture_window(qtbot, context, store)
    resized(qtbot, window, 560)
    qtbot.mouseClick(window.panels.toggles[Panel.NOTES], Qt.MouseButton.LeftButton)
    dock = window.progress.dock
    qtbot.waitUntil(lambda: dock.isVisible())
    assert dock.isFloating() and not window.panels.toggles[Panel.NOTES].isVisible()
    qtbot.waitUntil(lambda: lesson_whole(window))


def window_rect(window: MainWindow, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_the_search_panel_takes_room_and_the_panels_collapse_for_it(qtbot, context, store):
    """The search dock (Ctrl+K) beside the lesson narrows the central area without resizing the
    window: the panels must collapse for it too, or the native picture covers the transcript
    (seen in the walkthrough at 1366×768 in Swedish)."""
    window = lecture_window(qtbot, context, store, notes=False)
    resized(qtbot, window, 1200)
    player = window.courses.lesson_pane.player
    assert Panel.TRANSCRIPT in shown(window)
    window.search.show()
    qtbot.waitUntil(lambda: window.search.panel.isVisible())
    qtbot.waitUntil(lambda: lesson_whole(window) and Panel.TRANSCRIPT in window.panels.collapsed)
    page = window.courses.page
    assert window_rect(window, page).right() < window_rect(window, window.search.panel).left()
    assert not player.side.isVisible()
