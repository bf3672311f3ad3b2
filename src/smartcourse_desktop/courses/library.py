"""The course library: installed courses across several roots, merged into one list."""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from smartcourse_desktop.courses.model import MANIFEST_NAME, Course, load_course, version_key
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.machine import trusted_owners, unsafe_permissions
from smartcourse_desktop.system.paths import Paths, bundled_courses_dir
from smartcourse_desktop.system.policy import Policy

if TYPE_CHECKING:
    from smartcourse_desktop.courses.signing import Trust

log = logging.getLogger(__name__)


class RootKind(StrEnum):
    USER = "user"
    SYSTEM = "system"
    EXTRA = "extra"
    BUNDLED = "bundled"

    @property
    def trusted_as_installed(self) -> bool:
        """The bundle ships with the app; only an administrator writes the system library (and checks on import)."""
        return self in (RootKind.SYSTEM, RootKind.BUNDLED)


@dataclass(frozen=True)
class LibraryRoot:
    path: Path
    kind: RootKind
    writable: bool
    refused: str | None = None  # why a machine root that learners could change is not used


@dataclass(frozen=True)
class InstalledCourse:
    course: Course
    root: LibraryRoot

    @property
    def folder(self) -> Path:
        assert self.course.root is not None
        return self.course.root

    def disk_size(self) -> int:
        """Bytes the course folder takes on disk (what removing it frees)."""
        total = 0
        for dirpath, _dirs, files in os.walk(self.folder):
            for name in files:
                with contextlib.suppress(OSError):
                    total += os.lstat(os.path.join(dirpath, name)).st_size
        return total


@dataclass(frozen=True)
class RefusedCourse:
    """A course folder the library does not list, and why (shown to the learner and in `verify`)."""

    folder: Path
    root: LibraryRoot
    reason: str


def default_roots(paths: Paths, policy: Policy) -> list[LibraryRoot]:
    """The user's library first, then the machine's, IT's read-only folders, then the bundle."""
    system = policy.system_library or paths.system_library
    legacy = [p for p in paths.machine.legacy_libraries if _exists(p)]
    for old in legacy:
        log.warning("reading machine-wide courses from their old place %s; move them to %s", old, system)
    read_only = [*policy.extra_roots, *legacy, *filter(None, [paths.portable_library])]
    return [
        LibraryRoot(paths.user_library, RootKind.USER, True),
        _system_root(system, trusted_owners(paths.machine)),
        *(LibraryRoot(p, RootKind.EXTRA, False) for p in read_only),
        LibraryRoot(bundled_courses_dir(), RootKind.BUNDLED, False),
    ]


def _system_root(path: Path, owners: frozenset[int]) -> LibraryRoot:
    if not _exists(path):
        return LibraryRoot(path, RootKind.SYSTEM, False)
    refused = unsafe_permissions(path, owners)
    if refused:
        log.error("machine library refused: %s", refused)
    return LibraryRoot(path, RootKind.SYSTEM, os.access(path, os.W_OK), f"refused: {refused}" if refused else None)


def _exists(path: Path) -> bool:
    """exists() that answers False, not PermissionError, below a folder this user cannot enter."""
    try:
        return path.exists()
    except OSError:
        return False


def root_problem(root: LibraryRoot) -> str | None:
    """One line for Help ▸ About and `doctor` when a machine or shared root cannot be used."""
    if root.refused:
        return f"library root {root.path}: {root.refused}"
    if root.kind in (RootKind.USER, RootKind.BUNDLED) or (root.kind == RootKind.SYSTEM and not _exists(root.path)):
        return None
    try:
        next(iter(os.scandir(root.path)), None)
    except FileNotFoundError:
        return _("library root {path}: not reachable").format(path=root.path)
    except OSError as exc:
        return _("library root {path}: not readable ({strerror})").format(path=root.path, strerror=exc.strerror or exc)
    return None


class Library:
    def __init__(self, roots: list[LibraryRoot], trust: Trust | None = None) -> None:
        self.roots = roots
        self.trust = trust
        self.refused: list[RefusedCourse] = []

    def scan(self) -> list[InstalledCourse]:
        """Every course once: where several roots hold it, the newest version wins."""
        best: dict[str, InstalledCourse] = {}
        self.refused = []
        for root in self.roots:
            for installed in self._scan_root(root):
                current = best.get(installed.course.id)
                if current is None or version_key(installed.course.version) > version_key(current.course.version):
                    best[installed.course.id] = installed
        return sorted(best.values(), key=lambda i: i.course.title.casefold())

    def find(self, course_id: str) -> InstalledCourse | None:
        return next((i for i in self.scan() if i.course.id == course_id), None)

    def root_of_kind(self, kind: RootKind) -> LibraryRoot:
        return next(root for root in self.roots if root.kind == kind)

    def problems(self) -> list[str]:
        """Machine and shared roots that cannot be used, one line each (also logged)."""
        found = [p for p in map(root_problem, self.roots) if p]
        for problem in found:
            log.warning(problem)
        return found

    def _scan_root(self, root: LibraryRoot) -> list[InstalledCourse]:
        if root.refused:
            return []
        try:
            folders = sorted(root.path.iterdir())
        except OSError:
            return []
        found = []
        for folder in folders:
            try:
                if not (folder / MANIFEST_NAME).is_file():
                    continue
                course = load_course(folder)
            except (SmartCourseError, OSError) as exc:
                log.warning("skipping %s: %s", folder, exc)
                continue
            reason = self._untrusted(folder, root)
            if reason is None:
                found.append(InstalledCourse(course, root))
            else:
                log.warning("not listing %s: %s", folder, reason)
                self.refused.append(RefusedCourse(folder, root, reason))
        return found

    def _untrusted(self, folder: Path, root: LibraryRoot) -> str | None:
        """Under require_signed, why a course in a learner-writable or shared root is not listed."""
        if self.trust is None or not self.trust.required or root.kind.trusted_as_installed:
            return None
        from smartcourse_desktop.courses.signing import installed_signature_problem

        return installed_signature_problem(folder, self.trust)
