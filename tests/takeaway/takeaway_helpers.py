"""Shared by the take-away tests: the bundled course, an export of module 1, and ffprobe."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from smartcourse_desktop.courses.model import Course, load_course

COURSE_DIR = Path(__file__).resolve().parents[2] / "assets/course/smart-cities-for-city-officials"


def bundled() -> Course:
    return load_course(COURSE_DIR)


def ffprobe(path: Path) -> dict[str, Any]:
    if shutil.which("ffprobe") is None:
        pytest.fail("ffprobe is missing: install ffmpeg (packaging/apt/test.txt)")
    out = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-show_format", "-show_streams",
                          "-of", "json", str(path)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
