"""Under a real window manager (openbox on its own Xvfb at 1366×768): the parts of the video surface
that libVLC does not draw stay black through layout changes during playback, and the caption box
follows the picture out of full screen (issue #12, point 3)."""

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

pytestmark = pytest.mark.xvfb
PROBE = Path(__file__).with_name("wm_probe.py")
VLC_LOCATION_VARIABLES = ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")
STEPS = ("playing", "notes-closed", "notes-open", "full-screen", "after-full-screen", "resized", "captions-off")
CUE = "Parking policy shapes the city, and who gets a say in it shapes the policy"


def stamp(seconds: int) -> str:
    return f"00:{seconds // 60:02d}:{seconds % 60:02d}.000"


def make_lecture(folder: Path) -> None:
    """A one-minute 16:9 lecture with a keyframe every second, and one long cue every 3 seconds."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=384x216:rate=25:duration=60",
                    "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p",
                    str(folder / "lecture.mp4")], check=True, timeout=60)
    cues = [f"{stamp(s)} --> {stamp(s + 3)}\n{CUE} ({s // 3 + 1})" for s in range(0, 60, 3)]
    (folder / "lecture.vtt").write_text("WEBVTT\n\n" + "\n\n".join(cues) + "\n", encoding="utf-8")


@pytest.fixture
def desktop(tmp_path) -> Iterator[str]:
    """An X server of its own at 1366×768 with openbox managing it; yields its DISPLAY."""
    if not (shutil.which("Xvfb") and shutil.which("openbox")):
        pytest.skip("needs Xvfb and openbox (packaging/apt/test.txt)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    ready = tmp_path / "openbox-ready"
    env = {"PATH": os.environ["PATH"], "DISPLAY": display, "HOME": str(tmp_path)}  # the system's theme and rc.xml
    openbox = subprocess.Popen(["openbox", "--sm-disable", "--startup", f"touch {ready}"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not ready.exists() and time.monotonic() < deadline and openbox.poll() is None:
        time.sleep(0.05)  # the window manager says when it is up; this only polls for its file
    try:
        assert ready.exists(), "openbox did not start"
        yield display
    finally:
        for process in (openbox, xvfb):
            process.terminate()
            process.wait(timeout=10)


def test_the_video_surface_stays_black_around_the_picture_through_layout_changes(desktop, tmp_path):
    media, scratch = tmp_path / "media", tmp_path / "scratch"
    media.mkdir()
    scratch.mkdir()
    make_lecture(media)
    shots = os.environ.get("SMARTCOURSE_WM_SHOTS")  # a folder to keep the screenshots in, to look at them
    env = {k: v for k, v in os.environ.items() if k not in VLC_LOCATION_VARIABLES}  # the system libVLC
    env.update(DISPLAY=desktop, QT_QPA_PLATFORM="xcb", SMARTCOURSE_VLC_ARGS="--aout=dummy", HOME=str(scratch))
    result = subprocess.run([sys.executable, str(PROBE), str(scratch), str(media), *([shots] if shots else [])],
                            env=env, capture_output=True, text=True, timeout=150)
    line = next((text for text in result.stdout.splitlines() if text.startswith("{")), None)
    assert line, result.stderr[-2000:]
    data = json.loads(line)
    assert "error" not in data, {step: v["leftovers"] if isinstance(v, dict) else v for step, v in data.items()}
    assert {step: data[step]["leftovers"] for step in STEPS} == dict.fromkeys(STEPS, 0)
    assert data["full-screen"]["full_screen"] and not data["after-full-screen"]["full_screen"]
    back = data["after-full-screen"]
    x, y, width, height = back["surface"]
    cx, cy, cwidth, cheight = back["caption"]
    assert x <= cx and cx + cwidth <= x + width and y <= cy and cy + cheight <= y + height  # inside the picture area
    assert abs((cx + cwidth / 2) - (x + width / 2)) <= 2  # centred
    assert (y + height) - (cy + cheight) <= 12  # at the bottom
    assert back["caption_lit"] > 20  # and its text really is drawn there
    before_off = data["caption-before-off"]
    _px, py, _pw, pheight = before_off["picture"]
    assert before_off["caption"][1] + before_off["caption"][3] > py + pheight  # the box reached into the band
    assert data["captions-off"]["caption"] is None


SEEK_PROBE = Path(__file__).with_name("seek_probe.py")


@pytest.mark.parametrize("target", [110.0, 175.0])
def test_a_seek_at_double_speed_never_shows_a_grey_picture(desktop, tmp_path, target):
    """Issue #12, point 6, as the walkthrough found it: at 2× (and 1.25×) a seek into the middle of a
    slide showed flat grey until the next keyframe, through libVLC's own video output (the video
    callbacks of the benchmark never showed it). Sampled every 150 ms for 3 s after the seek."""
    env = {k: v for k, v in os.environ.items() if k not in VLC_LOCATION_VARIABLES}  # the system libVLC
    env.update(DISPLAY=desktop, QT_QPA_PLATFORM="xcb", SMARTCOURSE_VLC_ARGS="--aout=dummy", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, str(SEEK_PROBE), str(tmp_path), str(target), "2.0"],
                            env=env, capture_output=True, text=True, timeout=120)
    line = next((text for text in result.stdout.splitlines() if text.startswith("{")), None)
    assert line, result.stderr[-2000:]
    data = json.loads(line)
    assert "error" not in data, data
    assert data["grey"] == 0, data["samples"]


CAPTION_PROBE = Path(__file__).with_name("caption_probe.py")


def test_the_first_caption_shows_at_once_when_playback_starts_mid_cue(desktop, tmp_path):
    """Resumed in the middle of a cue and played, the caption is drawn over libVLC's picture at once,
    not beneath it until the next cue, at 1.5× scaling, where that was seen (in the app, before the
    course page was built after the window is on screen). The lecture is plain blue: white in the
    caption box is the caption's text. The original failure does not reproduce in this probe, with
    or without raising the box at play; this keeps the behaviour, not that one cause."""
    media, scratch = tmp_path / "media", tmp_path / "scratch"
    media.mkdir()
    scratch.mkdir()
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=blue:size=384x216:rate=25:duration=20",
                    "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p",
                    str(media / "lecture.mp4")], check=True, timeout=60)
    cues = [f"{stamp(s)} --> {stamp(s + 5)}\nParking policy shapes the city ({s // 5 + 1})" for s in range(0, 20, 5)]
    (media / "lecture.vtt").write_text("WEBVTT\n\n" + "\n\n".join(cues) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in VLC_LOCATION_VARIABLES}  # the system libVLC
    env.update(DISPLAY=desktop, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1.5", SMARTCOURSE_VLC_ARGS="--aout=dummy",
               HOME=str(scratch))
    result = subprocess.run([sys.executable, str(CAPTION_PROBE), str(scratch), str(media)],
                            env=env, capture_output=True, text=True, timeout=90)
    line = next((text for text in result.stdout.splitlines() if text.startswith("{")), None)
    assert line, result.stderr[-2000:]
    data = json.loads(line)
    assert "error" not in data, data
    assert data["shown"] and data["white"] > 20, data
    assert data["position"] < 8.5, data  # within the cue it started in
