"""`smartcourse pack --check`: what a course source would pack into, and what an author should fix.

Problems stop `pack` or would break a lesson in the app (captions or a PDF that cannot be read);
warnings are advice (missing captions, chapters, reading times, alt text,
files no lesson uses). Nothing is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from smartcourse_desktop.courses.hashing import file_entries
from smartcourse_desktop.courses.manifest import referenced_paths
from smartcourse_desktop.courses.model import MANIFEST_NAME, PDF_SUFFIX, LessonKind, read_manifest
from smartcourse_desktop.courses.signing import SIGNATURE_NAME
from smartcourse_desktop.courses.sources import checked_course
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _

MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)")
HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
HTML_ALT = re.compile(r"\balt\s*=\s*(\"[^\"]*\S[^\"]*\"|'[^']*\S[^']*')", re.IGNORECASE)
MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass
class LintReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def lint_source(source: Path) -> LintReport:
    report = LintReport()
    try:
        data = read_manifest(source)
        data["files"] = [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in file_entries(source)]
        course = checked_course(data)
    except (SmartCourseError, OSError) as exc:
        report.problems.append(str(exc))
        return report
    used = {path for _where, path in referenced_paths(data)}
    for lesson in course.lessons:
        where = _("lesson {id}").format(id=lesson.id)
        if lesson.kind == LessonKind.VIDEO and not lesson.captions:
            report.warnings.append(_("{where}: video lecture without captions").format(where=where))
        if lesson.is_lecture and not lesson.chapters:
            report.warnings.append(_("{where}: lecture without chapters").format(where=where))
        if lesson.kind == LessonKind.READING and lesson.duration <= 0:
            report.warnings.append(_("{where}: reading without a reading time (duration is 0)").format(where=where))
        for reading in {lesson.reading, *lesson.readings.values()} - {None}:
            if str(reading).lower().endswith(MARKDOWN_SUFFIXES):
                used |= _check_images(source, str(reading), report)
            elif str(reading).lower().endswith(PDF_SUFFIX):
                _check_pdf(source / str(reading), report)
        for language, path in lesson.captions.items():
            _check_captions(source / path, language, report)
    listed = {entry["path"] for entry in data["files"]}
    for path in sorted(listed - used - {MANIFEST_NAME, SIGNATURE_NAME}):
        report.warnings.append(_("{path}: not used by any lesson (it would still be packed)").format(path=path))
    return report


def _check_images(source: Path, reading: str, report: LintReport) -> set[str]:
    """Warn about images without alt text; return the course files the reading's images use."""
    try:
        text = (source / reading).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        report.problems.append(_("{reading}: cannot read ({reason})").format(
            reading=reading, reason=exc.strerror or exc))
        return set()
    used = set()
    base = Path(reading).parent
    for alt, target in MARKDOWN_IMAGE.findall(text):
        if not alt.strip():
            report.warnings.append(_("{reading}: image {target} has no alt text").format(
                reading=reading, target=target))
        used.add(_normalise(base / target))
    for tag in HTML_IMAGE.findall(text):
        if not HTML_ALT.search(tag):
            report.warnings.append(_("{reading}: image {tag} has no alt text").format(reading=reading, tag=tag[:60]))
    return used


def _check_pdf(path: Path, report: LintReport) -> None:
    from smartcourse_desktop.reading.pdf import PdfError, PdfReading

    try:
        reading = PdfReading(path)
    except PdfError as exc:
        report.problems.append(str(exc))
        return
    if not any(text.strip() for _i, text in reading.texts()):
        report.warnings.append(_("{name}: no text in this PDF (scanned?); it will not be searchable").format(
            name=path.name))
    reading.close()


def _check_captions(path: Path, language: str, report: LintReport) -> None:
    from smartcourse_desktop.media.captions import CaptionError, load_captions

    try:
        load_captions(path, language)
    except CaptionError as exc:
        report.problems.append(str(exc))


def _normalise(path: Path) -> str:
    parts: list[str] = []
    for part in path.as_posix().split("/"):
        if part == "..":
            parts = parts[:-1]
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)
