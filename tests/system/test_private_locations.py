"""The progress database's fallback folder and every fixed-path file: private, never through a link."""

from __future__ import annotations

import os
import stat
import sys
from datetime import datetime
from pathlib import Path

import pytest

from smartcourse_desktop import APP_ID
from smartcourse_desktop.records.export import export_progress
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.system.locations import database_location, private_folder
from smartcourse_desktop.system.settings import Settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners, modes and symbolic links")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_fallback_folder_is_created_private(tmp_path):
    location = private_folder(tmp_path)
    assert location.path == tmp_path / f"{APP_ID}-{os.getuid()}" and not location.temporary
    assert mode(location.path) == 0o700
    assert private_folder(tmp_path) == location  # ours already: used again


def test_fallback_folder_created_by_someone_else_is_not_used(tmp_path):
    squatted = tmp_path / f"{APP_ID}-{os.getuid()}"
    squatted.mkdir(mode=0o777)
    os.chmod(squatted, 0o777)
    location = private_folder(tmp_path)
    assert location.temporary and location.path != squatted and location.path.parent == tmp_path
    assert mode(location.path) == 0o700 and os.lstat(location.path).st_uid == os.getuid()


def test_fallback_folder_that_is_a_link_is_not_used(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    os.chmod(elsewhere, 0o700)
    (tmp_path / f"{APP_ID}-{os.getuid()}").symlink_to(elsewhere)
    location = private_folder(tmp_path)
    assert location.temporary and location.path.resolve() != elsewhere


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_fallback_folder_owned_by_another_user_is_not_used(tmp_path):
    squatted = tmp_path / f"{APP_ID}-{os.getuid()}"
    squatted.mkdir(mode=0o700)
    os.chmod(squatted, 0o700)
    os.chown(squatted, 65534, 65534)
    location = private_folder(tmp_path)
    assert location.temporary and location.path != squatted


def test_local_data_folder_needs_no_fallback(tmp_path):
    assert database_location(tmp_path / "progress.sqlite3").path == tmp_path / "progress.sqlite3"


def test_a_link_at_the_database_path_is_refused(tmp_path):
    outside = tmp_path / "outside.sqlite3"
    outside.write_bytes(b"")
    os.chmod(outside, 0o644)
    data = tmp_path / "data"
    data.mkdir()
    (data / "progress.sqlite3").symlink_to(outside)
    with pytest.raises(StoreError, match="symbolic link"):
        Store.open(data / "progress.sqlite3")
    assert outside.read_bytes() == b"" and mode(outside) == 0o644


def test_progress_export_is_owner_only_and_replaces_a_link(tmp_path):
    old = os.umask(0o022)
    try:
        victim = tmp_path / "victim.txt"
        victim.write_text("keep", encoding="utf-8")
        target = tmp_path / "progress.csv"
        target.symlink_to(victim)
        export_progress([], target, "csv", datetime(2026, 11, 29, 9, 30))
    finally:
        os.umask(old)
    assert mode(target) == 0o600 and not target.is_symlink()
    assert victim.read_text(encoding="utf-8") == "keep"


def test_unsaveable_settings_are_reported_once_and_kept_for_the_session(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    settings = Settings(blocker / "settings.json")
    reports: list[str] = []
    settings.on_save_failed = reports.append
    settings.set("reading.font_scale", 1.2)
    settings.set("reading.font_scale", 1.3)
    assert settings.get("reading.font_scale") == 1.3
    assert len(reports) == 1 and "settings.json" in reports[0]
