"""Importing a course package: validate, stream into staging while verifying, then rename into the library.

Thread-safe and Qt-free: the GUI runs `import_course` in a worker with its own progress and cancel callables.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from smartcourse_desktop.courses.install import clean_leftovers, staging_dir, swap_in
from smartcourse_desktop.courses.library import Library, RootKind
from smartcourse_desktop.courses.manifest import check_safe_name
from smartcourse_desktop.courses.model import MANIFEST_NAME, Course, FileEntry, load_course, version_key
from smartcourse_desktop.courses.signing import SIGNATURE_NAME, SignatureStatus, Trust, check_signature, record_signer
from smartcourse_desktop.courses.sources import Limits, Source, open_source, parse_manifest, zip_errors
from smartcourse_desktop.system.errors import (
    CourseFormatError,
    ImportCancelled,
    LibraryError,
    PackageError,
    SmartCourseError,
    titled,
)
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.oserrors import os_errors
from smartcourse_desktop.system.policy import Policy

log = logging.getLogger(__name__)

CHUNK = 1 << 20
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
FreeSpaceFn = Callable[[Path], int]


class NotNewerError(LibraryError):
    """The same or a newer version is already installed; nothing was changed. The message names
    the course by its title: learners read it."""

    def __init__(self, course: Course, installed: str) -> None:
        self.course_id, self.offered, self.installed = course.id, course.version, installed
        if version_key(course.version) == version_key(installed):
            message = _("{course} version {installed} is already installed")
        else:
            message = _("{course} version {installed} is installed, which is newer than {offered}")
        message = message.format(course=titled(course.title), installed=installed, offered=course.version)
        super().__init__(message)


class DowngradeError(LibraryError):
    """An older version would replace the installed one, which policy does not allow even when forced."""

    def __init__(self, course: Course, installed: str) -> None:
        super().__init__(_("{course} version {installed} is installed; replacing it with the older {offered} "
                           "is not allowed on this computer (policy allow_downgrade)")
                         .format(course=titled(course.title), installed=installed, offered=course.version))


@dataclass(frozen=True)
class ImportResult:
    course: Course
    folder: Path
    replaced_version: str | None
    signature: SignatureStatus
    bytes_written: int


def disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free


@dataclass
class _Meter:
    total: int
    progress: ProgressFn | None = None
    cancelled: CancelFn | None = None
    done: int = field(default=0)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(_("import cancelled; nothing was installed"))

    def advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


def target_root(library: Library, policy: Policy, system: bool) -> Path:
    """The user's library, or with `system` the machine-wide one; learners' imports obey policy."""
    if policy.restricted:
        raise LibraryError(_("importing is turned off: {problem}").format(problem=policy.problem))
    if not system and not policy.allow_import:
        raise LibraryError(_("importing courses is turned off on this computer (policy allow_import)"))
    return library.root_of_kind(RootKind.SYSTEM if system else RootKind.USER).path


def import_course(
    source: Path,
    root: Path,
    *,
    force: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    trust: Trust = Trust(),
    limits: Limits = Limits(),
    free_space: FreeSpaceFn = disk_free,
) -> ImportResult:
    """Install a .smartcourse file or unpacked course folder as `<root>/<course id>`.

    On any error, or on cancel, the library is left exactly as it was.
    """
    meter = _Meter(0, progress, cancelled)
    with open_source(source) as src:
        course = parse_manifest(src.manifest)
        signature = check_signature(src.manifest, src.signature, trust)
        src.check_payload(course.files, limits)
        dest = _destination(root, course)
        replaced = _installed_version(course, dest, force, trust.allow_downgrade)
        _check_space(root, course.payload_size, limits, free_space)
        meter.total = course.payload_size
        meter.check()
        clean_leftovers(root)
        with staging_dir(root) as staging:
            _extract(src, course, staging / "course", meter)
            meter.check()
            swap_in(staging / "course", dest, staging / "old")
    log.info("imported %s %s into %s", course.id, course.version, dest)
    return ImportResult(load_course(dest), dest, replaced, signature, meter.done)


def _destination(root: Path, course: Course) -> Path:
    try:
        check_safe_name(course.id)
    except CourseFormatError as exc:
        raise PackageError(_("id: {exc}").format(exc=exc)) from None
    return root / course.id


def _installed_version(course: Course, dest: Path, force: bool, allow_downgrade: bool) -> str | None:
    """The version to be replaced; an older one is refused, even forced, unless policy allows (rollback protection)."""
    if not (dest.exists() or dest.is_symlink()):
        return None
    try:
        installed = load_course(dest).version
        offered, current = version_key(course.version), version_key(installed)
    except SmartCourseError as exc:
        log.warning("replacing unreadable course folder %s: %s", dest, exc)
        return "unknown"
    if offered < current and not allow_downgrade:
        raise DowngradeError(course, installed)
    if offered <= current and not force:
        raise NotNewerError(course, installed)
    return installed


def _check_space(root: Path, needed: int, limits: Limits, free_space: FreeSpaceFn) -> None:
    if needed > limits.max_total_bytes:
        raise PackageError(_("the course needs {needed} bytes, more than the limit of {limit}")
                           .format(needed=needed, limit=limits.max_total_bytes))
    existing = next(p for p in (root, *root.parents) if p.exists())
    free = free_space(existing)
    if needed + limits.free_margin_bytes > free:
        raise LibraryError(_("not enough free disk space in {folder}: the course needs {needed} plus {margin} to "
                             "spare, {free} are free").format(folder=root, needed=_size(needed),
                                                              margin=_size(limits.free_margin_bytes), free=_size(free)))


def _size(count: int) -> str:
    return f"{count / (1 << 20):.1f} MiB" if count >= 1 << 20 else f"{count} bytes"


def _extract(src: Source, course: Course, staged: Path, meter: _Meter) -> None:
    with _writing(staged):
        staged.mkdir()
    for entry in course.files:
        target = staged / entry.path
        with _writing(target):
            target.parent.mkdir(parents=True, exist_ok=True)
        with src.open(entry.path) as reader:
            _copy(reader, target, entry, meter)
    with _writing(staged):
        (staged / MANIFEST_NAME).write_bytes(src.manifest)
        if src.signature is not None:
            (staged / SIGNATURE_NAME).write_bytes(src.signature)
        record_signer(staged, src.signature)
        _publish_modes(staged)


def _copy(reader: BinaryIO, target: Path, entry: FileEntry, meter: _Meter) -> None:
    """Write one file, hashing in the same pass and counting real bytes (zip headers can lie)."""
    digest = hashlib.sha256()
    written = 0
    with _writing(target), target.open("xb") as out:
        while True:
            meter.check()
            with zip_errors(entry.path):
                chunk = reader.read(min(CHUNK, entry.size - written + 1))
            if not chunk:
                break
            written += len(chunk)
            if written > entry.size:
                raise PackageError(_("{path}: larger than the {size} bytes listed in {manifest_name}").format(
                    path=entry.path, size=entry.size, manifest_name=MANIFEST_NAME))
            digest.update(chunk)
            out.write(chunk)
            meter.advance(len(chunk))
        out.flush()
        os.fsync(out.fileno())  # renamed into the library next: a power cut must not leave empty files
    if written != entry.size:
        raise PackageError(_("{path}: {written} bytes, {manifest_name} lists {size}").format(
            path=entry.path, written=written, manifest_name=MANIFEST_NAME, size=entry.size))
    if digest.hexdigest() != entry.sha256:
        raise PackageError(_("{path}: SHA-256 differs from {manifest_name} (altered or damaged)").format(
            path=entry.path, manifest_name=MANIFEST_NAME))


def _writing(path: Path) -> AbstractContextManager[None]:
    return os_errors(LibraryError, f"cannot write {path}")


def _publish_modes(folder: Path) -> None:
    """Readable by every user whatever the umask, which matters in the machine-wide library."""
    for dirpath, _dirs, files in os.walk(folder):
        os.chmod(dirpath, 0o755)
        for name in files:
            os.chmod(os.path.join(dirpath, name), 0o644)
