"""The course model: plain records read from a course folder's course.json."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from smartcourse_desktop.system.errors import CourseFormatError, quoted, shortened
from smartcourse_desktop.system.i18n import _, current_language

MANIFEST_NAME = "course.json"
FORMAT_VERSION = 2
PDF_SUFFIX = ".pdf"


class LessonKind(StrEnum):
    VIDEO = "video"
    AUDIO = "audio"
    READING = "reading"


@dataclass(frozen=True)
class Chapter:
    title: str
    start: float


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Lesson:
    id: str
    kind: LessonKind
    title: str
    duration: float
    media: str | None = None
    audio: str | None = None
    reading: str | None = None
    transcript: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    chapters: tuple[Chapter, ...] = ()
    readings: dict[str, str] = field(default_factory=dict)
    transcripts: dict[str, str] = field(default_factory=dict)

    @property
    def is_lecture(self) -> bool:
        return self.kind in (LessonKind.VIDEO, LessonKind.AUDIO)

    @property
    def is_pdf(self) -> bool:
        return bool(self.reading) and str(self.reading).lower().endswith(PDF_SUFFIX)

    def reading_in(self, language: str, default: str = "") -> str | None:
        """The reading for `language`: see pick_language for the fallback order."""
        return pick_language(self.readings, language, default) or self.reading

    def transcript_in(self, language: str, default: str = "") -> str | None:
        return pick_language(self.transcripts, language, default) or self.transcript


def pick_language(by_lang: dict[str, str], language: str, default: str) -> str | None:
    """The learner's language, then the course's default language, then the first listed."""
    code = pick_language_code(by_lang, language, default)
    return by_lang[code] if code is not None else None


def pick_language_code(by_lang: dict[str, str], language: str, default: str) -> str | None:
    """The language tag pick_language chooses: exactly, without its region (`sv-FI` → `sv`), the
    course's default, the first listed."""
    for lang in (language, language.replace("_", "-").split("-")[0], default):
        if lang in by_lang:
            return lang
    return next(iter(by_lang), None)


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    lessons: tuple[Lesson, ...]
    summary: str = ""
    reflection_questions: tuple[str, ...] = ()

    @property
    def duration(self) -> float:
        return sum(lesson.duration for lesson in self.lessons)


@dataclass(frozen=True)
class Course:
    id: str
    version: str
    title: str
    languages: tuple[str, ...]
    publisher: str
    authors: tuple[str, ...]
    license: str
    description: str
    modules: tuple[Module, ...]
    files: tuple[FileEntry, ...]
    root: Path | None = None
    completion_threshold: float | None = None

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def duration(self) -> float:
        return sum(module.duration for module in self.modules)

    @property
    def lessons(self) -> list[Lesson]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def payload_size(self) -> int:
        return sum(entry.size for entry in self.files)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def module_of(self, lesson_id: str) -> Module | None:
        return next((m for m in self.modules if any(lesson.id == lesson_id for lesson in m.lessons)), None)

    def path_of(self, relative: str) -> Path:
        if self.root is None:
            raise CourseFormatError(_("course {id} has no folder on disk").format(id=self.id))
        return self.root / relative


def version_key(version: str) -> tuple[int, ...]:
    """Sort key for dotted numeric versions: '1.10' is newer than '1.9'."""
    try:
        parts = tuple(int(part) for part in version.split("."))
    except ValueError as exc:
        raise CourseFormatError(_("version: {version} is not a dotted number").format(version=quoted(version))) from exc
    return parts + (0,) * (4 - len(parts))


def read_manifest(folder: Path) -> dict[str, Any]:
    """Read course.json from a course folder as plain JSON (not yet validated)."""
    path = folder / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CourseFormatError(_("{manifest_name} is missing in {folder}").format(
            manifest_name=MANIFEST_NAME, folder=folder)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CourseFormatError(_("{manifest_name} is not valid JSON: {exc}").format(
            manifest_name=MANIFEST_NAME, exc=exc)) from exc
    if not isinstance(data, dict):
        raise CourseFormatError(_("{manifest_name}: the top level must be an object").format(
            manifest_name=MANIFEST_NAME))
    return data


def course_from_dict(data: dict[str, Any], root: Path | None = None) -> Course:
    """Build a Course from a manifest that already passed validation."""
    try:
        return Course(
            id=data["id"],
            version=data["version"],
            title=data["title"],
            languages=tuple(data["languages"]),
            publisher=data["publisher"],
            authors=tuple(data["authors"]),
            license=data["license"],
            description=data.get("description", ""),
            modules=tuple(_module(m, data["languages"][0]) for m in data["modules"]),
            files=tuple(FileEntry(f["path"], f["size"], f["sha256"]) for f in data["files"]),
            root=root,
            completion_threshold=data.get("completion", {}).get("threshold"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CourseFormatError(_("{manifest_name}: malformed field {exc}").format(
            manifest_name=MANIFEST_NAME, exc=shortened(str(exc)))) from exc


def _module(data: dict[str, Any], default_language: str) -> Module:
    return Module(
        id=data["id"],
        title=data["title"],
        lessons=tuple(_lesson(lesson, default_language) for lesson in data["lessons"]),
        summary=data.get("summary", ""),
        reflection_questions=tuple(data.get("reflection_questions", ())),
    )


def _lesson(data: dict[str, Any], default_language: str) -> Lesson:
    """`reading` and `transcript` are the ones in the app's language (system/i18n.py), by pick_language."""
    language = current_language()
    reading = data.get("reading")
    readings = dict(reading) if isinstance(reading, dict) else {}
    transcripts = dict(data.get("transcripts", {}))
    return Lesson(
        id=data["id"],
        kind=LessonKind(data["kind"]),
        title=data["title"],
        duration=float(data["duration"]),
        media=data.get("media"),
        audio=data.get("audio"),
        reading=pick_language(readings, language, default_language) if readings else reading,
        transcript=data.get("transcript") or pick_language(transcripts, language, default_language),
        captions=dict(data.get("captions", {})),
        chapters=tuple(Chapter(c["title"], float(c["start"])) for c in data.get("chapters", ())),
        readings=readings,
        transcripts=transcripts,
    )


def load_course(folder: Path) -> Course:
    """Load an installed (already validated) course folder without re-validating it."""
    return course_from_dict(read_manifest(folder), root=folder)
