"""The lecture player on real libVLC (dummy outputs) and the committed 4-second test lecture."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from smartcourse_desktop.courses.model import Chapter, Course, Lesson, LessonKind, Module
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.player.vlc_player import PlaybackState

MEDIA = Path(__file__).parent.parent / "fixtures"
LECTURE = Lesson(
    "l1", LessonKind.VIDEO, "Parking and the city", 4.0, media="lecture.mp4", audio="lecture.m4a",
    captions={"en": "lecture.en.vtt", "de": "lecture.de.vtt"},
    chapters=(Chapter("Welcome", 0.0), Chapter("Parking", 1.5), Chapter("Thanks", 3.0)),
)
SECOND = Lesson("l2", LessonKind.VIDEO, "Second", 4.0, media="lecture.mp4")


def make_course(root: Path, *lessons: Lesson) -> Course:
    module = Module("m1", "Module", lessons or (LECTURE, SECOND))
    return Course("org.example.test", "1.0", "Test", ("en",), "p", (), "CC0", "", (module,), (), root)


@pytest.fixture
def course() -> Course:
    return make_course(MEDIA)


def make_player(qtbot, store, context) -> PlayerWidget:
    widget = PlayerWidget(store, context.settings)
    qtbot.addWidget(widget, before_close_func=PlayerWidget.shutdown)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_ready(qtbot, widget: PlayerWidget, course: Course, lesson: Lesson = LECTURE) -> None:
    widget.open_lesson(course, lesson, widget.store.lesson(course.id, lesson.id))
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.READY, timeout=5000)


def play_until(qtbot, widget: PlayerWidget, seconds: float) -> None:
    qtbot.mouseClick(widget.controls.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.player.position >= seconds, timeout=8000)


def test_play_pause_resume_and_time_label(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    assert widget.controls.time_label.text() == "0:00 / 0:04"
    play_until(qtbot, widget, 1.0)
    assert widget.player.state == PlaybackState.PLAYING
    assert widget.controls.play_button.accessibleName() == "Pause"
    with qtbot.waitSignal(widget.player.state_changed, timeout=3000):
        qtbot.mouseClick(widget.controls.play_button, Qt.MouseButton.LeftButton)
    assert widget.player.state == PlaybackState.PAUSED
    paused_at = widget.player.position
    assert store.lesson(course.id, LECTURE.id).position == pytest.approx(paused_at, abs=0.3)
    widget.stage.surface.setFocus()
    qtbot.keyClick(widget.stage.surface, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: widget.player.position > paused_at + 0.3, timeout=5000)


def test_seek_by_chapter_and_keys(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    play_until(qtbot, widget, 0.2)
    chapters = widget.chapters
    rect = chapters.visualItemRect(chapters.item(2))
    widget.side.setCurrentWidget(chapters)
    qtbot.mouseClick(chapters.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: widget.player.position >= 3.0, timeout=5000)
    widget.stage.surface.setFocus()
    with qtbot.waitSignal(widget.player.position_changed, timeout=2000):
        qtbot.keyClick(widget.stage.surface, Qt.Key.Key_Left)
    assert widget.player.position < 1.0


def test_speed_volume_and_mute_are_applied_and_remembered(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    play_until(qtbot, widget, 0.2)
    widget.stage.surface.setFocus()
    for key in ("]", "]", "]", "]", "]"):
        qtbot.keyClicks(widget.stage.surface, key)
    assert widget.controls.speed.currentText() == "2×"
    qtbot.waitUntil(lambda: widget.player.vlc_rate() == pytest.approx(2.0), timeout=2000)
    qtbot.keyClicks(widget.stage.surface, "[")
    assert context.settings.get("player.rate") == 1.75
    qtbot.keyClick(widget.stage.surface, Qt.Key.Key_Down)
    qtbot.keyClicks(widget.stage.surface, "m")
    assert context.settings.get("player.volume") == 75
    assert context.settings.get("player.muted") is True
    assert widget.controls.mute_button.accessibleName() == "Unmute"
    again = PlayerWidget(store, context.settings)
    qtbot.addWidget(again)
    assert again.controls.speed.currentText() == "1.75×" and again.controls.volume.value() == 75


def test_playing_to_the_end_completes_from_real_segments(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    widget.set_rate(2.0)
    open_ready(qtbot, widget, course)
    with qtbot.waitSignal(widget.completed, timeout=10000) as done:
        qtbot.mouseClick(widget.controls.play_button, Qt.MouseButton.LeftButton)
    assert done.args == [LECTURE.id]
    record = store.lesson(course.id, LECTURE.id)
    assert record.completed and record.played_seconds >= 0.9 * 4.0
    assert record.time_spent < 3.5  # double speed: less wall time than media time


def test_seeking_to_the_end_completes_nothing(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    play_until(qtbot, widget, 0.3)
    with qtbot.waitSignal(widget.player.ended, timeout=8000):
        widget.seek(3.5)
    record = store.lesson(course.id, LECTURE.id)
    assert not record.completed
    assert record.played_seconds < 1.5


def test_position_is_restored_after_a_restart(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    play_until(qtbot, widget, 1.5)
    widget.shutdown()
    saved = store.lesson(course.id, LECTURE.id).position
    assert saved >= 1.5
    restarted = make_player(qtbot, store, context)
    open_ready(qtbot, restarted, course)
    assert restarted.controls.time_label.text().startswith(f"0:0{int(saved)}")
    positions: list[int] = []
    restarted.player.position_changed.connect(positions.append)
    qtbot.mouseClick(restarted.controls.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(ms > 0 for ms in positions), timeout=5000)
    assert min(ms for ms in positions if ms > 0) >= (saved - 0.5) * 1000


def test_corrupt_file_shows_a_message_and_other_lectures_still_play(qtbot, store, context, tmp_path):
    (tmp_path / "broken.mp4").write_bytes(os.urandom(100_000))
    (tmp_path / "lecture.mp4").write_bytes((MEDIA / "lecture.mp4").read_bytes())
    broken = Lesson("bad", LessonKind.VIDEO, "Broken", 4.0, media="broken.mp4")
    course = make_course(tmp_path, broken, SECOND)
    widget = make_player(qtbot, store, context)
    widget.open_lesson(course, broken, store.lesson(course.id, broken.id))
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.ERROR, timeout=5000)
    assert widget.screen_stack.currentWidget() is widget.message
    assert "cannot be played" in widget.message.text() and "broken.mp4" in widget.message.text()
    open_ready(qtbot, widget, course, SECOND)
    assert widget.screen_stack.currentWidget() is widget.stage
    play_until(qtbot, widget, 0.5)


def test_missing_file_is_reported(qtbot, store, context, tmp_path):
    course = make_course(tmp_path, SECOND)
    widget = make_player(qtbot, store, context)
    widget.open_lesson(course, SECOND, store.lesson(course.id, SECOND.id))
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.ERROR, timeout=5000)
    assert "lecture.mp4 is missing" in widget.message.text()


def test_caption_and_transcript_follow_playback(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    assert widget.stage.captions.text() == "Welcome to the test lecture."
    play_until(qtbot, widget, 1.6)
    qtbot.waitUntil(lambda: widget.stage.captions.text() == "Parking policy shapes the city.", timeout=3000)
    assert widget.stage.captions.isVisible()
    assert widget.transcript.lines.currentRow() == 1
    widget.stage.surface.setFocus()
    qtbot.keyClicks(widget.stage.surface, "c")
    assert not widget.stage.captions.isVisible() and context.settings.get("player.captions") is False


def test_transcript_search_and_click_seeks(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    panel = widget.transcript
    qtbot.keyClicks(panel.search, "thank")
    assert [panel.lines.item(r).isHidden() for r in range(3)] == [True, True, False]
    assert panel.matches.text() == "1 line found"
    rect = panel.lines.visualItemRect(panel.lines.item(2))
    qtbot.mouseClick(panel.lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.player.position == pytest.approx(3.0)
    assert widget.stage.captions.text() == "Thank you for listening."


def test_caption_language_switch_is_remembered(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    widget.set_caption_language("de")
    assert widget.stage.captions.text() == "Willkommen zur Testvorlesung."
    assert context.settings.get("player.caption_language") == "de"
    widget.open_lesson(course, LECTURE, store.lesson(course.id, LECTURE.id))
    assert widget.captions.language == "de"


def test_audio_only_plays_the_audio_rendition(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    widget.menu.audio_only.setChecked(True)
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.READY, timeout=5000)
    assert widget.player._path.name == "lecture.m4a"
    assert widget.stage.audio_card.isVisible() and not widget.stage.surface.isVisible()
    play_until(qtbot, widget, 0.5)


def two_modules() -> Course:
    """Module 1 ends with a reading after its last lecture; module 2 opens with a reading."""
    reading = Lesson("r1", LessonKind.READING, "A reading", 60.0, reading="r1.md")
    later = Lesson("r2", LessonKind.READING, "Another reading", 60.0, reading="r2.md")
    modules = (Module("m1", "Module one", (LECTURE, reading)), Module("m2", "Module two", (later, SECOND)))
    return Course("org.example.test", "1.0", "Test", ("en",), "p", (), "CC0", "", modules, (), MEDIA)


def play_to_the_end(qtbot, widget: PlayerWidget, course: Course) -> None:
    widget.next_requested.connect(lambda lesson_id: widget.open_lesson(
        course, course.lesson(lesson_id), widget.store.lesson(course.id, lesson_id)))
    open_ready(qtbot, widget, course)
    widget.seek(3.5)
    widget.play()
    qtbot.waitUntil(lambda: widget.up_next.isVisible(), timeout=8000)


def test_play_next_counts_down_then_plays_the_first_lecture_of_the_next_module(qtbot, store, context):
    context.settings.set("player.play_next", True)
    course = two_modules()
    widget = make_player(qtbot, store, context)
    play_to_the_end(qtbot, widget, course)
    assert widget.up_next.label.text() == "Up next: Second in 5 s"
    assert widget.up_next.cancel_button.hasFocus()
    for _second in range(4):
        widget.up_next.timer.timeout.emit()
    assert widget.up_next.label.text() == "Up next: Second in 1 s" and widget.lesson.id == LECTURE.id
    with qtbot.waitSignal(widget.next_requested, timeout=1000):
        widget.up_next.timer.timeout.emit()
    assert widget.lesson.id == SECOND.id and not widget.up_next.isVisible()
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.PLAYING, timeout=5000)


@pytest.mark.parametrize("how", ["click", "escape"])
def test_cancel_or_escape_stops_the_next_lecture(qtbot, store, context, how):
    context.settings.set("player.play_next", True)
    course = two_modules()
    widget = make_player(qtbot, store, context)
    play_to_the_end(qtbot, widget, course)
    requested: list[str] = []
    widget.next_requested.connect(requested.append)
    if how == "click":
        qtbot.mouseClick(widget.up_next.cancel_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(widget.up_next.cancel_button, Qt.Key.Key_Escape)
    assert not widget.up_next.isVisible() and not widget.up_next.timer.isActive()
    for _second in range(6):
        widget.up_next.timer.timeout.emit()
    assert requested == [] and widget.lesson.id == LECTURE.id


def test_without_play_next_nothing_counts_down(qtbot, store, context):
    course = two_modules()
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    widget.seek(3.5)
    widget.play()
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.ENDED, timeout=8000)
    assert not widget.up_next.isVisible()



def test_a_deleted_player_stops_libvlc_before_its_video_surface_goes(qtbot, store, context, course):
    """A course removed while its lecture plays deletes the player: libVLC must have let go of the
    video surface, which it draws into, before Qt destroys that surface."""
    from shiboken6 import Shiboken

    widget = PlayerWidget(store, context.settings)  # not handed to qtbot: this test deletes it
    widget.show()
    qtbot.waitExposed(widget)
    open_ready(qtbot, widget, course)
    play_until(qtbot, widget, 0.5)
    player = widget.player
    busy_when_the_surface_went: list[bool] = []
    widget.stage.surface.destroyed.connect(
        lambda: busy_when_the_surface_went.append(player._player is not None or player._worker._thread is not None))
    Shiboken.delete(widget)
    assert busy_when_the_surface_went == [False]

WITHOUT_VLC = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
sys.path.insert(0, sys.argv[2])
from test_player import LECTURE, make_course
app = QApplication([])
scratch = Path(sys.argv[1])
widget = PlayerWidget(Store.open(scratch / "db"), Settings(scratch / "settings.json"))
course = make_course(Path(sys.argv[3]))
widget.open_lesson(course, LECTURE, widget.store.lesson(course.id, LECTURE.id))
print(widget.message.text() if widget.screen_stack.currentWidget() is widget.message else "no message")
"""


