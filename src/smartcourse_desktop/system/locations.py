"""Keep the progress database off network shares, where SQLite's locking and fsync can't be trusted."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from smartcourse_desktop import APP_ID
from smartcourse_desktop.records.store import Store

log = logging.getLogger(__name__)

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "9p", "ncpfs", "fuse.rclone",
    "fuse.davfs", "davfs", "fuse.gvfsd-fuse", "ceph", "glusterfs", "fuse.glusterfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(field: str) -> str:
    """mountinfo escapes spaces and tabs in paths as octal (\\040)."""
    return field.encode().decode("unicode_escape") if "\\" in field else field


def mount_fs_type(path: Path, mountinfo: str) -> str | None:
    """The file system type of the mount holding `path`, from /proc/self/mountinfo text."""
    best, best_type = "", None
    target = str(path)
    for line in mountinfo.splitlines():
        before, _, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if len(fields) < 5 or not tail:
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, tail[0]
    return best_type


def _existing(path: Path) -> Path:
    """The nearest folder of `path` that exists, resolved (symlinks may point to a share)."""
    path = path.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        return _windows_is_remote(path)
    try:
        mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False  # macOS and others: no cheap, reliable check
    return mount_fs_type(_existing(path), mountinfo) in NETWORK_FS_TYPES


def _windows_is_remote(path: Path) -> bool:
    text = str(path.absolute())
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return True  # a UNC path: \\server\share
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE  # type: ignore[attr-defined]


def local_fallbacks() -> list[Path]:
    """Per-user local folders to use when the data folder is on a share."""
    user = os.environ.get("USERNAME") or os.environ.get("USER") or str(getattr(os, "getuid", lambda: "")())
    candidates = []
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        candidates.append(Path(os.environ["LOCALAPPDATA"]) / APP_ID)
    if sys.platform != "win32":
        candidates.append(Path("/var/tmp") / f"{APP_ID}-{user}")
    candidates.append(Path(tempfile.gettempdir()) / f"{APP_ID}-{user}")
    return candidates


def local_database_path(preferred: Path, fallbacks: list[Path] | None = None) -> Path:
    """`preferred` if it is on a local disk, else the same file name in a local per-user folder."""
    if not is_network_path(preferred):
        return preferred
    for folder in fallbacks if fallbacks is not None else local_fallbacks():
        if not is_network_path(folder):
            log.warning("%s is on a network share; keeping progress in %s instead", preferred, folder)
            return folder / preferred.name
    log.warning("no local folder found for the progress database; using %s", preferred)
    return preferred


def open_profile_store(database: Path, *, recover: bool = True) -> Store:
    """The learner's progress store, kept on a local disk (`recover`: see Store.open)."""
    return Store.open(local_database_path(database), recover=recover)
