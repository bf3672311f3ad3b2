"""The offline promise: no Internet socket without an LRS, and the same results with no network at all."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.helpers import TIMEOUT, smartcourse
from tests.package_factory import COURSE_ID, make_source

CHILD = Path(__file__).with_name("offline_child.py")
GUI_ENV = {"SMARTCOURSE_EXIT_WHEN_IDLE": "1", "QT_QPA_PLATFORM": "offscreen"}


def audited(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CHILD), *args], capture_output=True, text=True, timeout=TIMEOUT,
                          env={**os.environ, **(env or {})}, check=False)


def unshare() -> tuple[str, ...]:
    path = shutil.which("unshare")
    if path is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = subprocess.run([path, "-n", "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a network namespace here: {probe.stderr.strip()}")
    return (path, "-n")


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return make_source(tmp_path / "src")


def test_the_audit_hook_sees_an_internet_socket():
    result = audited("--probe")
    assert result.returncode == 99
    assert "socket.__new__" in result.stderr


@pytest.mark.slow
def test_no_internet_socket_in_cli_and_gui(package, tmp_path):
    export = str(tmp_path / "progress.csv")  # never os.devnull: an export replaces its target by rename
    for args in (["list"], ["import", str(package)], ["verify"], ["doctor"], ["export-progress", "-o", export]):
        result = audited(*args)
        assert result.returncode in (0, 1), result.stderr
        assert "network used" not in result.stderr, (args, result.stderr)
    gui = audited(env=GUI_ENV)
    assert gui.returncode == 0, gui.stderr


@pytest.mark.slow
def test_same_results_without_a_network(package, paths):
    no_net = unshare()
    imported = smartcourse("import", str(package), prefix=no_net)
    assert imported.returncode == 0, imported.stderr
    for args in (["list"], ["verify"], ["doctor"]):
        online, offline = smartcourse(*args), smartcourse(*args, prefix=no_net)
        assert (offline.returncode, offline.stdout) == (online.returncode, online.stdout), args
    assert (paths.user_library / COURSE_ID / "course.json").is_file()
    gui = smartcourse(prefix=no_net, env=GUI_ENV)
    assert gui.returncode == 0, gui.stderr
