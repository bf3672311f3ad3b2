"""Notes as a learner reads them outside the app: one document per course, in Markdown or HTML.

Both are written from one grouping (`notes_by_module`): per module, the answers to its reflection
questions, then the notes of its lessons in course order; notes of removed lessons and answers of
removed modules come last. Answers are matched to today's questions by `match_answers`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.store import Note

LABELS = {"title": "Notes", "at": "at", "other": "Other lessons", "questions": "Reflection questions",
          "edited": "edited"}


def clock(seconds: float) -> str:
    """A moment in a lecture, as notes, the player and search hits show it: '3:07' or '1:02:03'."""
    seconds = max(int(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def match_answers(questions: Sequence[str], answers: Iterable[Note]) -> tuple[dict[int, Note], list[Note]]:
    """Today's question number → its answer, and the answers that fit no question any more.

    An answer follows its question's words when a course update reorders the questions, and keeps
    its place when the words alone changed (the slot is still free)."""
    matched: dict[int, Note] = {}
    left = []
    for answer in answers:
        if answer.question_text in questions and questions.index(answer.question_text) not in matched:
            matched[questions.index(answer.question_text)] = answer
        else:
            left.append(answer)
    orphans = []
    for answer in left:
        if answer.question is not None and answer.question < len(questions) and answer.question not in matched:
            matched[answer.question] = answer
        else:
            orphans.append(answer)
    return dict(sorted(matched.items())), orphans


@dataclass
class Section:
    """One module's answers (question text, answer) and notes (lesson title, its notes)."""

    title: str
    answers: list[tuple[str, Note]] = field(default_factory=list)
    lessons: list[tuple[str, list[Note]]] = field(default_factory=list)


def notes_by_module(course: Course, notes: list[Note], other: str = LABELS["other"]) -> list[Section]:
    by_lesson: dict[str, list[Note]] = {}
    by_module: dict[str, list[Note]] = {}
    for note in notes:
        if note.is_answer:
            by_module.setdefault(note.module_id or "", []).append(note)
        else:
            by_lesson.setdefault(note.lesson_id, []).append(note)
    sections = []
    for module in course.modules:
        matched, orphans = match_answers(module.reflection_questions, by_module.pop(module.id, []))
        section = Section(module.title, [(module.reflection_questions[i], a) for i, a in matched.items()])
        section.answers += [(a.question_text or "", a) for a in orphans]
        section.lessons = [(lesson.title, by_lesson.pop(lesson.id)) for lesson in module.lessons
                           if lesson.id in by_lesson]
        if section.answers or section.lessons:
            sections.append(section)
    if by_lesson or by_module:
        rest = Section(other, [(a.question_text or "", a) for answers in by_module.values() for a in answers])
        rest.lessons = list(by_lesson.items())
        sections.append(rest)
    return sections


def when(note: Note, edited: str) -> str:
    """'2026-09-30 12:00', with ', edited 2026-10-01 09:15' once changed (local time)."""
    def stamp(seconds: float) -> str:
        return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")

    return stamp(note.created_at) + (f", {edited} {stamp(note.updated_at)}" if note.edited else "")


def notes_markdown(course: Course, notes: list[Note], labels: dict[str, str] | None = None) -> str:
    text = {**LABELS, **(labels or {})}
    lines = [f"# {text['title']}: {course.title}", ""]
    for section in notes_by_module(course, notes, text["other"]):
        lines += [f"## {section.title}", ""]
        if section.answers:
            lines += [f"### {text['questions']}", ""]
        for question, answer in section.answers:
            quoted = "\n".join(f"> {line}".rstrip() for line in answer.body.strip().splitlines())
            lines += [f"**{question}**", "", quoted, "", f"*{when(answer, text['edited'])}*", ""]
        for title, lesson_notes in section.lessons:
            lines += [f"### {title}", ""]
            for note in lesson_notes:
                moment = f" ({text['at']} {clock(note.position)})" if note.position is not None else ""
                body = note.body.strip().replace("\n", "\n  ")
                lines.append(f"- *{when(note, text['edited'])}*{moment}: {body}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def notes_html(course: Course, notes: list[Note], labels: dict[str, str] | None = None) -> str:
    """The same document as HTML for print and PDF; every text in it is escaped."""
    text = {**LABELS, **(labels or {})}
    e = html.escape
    parts = [f"<h1>{e(text['title'])}: {e(course.title)}</h1>"]
    for section in notes_by_module(course, notes, text["other"]):
        parts.append(f"<h2>{e(section.title)}</h2>")
        if section.answers:
            parts.append(f"<h3>{e(text['questions'])}</h3>")
        for question, answer in section.answers:
            parts.append(f"<p><b>{e(question)}</b></p>{_body(answer.body)}"
                         f"<p><i>{e(when(answer, text['edited']))}</i></p>")
        for title, lesson_notes in section.lessons:
            parts.append(f"<h3>{e(title)}</h3><ul>")
            for note in lesson_notes:
                moment = f" ({e(text['at'])} {clock(note.position)})" if note.position is not None else ""
                parts.append(f"<li><i>{e(when(note, text['edited']))}</i>{moment}: {_body(note.body, 'span')}</li>")
            parts.append("</ul>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _body(body: str, tag: str = "p") -> str:
    return f"<{tag} style='white-space: pre-wrap'>{html.escape(body.strip())}</{tag}>"
