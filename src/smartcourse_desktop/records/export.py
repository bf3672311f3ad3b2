"""The learning record as CSV (one row per lesson) or JSON (courses, modules, lessons), for HR and for the learner."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from smartcourse_desktop import __version__
from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.completion import rule_of
from smartcourse_desktop.records.progress import ProgressMap, course_fraction, module_completed_at, module_fraction
from smartcourse_desktop.records.store import LessonProgress
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.private_files import write_private_text

FORMATS = ("csv", "json")
TIME_FIELDS = ("first_opened", "last_opened", "completed_at")
NUMBER_FIELDS = ("duration", "position", "furthest", "time_spent", "played_seconds")
FIELDS = ("course_id", "course_version", "module_id", "module_title", "lesson_id", "lesson_title", "kind",
          "duration", "first_opened", "last_opened", "position", "furthest", "time_spent", "played_seconds",
          "completed_at", "completed_how")


def iso(timestamp: float | None) -> str:
    """UTC ISO 8601 with seconds, or '' for never."""
    if timestamp is None:
        return ""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def lesson_rows(course: Course, progress: ProgressMap) -> list[dict[str, Any]]:
    rows = []
    for module in course.modules:
        for lesson in module.lessons:
            record = progress.get(lesson.id) or LessonProgress(lesson.id)
            rows.append({
                "course_id": course.id, "course_version": course.version, "module_id": module.id,
                "module_title": module.title, "lesson_id": lesson.id, "lesson_title": lesson.title,
                "kind": lesson.kind.value, "duration": round(lesson.duration, 3),
                "first_opened": iso(record.first_opened), "last_opened": iso(record.last_opened),
                "position": round(record.position, 3), "furthest": round(record.furthest, 3),
                "time_spent": round(record.time_spent, 3), "played_seconds": round(record.played_seconds, 3),
                "completed_at": iso(record.completed_at), "completed_how": rule_of(lesson, record).export,
            })
    return rows


def course_summary(course: Course, progress: ProgressMap) -> dict[str, Any]:
    rows = lesson_rows(course, progress)
    modules = []
    for module in course.modules:
        modules.append({"id": module.id, "title": module.title,
                        "percent": round(module_fraction(module, progress) * 100, 1),
                        "completed_at": iso(module_completed_at(module, progress))})
    return {"id": course.id, "version": course.version, "title": course.title, "publisher": course.publisher,
            "percent": round(course_fraction(course, progress) * 100, 1),
            "time_spent": round(sum(r["time_spent"] for r in rows), 3), "modules": modules, "lessons": rows}


def to_csv(courses: Sequence[tuple[Course, ProgressMap]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for course, progress in courses:
        writer.writerows(lesson_rows(course, progress))
    return out.getvalue()


def to_json(courses: Sequence[tuple[Course, ProgressMap]], exported_at: datetime) -> str:
    document = {"format": "smartcourse-progress", "format_version": 1, "app_version": __version__,
                "exported_at": iso(exported_at.timestamp()),
                "courses": [course_summary(course, progress) for course, progress in courses]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def export_progress(courses: Sequence[tuple[Course, ProgressMap]], target: Path, fmt: str,
                    exported_at: datetime) -> None:
    write_atomically(target, to_csv(courses) if fmt == "csv" else to_json(courses, exported_at))


def write_atomically(target: Path, text: str) -> None:
    """Write an export owner-only, and atomically: a half-written file never replaces a good one."""
    try:
        write_private_text(target, text)
    except OSError as exc:
        raise StoreError(_("cannot write {path}: {problem}").format(path=target, problem=exc.strerror or exc)) from exc


def read_csv(text: str) -> list[dict[str, Any]]:
    """Parse an exported CSV back into rows equal to `lesson_rows` (numbers as numbers)."""
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        for name in NUMBER_FIELDS:
            row[name] = float(row[name])
    return rows


def read_json(text: str) -> list[dict[str, Any]]:
    return json.loads(text)["courses"]


def guess_format(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "csv"
