"""Test 2 of issue #16: the accessibility tree over AT-SPI, from outside the process, as Orca gets
it. A D-Bus session of its own (dbus-run-session starts at-spi-bus-launcher on demand), the app
under xcb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and a walker on the system Python with Debian's
pyatspi (packaging/apt/test.txt). Bounded: the walker gives up after 25 s, the run after 60 s."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _pyatspi() -> bool:
    return Path(SYSTEM_PYTHON).exists() and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI is the Linux accessibility bus"),
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server: run the suite with ./dev test"),
    pytest.mark.skipif(not shutil.which("dbus-run-session") or not _pyatspi(),
                       reason="needs dbus-run-session, at-spi2-core and python3-pyatspi (packaging/apt/test.txt)"),
]


@pytest.fixture(scope="module")
def walk(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("atspi")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               SMARTCOURSE_MACHINE_ROOT=str(home / "machine"), LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (home / name).mkdir()
        env[name] = str(home / name)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "atspi_walker.py"), "--",
               sys.executable, str(HERE / "atspi_app.py")]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, cwd=HERE.parents[1])
    line = next((text for text in done.stdout.splitlines() if text.startswith("{")), None)
    assert line, done.stderr[-3000:]
    result = json.loads(line)
    assert "error" not in result, result
    return result


def test_no_focusable_object_is_unnamed(walk):
    assert walk["nodes"] > 50
    assert walk["unnamed_focusable"] == []


def test_seek_bar_tells_the_time_and_does_not_flood(walk):
    assert re.fullmatch(r"\d+:\d\d of 3:37", walk["seek_description"]), walk["seek_description"]
    assert walk["seek_value"] >= 0
    assert len(walk["value_events"]) <= 3  # while playing for 6 s; Qt's default sent one per tick (16)


def test_done_states_speed_and_captions_are_exposed(walk):
    assert walk["done_cells"] == 17
    assert walk["speed"] == ["Playback speed"]
    assert walk["captions"] == [["Captions", "check box"]]


def test_captions_are_announced(walk):
    assert walk["announcements"], "no caption was announced while the lecture played"


def test_status_messages_are_announced(walk):
    assert "Status message for the screen reader" in walk["announcements"]
