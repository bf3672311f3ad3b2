"""“Up next”: the countdown before the next lecture, alone and in the window with the bundled course."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartcourse_desktop.courses.model import Lesson, LessonKind
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.player.up_next import UpNext
from smartcourse_desktop.ui.player.vlc_player import PlaybackState


def test_the_countdown_names_the_lesson_as_plain_text_and_is_accessible(qtbot):
    banner = UpNext()
    qtbot.addWidget(banner)
    banner.start(Lesson("x", LessonKind.VIDEO, "<b>Bold</b> %2 title", 60.0, media="x.mp4"), focus=False)
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert banner.label.text() == "Up next: <b>Bold</b> %2 title in 5 s"
    assert banner.accessibleName() == "Up next" and banner.cancel_button.accessibleName()
    assert banner.cancel_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    banner.cancel()
    assert not banner.active and not banner.timer.isActive()


def test_the_window_goes_on_from_module_one_to_module_two(qtbot, context, store):
    context.settings.set("player.play_next", True)
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window, before_close_func=lambda w: w.courses.lesson_pane.player.shutdown())
    window.show()
    course = window.library.courses()[0]
    audio = course.lesson("m01-audio")  # the last lecture of module 1, then a reading
    window.courses.go_to(course.id, audio.id, start=audio.duration - 0.8)
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player is not None and player.player.state == PlaybackState.READY, timeout=5000)
    player.play()
    qtbot.waitUntil(lambda: player.up_next.isVisible(), timeout=10000)
    assert player.up_next.label.text() == "Up next: Data Are Made, Not Found in 5 s"
    for _second in range(5):
        player.up_next.timer.timeout.emit()
    assert window.courses.lesson_pane.lesson.id == "m02-lecture"
    assert window.navigator.lesson.id == "m02-lecture"
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PLAYING, timeout=5000)
