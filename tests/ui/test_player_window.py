"""The player inside the main window: the bundled lecture plays, its keys are listed, quit saves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartcourse_desktop.ui.help_dialogs import ShortcutsDialog
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.player.vlc_player import PlaybackState
from tests.ui.test_main_window import BUNDLED_ID, make_window


def open_first_lecture(qtbot, context, store) -> MainWindow:
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    lecture = next(each for each in window.courses.page.course.lessons if each.kind.value == "video")
    window.courses.page.outline.select_lesson(lecture.id)
    return window


def test_bundled_lecture_plays_in_the_lesson_pane_and_quit_saves_the_position(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    player = window.courses.lesson_pane.player
    assert window.courses.lesson_pane.stack.currentWidget() is player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    player.focus_picture()
    qtbot.keyClick(player.stage, Qt.Key.Key_Space)  # Space on the picture plays (a click only focuses it)
    qtbot.waitUntil(lambda: player.player.position > 1.0, timeout=8000)
    lesson_id = window.courses.lesson_pane.lesson.id
    window.close()
    assert store.lesson(BUNDLED_ID, lesson_id).position >= 1.0


def test_player_keys_are_listed_in_help(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    window.show_shortcuts()
    table = window.findChild(ShortcutsDialog).table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Play or pause the lecture"].startswith("Space, K")
    assert rows["Faster"].startswith("]") and rows["Slower"].startswith("[")
    assert rows["Captions on or off"].startswith("C") and rows["Leave full screen"] == "Esc"


def test_reading_after_a_lecture_stops_it(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    player.play()
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PLAYING, timeout=5000)
    reading = next(each for each in window.courses.page.course.lessons if each.kind.value == "reading")
    window.courses.page.outline.select_lesson(reading.id)
    assert player.player.state == PlaybackState.EMPTY
    assert window.courses.lesson_pane.stack.currentWidget() is window.courses.lesson_pane.reading


def test_play_next_moves_on_to_the_next_lecture_of_the_module(qtbot, context, store):
    context.settings.set("player.play_next", True)
    window = open_first_lecture(qtbot, context, store)
    player = window.courses.lesson_pane.player
    first = window.courses.lesson_pane.lesson
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    player.seek(player.player.duration - 1.0)
    player.play()
    qtbot.waitUntil(lambda: window.courses.lesson_pane.lesson.id != first.id, timeout=8000)
    following = window.courses.lesson_pane.lesson
    assert following.is_lecture and window.courses.page.course.module_of(following.id).id == \
        window.courses.page.course.module_of(first.id).id
    assert window.courses.page.outline.current_lesson_id() == following.id
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PLAYING, timeout=5000)
    assert store.lesson(BUNDLED_ID, first.id).position == 0  # finished: starts from the top next time


def test_playing_a_lecture_through_marks_it_done_in_outline_course_and_library(qtbot, context, store, paths):
    import json
    import shutil
    from pathlib import Path

    media = Path(__file__).parent.parent / "fixtures"
    folder = paths.user_library / "org.example.short"
    folder.mkdir(parents=True)
    shutil.copy(media / "lecture.mp4", folder)
    lesson = {"id": "l1", "kind": "video", "title": "Short lecture", "duration": 4.0, "media": "lecture.mp4"}
    (folder / "course.json").write_text(json.dumps({
        "id": "org.example.short", "version": "1.0", "title": "A short course", "languages": ["en"],
        "publisher": "Test", "authors": ["Test"], "license": "CC0", "files": [],
        "modules": [{"id": "m1", "title": "Only module", "lessons": [lesson]}],
    }))
    context.settings.set("player.rate", 2.0)
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    window.courses.open_course("org.example.short")
    window.courses.page.outline.select_lesson("l1")
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    with qtbot.waitSignal(window.navigator.progress_changed, timeout=10000):
        player.play()
    assert store.lesson("org.example.short", "l1").completed
    assert window.courses.page.outline._lesson_items["l1"][2].data(Qt.ItemDataRole.AccessibleTextRole) == "done"
    assert window.library.model.card(window.library.model.row_of("org.example.short")).progress == 1.0
    assert not window.courses.lesson_pane.done_button.isVisible()


def test_a_lecture_keeps_playing_when_the_window_is_minimised(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    player.play()
    qtbot.waitUntil(lambda: player.player.position > 0.3, timeout=5000)
    window.showMinimized()
    at = player.player.position
    qtbot.waitUntil(lambda: player.player.position > at + 1.0, timeout=5000)
    assert player.player.state == PlaybackState.PLAYING


def test_space_in_the_outline_plays_and_pauses_the_open_lecture(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    outline = window.courses.page.outline
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PLAYING, timeout=8000)
    qtbot.keyClick(outline, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PAUSED, timeout=8000)
    assert window.courses.lesson_pane.lesson.kind.value == "video"
