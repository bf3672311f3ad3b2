"""The lecture player in the lesson pane: picture, captions, controls, transcript and chapters.

It composes the parts and wires them to the VlcPlayer facade and to a LectureSession, which
records what was really played. Its shortcuts (shortcuts.py) work in the whole window while a
lecture is shown, except where the focused control uses the key itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course, Lesson, LessonKind
from smartcourse_desktop.media.captions import Captions
from smartcourse_desktop.media.vlc_backend import VlcUnavailable
from smartcourse_desktop.records.notes import clock
from smartcourse_desktop.records.playback import LectureSession, next_lecture, resume_position
from smartcourse_desktop.records.store import LessonProgress, Store
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.player.caption_track import CaptionTrack, remember
from smartcourse_desktop.ui.player.chapters import ChapterList
from smartcourse_desktop.ui.player.controls import ARROW_SECONDS, SKIP_SECONDS, Controls, step_rate
from smartcourse_desktop.ui.player.fullscreen import FullScreen
from smartcourse_desktop.ui.player.player_menu import PlayerMenu
from smartcourse_desktop.ui.player.shortcuts import SETTING as SINGLE_KEYS
from smartcourse_desktop.ui.player.shortcuts import PlayerShortcuts, shortcut_rows
from smartcourse_desktop.ui.player.transcript_panel import TranscriptPanel
from smartcourse_desktop.ui.player.up_next import UpNext
from smartcourse_desktop.ui.player.video_widget import Stage
from smartcourse_desktop.ui.player.vlc_player import PlaybackState, VlcPlayer, shut_down_first
from smartcourse_desktop.ui.text import plain

log = logging.getLogger(__name__)

class PlayerWidget(QWidget):
    completed = Signal(str)  # lesson id, once enough of it was played
    next_requested = Signal(str)  # lesson id of the next lecture ("play next")

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lecturePlayer")
        self.store, self.settings = store, settings
        self.player: VlcPlayer | None = None
        self.session: LectureSession | None = None
        self.course: Course | None = None
        self.lesson: Lesson | None = None
        self._autoplay = False
        self._video_mode = False
        self._players = shut_down_first(self)  # before the video surface is made
        self._build()
        self._connect_parts()
        self._install_shortcuts()
        self.caption_track.apply_style()

    # -- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.stage = Stage()
        self.message = plain(QLabel())
        self.message.setObjectName("playerMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.screen_stack = QStackedWidget()
        self.screen_stack.addWidget(self.stage)
        self.screen_stack.addWidget(self.message)
        self.controls = Controls()
        self.menu = PlayerMenu(self)
        self.controls.more_button.setMenu(self.menu)
        self.media_area = QWidget()
        media_layout = QVBoxLayout(self.media_area)
        media_layout.setContentsMargins(0, 0, 0, 0)
        media_layout.addWidget(self.screen_stack, 1)
        self.up_next = UpNext()
        media_layout.addWidget(self.up_next)
        media_layout.addWidget(self.controls)
        self.transcript = TranscriptPanel()
        self.chapters = ChapterList()
        self.side = _SidePanel()
        self.side.setObjectName("playerSide")
        self.side.setAccessibleName(self.tr("Transcript and chapters"))
        self.side.addTab(self.transcript, self.tr("Transcript"))
        self.side.addTab(self.chapters, self.tr("Chapters"))
        self.side.setMinimumWidth(1)  # a narrow window squeezes the transcript, not the picture
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.media_area)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.fullscreen = FullScreen(self.media_area)
        self.caption_track = CaptionTrack(self.settings, self.stage, self.transcript, self.controls.captions_button,
                                          lambda: self.player.position if self.player else 0.0,
                                          lambda: self.player.rate if self.player else 1.0, self)

    def _connect_parts(self) -> None:
        c = self.controls
        c.play_button.clicked.connect(self.toggle)
        c.back_button.clicked.connect(lambda: self.skip(-SKIP_SECONDS))
        c.forward_button.clicked.connect(lambda: self.skip(SKIP_SECONDS))
        c.seek_requested.connect(self.seek)
        c.speed.activated.connect(lambda i: self.set_rate(float(c.speed.itemData(i))))
        c.volume.valueChanged.connect(self.set_volume)
        c.mute_button.toggled.connect(self.set_muted)
        c.captions_button.toggled.connect(self.caption_track.set_on)
        c.fullscreen_button.clicked.connect(self.toggle_fullscreen)
        self.stage.activated.connect(self.toggle)
        self.stage.surface.double_clicked.connect(self.toggle_fullscreen)
        self.transcript.seek_requested.connect(self.seek)
        self.chapters.seek_requested.connect(self.seek)
        self.menu.audio_only.toggled.connect(self.set_audio_only)
        self.menu.play_next.toggled.connect(lambda on: remember(self.settings, "player.play_next", on))
        self.up_next.due.connect(self._play_next)
        self.menu.aboutToShow.connect(self._fill_menu)
        c.show_rate(self.settings.get("player.rate"))
        c.show_volume(self.settings.get("player.volume"), self.settings.get("player.muted"))
        c.captions_button.setChecked(self.settings.get("player.captions"))

    def _install_shortcuts(self) -> None:
        volume = self.controls.volume
        commands: dict[str, Callable[[], None]] = {
            "toggle": self.toggle, "back": lambda: self.skip(-ARROW_SECONDS),
            "forward": lambda: self.skip(ARROW_SECONDS), "back_more": lambda: self.skip(-SKIP_SECONDS),
            "forward_more": lambda: self.skip(SKIP_SECONDS), "louder": lambda: self.set_volume(volume.value() + 5),
            "quieter": lambda: self.set_volume(volume.value() - 5), "mute": self.toggle_mute,
            "captions": self.controls.captions_button.toggle, "slower": lambda: self.step_rate(-1),
            "faster": lambda: self.step_rate(1), "fullscreen": self.toggle_fullscreen,
            "leave_fullscreen": self._escape,
        }
        self.shortcuts = PlayerShortcuts(self, commands, self.settings.get(SINGLE_KEYS))

    def apply_shortcut_setting(self) -> None:
        """Single-key shortcuts on or off, as the learner chose in Preferences."""
        self.shortcuts.set_single_keys(self.settings.get(SINGLE_KEYS))

    def focus_picture(self) -> None:
        """Where a keyboard user acts on a lecture that has just opened: the picture (Space/Enter play)."""
        self.stage.setFocus(Qt.FocusReason.OtherFocusReason)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(description, key) rows for Help ▸ Keyboard shortcuts."""
        return shortcut_rows()

    # -- opening and closing lessons ------------------------------------------------------------
    def open_lesson(self, course: Course, lesson: Lesson, record: LessonProgress, start: float | None = None) -> None:
        """Open a lecture at `start`, or where the learner left it."""
        self.close_lesson()
        self.course, self.lesson = course, lesson
        self.session = LectureSession(self.store, course.id, lesson, self.settings.get("progress.completion_threshold"))
        self.chapters.set_chapters(lesson.chapters)
        self.controls.seek_bar.set_chapter_marks([int(c.start * 1000) for c in lesson.chapters])
        self.side.setTabEnabled(1, bool(lesson.chapters))
        self.caption_track.open(course, lesson)
        if self._ensure_player() is None:
            return
        start = resume_position(record, lesson.duration) if start is None else start
        self.session.position = start
        self._open_media(start)

    def _open_media(self, start: float) -> None:
        assert self.player is not None and self.course is not None and self.lesson is not None
        path, no_video, audio_only = self._media_choice(self.lesson)
        if path is None:
            self._show_message(self.tr("This lecture has no media file."))
            return
        self.screen_stack.setCurrentWidget(self.stage)
        self._video_mode = not audio_only
        self.stage.show_card(self._card_text(audio_only, start))
        self.player.set_video_window(None if audio_only else self.stage.video_handle())
        self.player.open(self.course.path_of(path), start, no_video)
        self.controls.show_time(start, self.lesson.duration)

    def _card_text(self, audio_only: bool, start: float) -> str:
        assert self.lesson is not None
        if audio_only:
            return self.tr("Audio only: %1").replace("%1", self.lesson.title)
        text = self.tr("Press Play or Space to start")
        if start > 0:
            text += "\n" + self.tr("You continue at %1").replace("%1", clock(start))
        return text

    def _media_choice(self, lesson: Lesson) -> tuple[str | None, bool, bool]:
        """(file, play it without decoding video, show the audio card)."""
        audio_only = self.settings.get("player.audio_only") or lesson.kind == LessonKind.AUDIO or not lesson.media
        if audio_only and lesson.audio:
            return lesson.audio, False, True
        return lesson.media, audio_only, audio_only

    def _ensure_player(self) -> VlcPlayer | None:
        if self.player is not None:
            return self.player
        try:
            self.player = VlcPlayer(self)
            self._players.append(self.player)
        except VlcUnavailable as exc:
            self._show_message(self.tr("Lectures cannot play on this computer: %1").replace("%1", str(exc)))
            return None
        self.player.set_rate(self.settings.get("player.rate"))
        self.player.set_volume(self.settings.get("player.volume"))
        self.player.set_muted(self.settings.get("player.muted"))
        self.player.position_changed.connect(self._on_position)
        self.player.duration_changed.connect(self._on_duration)
        self.player.state_changed.connect(self._on_state)
        self.player.error.connect(lambda text: self._show_message(
            self.tr("This lecture cannot be played: %1").replace("%1", text)))
        self.player.ended.connect(self._on_ended)
        return self.player

    def close_lesson(self) -> None:
        """Save where the learner is and stop (lesson change)."""
        if self.session is not None and self.player is not None:
            self._report(self.session.pause())
        if self.session is not None:
            self.session.close()
        if self.player is not None:
            self.player.close()
        self.session, self.lesson, self._autoplay = None, None, False
        self.up_next.cancel()
        self.fullscreen.leave()

    def shutdown(self) -> None:
        """At quit: save the position and let libVLC go."""
        self.close_lesson()
        if self.player is not None:
            self.player.shutdown()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.screen_stack.setCurrentWidget(self.message)
        self.controls.show_playing(False)

    # -- transport ------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.player is not None:
            self._before_start()
            self.player.toggle()

    def play(self) -> None:
        if self.player is not None:
            self._before_start()
            self.player.play()

    def _before_start(self) -> None:
        """Map the video surface before libVLC starts drawing into it."""
        self.up_next.cancel()
        if self._video_mode and self.player is not None and self.player.state in (
                PlaybackState.READY, PlaybackState.ENDED):
            self.stage.show_picture()

    def moment(self, lesson_id: str) -> float | None:
        """Where the open lecture `lesson_id` is, as the learner sees it: its end once it has ended,
        while the stored position goes back to 0 to resume from the top (records/playback.py)."""
        if self.player is None or self.lesson is None or self.lesson.id != lesson_id:
            return None
        return self.player.position

    def seek(self, seconds: float) -> None:
        if self.player is None or self.session is None:
            return
        self.session.seek(seconds)
        self.player.seek(seconds)

    def skip(self, seconds: float) -> None:
        if self.player is not None:
            self.seek(self.player.position + seconds)

    def set_rate(self, rate: float) -> None:
        if self.player is not None:
            self.player.set_rate(rate)
        rate = self.player.rate if self.player is not None else rate
        self.controls.show_rate(rate)
        remember(self.settings, "player.rate", rate)

    def step_rate(self, steps: int) -> None:
        self.set_rate(step_rate(self.settings.get("player.rate"), steps))

    def set_volume(self, volume: int) -> None:
        volume = min(max(volume, 0), 100)
        if self.player is not None:
            self.player.set_volume(volume)
        self.controls.show_volume(volume, self.settings.get("player.muted"))
        remember(self.settings, "player.volume", volume)

    def set_muted(self, muted: bool) -> None:
        if self.player is not None:
            self.player.set_muted(muted)
        remember(self.settings, "player.muted", muted)
        self.controls.show_volume(self.controls.volume.value(), muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self.settings.get("player.muted"))

    def toggle_fullscreen(self) -> None:
        self.fullscreen.leave() if self.fullscreen.active else self.fullscreen.enter()
        self.focus_picture()

    def set_audio_only(self, on: bool) -> None:
        if on == self.settings.get("player.audio_only"):
            return
        remember(self.settings, "player.audio_only", on)
        if self.player is None or self.session is None or self.lesson is None:
            return
        playing = self.player.state == PlaybackState.PLAYING
        self._report(self.session.pause())
        self._autoplay = playing
        self._open_media(self.player.position)

    # -- captions -------------------------------------------------------------------------------
    @property
    def captions(self) -> Captions | None:
        return self.caption_track.captions

    def set_caption_language(self, language: str) -> None:
        self.caption_track.set_language(language)

    def set_caption_scale(self, scale: float) -> None:
        self.caption_track.set_scale(scale)

    def _fill_menu(self) -> None:
        self.caption_track.fill_menu(self.menu)
        for action, key in ((self.menu.audio_only, "player.audio_only"), (self.menu.play_next, "player.play_next")):
            action.blockSignals(True)
            action.setChecked(self.settings.get(key))
            action.setEnabled(not self.settings.is_locked(key))
            action.blockSignals(False)

    # -- from the player ------------------------------------------------------------------------
    def _on_position(self, ms: int) -> None:
        seconds = ms / 1000
        duration = self.player.duration if self.player else 0.0
        self.controls.show_time(seconds, duration or (self.lesson.duration if self.lesson else 0.0))
        self.caption_track.reported(seconds)
        self.chapters.set_position(seconds)
        if self.session is not None and self.player is not None and self.player.state == PlaybackState.PLAYING:
            self._report(self.session.tick(seconds))

    def _on_duration(self, ms: int) -> None:
        if self.session is not None:
            self.session.set_length(ms / 1000)
        self.controls.show_time(self.player.position if self.player else 0.0, ms / 1000)

    def _on_state(self, state: PlaybackState) -> None:
        self.controls.show_playing(state == PlaybackState.PLAYING)
        self.caption_track.follow(state == PlaybackState.PLAYING)
        if self.session is None or self.player is None:
            return
        if state == PlaybackState.PLAYING:
            self.stage.captions.raise_()  # libVLC's picture maps now; a cue shown before it would stay beneath
            self.session.play(self.player.position)
        elif state == PlaybackState.PAUSED:
            self._report(self.session.pause())
        elif state == PlaybackState.READY and self._autoplay:
            self._autoplay = False
            self.play()

    def _on_ended(self) -> None:
        if self.session is None or self.course is None or self.lesson is None:
            return
        self._report(self.session.ended())
        following = next_lecture(self.course, self.lesson) if self.settings.get("player.play_next") else None
        if following is not None:
            focus = QApplication.focusWidget()
            self.up_next.start(following, focus is None or self.media_area.isAncestorOf(focus))

    def _play_next(self, lesson_id: str) -> None:
        self.next_requested.emit(lesson_id)  # the window opens it in the outline, synchronously
        self._autoplay = self.lesson is not None and self.lesson.id == lesson_id

    def _escape(self) -> None:
        self.up_next.cancel() if self.up_next.active else self.fullscreen.leave()

    def _report(self, completed: bool) -> None:
        if completed and self.session is not None:
            self.completed.emit(self.session.lesson.id)


class _SidePanel(QTabWidget):
    """Transcript and chapters: about 30 characters wide unless the window is narrow."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * 32), hint.height())

