"""Without a display the GUI says so plainly instead of letting Qt abort; the command line still works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.ui.application import NO_DISPLAY, display_problem

ROOT = Path(__file__).resolve().parents[2]


def headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


@pytest.mark.parametrize("environ, problem", [
    ({}, NO_DISPLAY),
    ({"QT_QPA_PLATFORM": "xcb"}, NO_DISPLAY),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, NO_DISPLAY),
    ({"QT_QPA_PLATFORM": "offscreen"}, None),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, None),
    ({"DISPLAY": ":0"}, None),
    ({"WAYLAND_DISPLAY": "wayland-0"}, None),
])
def test_display_problem_on_linux(environ, problem):
    assert display_problem(environ, "linux") == problem


def test_other_systems_always_have_a_screen():
    assert display_problem({}, "win32") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are a Linux matter")
def test_gui_without_a_display_exits_with_a_plain_message():
    done = subprocess.run([sys.executable, "-m", "smartcourse_desktop"], cwd=ROOT, env=headless_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().endswith(NO_DISPLAY) and "Traceback" not in done.stderr


def test_command_line_works_without_a_display():
    done = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "list"], cwd=ROOT, env=headless_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "smart-cities-for-city-officials" in done.stdout
