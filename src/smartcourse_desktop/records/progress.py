"""Progress arithmetic over the course model and the stored lesson records."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from smartcourse_desktop.courses.model import Course, Lesson, Module
from smartcourse_desktop.records.store import LessonProgress

ProgressMap = Mapping[str, LessonProgress]


def is_done(lesson: Lesson, progress: ProgressMap) -> bool:
    record = progress.get(lesson.id)
    return record is not None and record.completed


def fraction(lessons: Iterable[Lesson], progress: ProgressMap) -> float:
    """Share of the study time that is complete, weighted by each lesson's duration."""
    lessons = list(lessons)
    total = sum(max(lesson.duration, 1.0) for lesson in lessons)
    done = sum(max(lesson.duration, 1.0) for lesson in lessons if is_done(lesson, progress))
    return done / total if total else 0.0


def module_fraction(module: Module, progress: ProgressMap) -> float:
    return fraction(module.lessons, progress)


def course_fraction(course: Course, progress: ProgressMap) -> float:
    return fraction(course.lessons, progress)


def module_completed_at(module: Module, progress: ProgressMap) -> float | None:
    """When the module's last lesson was completed (epoch seconds), or None while any is open."""
    stamps = [record.completed_at if (record := progress.get(lesson.id)) else None for lesson in module.lessons]
    done = [stamp for stamp in stamps if stamp is not None]
    return max(done) if done and len(done) == len(stamps) else None


def next_unfinished(course: Course, progress: ProgressMap) -> Lesson | None:
    """The lesson to continue with: the first one in course order that is not complete."""
    return next((lesson for lesson in course.lessons if not is_done(lesson, progress)), None)


def continue_point(course: Course, progress: ProgressMap) -> tuple[Lesson, float] | None:
    """Where "Continue" takes the learner: the unfinished lesson opened most recently (they were in
    the middle of it), else the first unfinished one; with the position a lecture resumes from."""
    unfinished = [lesson for lesson in course.lessons if not is_done(lesson, progress)]
    if not unfinished:
        return None
    opened = [each for each in unfinished if each.id in progress and progress[each.id].last_opened is not None]
    lesson = max(opened, key=lambda each: progress[each.id].last_opened or 0.0) if opened else unfinished[0]
    record = progress.get(lesson.id)
    return lesson, record.position if record is not None and lesson.is_lecture else 0.0


def lecture_complete(lesson: Lesson, record: LessonProgress, threshold: float) -> bool:
    """A lecture is complete once enough of it was actually played, whatever the speed."""
    return lesson.duration > 0 and record.played_seconds >= threshold * lesson.duration


# A reading counts as read at its end only after a plausible share of its reading time was spent
# on it (issue #12.9, #19): half the author's estimate, and never less than a short glance's worth.
READING_SHARE = 0.5
READING_MINIMUM_S = 15.0


def reading_time_needed(lesson: Lesson) -> float:
    """Seconds of study time on `lesson` after which reaching its end marks it read."""
    return max(READING_SHARE * max(lesson.duration, 0.0), READING_MINIMUM_S)


def reading_plausible(lesson: Lesson, record: LessonProgress) -> bool:
    """Enough time was spent on the reading (over all visits) for its end to count as read."""
    return record.time_spent >= reading_time_needed(lesson)
