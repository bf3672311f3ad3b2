"""What a learner actually played, Qt-free: position ticks in, played segments and completion out.

The player reports its position a few times a second. Consecutive ticks that advance no faster
than the fastest speed allows extend the current segment; a jump (a seek, or anything else the
learner did not sit through) closes it. Segments are in media time, so any speed counts the same.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.completion import VERIFIED, CompletionKind, kind_of, record_completion
from smartcourse_desktop.records.progress import lecture_complete
from smartcourse_desktop.records.store import LessonProgress, Segment, Store
from smartcourse_desktop.system.errors import StoreError

log = logging.getLogger(__name__)

MAX_RATE = 2.0
TICK_SLACK = 1.0  # seconds of media a late tick may run ahead before it counts as a jump
SAVE_INTERVAL = 5.0  # the position is written at least this often while playing
END_MARGIN = 2.0  # a saved position this close to the end resumes from the start

Clock = Callable[[], float]


class PlayedTracker:
    """Turns position ticks into played intervals, ignoring jumps."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._start: float | None = None
        self._last = 0.0
        self._wall_start = 0.0
        self._wall_last = 0.0
        self._closed: list[tuple[Segment, float]] = []

    @property
    def open(self) -> bool:
        return self._start is not None

    def start(self, position: float) -> None:
        """Begin a segment at `position` (playback started or resumed there)."""
        self.interrupt()
        now = self._clock()
        self._start, self._last, self._wall_start, self._wall_last = position, position, now, now

    def tick(self, position: float) -> None:
        if self._start is None:
            self.start(position)
            return
        now = self._clock()
        advance = position - self._last
        if advance < -0.05 or advance > (now - self._wall_last) * MAX_RATE + TICK_SLACK:
            self.start(position)
            return
        self._last = max(self._last, position)
        self._wall_last = now

    def interrupt(self) -> None:
        """Close the open segment (pause, seek, stop); the next tick starts a new one."""
        if self._start is not None and self._last > self._start:
            self._closed.append(((self._start, self._last), self._wall_last - self._wall_start))
        self._start = None

    def take(self) -> list[tuple[Segment, float]]:
        """The segments played since the last call, with the wall time each took."""
        was_open = self._start is not None
        position = self._last
        self.interrupt()
        taken, self._closed = self._closed, []
        if was_open:
            self._start, self._wall_start = position, self._wall_last
        return taken


class LectureSession:
    """One opened lecture: tracks what is played and writes it to the store."""

    def __init__(self, store: Store, course_id: str, lesson: Lesson, threshold: float,
                 clock: Clock = time.monotonic) -> None:
        self.store = store
        self.course_id = course_id
        self.lesson = lesson
        self.threshold = threshold
        self.position = 0.0
        self.tracker = PlayedTracker(clock)
        self._clock = clock
        self._saved_at = clock()
        self.events = store.recorder.lecture(course_id, lesson, threshold) if store.recorder else None

    def set_length(self, seconds: float) -> None:
        """Judge completion against the real media length when libVLC knows it."""
        if seconds > 0:
            self.lesson = replace(self.lesson, duration=seconds)
            if self.events is not None:
                self.events.length = seconds

    def play(self, position: float) -> None:
        """Playback started or resumed at `position`."""
        self.tracker.start(position)
        if self.events is not None:
            self.events.played(position)

    def tick(self, position: float) -> bool:
        """A position report while playing; returns True when the lecture just became complete."""
        self.position = position
        self.tracker.tick(position)
        return self._clock() - self._saved_at >= SAVE_INTERVAL and self.save()

    def seek(self, position: float) -> None:
        self.tracker.interrupt()
        if self.events is not None:
            self.events.seeked(self.position, position)
        self.position = position

    def pause(self) -> bool:
        self.tracker.interrupt()
        completed = self.save()
        if self.events is not None:
            self.events.paused(self.position, self.store.lesson(self.course_id, self.lesson.id).played)
        return completed

    def close(self) -> None:
        """The lecture is left (another lesson, or quitting)."""
        if self.events is not None:
            self.events.terminated(self.position, self.store.lesson(self.course_id, self.lesson.id).played)

    def ended(self) -> bool:
        """Playback reached the end: count up to the end, and start from the top next time."""
        if self.tracker.open:
            self.tracker.tick(self.lesson.duration)
        self.tracker.interrupt()
        self.position = 0.0
        return self.save()

    def save(self) -> bool:
        """Write the played segments and the position; True when this completed the lecture."""
        self._saved_at = self._clock()
        record: LessonProgress | None = None
        for segment, spent in self.tracker.take():
            record = self.store.add_played(self.course_id, self.lesson.id, segment, spent)
        self.store.save_position(self.course_id, self.lesson.id, self.position)
        record = record or self.store.lesson(self.course_id, self.lesson.id)
        if kind_of(self.lesson, record) in VERIFIED or not lecture_complete(self.lesson, record, self.threshold):
            return False  # watched already; one marked by hand or listened elsewhere becomes watched
        try:
            record_completion(self.store, self.course_id, self.lesson.id, CompletionKind.WATCHED)
        except StoreError as exc:  # reported (and retried) by the Mark-as-done path the caller triggers
            log.warning("lecture %s complete, not saved yet: %s", self.lesson.id, exc)
        if self.events is not None:
            self.events.completed(self.position, record.played, record.time_spent)
        return True


def resume_position(record: LessonProgress, duration: float) -> float:
    """Where reopening a lecture continues: the saved position, unless it is at the very end."""
    if duration > 0 and record.position >= duration - END_MARGIN:
        return 0.0
    return max(record.position, 0.0)


def next_lecture(course: Course, lesson: Lesson) -> Lesson | None:
    """What "play next" plays after `lesson`: the next lecture or audio lesson with media in the
    whole course, across modules, skipping readings; None after the last one."""
    ids = [other.id for other in course.lessons]
    if lesson.id not in ids:
        return None
    after = course.lessons[ids.index(lesson.id) + 1:]
    return next((other for other in after if other.is_lecture and (other.media or other.audio)), None)
