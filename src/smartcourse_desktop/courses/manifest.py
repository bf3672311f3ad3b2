"""Validation of course.json against the bundled JSON Schema and the format's own rules."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from smartcourse_desktop.system.errors import CourseFormatError, quoted, shortened
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.schema_messages import schema_message

WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}
LESSON_FILE_FIELDS = ("media", "audio", "reading", "transcript")
LESSON_LANGUAGE_FIELDS = ("captions", "reading", "transcripts")


@cache
def schema() -> dict[str, Any]:
    text = resources.files("smartcourse_desktop").joinpath("courses/schema/course.schema.json").read_text("utf-8")
    return json.loads(text)


def json_path(parts: Any) -> str:
    """Render a jsonschema path deque as `modules[2].lessons[0].media`."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


@cache
def _validator_class() -> Any:
    """Draft 2020-12 with `pattern` matched by re.fullmatch: JSON Schema's search lets `$` pass a final newline."""
    from jsonschema import ValidationError, validators

    def pattern(validator: Any, regex: str, instance: Any, _schema: Any) -> Iterator[ValidationError]:
        if validator.is_type(instance, "string") and re.fullmatch(regex, instance) is None:
            yield ValidationError(_("{value} does not match {pattern}").format(
                value=quoted(instance), pattern=repr(regex)))

    return validators.extend(validators.Draft202012Validator, {"pattern": pattern})


def validate_manifest(data: Any) -> None:
    """Raise CourseFormatError naming the first problem's JSON path, or return quietly."""
    validator = _validator_class()(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        error = errors[0]
        raise CourseFormatError(_("{path}: {problem}").format(
            path=json_path(error.absolute_path), problem=schema_message(error)))
    _check_ids(data)
    listed = _check_files(data)
    for where, path in referenced_paths(data):
        if path not in listed:
            raise CourseFormatError(_("{where}: file not listed ({path})").format(where=where, path=shortened(path)))


def referenced_paths(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every file a manifest refers to, with the JSON path that refers to it."""
    if "cover" in data:
        yield "cover", data["cover"]
    for m, module in enumerate(data["modules"]):
        for n, lesson in enumerate(module["lessons"]):
            base = f"modules[{m}].lessons[{n}]"
            for name in LESSON_FILE_FIELDS:
                if isinstance(lesson.get(name), str):
                    yield f"{base}.{name}", lesson[name]
            for name in LESSON_LANGUAGE_FIELDS:
                if isinstance(lesson.get(name), dict):
                    for lang, path in lesson[name].items():
                        yield f"{base}.{name}.{lang}", path


def collision_key(path: str) -> str:
    """Two paths with the same key would overwrite each other on Windows or macOS."""
    return unicodedata.normalize("NFC", path).casefold()


def check_safe_name(path: str) -> None:
    """Refuse names that are harmless on Linux but dangerous on Windows."""
    for segment in path.split("/"):
        stem = segment.split(".")[0].lower()
        if stem in WINDOWS_RESERVED:
            raise CourseFormatError(_("{path}: reserved Windows name {segment}").format(
                path=shortened(path), segment=quoted(segment)))


def _check_ids(data: dict[str, Any]) -> None:
    seen_modules: set[str] = set()
    seen_lessons: set[str] = set()
    for m, module in enumerate(data["modules"]):
        if module["id"] in seen_modules:
            raise CourseFormatError(_("modules[{m}].id: duplicate module id {id}").format(m=m, id=quoted(module['id'])))
        seen_modules.add(module["id"])
        for n, lesson in enumerate(module["lessons"]):
            if lesson["id"] in seen_lessons:
                raise CourseFormatError(_("modules[{m}].lessons[{n}].id: duplicate lesson id {id}").format(
                    m=m, n=n, id=quoted(lesson['id'])))
            seen_lessons.add(lesson["id"])


def _check_files(data: dict[str, Any]) -> set[str]:
    keys: dict[str, str] = {}
    for i, entry in enumerate(data["files"]):
        path = entry["path"]
        if path == "course.json" or path == "course.sig":
            raise CourseFormatError(_("files[{i}].path: {path} must not be listed").format(i=i, path=shortened(path)))
        try:
            check_safe_name(path)
        except CourseFormatError as exc:
            raise CourseFormatError(_("files[{i}].path: {exc}").format(i=i, exc=exc)) from None
        key = collision_key(path)
        if key in keys:
            raise CourseFormatError(_("files[{i}].path: {path} collides with {keys}").format(
                i=i, path=shortened(path), keys=shortened(keys[key])))
        keys[key] = path
    return set(keys.values())
