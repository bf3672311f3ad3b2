"""Moving course folders in and out of a library root with renames, so a course is never half there."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from smartcourse_desktop.courses.library import InstalledCourse
from smartcourse_desktop.system.errors import LibraryError
from smartcourse_desktop.system.oserrors import os_errors

log = logging.getLogger(__name__)

STAGING_PREFIX = ".staging-"
REMOVING_PREFIX = ".removing-"


@contextmanager
def staging_dir(root: Path) -> Iterator[Path]:
    """A private folder inside the root (same filesystem, so renames are atomic), always deleted after."""
    created = not root.exists()
    with os_errors(LibraryError, f"cannot write to the library {root}"):
        make_readable_dirs(root)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        yield staging
    finally:
        _delete(staging)
        if created:
            _remove_empty(root)


def make_readable_dirs(folder: Path) -> None:
    """Create `folder` and missing parents as 0755 whatever the umask: every user reads a machine library."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir(exist_ok=True)
        os.chmod(path, 0o755)


def swap_in(staged: Path, dest: Path, aside: Path) -> bool:
    """Rename `staged` to `dest`, first moving an existing `dest` to `aside`; True if it replaced one."""
    replacing = dest.exists() or dest.is_symlink()
    if replacing:
        with os_errors(LibraryError, f"cannot replace {dest} (is the course open?)"):
            os.rename(dest, aside)
    try:
        os.rename(staged, dest)
    except OSError as exc:
        if replacing:
            os.rename(aside, dest)
        raise LibraryError(f"cannot install into {dest}: {exc.strerror or exc}") from None
    return replacing


def remove_installed(installed: InstalledCourse) -> None:
    """Delete a course from a writable root: one rename hides it, then its files are deleted."""
    root = installed.root
    if not root.writable or not os.access(root.path, os.W_OK):
        raise LibraryError(f"{installed.course.id} is in the read-only {root.kind.value} library "
                           f"({root.path}) and cannot be removed here")
    with os_errors(LibraryError, f"cannot remove {installed.folder}"):
        trash = Path(tempfile.mkdtemp(prefix=REMOVING_PREFIX, dir=root.path))
        os.rename(installed.folder, trash / "course")
    _delete(trash)


def _delete(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        log.warning("cannot delete %s completely", folder)


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
