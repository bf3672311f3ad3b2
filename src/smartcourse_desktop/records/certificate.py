"""The course certificate's content: plain data, and HTML for a page renderer.

The UI passes translated labels and its own date and duration formats; the core stays Qt-free.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.completion import COMPLETION_TABLE, SELF_REPORTED, CompletionKind, kind_of
from smartcourse_desktop.records.progress import ProgressMap, course_fraction, module_completed_at

LABELS = {
    "heading": "Certificate of completion",
    "intro": "This certifies that",
    "completed": "has completed the course",
    "publisher": "Published by",
    "module": "Module",
    "completed_on": "Completed on",
    "not_completed": "not completed",
    "study_time": "Total study time",
    "issued": "Issued on",
    "reference": "Reference",
    "version": "version",
    "self_reported": "Not verified by the app:",
    "statement_ids": "Completion records in the organisation's learning record store (xAPI statement ids):",
    "no_statement": "none recorded",
}


@dataclass(frozen=True)
class ModuleLine:
    title: str
    completed_on: date | None
    statement_ids: tuple[str, ...] = ()  # the xAPI ids of its lessons' completions, in lesson order


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
    self_reported: tuple[tuple[str, str], ...] = ()  # (lesson title, completion kind) of unverified lessons
    show_statement_ids: bool = False  # an LRS is configured, or completion statements were recorded


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
    kinds = [(lesson.title, kind_of(lesson, progress.get(lesson.id))) for lesson in course.lessons]
    unverified = tuple((title, kind.value) for title, kind in kinds if kind in SELF_REPORTED)
    spent = sum(progress[lesson.id].time_spent for lesson in course.lessons if lesson.id in progress)
    return Certificate(learner.strip(), course.title, course.version, course.publisher, tuple(lines), spent,
                       issued, course_fraction(course, progress) >= 1.0, reference, unverified,
                       bool(ids) or lrs_configured)


def certificate_html(cert: Certificate, labels: dict[str, str] | None = None,
                     format_date: Callable[[date], str] = date.isoformat,
                     format_duration: Callable[[float], str] | None = None) -> str:
    text = {**LABELS, **(labels or {})}
    esc = html.escape
    duration = (format_duration or _hours_minutes)(cert.study_seconds)
    def done(m: ModuleLine) -> str:
        return format_date(m.completed_on) if m.completed_on else text["not_completed"]

    rows = "".join(f"<tr><td>{esc(m.title)}</td><td>{esc(done(m))}</td></tr>" for m in cert.modules)
    listed = "".join(
        f"<li>{esc(title)} – {esc(text.get(kind) or _wording(kind))}</li>"
        for title, kind in cert.self_reported)
    unverified = f"<p>{esc(text['self_reported'])}</p><ul>{listed}</ul>" if listed else ""
    reference = f"<p class='small'>{esc(text['reference'])}: {esc(cert.reference)}</p>" if cert.reference else ""
    return (
        "<html><body style='font-family: sans-serif'>"
        f"<h1 align='center'>{esc(text['heading'])}</h1>"
        f"<p align='center'>{esc(text['intro'])}</p>"
        f"<h2 align='center'>{esc(cert.learner)}</h2>"
        f"<p align='center'>{esc(text['completed'])}</p>"
        f"<h2 align='center'>{esc(cert.course_title)}</h2>"
        f"<p align='center'>{esc(text['version'])} {esc(cert.course_version)} · "
        f"{esc(text['publisher'])} {esc(cert.publisher)}</p>"
        f"<table width='100%' cellpadding='4' border='1' style='border-collapse: collapse'>"
        f"<tr><th align='left'>{esc(text['module'])}</th><th align='left'>{esc(text['completed_on'])}</th></tr>"
        f"{rows}</table>"
        f"{unverified}"
        f"<p>{esc(text['study_time'])}: {esc(duration)}</p>"
        f"<p>{esc(text['issued'])}: {esc(format_date(cert.issued))}</p>{reference}"
        f"{_statement_ids_html(cert, text)}"
        "</body></html>"
    )


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
