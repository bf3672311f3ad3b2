"""Assemble, validate and write the course manifest (course.json)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from coursegen.script import ModuleSource
from smartcourse_desktop.courses.hashing import file_entries
from smartcourse_desktop.courses.manifest import validate_manifest

COURSE_FIELDS: dict[str, Any] = {
    "format": 1,
    "id": "org.smartcourse.smart-cities-for-city-officials",
    "version": "1.0.0",
    "title": "Smart Cities for City Officials",
    "languages": ["en"],
    "publisher": "SmartCourse Desktop project",
    "authors": ["SmartCourse Desktop contributors"],
    "license": "CC-BY-4.0",
    "description": (
        "An independent, original sample course inspired by the open-access programme of the "
        "Institute for Urban Research at Malmö University. It offers city officials a "
        "social-sciences view of smart cities: who gains and who loses, who decides, and how data, "
        "procurement and participation shape the city. Each module has a narrated slide lecture, "
        "a reading and reflection questions."
    ),
}


def module_entry(module: ModuleSource, lessons: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": module.id,
        "title": module.title,
        "summary": module.summary,
        "reflection_questions": list(module.reflection_questions),
        "lessons": lessons,
    }


def write_manifest(course: Path, modules: list[dict[str, Any]]) -> dict[str, Any]:
    """List every file with its hash, validate, and write course.json (indent 1, newline)."""
    data = COURSE_FIELDS | {"modules": modules, "files": [asdict(e) for e in file_entries(course)]}
    validate_manifest(data)
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    (course / "course.json").write_text(text, encoding="utf-8")
    return data
