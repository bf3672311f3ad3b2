"""The course certificate's content: plain data, and HTML for a page renderer.

The UI passes translated labels and its own date and duration formats; the core stays Qt-free.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.certificate_code import CertificateRecord, record_for
from smartcourse_desktop.records.completion import COMPLETION_TABLE, CompletionKind, kind_of, missing_for_certificate
from smartcourse_desktop.records.progress import ProgressMap, module_completed_at

LABELS = {
    "heading": "Certificate of completion",
    "intro": "This certifies that",
    "completed": "has completed the course",
    "preview": "Preview: the course is not completed yet",
    "not_yet": "has not yet completed the course",
    "publisher": "Published by",
    "module": "Module",
    "completed_on": "Completed on",
    "not_completed": "not completed",
    "study_time": "Total study time",
    "issued": "Issued on",
    "reference": "Reference",
    "version": "version",
    "lessons": "Lessons",
    "how": "How",
    "code": "Verification code",
    "statement_ids": "Completion records in the organisation's learning record store (xAPI statement ids):",
    "no_statement": "none recorded",
}


@dataclass(frozen=True)
class ModuleLine:
    title: str
    completed_on: date | None
    statement_ids: tuple[str, ...] = ()  # the xAPI ids of its lessons' completions, in lesson order


@dataclass(frozen=True)
class LessonLine:
    title: str
    kind: str  # CompletionKind value, worded on the certificate as COMPLETION_TABLE says
    completed_on: date


@dataclass(frozen=True)
class Certificate:
    learner: str
    course_title: str
    course_version: str
    publisher: str
    modules: tuple[ModuleLine, ...]
    study_seconds: float
    issued: date
    complete: bool
    reference: str = ""
    lessons: tuple[LessonLine, ...] = ()  # the completed lessons, in course order, and how each was completed
    show_statement_ids: bool = False  # an LRS is configured, or completion statements were recorded
    record: CertificateRecord | None = None  # what the verification code is computed over

    @property
    def code(self) -> str:
        return self.record.code() if self.record is not None and self.complete else ""


def build_certificate(course: Course, progress: ProgressMap, learner: str, issued: date, reference: str = "",
                      completion_ids: Mapping[str, str] | None = None, lrs_configured: bool = False) -> Certificate:
    """What the certificate says; a module's date is when its last lesson was completed.
    `completion_ids` (lesson id → xAPI statement id, records/outbox.py) lets a manager check each
    module against the LRS; they are listed when there are any, or when an LRS is configured."""
    ids = completion_ids or {}
    lines = []
    for module in course.modules:
        stamp = module_completed_at(module, progress)
        lines.append(ModuleLine(module.title, date.fromtimestamp(stamp) if stamp is not None else None,
                                tuple(ids[lesson.id] for lesson in module.lessons if lesson.id in ids)))
    spent = sum(progress[lesson.id].time_spent for lesson in course.lessons if lesson.id in progress)
    record = record_for(course, progress, learner, issued)
    return Certificate(record.learner, course.title, course.version, course.publisher, tuple(lines), spent,
                       issued, not missing_for_certificate(course, progress), reference,
                       _lesson_lines(course, progress), bool(ids) or lrs_configured, record)


def _lesson_lines(course: Course, progress: ProgressMap) -> tuple[LessonLine, ...]:
    lines = []
    for lesson in course.lessons:
        record = progress.get(lesson.id)
        kind = kind_of(lesson, record)
        if kind != CompletionKind.UNDONE and record is not None and record.completed_at is not None:
            lines.append(LessonLine(lesson.title, kind.value, date.fromtimestamp(record.completed_at)))
    return tuple(lines)


def certificate_html(cert: Certificate, labels: dict[str, str] | None = None,
                     format_date: Callable[[date], str] = date.isoformat,
                     format_duration: Callable[[float], str] | None = None) -> str:
    text = {**LABELS, **(labels or {})}
    esc = html.escape
    duration = (format_duration or _hours_minutes)(cert.study_seconds)
    def done(m: ModuleLine) -> str:
        return format_date(m.completed_on) if m.completed_on else text["not_completed"]

    rows = "".join(f"<tr><td>{esc(m.title)}</td><td>{esc(done(m))}</td></tr>" for m in cert.modules)
    reference = f"<p class='small'>{esc(text['reference'])}: {esc(cert.reference)}</p>" if cert.reference else ""
    code = (f"<p>{esc(text['code'])}: <b><tt>{esc(cert.code)}</tt></b></p>") if cert.code else ""
    preview = "" if cert.complete else f"<p align='center'><b>{esc(text['preview'])}</b></p>"
    return (
        "<html><body style='font-family: sans-serif'>"
        f"{preview}<h1 align='center'>{esc(text['heading'])}</h1>"
        f"<p align='center'>{esc(text['intro'])}</p>"
        f"<h2 align='center'>{esc(cert.learner)}</h2>"
        f"<p align='center'>{esc(text['completed' if cert.complete else 'not_yet'])}</p>"
        f"<h2 align='center'>{esc(cert.course_title)}</h2>"
        f"<p align='center'>{esc(text['version'])} {esc(cert.course_version)} · "
        f"{esc(text['publisher'])} {esc(cert.publisher)}</p>"
        f"<table width='100%' cellpadding='4' border='1' style='border-collapse: collapse'>"
        f"<tr><th align='left'>{esc(text['module'])}</th><th align='left'>{esc(text['completed_on'])}</th></tr>"
        f"{rows}</table>"
        f"{_lessons_html(cert, text, format_date)}"
        f"<p>{esc(text['study_time'])}: {esc(duration)}</p>"
        f"<p>{esc(text['issued'])}: {esc(format_date(cert.issued))}</p>{code}{reference}"
        f"{_statement_ids_html(cert, text)}"
        "</body></html>"
    )


def _lessons_html(cert: Certificate, text: dict[str, str], format_date: Callable[[date], str]) -> str:
    """Each completed lesson and how: watched and read in the app, or the learner's own word, as worded
    in the table of completion states."""
    if not cert.lessons:
        return ""
    esc = html.escape
    rows = "".join(f"<tr><td><small>{esc(line.title)}</small></td>"
                   f"<td><small>{esc(text.get(line.kind) or _wording(line.kind))}</small></td>"
                   f"<td><small>{esc(format_date(line.completed_on))}</small></td></tr>" for line in cert.lessons)
    return (f"<table width='100%' cellpadding='1'><tr><th align='left'><small>{esc(text['lessons'])}</small></th>"
            f"<th align='left'><small>{esc(text['how'])}</small></th>"
            f"<th align='left'><small>{esc(text['completed_on'])}</small></th></tr>{rows}</table>")


def _statement_ids_html(cert: Certificate, text: dict[str, str]) -> str:
    """Per module, the ids of its completion statements, small: one per line, so none is broken."""
    if not cert.show_statement_ids:
        return ""
    esc = html.escape

    def ids(m: ModuleLine) -> str:
        return "<br>".join(f"<tt>{esc(i)}</tt>" for i in m.statement_ids) or esc(text["no_statement"])

    rows = "".join(f"<tr><td><small>{esc(m.title)}</small></td>"
                   f"<td style='white-space: nowrap'><small>{ids(m)}</small></td></tr>" for m in cert.modules)
    return (f"<p><small>{esc(text['statement_ids'])}</small></p>"
            f"<table width='100%' cellpadding='1'>{rows}</table>")


def _hours_minutes(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _wording(kind: str) -> str:
    return COMPLETION_TABLE[CompletionKind(kind)].certificate_wording
