"""What counts as played: real ticks extend a segment, seeks complete nothing, speed is irrelevant."""

from __future__ import annotations

from smartcourse_desktop.courses.model import Lesson, LessonKind
from smartcourse_desktop.records.playback import LectureSession, PlayedTracker, next_lecture, resume_position
from smartcourse_desktop.records.store import LessonProgress

COURSE = "org.example.course"
LESSON = Lesson("l1", LessonKind.VIDEO, "Lecture", 100.0, media="media/l1.mp4")


class FakeClock:
    """Wall time under the test's control (the tracker compares media time with it)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def play(session: LectureSession, clock: FakeClock, start: float, end: float, rate: float = 1.0) -> None:
    position = start
    while position < end:
        clock.now += 0.25
        position = min(position + 0.25 * rate, end)
        session.tick(position)


def test_continuous_ticks_make_one_segment():
    clock = FakeClock()
    tracker = PlayedTracker(clock)
    for step in range(1, 9):
        clock.now += 0.25
        tracker.tick(step * 0.25)
    segments = tracker.take()
    assert [s for s, _ in segments] == [(0.25, 2.0)]
    assert abs(segments[0][1] - 1.75) < 1e-9


def test_seeking_to_the_end_completes_nothing(store):
    clock = FakeClock()
    session = LectureSession(store, COURSE, LESSON, 0.9, clock)
    play(session, clock, 0, 5)
    session.seek(98)
    play(session, clock, 98, 100)
    assert not session.ended()
    record = store.lesson(COURSE, LESSON.id)
    assert not record.completed
    assert 6 <= record.played_seconds <= 8


def test_a_jump_without_an_explicit_seek_is_not_counted(store):
    clock = FakeClock()
    session = LectureSession(store, COURSE, LESSON, 0.9, clock)
    play(session, clock, 0, 2)
    clock.now += 0.25
    session.tick(60.0)  # e.g. a seek done by another path
    play(session, clock, 60, 61)
    session.pause()
    assert store.lesson(COURSE, LESSON.id).played == [(0.25, 2.0), (60.0, 61.0)]


def test_double_speed_counts_like_normal_speed_and_completes_at_threshold(store):
    clock = FakeClock()
    session = LectureSession(store, COURSE, LESSON, 0.9, clock)
    play(session, clock, 0, 89, rate=2.0)
    assert not session.pause()
    assert not store.lesson(COURSE, LESSON.id).completed
    completed = []
    clock.now += 10  # resume later
    session.tracker.start(89)
    play(session, clock, 89, 91, rate=2.0)
    completed.append(session.pause())
    record = store.lesson(COURSE, LESSON.id)
    assert completed == [True] and record.completed
    assert record.played_seconds >= 90 and record.time_spent < 50


def test_position_is_saved_every_five_seconds_while_playing(store):
    clock = FakeClock()
    session = LectureSession(store, COURSE, LESSON, 0.9, clock)
    play(session, clock, 0, 4.5)
    assert store.lesson(COURSE, LESSON.id).position == 0
    play(session, clock, 4.5, 6)
    assert store.lesson(COURSE, LESSON.id).position >= 5


def test_threshold_from_settings_and_real_length(store):
    clock = FakeClock()
    session = LectureSession(store, COURSE, LESSON, 0.5, clock)
    session.set_length(10.0)  # the manifest said 100 s, the file is 10 s
    play(session, clock, 0, 5.5)
    assert session.pause()


def test_resume_position_restarts_at_the_end():
    assert resume_position(LessonProgress("l", position=42.0), 100) == 42.0
    assert resume_position(LessonProgress("l", position=99.0), 100) == 0.0


def test_next_lecture_skips_readings_and_continues_into_the_next_module():
    from smartcourse_desktop.courses.model import Course, Module

    reading = Lesson("r", LessonKind.READING, "Read", 60, reading="r.md")
    audio = Lesson("a", LessonKind.AUDIO, "Listen", 60, media="a.m4a")
    later_reading = Lesson("r2", LessonKind.READING, "Read more", 60, reading="r2.md")
    no_media = Lesson("v0", LessonKind.VIDEO, "Not there", 60)
    second = Lesson("l2", LessonKind.VIDEO, "Module two's lecture", 100.0, media="media/l2.mp4")
    modules = (Module("m", "M", (LESSON, reading, audio)), Module("n", "N", (later_reading, no_media, second)))
    course = Course("c", "1", "C", ("en",), "p", (), "l", "", modules, ())
    assert next_lecture(course, LESSON) == audio
    assert next_lecture(course, audio) == second
    assert next_lecture(course, reading) == audio
    assert next_lecture(course, second) is None
    assert next_lecture(course, Lesson("x", LessonKind.VIDEO, "Elsewhere", 1.0, media="x.mp4")) is None




def test_a_lecture_marked_by_hand_counts_as_watched_once_really_played(store):
    """docs/completion.md: a verified kind recorded later replaces a self-reported one."""
    from smartcourse_desktop.records.completion import CompletionKind, kind_of, record_completion

    record_completion(store, COURSE, LESSON.id, CompletionKind.MARKED)
    clock = FakeClock()
    session = LectureSession(store, COURSE, LESSON, 0.9, clock)
    play(session, clock, 0, 95)
    session.pause()
    assert kind_of(LESSON, store.lesson(COURSE, LESSON.id)) == CompletionKind.WATCHED


def test_an_undone_lecture_is_watched_again_once_played_on(store):
    from smartcourse_desktop.records.completion import CompletionKind, kind_of, undo_completion

    clock = FakeClock()
    session = LectureSession(store, COURSE, LESSON, 0.9, clock)
    play(session, clock, 0, 95)
    session.pause()
    assert kind_of(LESSON, store.lesson(COURSE, LESSON.id)) == CompletionKind.WATCHED
    undo_completion(store, COURSE, LESSON.id)
    record = store.lesson(COURSE, LESSON.id)
    assert kind_of(LESSON, record) == CompletionKind.UNDONE and record.played_seconds >= 90  # what was played stays
    session.tracker.start(95)
    play(session, clock, 95, 97)
    assert session.pause() and kind_of(LESSON, store.lesson(COURSE, LESSON.id)) == CompletionKind.WATCHED
