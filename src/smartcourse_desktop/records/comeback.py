"""The come-back flow of the take-away: which exported lessons to ask about when the course opens.

The list lives in a small JSON file beside the progress database ({course id: [lesson ids]}).
Answering records the ticked lessons as `listened_elsewhere` and forgets the course's list.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.records.completion import CompletionKind, record_completion
from smartcourse_desktop.records.progress import ProgressMap, is_done
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.system.i18n import _

log = logging.getLogger(__name__)

FILE_NAME = "takeaway.json"


def comeback_file(database: Path) -> Path:
    return database.with_name(FILE_NAME)


def _load(path: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("ignoring the unreadable take-away list %s: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): [str(i) for i in v] for k, v in data.items() if isinstance(v, list)}


def _save(path: Path, data: dict[str, list[str]]) -> None:
    temporary = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise StoreError(_("cannot write {path}: {strerror}").format(path=path, strerror=exc.strerror or exc)) from exc


def remember_export(path: Path, course_id: str, lesson_ids: list[str]) -> None:
    """After an export: ask about these lessons when the course next opens."""
    data = _load(path)
    data[course_id] = list(dict.fromkeys([*data.get(course_id, []), *lesson_ids]))
    _save(path, data)


def lessons_to_ask(path: Path, course: Course, progress: ProgressMap) -> list[Lesson]:
    """The exported lessons of `course` that are not done, in course order."""
    wanted = set(_load(path).get(course.id, []))
    return [lesson for lesson in course.lessons if lesson.id in wanted and not is_done(lesson, progress)]


def answer(path: Path, store: Store, course_id: str, listened: list[str]) -> None:
    """Record the ticked lessons as listened elsewhere and stop asking about this export."""
    for lesson_id in listened:
        record_completion(store, course_id, lesson_id, CompletionKind.LISTENED_ELSEWHERE)
    data = _load(path)
    if data.pop(course_id, None) is not None:
        _save(path, data)
