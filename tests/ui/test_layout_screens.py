"""Under Xvfb with a real window manager (openbox): a lecture with the outline, transcript and notes
wanted, on a 1366×768 and a 1280×720 screen at 100 %, 125 % and 150 % scale. The controls row lies
inside the screen, nothing covers it, the picture keeps its minimum width, and the panels that do
not fit are collapsed in order (transcript, outline, notes) into toggle buttons."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcourse_desktop.ui.panel_collapse import PICTURE_MIN_WIDTH

pytestmark = pytest.mark.xvfb
PROBE = Path(__file__).with_name("layout_probe.py")
VLC_LOCATION_VARIABLES = ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")
ORDER = ("transcript", "outline", "notes")


def wait_for(check, what: str, attempts: int = 100) -> None:
    """Poll a start-up condition of a helper process (not a timing assertion)."""
    for _ in range(attempts):
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start")


@pytest.fixture(scope="module", params=["1366x768", "1280x720"])
def desktop(request) -> Iterator[tuple[str, str]]:
    """A virtual screen of this size with openbox managing its windows; one per size."""
    if not all(shutil.which(tool) for tool in ("Xvfb", "openbox", "xprop")):
        pytest.skip("needs Xvfb, openbox and xprop (packaging/apt/test.txt)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{request.param}x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    env = {**os.environ, "DISPLAY": display}
    manager = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    wait_for(lambda: b"window id" in subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                                                    capture_output=True).stdout, "openbox")
    yield display, request.param
    for process in (manager, server):
        process.terminate()
        process.wait(10)


@pytest.mark.parametrize("scale", ["1", "1.25", "1.5"])
def test_controls_stay_on_screen_and_panels_collapse_in_order(desktop, scale, tmp_path, isolated_dirs):
    display, size = desktop
    env = {k: v for k, v in os.environ.items() if k not in VLC_LOCATION_VARIABLES}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale, SMARTCOURSE_VLC_ARGS="--aout=dummy")
    shot = tmp_path / f"layout-{size}-x{scale}.png"
    result = subprocess.run([sys.executable, str(PROBE), str(shot)], env=env, capture_output=True, text=True,
                            timeout=90)
    line = next((text for text in result.stdout.splitlines() if text.startswith("{")), None)
    assert line, result.stderr[-2000:]
    data = json.loads(line)
    sx, sy, sw, sh = data["screen"]
    x, y, w, h = data["controls"]
    assert data["controls_visible"] and sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh, data
    fx, fy, fw, fh = data["frame"]
    assert fx >= sx and fy >= sy and fx + fw <= sx + sw and fy + fh <= sy + sh, data
    assert all(data["on_top"].values()), data  # nothing covers play, seek, speed or CC
    assert data["distinct"] >= 8, data  # the grabbed row shows buttons and a slider, not a blank area
    assert data["picture"][2] >= PICTURE_MIN_WIDTH, data
    collapsed = [name for name in ORDER if not data["shown"][name]]
    assert collapsed == list(ORDER[:len(collapsed)]), data
    assert {name for name, visible in data["toggles"].items() if visible} == set(collapsed), data
    assert shot.stat().st_size > 0
