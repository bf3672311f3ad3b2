"""The open lecture's captions: which language, the cue over the picture and in the transcript,
and their size and colours. What the learner chooses is remembered in the settings."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton

from smartcourse_desktop.courses.model import Course, Lesson, pick_language_code
from smartcourse_desktop.media.captions import CaptionError, Captions, load_captions
from smartcourse_desktop.system.errors import SettingsError
from smartcourse_desktop.system.i18n import current_language
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.player.player_menu import CAPTION_STYLES, PlayerMenu
from smartcourse_desktop.ui.player.transcript_panel import TranscriptPanel
from smartcourse_desktop.ui.player.video_widget import Stage

log = logging.getLogger(__name__)
FOLLOW_MS = 40  # libVLC reports the time only every 250–500 ms; captions must change within 100 ms
AHEAD = 1.0  # never guess further than this past the last report (libVLC may be stalling)
LAG = 0.3  # a report this much behind the time shown is late, not a step back


def remember(settings: Settings, key: str, value: object) -> None:
    """Keep a choice made in the player; one the machine policy locks is not kept."""
    try:
        settings.set(key, value)
    except SettingsError as exc:
        log.info("not remembered: %s", exc)


class CaptionTrack(QObject):
    def __init__(self, settings: Settings, stage: Stage, transcript: TranscriptPanel, button: QAbstractButton,
                 position: Callable[[], float], rate: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings, self.stage, self.transcript, self.button = settings, stage, transcript, button
        self._position, self._rate = position, rate
        self.captions: Captions | None = None
        self._course: Course | None = None
        self._lesson: Lesson | None = None
        self._reported = (0.0, 0.0)  # (media seconds, monotonic seconds) of libVLC's last report
        self._shown_at = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(lambda: self.show_cue(self._estimate()))

    def open(self, course: Course, lesson: Lesson) -> None:
        """Load the lecture's captions in the language the learner chose in the player, else the app's
        language, else the course's, else any (pick_language_code)."""
        self._course, self._lesson = course, lesson
        wanted = self.settings.get("player.caption_language") or current_language()
        self._load(pick_language_code(lesson.captions, wanted, course.default_language) or "")

    def _load(self, language: str) -> None:
        self.captions = None
        if self._lesson is not None and self._course is not None and language:
            try:
                self.captions = load_captions(self._course.path_of(self._lesson.captions[language]), language)
            except CaptionError as exc:
                log.warning("captions unavailable: %s", exc)
        self.transcript.set_captions(self.captions)
        self.button.setEnabled(self.captions is not None)
        self.show_cue(self._position())

    def set_language(self, language: str) -> None:
        remember(self.settings, "player.caption_language", language)
        self._load(language)

    def set_on(self, on: bool) -> None:
        remember(self.settings, "player.captions", on)
        self.show_cue(self._position())

    def set_scale(self, scale: float) -> None:
        remember(self.settings, "player.caption_scale", scale)
        self.apply_style()

    def set_style(self, key: str) -> None:
        remember(self.settings, "player.caption_style", key)
        self.apply_style()

    def apply_style(self) -> None:
        _label, background, text = CAPTION_STYLES.get(self.settings.get("player.caption_style"),
                                                      CAPTION_STYLES["white-on-black"])
        self.stage.captions.set_style(self.settings.get("player.caption_scale"), background, text)

    def reported(self, seconds: float) -> None:
        """libVLC's time. Between reports the track follows the clock, so a report a little
        behind what is shown (it lags) doesn't bring back the cue before."""
        if 0 <= self._shown_at - seconds < LAG and self._timer.isActive():
            seconds = self._shown_at
        self._reported = (seconds, time.monotonic())
        self.show_cue(seconds)

    def follow(self, playing: bool) -> None:
        """While playing, ask for the cue every FOLLOW_MS at the time played since the last report."""
        self._timer.start() if playing else self._timer.stop()

    def _estimate(self) -> float:
        seconds, at = self._reported
        return seconds + min((time.monotonic() - at) * self._rate(), AHEAD)

    def show_cue(self, seconds: float) -> None:
        self._shown_at = seconds
        index = self.captions.index_at(seconds) if self.captions else None
        self.transcript.set_current(index)
        if self.captions is None or not self.button.isChecked():
            self.stage.captions.show_text("")
            return
        self.stage.captions.show_text(self.captions.cues[index].text if index is not None else "")

    def fill_menu(self, menu: PlayerMenu) -> None:
        """The caption parts of the player's More menu, as they are now."""
        menu.fill_languages(list(self._lesson.captions) if self._lesson else [],
                            self.captions.language if self.captions else "", self.set_language)
        menu.fill_sizes(self.settings.get("player.caption_scale"), self.set_scale)
        menu.fill_styles(self.settings.get("player.caption_style"), self.set_style)
