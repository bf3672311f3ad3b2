"""The completion table on a real store: how a lesson was completed is kept apart and upgraded."""

from __future__ import annotations

import sqlite3

from smartcourse_desktop.courses.model import Lesson, LessonKind
from smartcourse_desktop.records.completion import (
    COMPLETION_TABLE,
    CompletionKind,
    kind_of,
    record_completion,
)
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.records.store_migrations import migrate

COURSE = "org.example.demo"
LECTURE = Lesson("talk", LessonKind.VIDEO, "Talk", 60.0, media="talk.mp4")
READING = Lesson("text", LessonKind.READING, "Text", 60.0, reading="text.md")


def test_every_state_has_a_rule_and_stable_values():
    assert {k.value for k in COMPLETION_TABLE} == {"watched", "read", "marked", "listened_elsewhere", "undone"}
    assert not COMPLETION_TABLE[CompletionKind.MARKED].certificate
    assert COMPLETION_TABLE[CompletionKind.LISTENED_ELSEWHERE].certificate
    assert "self-reported" in COMPLETION_TABLE[CompletionKind.LISTENED_ELSEWHERE].certificate_wording


def test_store_keeps_how_a_lesson_was_completed(tmp_path):
    store = Store.open(tmp_path / "p.sqlite3")
    try:
        assert kind_of(LECTURE, store.lesson(COURSE, "talk")) == CompletionKind.UNDONE
        record_completion(store, COURSE, "talk", CompletionKind.LISTENED_ELSEWHERE)
        record_completion(store, COURSE, "text", CompletionKind.MARKED)
        record_completion(store, COURSE, "text", CompletionKind.LISTENED_ELSEWHERE)  # weaker: stays marked
        assert kind_of(LECTURE, store.lesson(COURSE, "talk")) == CompletionKind.LISTENED_ELSEWHERE
        assert kind_of(READING, store.lesson(COURSE, "text")) == CompletionKind.MARKED
        record_completion(store, COURSE, "talk", CompletionKind.WATCHED)  # verified replaces self-reported
        assert kind_of(LECTURE, store.lesson(COURSE, "talk")) == CompletionKind.WATCHED
    finally:
        store.close()
    reopened = Store.open(tmp_path / "p.sqlite3")
    try:
        assert reopened.lesson(COURSE, "text").completed_how == "marked"
    finally:
        reopened.close()


def test_rows_completed_before_the_column_count_as_watched_or_read(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.isolation_level = None
        migrate(db, path, target=4)  # the schema before completed_how
        for lesson in ("talk", "text"):
            db.execute("INSERT INTO lesson_progress (course_id, lesson_id, completed_at) VALUES (?, ?, 1700000000)",
                       (COURSE, lesson))
    store = Store.open(path)
    try:
        assert kind_of(LECTURE, store.lesson(COURSE, "talk")) == CompletionKind.WATCHED
        assert kind_of(READING, store.lesson(COURSE, "text")) == CompletionKind.READ
    finally:
        store.close()


def test_certificate_says_which_lessons_were_listened_to_elsewhere(tmp_path):
    from datetime import date

    from smartcourse_desktop.records.certificate import build_certificate, certificate_html
    from tests.takeaway.takeaway_helpers import bundled

    course = bundled()
    store = Store.open(tmp_path / "p.sqlite3")
    try:
        record_completion(store, course.id, "m01-lecture", CompletionKind.WATCHED)
        record_completion(store, course.id, "m01-audio", CompletionKind.LISTENED_ELSEWHERE)
        record_completion(store, course.id, "m01-reading", CompletionKind.MARKED)
        cert = build_certificate(course, store.course(course.id), "Ana", issued=date(2026, 1, 1))
    finally:
        store.close()
    page = certificate_html(cert)
    listed = {line.title: line.kind for line in cert.lessons}  # each completed lesson, and how
    assert listed == {"Two Conversations About the Smart City": "watched",
                      "A Walk Through the Sensed City": "listened_elsewhere",
                      course.lesson("m01-reading").title: "marked"}
    for wording in ("watched in the app", "listened to away from the app (self-reported)",
                    "marked done by the learner (not verified)"):
        assert wording in page


def test_undone_counts_toward_nothing_and_keeps_what_was_studied(tmp_path):
    from smartcourse_desktop.records.completion import rule_of, undo_completion

    store = Store.open(tmp_path / "p.sqlite3")
    try:
        store.add_time(COURSE, "text", 120)
        record_completion(store, COURSE, "text", CompletionKind.READ)
        undo_completion(store, COURSE, "text")
        record = store.lesson(COURSE, "text")
        assert kind_of(READING, record) == CompletionKind.UNDONE and record.completed_how == "undone"
        assert not rule_of(READING, record).course_percent and record.time_spent == 120
        record_completion(store, COURSE, "text", CompletionKind.MARKED)  # done again, by hand this time
        assert kind_of(READING, store.lesson(COURSE, "text")) == CompletionKind.MARKED
    finally:
        store.close()
    reopened = Store.open(tmp_path / "p.sqlite3")  # committed before the call returned
    try:
        assert reopened.lesson(COURSE, "text").completed_how == "marked"
    finally:
        reopened.close()
