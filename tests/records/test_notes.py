"""The learner's notes and reflection answers as Markdown and HTML in course order, and the lecture
moments they name."""

from __future__ import annotations

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.notes import clock, match_answers, notes_html, notes_markdown
from tests.package_factory import manifest

QUESTIONS = ["Who gains, and who loses?", "Who decides <here>?"]


def demo_course(questions: list[str] = QUESTIONS):
    data = manifest("1.0")
    data["modules"][0]["reflection_questions"] = questions
    return course_from_dict(data)


def test_notes_markdown_follows_course_order(store):
    course = demo_course()
    store.add_note(course.id, "r1", "Check the\nbudget")
    store.add_note(course.id, "intro", "Sensor data", position=75.0)
    store.add_note(course.id, "removed-lesson", "Old thought")
    text = notes_markdown(course, store.notes(course.id))
    assert text.startswith("# Notes: Demo course\n")
    assert text.index("### Intro") < text.index("### Reading") < text.index("## Other lessons")
    assert "(at 1:15): Sensor data" in text and "Check the\n  budget" in text


def test_answers_come_first_in_their_module_under_their_questions(store):
    course = demo_course()
    store.add_note(course.id, "intro", "Sensor data")
    store.add_answer(course.id, "m1", 1, QUESTIONS[1], "The council,\nnot the vendor")
    store.add_answer(course.id, "m1", 0, QUESTIONS[0], "Residents")
    text = notes_markdown(course, store.notes(course.id))
    assert text.index("## Module one") < text.index("### Reflection questions") < text.index("### Intro")
    assert text.index(f"**{QUESTIONS[0]}**") < text.index("Residents") < text.index(f"**{QUESTIONS[1]}**")
    assert "> The council,\n> not the vendor" in text and "Other lessons" not in text


def test_an_edited_note_says_so(store, clock):
    course = demo_course()
    note = store.add_note(course.id, "intro", "draft")
    clock.advance(86400)
    store.update_note(note.id, "final")
    text = notes_markdown(course, store.notes(course.id))
    assert "final" in text and "draft" not in text and "edited 2026-10-01" in text


def test_answers_follow_their_question_when_the_course_reorders_or_rewords_it(store):
    course = demo_course()
    first = store.add_answer(course.id, "m1", 0, QUESTIONS[0], "follows its words")
    second = store.add_answer(course.id, "m1", 1, QUESTIONS[1], "keeps its place")
    gone = store.add_answer(course.id, "m1", 5, "A question since removed", "kept all the same")
    notes = store.notes(course.id)
    assert match_answers((QUESTIONS[1], "Who gains?", QUESTIONS[0]), notes) == ({0: second, 2: first}, [gone])
    assert match_answers((QUESTIONS[0], "Who decides, now?"), notes) == ({0: first, 1: second}, [gone])
    text = notes_markdown(demo_course([QUESTIONS[1], QUESTIONS[0]]), notes)
    assert "**A question since removed**" in text and "kept all the same" in text


def test_notes_html_escapes_course_text_and_notes(store):
    course = demo_course()
    store.add_note(course.id, "intro", "<b>not bold</b>")
    store.add_answer(course.id, "m1", 1, QUESTIONS[1], "a & b")
    page = notes_html(course, store.notes(course.id))
    assert "&lt;b&gt;not bold&lt;/b&gt;" in page and "Who decides &lt;here&gt;?" in page and "a &amp; b" in page
    assert "<b>not bold</b>" not in page


def test_clock_shows_minutes_then_hours():
    assert [clock(s) for s in (-3, 0, 7.9, 187, 3723)] == ["0:00", "0:00", "0:07", "3:07", "1:02:03"]