def test_without_libvlc_the_pane_says_what_is_missing(tmp_path):
    import subprocess
    import sys

    env = dict(os.environ, PYTHON_VLC_LIB_PATH=str(tmp_path / "libvlc.so.5"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", WITHOUT_VLC, str(tmp_path), str(Path(__file__).parent), str(MEDIA)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Lectures cannot play on this computer" in result.stdout
    assert "apt-get install libvlc5" in result.stdout


def test_audio_only_without_a_rendition_plays_the_video_without_picture(qtbot, store, context, course):
    context.settings.set("player.audio_only", True)
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course, SECOND)
    assert widget.player._path.name == "lecture.mp4" and widget.player._no_video
    assert widget.stage.audio_card.isVisible() and "Second" in widget.stage.audio_card.text()
    play_until(qtbot, widget, 0.5)


def test_fullscreen_keeps_only_the_picture_and_esc_leaves(qtbot, store, context, course):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    header = QLabel("Lesson title")
    layout.addWidget(header)
    widget = PlayerWidget(store, context.settings)
    qtbot.addWidget(window, before_close_func=lambda _window: widget.shutdown())
    layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    open_ready(qtbot, widget, course)
    widget.stage.surface.setFocus()
    qtbot.keyClicks(widget.stage.surface, "f")
    assert widget.fullscreen.active and not header.isVisible() and not widget.side.isVisible()
    qtbot.keyClick(widget.stage.surface, Qt.Key.Key_Escape)
    assert not widget.fullscreen.active and header.isVisible() and widget.side.isVisible()


def test_space_on_a_focused_control_uses_that_control(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    widget.controls.captions_button.setFocus()
    assert widget.controls.captions_button.isChecked()
    qtbot.keyClick(widget.controls.captions_button, Qt.Key.Key_Space)
    assert not widget.controls.captions_button.isChecked()
    assert widget.player.state == PlaybackState.READY  # Space did not start playback
    widget.controls.play_button.setFocus()
    qtbot.keyClick(widget.controls.play_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.PLAYING, timeout=5000)


def test_seek_bar_keys_seek(qtbot, store, context, course):
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    widget.controls.seek_bar.setFocus()
    qtbot.keyClick(widget.controls.seek_bar, Qt.Key.Key_End)
    assert widget.player.position == pytest.approx(3.75)
    qtbot.keyClick(widget.controls.seek_bar, Qt.Key.Key_Home)
    assert widget.player.position == 0
    assert widget.controls.time_label.text() == "0:00 / 0:04"


def test_destroying_a_playing_player_closes_its_outbox(qtbot, store, context, course):
    """libVLC keeps sending events from its threads; once the facade is gone none may reach it."""
    import shiboken6

    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    play_until(qtbot, widget, 0.5)
    player = widget.player
    outbox = player._outbox
    vlc_player = player._player
    shiboken6.delete(player)  # gone without being retired: its MediaPlayer still plays
    assert outbox._emit is None
    qtbot.wait(400)  # libVLC time events keep coming in this time
    assert vlc_player.get_time() > 0
    vlc_player.stop()
    vlc_player.release()
    widget.player = None  # the facade is gone: nothing left for the test's teardown to shut down
