"""Re-hashing an installed course to find missing or changed files."""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from smartcourse_desktop.courses.hashing import sha256_file
from smartcourse_desktop.courses.model import MANIFEST_NAME, Course
from smartcourse_desktop.courses.signing import Trust, installed_signature_problem


@dataclass(frozen=True)
class VerifyReport:
    course_id: str
    folder: Path
    missing: tuple[str, ...]
    changed: tuple[str, ...]
    untrusted: str | None = None

    @property
    def ok(self) -> bool:
        return not self.missing and not self.changed and self.untrusted is None


def verify_course(course: Course, progress: Callable[[int, int], None] | None = None,
                  trust: Trust | None = None) -> VerifyReport:
    """Compare every listed file's size and SHA-256 with course.json; `progress` gets bytes done and total.

    The signature is re-checked against `trust` (today's keys), or with None only for integrity,
    for courses trusted as installed.
    """
    folder = course.path_of("")
    missing: list[str] = []
    untrusted = installed_signature_problem(folder, trust)
    changed: list[str] = [MANIFEST_NAME] if untrusted and trust is None else []
    done = 0
    for entry in course.files:
        path = folder / entry.path
        state = _file_state(path, entry.size, entry.sha256)
        if state == "missing":
            missing.append(entry.path)
        elif state == "changed":
            changed.append(entry.path)
        done += entry.size
        if progress is not None:
            progress(done, course.payload_size)
    return VerifyReport(course.id, folder, tuple(missing), tuple(changed), untrusted if trust else None)


def _file_state(path: Path, size: int, sha256: str) -> str:
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != size:
            return "changed"
        return "ok" if sha256_file(path) == sha256 else "changed"
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "changed"
