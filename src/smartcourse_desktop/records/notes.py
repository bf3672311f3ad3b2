"""Notes as a learner reads them outside the app: one Markdown document per course."""

from __future__ import annotations

from datetime import datetime

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.store import Note


def clock(seconds: float) -> str:
    """A moment in a lecture, as notes, the player and search hits show it: '3:07' or '1:02:03'."""
    seconds = max(int(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def notes_markdown(course: Course, notes: list[Note], labels: dict[str, str] | None = None) -> str:
    """Notes grouped by module and lesson, in course order; notes of removed lessons come last."""
    text = {"title": "Notes", "at": "at", "other": "Other lessons", **(labels or {})}
    lines = [f"# {text['title']}: {course.title}", ""]
    by_lesson: dict[str, list[Note]] = {}
    for note in notes:
        by_lesson.setdefault(note.lesson_id, []).append(note)
    for module in course.modules:
        lessons = [lesson for lesson in module.lessons if lesson.id in by_lesson]
        if lessons:
            lines += [f"## {module.title}", ""]
        for lesson in lessons:
            lines += [f"### {lesson.title}", "", *_items(by_lesson.pop(lesson.id), text["at"])]
    if by_lesson:
        lines += [f"## {text['other']}", ""]
        for lesson_id, rest in by_lesson.items():
            lines += [f"### {lesson_id}", "", *_items(rest, text["at"])]
    return "\n".join(lines).rstrip() + "\n"


def _items(notes: list[Note], at: str) -> list[str]:
    lines = []
    for note in notes:
        when = datetime.fromtimestamp(note.created_at).strftime("%Y-%m-%d %H:%M")
        moment = f" ({at} {clock(note.position)})" if note.position is not None else ""
        body = note.body.strip().replace("\n", "\n  ")
        lines.append(f"- *{when}*{moment}: {body}")
    return [*lines, ""]
