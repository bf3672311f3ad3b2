"""Machine-wide locations: fixed paths that only administrators can change.

Never derived from XDG_CONFIG_DIRS/XDG_DATA_DIRS or anything else a learner's session can set.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from smartcourse_desktop.system.i18n import _

MACHINE_ROOT_VARIABLE = "SMARTCOURSE_MACHINE_ROOT"
POLICY_NAME = "policy.toml"
LIBRARY_NAME = "courses"
CSIDL_COMMON_APPDATA = 35


@dataclass(frozen=True)
class MachineDirs:
    policy_file: Path
    library: Path
    legacy_policy_files: tuple[Path, ...] = ()
    legacy_libraries: tuple[Path, ...] = ()
    overridden: bool = False

    @classmethod
    def under(cls, root: Path) -> MachineDirs:
        """The test layout below one root: `policy.toml`, `courses/` and `legacy/` for the old places."""
        return cls(root / POLICY_NAME, root / LIBRARY_NAME, (root / "legacy" / POLICY_NAME,),
                   (root / "legacy" / LIBRARY_NAME,), overridden=True)


def machine_dirs(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> MachineDirs:
    """The fixed locations for this platform; SMARTCOURSE_MACHINE_ROOT moves them in source runs only."""
    env = os.environ if environ is None else environ
    override = env.get(MACHINE_ROOT_VARIABLE)
    if override and not getattr(sys, "frozen", False):
        return MachineDirs.under(Path(override))
    if platform == "win32":
        root = _program_data() / "SmartCourse"
        return MachineDirs(root / POLICY_NAME, root / LIBRARY_NAME)
    if platform == "darwin":
        root = Path("/Library/Application Support/SmartCourse")
        return MachineDirs(root / POLICY_NAME, root / LIBRARY_NAME)
    return MachineDirs(
        Path("/etc/smartcourse") / POLICY_NAME,
        Path("/var/lib/smartcourse") / LIBRARY_NAME,
        (Path("/etc/xdg/smartcourse") / POLICY_NAME,),
        (Path("/usr/local/share/smartcourse") / LIBRARY_NAME,),
    )


def _program_data() -> Path:
    """%ProgramData% from the shell API: the environment variable is the learner's to change."""
    import ctypes

    buffer = ctypes.create_unicode_buffer(260)
    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
    if shell32.SHGetFolderPathW(None, CSIDL_COMMON_APPDATA, None, 0, buffer) == 0:
        return Path(buffer.value)
    return Path("C:/ProgramData")


def trusted_owners(dirs: MachineDirs) -> frozenset[int]:
    """Who may own machine files: root, and in a test layout also the user running the tests."""
    owners = {0}
    if dirs.overridden and hasattr(os, "geteuid"):
        owners.add(os.geteuid())
    return frozenset(owners)


def unsafe_permissions(path: Path, owners: frozenset[int]) -> str | None:
    """Why non-administrators could change `path` (wrong owner, group/world-writable), or None.

    On Windows the installer's ACLs protect the folder; there is no POSIX mode to check.
    """
    if sys.platform == "win32":
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    mode = stat.filemode(info.st_mode)
    if info.st_uid not in owners:
        return _("{path} is owned by uid {st_uid}, not by root ({mode})").format(
            path=path, st_uid=info.st_uid, mode=mode)
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return _("{path} is writable by users other than root ({mode})").format(path=path, mode=mode)
    return None
