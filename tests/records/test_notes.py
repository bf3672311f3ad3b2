"""The learner's notes as Markdown in course order, and the lecture moments they name."""

from __future__ import annotations

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.notes import clock, notes_markdown
from tests.package_factory import manifest


def demo_course():
    return course_from_dict(manifest("1.0"))


def test_notes_markdown_follows_course_order(store):
    course = demo_course()
    store.add_note(course.id, "r1", "Check the\nbudget")
    store.add_note(course.id, "intro", "Sensor data", position=75.0)
    store.add_note(course.id, "removed-lesson", "Old thought")
    text = notes_markdown(course, store.notes(course.id))
    assert text.startswith("# Notes: Demo course\n")
    assert text.index("### Intro") < text.index("### Reading") < text.index("## Other lessons")
    assert "(at 1:15): Sensor data" in text and "Check the\n  budget" in text


def test_clock_shows_minutes_then_hours():
    assert [clock(s) for s in (-3, 0, 7.9, 187, 3723)] == ["0:00", "0:00", "0:07", "3:07", "1:02:03"]
