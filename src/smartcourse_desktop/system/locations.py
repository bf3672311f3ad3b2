"""Keep the progress database off network shares, where SQLite's locking and fsync can't be trusted."""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from smartcourse_desktop import APP_ID
from smartcourse_desktop.system.i18n import _

log = logging.getLogger(__name__)

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "9p", "ncpfs", "fuse.rclone",
    "fuse.davfs", "davfs", "fuse.gvfsd-fuse", "ceph", "glusterfs", "fuse.glusterfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW
MOUNTINFO = Path("/proc/self/mountinfo")


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
        mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
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


SHARED_TEMP = Path("/var/tmp")


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the progress database lives. `temporary` means a one-off folder was needed, and the
    learner must be told where their progress is."""

    path: Path
    temporary: bool = False


def is_private_folder(folder: Path) -> bool:
    """A real folder (not a link) owned by this user that nobody else may enter (0700)."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700


def private_folder(base: Path) -> DatabaseLocation:
    """`base`/smartcourse-UID, made 0700 by us, or checked to be ours and private if it exists.
    Another local user may have created it first: then a fresh mkdtemp folder is used instead."""
    folder = base / f"{APP_ID}-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
        os.chmod(folder, 0o700)  # the umask may have taken bits away; it is ours, nobody can swap it
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning("cannot create %s: %s", folder, exc)
    if is_private_folder(folder):
        return DatabaseLocation(folder)
    temporary = Path(tempfile.mkdtemp(prefix=f"{APP_ID}-", dir=base))
    log.warning("%s is not a private folder of this user; keeping progress in %s for now", folder, temporary)
    return DatabaseLocation(temporary, temporary=True)


def database_location(preferred: Path, shared_temp: Path | None = None) -> DatabaseLocation:
    """`preferred` if it is on a local disk, else the same file name in a local folder only this user owns
    (in `shared_temp`, by default SHARED_TEMP)."""
    shared_temp = SHARED_TEMP if shared_temp is None else shared_temp
    if not is_network_path(preferred):
        return DatabaseLocation(preferred)
    if sys.platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA", tempfile.gettempdir())) / APP_ID
        folder = DatabaseLocation(local) if not is_network_path(local) else None
    else:
        folder = private_folder(shared_temp) if not is_network_path(shared_temp) else None
    if folder is None:
        log.warning("no local folder found for the progress database; using %s", preferred)
        return DatabaseLocation(preferred)
    log.warning("%s is on a network share; keeping progress in %s instead", preferred, folder.path)
    return DatabaseLocation(folder.path / preferred.name, folder.temporary)


def temporary_notice(preferred: Path, location: DatabaseLocation) -> str:
    """One line for the learner: where progress is kept for now, and why (a `temporary` location)."""
    return (_("your progress is kept in {parent} for now: your data folder {parent2} is on a network share, and the "
              "usual local folder {local} is not a private folder of yours; ask your IT department to check "
              "it").format(
        parent=location.path.parent, parent2=preferred.parent, local=SHARED_TEMP / f'{APP_ID}-{os.getuid()}'))


def local_database_path(preferred: Path) -> Path:
    return database_location(preferred).path

