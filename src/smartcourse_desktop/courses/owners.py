"""Which process owns a working folder in a library root, and whether that process is still running.

The owner is written into the folder's own name (`<prefix><pid>-<start>-<random>`), so it exists from the
instant the folder does. The start time tells a live owner from a new process that reused its PID.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

UNKNOWN_START = "0"
_NAME = re.compile(r"(?P<pid>[0-9]+)-(?P<start>[0-9]+)-[^-]+")


@dataclass(frozen=True)
class Owner:
    pid: int
    start: str


def process_start(pid: int) -> str | None:
    """The process's start time in clock ticks after boot (Linux), UNKNOWN_START elsewhere; None once it ended."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            return None
        fields = stat.rpartition(")")[2].split()
        return None if fields[0] in ("Z", "X") else fields[19]
    return UNKNOWN_START if _pid_exists(pid) else None


def _pid_exists(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))  # type: ignore[attr-defined]
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def me() -> Owner:
    return Owner(os.getpid(), process_start(os.getpid()) or UNKNOWN_START)


def make_owned_dir(root: Path, prefix: str) -> Path:
    """A new folder in `root` whose name records this process."""
    owner = me()
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{owner.pid}-{owner.start}-", dir=root))


def owner_of(folder: Path, prefix: str) -> Owner | None:
    """The owner recorded in the folder's name; None for folders made by versions that did not record one."""
    match = _NAME.fullmatch(folder.name[len(prefix):])
    return Owner(int(match["pid"]), match["start"]) if match else None


def is_abandoned(folder: Path, prefix: str) -> bool:
    """True when the process that made the folder has ended (or was never recorded)."""
    owner = owner_of(folder, prefix)
    if owner is None:
        return True
    started = process_start(owner.pid)
    if started is None:
        return True
    if UNKNOWN_START in (owner.start, started):
        return False
    return owner.start != started
