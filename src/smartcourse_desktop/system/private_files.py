"""Files only their owner may read: the progress database, its WAL and SHM files, and its copies.

On a shared office PC each OS user has their own data folder; these helpers make sure what
SmartCourse writes there is 0600 (files) and 0700 (folders), and that damaged files are kept.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

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


def prepare_file(path: Path) -> None:
    """Create the folder (0700) and an empty database file (0600) before SQLite touches them:
    SQLite gives the WAL and SHM files the permissions of the database file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    chmod_quietly(path.parent, 0o700)
    if not path.exists():
        create_private_file(path)
    chmod_quietly(path, 0o600)


def create_private_file(path: Path) -> None:
    """An empty file readable by its owner only (whatever the umask)."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def restrict_permissions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        chmod_quietly(Path(f"{path}{suffix}"), 0o600)


def chmod_quietly(path: Path, mode: int) -> None:
    try:
        if path.exists():
            path.chmod(mode)
    except OSError as exc:  # e.g. a folder owned by someone else; nothing to gain by failing
        log.warning("cannot restrict permissions of %s: %s", path, exc)
