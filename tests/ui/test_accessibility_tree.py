"""Test 1 of issue #16: the accessibility tree of the main window, the player and every dialog, as
a screen reader gets it from Qt. No focusable control may be unnamed, and what a sighted learner
reads (done marks, progress, the seek bar's time, a button's label) must be in it too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.player.vlc_player import PlaybackState
from tests.ui.a11y_tree import labels_not_in_names, unnamed_focusable
from tests.ui.test_main_window import BUNDLED_ID, lesson_index, make_window
from tests.ui.test_player_window import open_first_lecture

MEDIA = Path(__file__).parent.parent / "fixtures"
TIME = re.compile(r"^\d+:\d\d(:\d\d)? of \d+:\d\d(:\d\d)?$")


def open_lesson(window: MainWindow, kind: str) -> None:
    window.courses.open_course(BUNDLED_ID)
    _lesson, index = lesson_index(window, kind)
    window.courses.page.outline.setCurrentIndex(index)


def test_library_page(qtbot, context, store):
    window = make_window(qtbot, context, store)
    assert unnamed_focusable(window) == []
    assert labels_not_in_names(window) == []


def test_course_page_with_a_reading(qtbot, context, store):
    window = make_window(qtbot, context, store)
    open_lesson(window, "reading")
    assert unnamed_focusable(window) == []
    assert labels_not_in_names(window) == []


def test_player_with_a_lecture(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    assert unnamed_focusable(window) == []
    assert labels_not_in_names(window) == []


def test_outline_done_cells_say_done_or_not_done(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    tree = QAccessible.queryAccessibleInterface(window.courses.page.outline)
    names = [tree.child(i).text(QAccessible.Text.Name) for i in range(tree.childCount())]  # scrolled off too
    assert names.count("not done") == len(window.courses.page.course.lessons)


def test_course_progress_says_how_many_lessons_are_done(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    total = len(window.courses.page.course.lessons)
    iface = QAccessible.queryAccessibleInterface(window.courses.page.progress)
    assert iface.text(QAccessible.Text.Name) == "Course progress"
    assert iface.text(QAccessible.Text.Description) == f"0 of {total} lessons done"


def test_player_controls_name_their_function_not_their_state(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    controls = window.courses.lesson_pane.player.controls
    qtbot.waitUntil(lambda: window.courses.lesson_pane.player.player.state == PlaybackState.READY, timeout=5000)
    speed = QAccessible.queryAccessibleInterface(controls.speed)
    assert speed.text(QAccessible.Text.Name) == "Playback speed"
    captions = QAccessible.queryAccessibleInterface(controls.captions_button)
    names = set()
    for _ in range(2):
        controls.captions_button.toggle()
        names.add((captions.text(QAccessible.Text.Name), bool(captions.state().checked)))
    assert {name for name, _checked in names} == {"Captions"}
    assert {checked for _name, checked in names} == {True, False}


def test_seek_bar_tells_its_position_as_time(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    seek = QAccessible.queryAccessibleInterface(player.controls.seek_bar)
    assert seek.text(QAccessible.Text.Name) == "Position in the lecture"
    assert TIME.match(seek.text(QAccessible.Text.Description)), seek.text(QAccessible.Text.Description)


def _menu_actions(window: MainWindow) -> list[QAction]:
    found, menus = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # menus that fill themselves on opening
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            elif action.isEnabled() and not action.isSeparator():
                found.append(action)
    return found


OPENS_DIALOG = re.compile(r"…$|About|Keyboard shortcuts")
NOT_HERE = ("Import course", "Quit")  # a system file dialog; quitting


def _dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, (QDialog, QMessageBox)) and w.isVisible() and not isinstance(w, QFileDialog)]


@pytest.mark.parametrize("page", ["library", "course"])
def test_every_dialog_of_the_menus(qtbot, context, store, page):
    window = make_window(qtbot, context, store)
    if page == "course":
        open_lesson(window, "reading")
    checked = []
    for action in _menu_actions(window):
        text = action.text().replace("&", "")
        if not OPENS_DIALOG.search(text) or text.startswith(NOT_HERE):
            continue
        action.trigger()
        for dialog in _dialogs():
            checked.append(text)
            assert unnamed_focusable(dialog) == [], text
            assert labels_not_in_names(dialog) == [], text
            dialog.close()
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QFileDialog):
                box.reject()
    assert len(checked) >= (3 if page == "library" else 6), checked


def test_certificate_and_notes_dialogs(qtbot, context, store):
    window = make_window(qtbot, context, store)
    open_lesson(window, "reading")
    for action in window.findChildren(QAction):
        text = action.text().replace("&", "")
        if text.startswith(("Certificate", "All notes", "Notes")) and action.isEnabled():
            action.trigger()
    for dialog in _dialogs():
        assert unnamed_focusable(dialog) == [], dialog.windowTitle()
        assert labels_not_in_names(dialog) == [], dialog.windowTitle()
    for dock in window.findChildren(QWidget, "notesPanel"):
        assert unnamed_focusable(dock) == []


def test_outline_keeps_no_empty_cells_for_assistive_technology(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    outline = window.courses.page.outline
    model = outline.model()
    for row in range(model.rowCount()):
        module = model.index(row, 0)
        for child in range(model.rowCount(module)):
            done = model.index(child, 2, module)
            assert done.data(Qt.ItemDataRole.AccessibleTextRole) in ("done", "not done")


def test_playing_moves_the_handle_but_not_the_spoken_value_every_tick(qtbot, store, context):
    """Qt tells screen readers about every setValue of a slider; playback must not, several times
    a second. The handle still follows every tick."""
    from tests.ui.test_player import make_course, make_player, open_ready

    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, make_course(MEDIA))
    seek = widget.controls.seek_bar
    handle, values = set(), set()
    widget.player.position_changed.connect(lambda _ms: (handle.add(seek.sliderPosition()), values.add(seek.value())))
    qtbot.mouseClick(widget.controls.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.player.position >= 3.0, timeout=8000)
    assert len(handle) >= 5
    assert len(values) <= 2  # 4 s of lecture: one spoken position, plus the start
    assert TIME.match(QAccessible.queryAccessibleInterface(seek).text(QAccessible.Text.Description))


def test_import_progress_and_its_error_message(qtbot, context, store, tmp_path):
    from tests.ui.test_import_flow import message_box, package

    window = make_window(qtbot, context, store)
    with qtbot.waitSignal(window.import_flow.imported, timeout=20000):
        window.import_flow.import_paths([package(tmp_path)])
        dialog = window.import_flow.dialog
        dialog.show()  # it shows itself only after 300 ms
        assert unnamed_focusable(dialog) == [] and labels_not_in_names(dialog) == []
    broken = tmp_path / "broken.smartcourse"
    broken.write_bytes(b"not a zip")
    window.import_flow.import_paths([broken])
    box = message_box(qtbot)
    assert unnamed_focusable(box) == [] and labels_not_in_names(box) == []
    box.close()


def test_did_you_listen_dialog(qtbot):
    from smartcourse_desktop.courses.model import Lesson, LessonKind
    from smartcourse_desktop.ui.comeback_dialog import ComebackDialog

    dialog = ComebackDialog([Lesson("a", LessonKind.AUDIO, "A walk", 60.0, media="a.m4a")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_focusable(dialog) == [] and labels_not_in_names(dialog) == []
