"""Files only their owner may read: the progress database, its WAL and SHM files, and its copies.

On a shared office PC each OS user has their own data folder; these helpers make sure what
SmartCourse writes there is 0600 (files) and 0700 (folders), and that damaged files are kept.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from datetime import datetime
from pathlib import Path

from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.system.i18n import _

log = logging.getLogger(__name__)


def move_aside(path: Path, when: datetime) -> Path:
    """Rename a damaged database (and its WAL and SHM files) out of the way; nothing is deleted."""
    stamp = f"{when:%Y%m%d-%H%M%S}"
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    for suffix in ("-wal", "-shm", ""):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    return target


NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def prepare_file(path: Path) -> None:
    """Create the folder (0700) and an empty database file (0600) before SQLite touches them:
    SQLite gives the WAL and SHM files the permissions of the database file. A symbolic link at
    any of these fixed names is refused, so the database can't be redirected elsewhere."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    chmod_quietly(path.parent, 0o700)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{path}{suffix}").is_symlink():
            raise StoreError(_("{path}{suffix} is a symbolic link; SmartCourse will not follow it").format(
                path=path, suffix=suffix))
    try:
        create_private_file(path)
    except OSError as exc:
        raise StoreError(_("cannot create the progress database {path}: {strerror}").format(
            path=path, strerror=exc.strerror or exc)) from exc


def create_private_file(path: Path) -> None:
    """An empty file (or the existing one) readable by its owner only, whatever the umask;
    never opened through a symbolic link."""
    handle = os.open(path, os.O_CREAT | os.O_WRONLY | NOFOLLOW, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(handle, 0o600)
    finally:
        os.close(handle)


def check_replaceable(target: Path) -> None:
    """Raise OSError unless `target` is missing, a regular file or a link. A file written by renaming
    over its target must never replace a device such as /dev/null, a FIFO or a folder: as root, that
    breaks the whole machine."""
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OSError(errno.EINVAL, _("it is not a regular file"), str(target))


def write_private_text(target: Path, text: str) -> None:
    """Write `text` (UTF-8) to `target` as `write_private_bytes` does."""
    write_private_bytes(target, text.encode("utf-8"))


def write_private_bytes(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically and owner-only (0600). The temporary file is created
    afresh without following links, and the rename replaces a link at `target` rather than its target.

    Only a regular file (or a link) is replaced (see `check_replaceable`)."""
    check_replaceable(target)
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    try:
        handle = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | NOFOLLOW, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def restrict_permissions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        chmod_quietly(Path(f"{path}{suffix}"), 0o600)


def chmod_quietly(path: Path, mode: int) -> None:
    """Restrict a file or folder we own; a symbolic link is left alone (chmod would follow it)."""
    try:
        if path.exists() and not path.is_symlink():
            path.chmod(mode)
    except OSError as exc:  # e.g. a folder owned by someone else; nothing to gain by failing
        log.warning("cannot restrict permissions of %s: %s", path, exc)
