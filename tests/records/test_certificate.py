"""The certificate's content: complete or not, study time, and course text escaped in its HTML."""

from __future__ import annotations

from datetime import date

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.certificate import build_certificate, certificate_html
from smartcourse_desktop.records.store_records import LessonProgress
from tests.package_factory import manifest

ISSUED = date(2026, 3, 2)


def course_titled(title: str):
    data = manifest()
    data["title"] = title
    return course_from_dict(data)


def test_a_finished_course_certificate_names_learner_modules_and_time():
    course = course_titled("Demo course")
    progress = {"intro": LessonProgress("intro", time_spent=120.0, completed_at=1_770_000_000.0),
                "r1": LessonProgress("r1", time_spent=3600.0, completed_at=1_770_000_100.0)}
    cert = build_certificate(course, progress, "  Ann Example ", issued=ISSUED, reference="ab12")
    assert cert.complete and cert.learner == "Ann Example" and cert.study_seconds == 3720.0
    assert [m.title for m in cert.modules] == ["Module one"] and cert.modules[0].completed_on is not None
    text = certificate_html(cert)
    assert "Ann Example" in text and "1 h 02 min" in text and "2026-03-02" in text and "ab12" in text


def test_an_unfinished_module_has_no_date_and_course_text_is_escaped():
    course = course_titled("Aaa <img src=\"/dev/zero\">")
    progress = {"intro": LessonProgress("intro", completed_at=1_770_000_000.0)}
    cert = build_certificate(course, progress, "<b>Ann</b>", issued=ISSUED)
    assert not cert.complete and cert.modules[0].completed_on is None
    text = certificate_html(cert)
    assert "<img" not in text and "&lt;img" in text and "&lt;b&gt;Ann" in text and "not completed" in text


def test_the_completion_statement_ids_are_listed_per_module_when_there_are_any():
    course = course_titled("Demo course")
    progress = {"intro": LessonProgress("intro", completed_at=1_770_000_000.0),
                "r1": LessonProgress("r1", completed_at=1_770_000_100.0)}
    ids = {"r1": "5d3a0e52-7c1f-4b3e-9a7d-2f0c8e1b6a42", "intro": "0b9f6c1e-3d2a-4e8b-8f7c-1a2b3c4d5e6f"}
    cert = build_certificate(course, progress, "Ann", issued=ISSUED, completion_ids=ids)
    assert cert.show_statement_ids
    assert cert.modules[0].statement_ids == (ids["intro"], ids["r1"])  # in lesson order
    text = certificate_html(cert)
    assert "xAPI statement ids" in text and ids["intro"] in text and ids["r1"] in text
    quiet = build_certificate(course, progress, "Ann", issued=ISSUED)
    assert not quiet.show_statement_ids and "xAPI" not in certificate_html(quiet)
    configured = build_certificate(course, progress, "Ann", issued=ISSUED, lrs_configured=True)
    assert configured.show_statement_ids and "none recorded" in certificate_html(configured)


def test_lessons_only_marked_by_hand_do_not_earn_the_certificate():
    """Issue #12.7: marking every lesson done by hand earned the certificate, which said
    "has completed the course" even at 7 %."""
    course = course_titled("Demo course")
    marked = {lesson.id: LessonProgress(lesson.id, time_spent=10.0, completed_at=1_770_000_000.0,
                                        completed_how="marked") for lesson in course.lessons}
    for progress in (marked, {"intro": LessonProgress("intro", completed_at=1_770_000_000.0)}):
        cert = build_certificate(course, progress, "Ann", issued=ISSUED)
        text = certificate_html(cert)
        assert not cert.complete and not cert.code
        assert "has completed the course" not in text and "not yet completed" in text
    assert [line.kind for line in build_certificate(course, marked, "Ann", issued=ISSUED).lessons] == ["marked"] * 2


def test_a_completed_certificate_lists_each_lesson_how_and_carries_its_code():
    course = course_titled("Demo course")
    progress = {"intro": LessonProgress("intro", time_spent=130.0, completed_at=1_770_000_000.0,
                                        completed_how="watched"),
                "r1": LessonProgress("r1", time_spent=3000.0, completed_at=1_770_000_100.0, completed_how="read")}
    cert = build_certificate(course, progress, "Ann", issued=ISSUED)
    assert cert.complete and cert.study_seconds == 3130.0  # the time really recorded, not the course's length
    assert [(line.title, line.kind) for line in cert.lessons] == [("Intro", "watched"), ("Reading", "read")]
    text = certificate_html(cert)
    assert "watched in the app" in text and "read in the app" in text and "52 min" in text
    assert cert.code and cert.code in text and cert.code == cert.record.code()
