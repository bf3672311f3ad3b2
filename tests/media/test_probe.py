"""Probing lecture files with real libVLC: a damaged file gets a sentence a learner understands."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smartcourse_desktop.media.probe import make_instance, probe

MEDIA = Path(__file__).parents[1] / "fixtures"


@pytest.fixture(scope="module")
def instance():
    return make_instance(["--aout=dummy", "--vout=dummy"])


def test_an_empty_video_says_so_without_python_vlc_internals(instance, tmp_path):
    empty = tmp_path / "lecture.mp4"
    empty.write_bytes(b"")
    result = probe(instance, empty)
    assert not result.ok
    assert result.reason == "This lecture's video file is empty or damaged"


def test_an_empty_audio_file_names_its_kind(instance, tmp_path):
    empty = tmp_path / "lecture.m4a"
    empty.write_bytes(b"")
    assert probe(instance, empty).reason == "This lecture's audio file is empty or damaged"


def test_a_real_lecture_is_playable(instance, tmp_path):
    copy = tmp_path / "lecture.mp4"
    shutil.copy(MEDIA / "lecture.mp4", copy)
    result = probe(instance, copy)
    assert result.ok and result.duration > 0
