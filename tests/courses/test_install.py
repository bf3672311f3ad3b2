"""Leftover staging and removal folders are cleaned only once the process that made them has ended."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.courses.install import REMOVING_PREFIX, STAGING_PREFIX, clean_leftovers
from smartcourse_desktop.courses.owners import me
from tests.package_factory import make_source


def ended_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def leftover(root: Path, name: str, size: int = 1000) -> Path:
    folder = root / name
    (folder / "course").mkdir(parents=True)
    (folder / "course" / "big.mp4").write_bytes(b"x" * size)
    return folder


@pytest.mark.parametrize("prefix", [STAGING_PREFIX, REMOVING_PREFIX])
def test_only_folders_of_ended_processes_are_cleaned(tmp_path, prefix):
    root = tmp_path / "lib"
    mine = me()
    live = leftover(root, f"{prefix}{mine.pid}-{mine.start}-live")
    dead = leftover(root, f"{prefix}{ended_pid()}-{mine.start}-dead")
    reused = leftover(root, f"{prefix}{mine.pid}-{int(mine.start) + 1}-reused")  # PID reused by a new process
    legacy = leftover(root, f"{prefix}k2j4h5g6")  # made before owners were recorded
    cleaned = clean_leftovers(root)
    assert sorted(cleaned) == sorted([dead, reused, legacy])
    assert live.exists() and not dead.exists() and not reused.exists() and not legacy.exists()


def test_import_cleans_leftovers_first(tmp_path):
    root = tmp_path / "lib"
    dead = leftover(root, f"{STAGING_PREFIX}{ended_pid()}-1-dead")
    import_course(make_source(tmp_path / "src"), root)
    assert not dead.exists()


def test_start_cleans_leftovers(paths, tmp_path):
    from smartcourse_desktop.app import main

    import_course(make_source(tmp_path / "src"), paths.user_library)
    dead = leftover(paths.user_library, f"{REMOVING_PREFIX}{ended_pid()}-1-dead")
    assert main(["list"]) == 0
    assert not dead.exists()


def test_staging_folder_names_its_owner(tmp_path):
    from smartcourse_desktop.courses.install import staging_dir

    with staging_dir(tmp_path / "lib") as staging:
        assert staging.name.startswith(f"{STAGING_PREFIX}{os.getpid()}-{me().start}-")
