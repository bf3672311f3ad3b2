"""Every test gets fresh XDG folders, its own machine root (SMARTCOURSE_MACHINE_ROOT), the offscreen Qt platform,
and silent libVLC outputs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SMARTCOURSE_VLC_ARGS", "--aout=dummy --vout=dummy")  # libVLC stays silent and headless


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_DIRS", "site-data"),
        ("XDG_CONFIG_DIRS", "site-config"),
    ):
        folder = home / sub
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))  # a learner's session may set these; they must change nothing
    monkeypatch.setenv("SMARTCOURSE_MACHINE_ROOT", str(home / "machine"))
    return home


@pytest.fixture(autouse=True)
def background_tasks_finish():
    """No background task of one test may outlive it and write into the next test's folders."""
    yield
    tasks = sys.modules.get("smartcourse_desktop.ui.tasks")
    if tasks is not None:
        tasks.wait_for_tasks()


@pytest.fixture
def paths(isolated_dirs: Path):
    from smartcourse_desktop.system.paths import Paths

    result = Paths.default()
    result.ensure_user_dirs()
    return result


@pytest.fixture
def context(paths):
    from smartcourse_desktop.context import Context

    return Context.create(paths)


@pytest.fixture
def store(paths):
    from smartcourse_desktop.records.store import Store

    db = Store.open(paths.database)
    yield db
    db.close()
