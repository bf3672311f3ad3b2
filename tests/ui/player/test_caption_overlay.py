"""Captions over the picture on the real player (real libVLC, the committed 4-second lecture)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QWidget

from smartcourse_desktop.courses.model import Lesson, LessonKind
from smartcourse_desktop.media.captions import caption_lines, load_captions
from smartcourse_desktop.ui.player.caption_overlay import CaptionOverlay
from smartcourse_desktop.ui.player.controls import Controls
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.player.vlc_player import PlaybackState
from tests.ui.test_player import MEDIA, make_course, make_player, open_ready

GAPPED = """WEBVTT

00:00:00.000 --> 00:00:01.000
First words.

00:00:02.500 --> 00:00:04.000
After a pause.
"""


def dark(widget: QWidget, rect: QRect) -> bool:
    """Every sampled pixel of `rect`, as the widget renders now, is black or nearly."""
    image = widget.grab(rect).toImage()
    return all(QColor(image.pixel(x, y)).lightness() < 24
               for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))


def paused_at_cue(qtbot, widget: PlayerWidget, seconds: float) -> None:
    widget.play()
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.PLAYING, timeout=5000)
    widget.player.pause()
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.PAUSED, timeout=5000)
    widget.seek(seconds)
    qtbot.waitUntil(lambda: widget.stage.captions.text() == "Parking policy shapes the city.", timeout=5000)


def test_captions_off_takes_the_shown_caption_off_the_picture_at_once(qtbot, store, context):
    course = make_course(MEDIA)
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course)
    paused_at_cue(qtbot, widget, 1.6)
    overlay = widget.stage.captions
    assert overlay.isVisible() and widget.controls.captions_button.isChecked()
    where = overlay.geometry()
    qtbot.mouseClick(widget.controls.captions_button, Qt.MouseButton.LeftButton)
    assert not widget.controls.captions_button.isChecked()
    assert not overlay.isVisible() and overlay.text() == ""
    assert dark(widget.stage, where)  # the video surface paints black where the box was, not the stage


def test_the_video_surface_paints_every_pixel_black(qtbot, store, context):
    """libVLC draws only the picture; the surface's bands must be painted, not left as they were."""
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, make_course(MEDIA))
    widget.play()
    qtbot.waitUntil(lambda: widget.stage.surface.isVisible(), timeout=5000)
    widget.controls.captions_button.setChecked(False)
    assert dark(widget.stage, widget.stage.rect())


def test_no_caption_box_between_cues(qtbot, store, context, tmp_path):
    shutil.copy(MEDIA / "lecture.mp4", tmp_path)
    (tmp_path / "gapped.vtt").write_text(GAPPED, encoding="utf-8")
    lesson = Lesson("g", LessonKind.VIDEO, "Gapped", 4.0, media="lecture.mp4", captions={"en": "gapped.vtt"})
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, make_course(tmp_path, lesson), lesson)
    assert widget.stage.captions.isVisible() and widget.stage.captions.text() == "First words."
    widget.play()
    qtbot.waitUntil(lambda: 1.1 < widget.player.position < 2.4 and widget.stage.captions.isHidden(), timeout=5000)
    qtbot.waitUntil(lambda: widget.stage.captions.isVisible(), timeout=5000)
    assert widget.stage.captions.text() == "After a pause."


def test_a_long_caption_is_broken_into_lines_that_fit_with_no_word_alone(qtbot):
    stage = QWidget()
    qtbot.addWidget(stage)
    stage.resize(420, 300)
    overlay = CaptionOverlay(stage)
    stage.show()
    cue = "For others, it means efficient services or a thriving tech economy, and nothing more."
    overlay.show_text(cue)
    lines = overlay.text().split("\n")
    assert len(lines) > 1 and " ".join(lines) == cue
    assert all(len(line.split()) > 1 for line in lines)
    assert all(overlay.fontMetrics().horizontalAdvance(line) < overlay.width() for line in lines)
    assert stage.rect().contains(overlay.geometry())
    spoken = QAccessible.queryAccessibleInterface(overlay).text(QAccessible.Text.Name)
    assert " ".join(spoken.split()) == cue and overlay.accessibleDescription() == "Caption"


def test_the_shown_cue_is_the_one_at_the_players_time(qtbot, store, context):
    """#16: captions change within 100 ms of their cue times. Every time the track is asked about
    (libVLC's reports and the times between them), the box shows the cue with start ≤ t < end,
    give or take 100 ms at a boundary, and the track never shows a time behind libVLC's."""
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, make_course(MEDIA))
    cues = load_captions(MEDIA / "lecture.en.vtt").cues
    track, asked, reports = widget.caption_track, [], []
    original = track.show_cue

    def show_cue(seconds: float) -> None:
        original(seconds)
        asked.append((seconds, widget.stage.captions.text(), reports[-1] if reports else 0.0))

    track.show_cue = show_cue  # type: ignore[method-assign]
    widget.player.position_changed.connect(lambda ms: reports.append(ms / 1000))
    widget.play()
    qtbot.waitUntil(lambda: widget.player.state == PlaybackState.ENDED, timeout=10000)
    playing = [entry for entry in asked if 0 < entry[0] < 3.9]
    assert len(playing) > len(reports)  # asked between libVLC's reports too, not only at them
    for seconds, shown, _report in playing:
        fits = [c.text for c in cues if c.start - 0.1 <= seconds < c.end + 0.1]
        assert shown in fits, (seconds, shown)
    assert all(seconds >= report - 0.001 for seconds, _shown, report in playing)


def test_caption_lines_break_after_punctuation_and_before_link_words():
    assert caption_lines("Short enough.", 40) == ["Short enough."]
    assert caption_lines("For others, it means efficient services or a thriving tech economy.", 40) == [
        "For others, it means efficient services", "or a thriving tech economy."]
    assert caption_lines("Whenever you hear the phrase, ask two questions.", 32) == [
        "Whenever you hear the phrase,", "ask two questions."]


def test_caption_lines_never_leave_one_word_alone():
    for width in range(12, 60):
        text = "Ask ten people and you may get ten answers about what a smart city is."
        lines = caption_lines(text, width)
        assert " ".join(lines) == text
        assert all(len(line) <= width for line in lines)
        assert all(len(line.split()) > 1 for line in lines), (width, lines)


def test_caption_lines_measure_with_the_given_function_and_keep_long_words():
    assert caption_lines("", 10) == []
    assert caption_lines("Supercalifragilistic words here", 12) == ["Supercalifragilistic", "words here"]
    wide = caption_lines("one two three four", 100, lambda s: 10 * len(s))
    assert wide == ["one two", "three four"]


def test_the_caption_toggle_sits_beside_play_in_the_tab_order(qtbot):
    """#16: CC is at the same depth as Play: the same row of the controls, reached by Tab from Play
    without leaving them."""
    controls = Controls()
    qtbot.addWidget(controls)
    controls.resize(800, 80)
    controls.show()
    play, cc = controls.play_button, controls.captions_button
    assert cc.parentWidget() is play.parentWidget() is controls
    assert abs(cc.geometry().center().y() - play.geometry().center().y()) <= 2
    chain, widget = [], play.nextInFocusChain()
    while widget is not cc and widget is not play:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert widget is cc and all(controls.isAncestorOf(w) for w in chain)
