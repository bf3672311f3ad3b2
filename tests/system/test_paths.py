"""Portable mode, the bundled-libVLC lookup and the environment for system programs.

sys.frozen / sys.executable / sys._MEIPASS are set the way PyInstaller's bootloader sets them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.media import vlc_backend
from smartcourse_desktop.system.paths import PORTABLE_MARKER, Paths, app_dir, portable_root, system_environment


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "usb" / "SmartCourse"
    folder.mkdir(parents=True)
    (folder / "smartcourse").write_bytes(b"\x7fELF")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "smartcourse"))
    return folder


def test_marker_keeps_all_data_beside_the_app(frozen_app):
    (frozen_app / PORTABLE_MARKER).touch()
    paths = Paths.default()
    assert app_dir() == frozen_app.resolve()
    for folder in (paths.data, paths.config, paths.state, paths.cache, paths.portable_policy):
        assert folder.is_relative_to(frozen_app.resolve() / "smartcourse-data")
    assert paths.policy_file == Path("/etc/smartcourse/policy.toml")  # frozen: the machine policy is never moved
    paths.ensure_user_dirs()
    assert (frozen_app / "smartcourse-data" / "data" / "courses").is_dir()


def test_without_marker_the_user_folders_are_used(frozen_app, isolated_dirs):
    assert portable_root() is None
    assert Paths.default().data.is_relative_to(isolated_dirs)


def test_source_run_is_never_portable(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / PORTABLE_MARKER).touch()
    assert portable_root() is None


def test_system_environment_restores_the_original_library_path(frozen_app):
    env = system_environment({"LD_LIBRARY_PATH": "/opt/smartcourse/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
                              "VLC_PLUGIN_PATH": "/opt/smartcourse/_internal/vlc/plugins", "HOME": "/home/a"})
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/home/a"}


def test_system_environment_drops_the_bundle_path_when_there_was_none(frozen_app):
    bundled = {"LD_LIBRARY_PATH": "/opt/smartcourse/_internal", "PATH": "/usr/bin"}
    assert system_environment(bundled) == {"PATH": "/usr/bin"}


def test_system_environment_of_a_source_run_is_unchanged():
    other = {"LD_LIBRARY_PATH": "/x", "PATH": "/usr/bin"}
    assert system_environment(other) == other
    assert system_environment() == dict(os.environ)


def test_bundled_libvlc_is_preferred(tmp_path, monkeypatch):
    (tmp_path / "vlc" / "plugins").mkdir(parents=True)
    (tmp_path / "vlc" / "libvlc.so.5").touch()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    environ: dict[str, str] = {}
    vlc_backend.point_at_bundled_libvlc(environ)
    assert environ == {"PYTHON_VLC_LIB_PATH": str(tmp_path / "vlc" / "libvlc.so.5"),
                       "PYTHON_VLC_MODULE_PATH": str(tmp_path / "vlc"),
                       "VLC_PLUGIN_PATH": str(tmp_path / "vlc" / "plugins")}
