"""Course and module fractions and the continue point, from a real store."""

from __future__ import annotations

import pytest

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.progress import continue_point, course_fraction, module_fraction
from tests.package_factory import manifest


def two_versions():
    old = manifest("1.0")
    old["modules"][0]["lessons"].append({"id": "gone", "kind": "reading", "title": "Gone", "duration": 600,
                                         "reading": "readings/r1.md"})
    return course_from_dict(old), course_from_dict(manifest("2.0"))


def test_progress_survives_a_course_update_and_removed_lessons_drop_out(store):
    old, new = two_versions()
    for lesson in ("intro", "gone"):
        store.mark_complete(old.id, lesson)
    store.save_position(old.id, "r1", 0.0)
    assert 0 < course_fraction(old, store.course(old.id)) < 1
    progress = store.course(new.id)
    assert (progress["intro"].completed and not progress.get("r1", None)) or not progress["r1"].completed
    intro, r1 = new.lessons[0], new.lessons[1]
    expected = intro.duration / (intro.duration + r1.duration)
    assert course_fraction(new, progress) == pytest.approx(expected)
    assert module_fraction(new.modules[0], progress) == pytest.approx(expected)


def test_continue_point_resumes_the_lecture_being_watched(store):
    _old, course = two_versions()
    assert continue_point(course, store.course(course.id))[0].id == "intro"
    store.mark_complete(course.id, "r1")
    store.record_opened(course.id, "intro")
    store.save_position(course.id, "intro", 1.25)
    assert continue_point(course, store.course(course.id)) == (course.lessons[0], 1.25)
    store.mark_complete(course.id, "intro")
    assert continue_point(course, store.course(course.id)) is None


def test_a_reading_is_plausibly_read_after_half_its_time_and_never_after_a_glance():
    from smartcourse_desktop.courses.model import Lesson, LessonKind
    from smartcourse_desktop.records.progress import READING_MINIMUM_S, reading_plausible, reading_time_needed
    from smartcourse_desktop.records.store import LessonProgress

    ten_minutes = Lesson(id="r", kind=LessonKind.READING, title="R", duration=600, reading="r.md")
    no_estimate = Lesson(id="z", kind=LessonKind.READING, title="Z", duration=0, reading="z.md")
    assert reading_time_needed(ten_minutes) == 300
    assert reading_time_needed(no_estimate) == READING_MINIMUM_S > 0
    assert not reading_plausible(ten_minutes, LessonProgress("r", time_spent=295))
    assert reading_plausible(ten_minutes, LessonProgress("r", time_spent=300))
    assert not reading_plausible(no_estimate, LessonProgress("z", time_spent=0))
