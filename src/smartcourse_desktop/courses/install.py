"""Moving course folders in and out of a library root with renames, so a course is never half there or lost.

Replacing a course swaps two folders. On Linux one renameat2(RENAME_EXCHANGE) does it atomically. Elsewhere
(or where the file system refuses exchange) it takes two renames, and a journal in the staging folder lets
the next start, list or import roll back a swap that a crash interrupted between them.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from smartcourse_desktop.courses.library import InstalledCourse, Library
from smartcourse_desktop.courses.owners import is_abandoned, make_owned_dir
from smartcourse_desktop.system.errors import LibraryError, titled
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.oserrors import os_errors

log = logging.getLogger(__name__)

STAGING_PREFIX = ".staging-"
REMOVING_PREFIX = ".removing-"
JOURNAL_NAME = "swap-journal"
ASIDE_NAME = "old"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_NO_EXCHANGE = {errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP}


@contextmanager
def staging_dir(root: Path) -> Iterator[Path]:
    """A private folder inside the root (same filesystem, so renames are atomic), settled after.

    Settling deletes it, unless it holds the only copy of an installed course that could not be put back.
    """
    created = not root.exists()
    with os_errors(LibraryError, _("cannot write to the library {root}").format(root=root)):
        make_readable_dirs(root)
        staging = make_owned_dir(root, STAGING_PREFIX)
    try:
        yield staging
    finally:
        _settle(staging)
        if created:
            _remove_empty(root)


def make_readable_dirs(folder: Path) -> None:
    """Create `folder` and missing parents as 0755 whatever the umask: every user reads a machine library."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir(exist_ok=True)
        os.chmod(path, 0o755)


def swap_in(staged: Path, dest: Path, aside: Path) -> bool:
    """Put `staged` at `dest`; an existing `dest` ends up in the staging folder. True if it replaced one.

    On failure `dest` is as it was, or, if even putting it back failed, the journal beside `aside`
    makes the next clean-up restore it.
    """
    if not (dest.exists() or dest.is_symlink()):
        with os_errors(LibraryError, _("cannot install into {dest}").format(dest=dest)):
            os.rename(staged, dest)
        return False
    with os_errors(LibraryError, _("cannot replace {dest} (is the course open?)").format(dest=dest)):
        if _exchange(staged, dest):
            return True  # the old version is now at `staged`, deleted with the staging folder
        _write_journal(aside.parent, dest)
        os.rename(dest, aside)
    try:
        os.rename(staged, dest)
    except OSError as exc:
        kept = _roll_back(aside.parent)
        message = (_("cannot install into {folder}: {problem}; the installed version was kept") if kept else
                   _("cannot install into {folder}: {problem}; the installed version will be put back at the next "
                     "start"))
        raise LibraryError(message.format(folder=dest, problem=exc.strerror or exc)) from None
    return True


def remove_installed(installed: InstalledCourse) -> None:
    """Delete a course from a writable root: one rename hides it, then its files are deleted."""
    root = installed.root
    if not root.writable or not os.access(root.path, os.W_OK):
        raise LibraryError(_("{course} is in the read-only {kind} library ({folder}) and cannot be removed here")
                           .format(course=titled(installed.course.title), kind=root.kind.value, folder=root.path))
    with os_errors(LibraryError, _("cannot remove {course}").format(course=titled(installed.course.title))):
        trash = make_owned_dir(root.path, REMOVING_PREFIX)
        os.rename(installed.folder, trash / "course")
    _delete(trash)


def clean_leftovers(root: Path) -> list[Path]:
    """Settle the staging and removal folders of processes that ended (killed mid-import or mid-removal)."""
    try:
        folders = [p for p in root.iterdir() if p.name.startswith((STAGING_PREFIX, REMOVING_PREFIX))]
    except OSError:
        return []
    cleaned = []
    for folder in folders:
        prefix = STAGING_PREFIX if folder.name.startswith(STAGING_PREFIX) else REMOVING_PREFIX
        if folder.is_dir() and not folder.is_symlink() and is_abandoned(folder, prefix):
            log.info("cleaning up %s, left by an interrupted import or removal", folder)
            _settle(folder)
            cleaned.append(folder)
    return cleaned


def clean_library(library: Library) -> None:
    """Clean up every writable root of the library (at start)."""
    for root in library.roots:
        if root.writable and root.path.is_dir() and os.access(root.path, os.W_OK):
            clean_leftovers(root.path)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with renameat2(RENAME_EXCHANGE); False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only when a course is replaced: not on the start-up path

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        log.info("renameat2(RENAME_EXCHANGE) not available here (%s); swapping with two renames", os.strerror(code))
        return False
    raise OSError(code, os.strerror(code), str(b))


def _write_journal(staging: Path, dest: Path) -> None:
    """Record, durably, which course the aside folder belongs to before it is moved there."""
    fd = os.open(staging / JOURNAL_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, os.fsencode(dest.name))
        os.fsync(fd)
    finally:
        os.close(fd)


def _roll_back(staging: Path) -> bool:
    """Put a journalled course back from `staging/old` if its place is empty; False if it could not."""
    journal = staging / JOURNAL_NAME
    try:
        dest = staging.parent / os.fsdecode(journal.read_bytes())
    except FileNotFoundError:
        return True
    except OSError as exc:
        log.error("cannot read %s: %s", journal, exc)
        return False
    aside = staging / ASIDE_NAME
    if (aside.exists() or aside.is_symlink()) and not (dest.exists() or dest.is_symlink()):
        try:
            os.rename(aside, dest)
        except OSError as exc:
            log.error("cannot restore %s from %s (%s); it will be retried at the next start", dest, aside, exc)
            return False
        log.warning("restored %s after an interrupted replacement", dest)
    with suppress(OSError):
        journal.unlink()
    return True


def _settle(staging: Path) -> None:
    if _roll_back(staging):
        _delete(staging)


def _delete(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        log.warning("cannot delete %s completely", folder)


def _remove_empty(folder: Path) -> None:
    with suppress(OSError):
        folder.rmdir()
