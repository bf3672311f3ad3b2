"""Learning events → xAPI statements in the outbox, throttled so that an hour of study makes tens
of statements, not thousands. Called from the event points (lesson opened, lecture playback,
completion); each call builds one small dict and appends it to a list: no I/O on the caller's thread.
"""

from __future__ import annotations

import getpass
import time
from collections.abc import Callable
from functools import partial

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.outbox import Outbox
from smartcourse_desktop.records.progress import course_fraction
from smartcourse_desktop.records.store import Segment, Store
from smartcourse_desktop.records.xapi import (
    Author,
    LectureMoment,
    Now,
    Statement,
    _new_id,
    course_statement,
    lecture_statement,
    lesson_statement,
    make_actor,
    voiding_statement,
)
from smartcourse_desktop.system.policy import Policy

LAUNCH_EVERY = 1800.0  # seconds between two "launched" of one course or lesson
PROGRESS_EVERY = 600.0  # between two "progressed" of one course
PLAY_EVERY = 300.0  # between two "played", two "paused" or two "seeked" of one lecture session
Monotonic = Callable[[], float]


class Throttle:
    """Lets one event per key through every `every` seconds; the first one always passes."""

    def __init__(self, every: float, clock: Monotonic) -> None:
        self.every, self._clock = every, clock
        self._last: dict[object, float] = {}

    def ready(self, key: object) -> bool:
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last < self.every:
            return False
        self._last[key] = now
        return True


class Recorder:
    def __init__(self, outbox: Outbox, author: Author, clock: Monotonic = time.monotonic) -> None:
        self.outbox, self.author, self.clock = outbox, author, clock
        self._launches = Throttle(LAUNCH_EVERY, clock)
        self._progress = Throttle(PROGRESS_EVERY, clock)
        self._fractions: dict[str, float] = {}

    def _add(self, build: Callable[..., Statement], course_id: str, lesson_id: str | None, *args: object) -> str:
        """Queue `build(author, *args)` with the statement's id and time fixed now; return its id.
        The store's writer thread builds it: the caller's thread pays only for a few small objects."""
        author = self.author.fixed_now()
        self.outbox.add(partial(build, author, *args), course_id, lesson_id)
        return author.new_id()

    def course_launched(self, course_id: str, title: str) -> None:
        if self._launches.ready(course_id):
            self._add(course_statement, course_id, None, "launched", course_id, title)

    def lesson_launched(self, course_id: str, lesson: Lesson) -> None:
        if self._launches.ready((course_id, lesson.id)):
            self._add(lesson_statement, course_id, lesson.id, "launched", course_id, lesson)

    def lesson_completed(self, course_id: str, lesson: Lesson, spent: float, by_hand: bool) -> str:
        """A reading read to its end, or any lesson marked done by hand (a distinct extension value)."""
        how = "marked-by-learner" if by_hand else "read"
        return self._add(lesson_statement, course_id, lesson.id, "completed", course_id, lesson, spent, how)

    def lesson_done(self, course: Course, lesson_id: str, was_complete: bool, by_hand: bool) -> None:
        """A lesson was marked complete: by the learner's hand, or a reading read to its end (a
        lecture watched to completion was recorded by its LectureEvents); then the course's progress."""
        lesson = course.lesson(lesson_id)
        progress = self.outbox.store.course(course.id)
        if lesson is not None and not was_complete and (by_hand or not lesson.is_lecture):
            record = progress.get(lesson_id)
            self.lesson_completed(course.id, lesson, record.time_spent if record else 0.0, by_hand)
        self.course_progress(course.id, course.title, course_fraction(course, progress))

    def course_progress(self, course_id: str, title: str, fraction: float) -> None:
        """After a completion: "completed" once the course is whole, else "progressed" (throttled)."""
        before = self._fractions.get(course_id)
        self._fractions[course_id] = fraction
        if fraction >= 1.0 and (before is None or before < 1.0):
            self._add(course_statement, course_id, None, "completed", course_id, title, 1.0)
        elif fraction != before and fraction < 1.0 and self._progress.ready(course_id):
            self._add(course_statement, course_id, None, "progressed", course_id, title, fraction)

    def undo_completion(self, course_id: str, lesson_id: str) -> str | None:
        """Void the lesson's latest completion (the learner undid "done"); the voiding statement's id."""
        voided = self.outbox.completion_ids(course_id).get(lesson_id)
        if voided is None:
            return None
        return self._add(voiding_statement, course_id, lesson_id, voided)

    def lecture(self, course_id: str, lesson: Lesson, threshold: float) -> LectureEvents:
        return LectureEvents(self, course_id, lesson, threshold)


class LectureEvents:
    """The Video Profile statements of one opened lecture (one session id)."""

    def __init__(self, recorder: Recorder, course_id: str, lesson: Lesson, threshold: float) -> None:
        self.recorder, self.course_id, self.lesson = recorder, course_id, lesson
        self.session_id = _new_id()
        self.length = lesson.duration
        self._throttle = Throttle(PLAY_EVERY, recorder.clock)
        self._emit("initialized", LectureMoment(self.session_id, self.length, threshold=threshold))

    def _emit(self, verb: str, moment: LectureMoment, time_from: float | None = None,
              spent: float | None = None) -> str:
        return self.recorder._add(lecture_statement, self.course_id, self.lesson.id, verb, self.course_id,
                                  self.lesson, moment, time_from, spent)

    def _moment(self, position: float, segments: list[Segment] | None = None) -> LectureMoment:
        return LectureMoment(self.session_id, self.length, position, tuple(segments or ()))

    def played(self, position: float) -> None:
        if self._throttle.ready("played"):
            self._emit("played", self._moment(position))

    def paused(self, position: float, segments: list[Segment]) -> None:
        if self._throttle.ready("paused"):
            self._emit("paused", self._moment(position, segments))

    def seeked(self, time_from: float, time_to: float) -> None:
        if self._throttle.ready("seeked"):
            self._emit("seeked", self._moment(time_to), time_from=time_from)

    def completed(self, position: float, segments: list[Segment], spent: float) -> str:
        return self._emit("completed", self._moment(position, segments), spent=spent)

    def terminated(self, position: float, segments: list[Segment]) -> None:
        self._emit("terminated", self._moment(position, segments))


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "learner"


def attach_recorder(store: Store, policy: Policy, now: Now | None = None) -> Recorder:
    """Record the learning events of this store as xAPI statements, always (LRS or not)."""
    actor = make_actor(os_user(), policy.lrs_home_page, policy.lrs_actor_names)
    store.recorder = Recorder(Outbox(store), Author(actor, now) if now else Author(actor))
    return store.recorder
