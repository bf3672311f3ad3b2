"""Under Xvfb: libVLC draws the lecture's picture into our native window (not black, not empty)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb
VLC_LOCATION_VARIABLES = ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")


@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server: run the suite with ./dev test (xvfb-run)")
def test_video_picture_shows_in_the_embedded_window(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in VLC_LOCATION_VARIABLES}  # the system libVLC
    env.update(QT_QPA_PLATFORM="xcb", SMARTCOURSE_VLC_ARGS="--aout=dummy")
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("embed_probe.py")), str(tmp_path)],
                            env=env, capture_output=True, text=True, timeout=60)
    line = next((text for text in result.stdout.splitlines() if text.startswith("{")), None)
    assert line, result.stderr[-2000:]
    data = json.loads(line)
    assert "error" not in data, data
    assert data["empty"]["distinct"] < 20  # before playing: a plain card with a short hint
    assert data["playing"]["distinct"] > 30  # testsrc2: colour bars, gradients and moving shapes
    assert data["playing"]["distinct"] > 3 * data["empty"]["distinct"]
    assert data["playing"]["mean"] > 40
