"""The one table of completion states and what each counts toward (decided in issue #12).

The store keeps *how* a lesson was completed in `lesson_progress.completed_how`; the values of
`CompletionKind` are stable (the xAPI statements and the progress export use them as they are).
A row completed before the column existed has NULL there: it was watched (a lecture) or read (a
reading), as the app recorded nothing else then. docs/completion.md holds the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.progress import ProgressMap
from smartcourse_desktop.records.store import LessonProgress, Store


class CompletionKind(StrEnum):
    WATCHED = "watched"  # played segments >= the threshold
    READ = "read"  # plausible time on the reading and its end reached
    MARKED = "marked"  # marked done by hand
    LISTENED_ELSEWHERE = "listened_elsewhere"  # self-reported, after a take-away export
    UNDONE = "undone"  # never completed, or completion undone


@dataclass(frozen=True)
class CompletionRule:
    """What one state counts toward."""

    course_percent: bool  # the course and module "% complete"
    outline_done: bool  # the done mark in the outline
    certificate: bool  # counts toward the certificate being offered
    certificate_wording: str  # how the certificate lists such a lesson ("" = not listed)
    export: str  # the value of `completed_how` in the progress export and xAPI


COMPLETION_TABLE: dict[CompletionKind, CompletionRule] = {
    CompletionKind.WATCHED: CompletionRule(True, True, True, "watched in the app", "watched"),
    CompletionKind.READ: CompletionRule(True, True, True, "read in the app", "read"),
    CompletionKind.MARKED: CompletionRule(True, True, False, "marked done by the learner (not verified)", "marked"),
    CompletionKind.LISTENED_ELSEWHERE: CompletionRule(
        True, True, True, "listened to away from the app (self-reported)", "listened_elsewhere"),
    CompletionKind.UNDONE: CompletionRule(False, False, False, "", ""),
}

# A stronger kind replaces a weaker one recorded earlier (watching a lecture after marking it).
VERIFIED = (CompletionKind.WATCHED, CompletionKind.READ)
SELF_REPORTED = (CompletionKind.MARKED, CompletionKind.LISTENED_ELSEWHERE)


def kind_of(lesson: Lesson, record: LessonProgress | None) -> CompletionKind:
    """How `lesson` stands in `record`; NULL in an old row means watched or read, as before."""
    if record is None or record.completed_at is None:
        return CompletionKind.UNDONE
    if record.completed_how:
        try:
            return CompletionKind(record.completed_how)
        except ValueError:  # a newer app's kind: count it as the weakest
            return CompletionKind.MARKED
    return CompletionKind.WATCHED if lesson.is_lecture else CompletionKind.READ


def rule_of(lesson: Lesson, record: LessonProgress | None) -> CompletionRule:
    return COMPLETION_TABLE[kind_of(lesson, record)]


def record_completion(store: Store, course_id: str, lesson_id: str, kind: CompletionKind) -> None:
    """Record that a lesson was completed, and how; a verified kind replaces a self-reported one."""
    if kind == CompletionKind.UNDONE:
        raise ValueError("undo is not a completion")
    replaces = tuple(k.value for k in SELF_REPORTED) if kind in VERIFIED else ()
    store.mark_complete(course_id, lesson_id, kind.value, replaces)


def undo_completion(store: Store, course_id: str, lesson_id: str) -> None:
    """The learner undid "done": the lesson is `undone` (counts toward nothing) until completed again."""
    store.clear_completion(course_id, lesson_id, CompletionKind.UNDONE.value)


def counts_for_certificate(lesson: Lesson, progress: ProgressMap) -> bool:
    """The lesson's state counts toward the certificate (COMPLETION_TABLE: not `marked`, not undone)."""
    return COMPLETION_TABLE[kind_of(lesson, progress.get(lesson.id))].certificate


def missing_for_certificate(course: Course, progress: ProgressMap) -> list[Lesson]:
    """The lessons still to be watched, read or listened to before the certificate is offered."""
    return [lesson for lesson in course.lessons if not counts_for_certificate(lesson, progress)]
