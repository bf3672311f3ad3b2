"""Every folder the app uses, decided in one place."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from smartcourse_desktop import APP_ID
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.machine import MachineDirs, machine_dirs

log = logging.getLogger(__name__)

PORTABLE_MARKER = "smartcourse-portable"
PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Set for the bundled libVLC (media/vlc_backend.point_at_bundled_libvlc); meaningless to other programs.
BUNDLE_ONLY_VARIABLES = ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")


@dataclass(frozen=True)
class Paths:
    """The learner's folders, and the fixed machine-wide ones (never moved by portable mode)."""

    data: Path
    config: Path
    state: Path
    cache: Path
    machine: MachineDirs = field(default_factory=machine_dirs)
    portable_policy: Path | None = None
    portable_library: Path | None = None
    notice: str | None = None

    @property
    def logs(self) -> Path:
        return self.state / "logs"

    @property
    def user_library(self) -> Path:
        return self.data / "courses"

    @property
    def system_library(self) -> Path:
        return self.machine.library

    @property
    def database(self) -> Path:
        return self.data / "progress.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def policy_file(self) -> Path:
        return self.machine.policy_file

    @classmethod
    def default(cls) -> Paths:
        portable = portable_root()
        if portable is None:
            return cls.for_user()
        policy = portable / "site-config" / "policy.toml"
        if _writable(portable):
            return replace(cls.under(portable), portable_policy=policy)
        user = cls.for_user()
        notice = (_("The portable folder {portable} cannot be written, so it is used read-only: its courses play, and "
                    "your progress is kept in {data}.").format(portable=portable, data=user.data))
        log.warning(notice)
        return replace(user, portable_policy=policy, portable_library=portable / "data" / "courses", notice=notice)

    @classmethod
    def for_user(cls) -> Paths:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_state_dir),
                   Path(dirs.user_cache_dir))

    @classmethod
    def under(cls, root: Path) -> Paths:
        """The learner's folders below one root (portable mode, tests); the machine folders stay fixed."""
        return cls(data=root / "data", config=root / "config", state=root / "state", cache=root / "cache")

    def ensure_user_dirs(self) -> None:
        """Create what can be created: a folder that can't (read-only, full) is reported by whatever needs it."""
        for folder in (self.data, self.config, self.state, self.logs, self.cache, self.user_library):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError:
                continue


def _writable(folder: Path) -> bool:
    """Can this user create files in `folder`? Tried for real: read-only media, ACLs and ownership all count."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(handle)
        os.unlink(name)
    except OSError:
        return False
    return True


def app_dir() -> Path:
    """The folder holding the executable when frozen, else the package folder."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PACKAGE_DIR


def portable_root() -> Path | None:
    """A marker file next to the frozen executable keeps all data beside the app."""
    if getattr(sys, "frozen", False) and (app_dir() / PORTABLE_MARKER).exists():
        return app_dir() / "smartcourse-data"
    return None


def system_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for starting system programs (browser, file manager) from the app.

    In the PyInstaller bundle the bootloader points LD_LIBRARY_PATH at the bundle and keeps the
    original in LD_LIBRARY_PATH_ORIG; a system program must not load the bundle's libraries.
    """
    env = dict(os.environ if environ is None else environ)
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        env["LD_LIBRARY_PATH"] = original
    elif getattr(sys, "frozen", False):
        env.pop("LD_LIBRARY_PATH", None)
    if getattr(sys, "frozen", False):
        for name in BUNDLE_ONLY_VARIABLES:
            env.pop(name, None)
    return env


def assets_dir() -> Path:
    """The assets folder: in the PyInstaller bundle, in an installed wheel, or in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "assets"] if bundle else []
    candidates += [PACKAGE_DIR / "assets", PACKAGE_DIR.parents[1] / "assets"]
    for candidate in candidates:
        if (candidate / "course").is_dir():
            return candidate
    return candidates[-1]


def bundled_courses_dir() -> Path:
    return assets_dir() / "course"
