"""Rolling daily copies of the progress database: one a day, the last seven kept."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from smartcourse_desktop.records.store import Store

log = logging.getLogger(__name__)

KEEP = 7
FOLDER_NAME = "backups"
_NAME = re.compile(r"^progress-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    made_at: datetime
    size: int


def backup_folder(store: Store) -> Path:
    return store.path.parent / FOLDER_NAME


def list_backups(folder: Path) -> list[Backup]:
    """The daily copies in `folder`, newest first."""
    found = []
    for path in folder.glob("progress-*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match:
            stat = path.stat()
            made_at = datetime.fromtimestamp(stat.st_mtime, UTC)
            found.append(Backup(path, date.fromisoformat(match[1]), made_at, stat.st_size))
    return sorted(found, key=lambda b: b.day, reverse=True)


def safety_copy_name(reason: str, when: datetime) -> str:
    """The name of the copy kept before a restore or a reset; never pruned by `daily_backup`."""
    return f"before-{reason}-{when:%Y%m%d-%H%M%S}.sqlite3"


def daily_backup(store: Store, folder: Path, today: date | None = None, keep: int = KEEP) -> Backup | None:
    """Make today's copy (today by the store's clock) unless it exists, then drop all but the newest `keep`.
    Returns the new copy."""
    today = today or store.clock.today()
    target = folder / f"progress-{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        store.backup_to(target)
        log.info("backed up the progress database to %s", target)
        made = next(b for b in list_backups(folder) if b.path == target)
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
        log.info("removed old backup %s", old.path)
    return made


def restore_backup(store: Store, backup: Path, folder: Path) -> Path:
    """Restore `backup` after saving the current state beside it; return where that safety copy is."""
    safety = folder / safety_copy_name("restore", store.clock.now())
    store.backup_to(safety)
    store.restore_from(backup)
    log.info("restored the progress database from %s (previous state kept in %s)", backup, safety)
    return safety
