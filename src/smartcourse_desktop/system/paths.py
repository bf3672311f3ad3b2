"""Every folder the app uses, decided in one place."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from smartcourse_desktop import APP_ID

PORTABLE_MARKER = "smartcourse-portable"
PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Set for the bundled libVLC (media/vlc_backend.point_at_bundled_libvlc); meaningless to other programs.
BUNDLE_ONLY_VARIABLES = ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    state: Path
    cache: Path
    site_data: Path
    site_config: Path

    @property
    def logs(self) -> Path:
        return self.state / "logs"

    @property
    def user_library(self) -> Path:
        return self.data / "courses"

    @property
    def system_library(self) -> Path:
        return self.site_data / "courses"

    @property
    def database(self) -> Path:
        return self.data / "progress.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def policy_file(self) -> Path:
        return self.site_config / "policy.toml"

    @classmethod
    def default(cls) -> Paths:
        portable = portable_root()
        if portable is not None:
            return cls.under(portable)
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            data=Path(dirs.user_data_dir),
            config=Path(dirs.user_config_dir),
            state=Path(dirs.user_state_dir),
            cache=Path(dirs.user_cache_dir),
            site_data=Path(_first_dir(dirs.site_data_dir)),
            site_config=Path(_first_dir(dirs.site_config_dir)),
        )

    @classmethod
    def under(cls, root: Path) -> Paths:
        """All folders below one root: portable mode, and tests."""
        return cls(
            data=root / "data",
            config=root / "config",
            state=root / "state",
            cache=root / "cache",
            site_data=root / "site-data",
            site_config=root / "site-config",
        )

    def ensure_user_dirs(self) -> None:
        """Create what can be created: a folder that can't (read-only, full) is reported by whatever needs it."""
        for folder in (self.data, self.config, self.state, self.logs, self.cache, self.user_library):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError:
                continue


def _first_dir(value: str) -> str:
    """platformdirs joins several XDG_*_DIRS with os.pathsep; the first one wins."""
    return value.split(os.pathsep)[0]


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
