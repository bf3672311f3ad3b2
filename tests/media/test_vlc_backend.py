"""The libVLC backend on real libVLC (dummy outputs) and the committed test lecture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smartcourse_desktop.media.vlc_backend import decode_check, libvlc_version, own_instance, probe, shared_instance

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_the_app_has_one_instance():
    assert shared_instance() is shared_instance()
    assert libvlc_version()


def test_probe_finds_tracks_and_length():
    result = probe(shared_instance(), FIXTURES / "lecture.mp4")
    assert result.ok and result.has_video and result.has_audio
    assert 3.5 < result.duration < 4.5
    audio = probe(shared_instance(), FIXTURES / "lecture.m4a")
    assert audio.ok and audio.has_audio and not audio.has_video


def test_probe_explains_a_missing_or_damaged_file(tmp_path):
    assert probe(shared_instance(), tmp_path / "gone.mp4").reason == "the file gone.mp4 is missing"
    garbage = tmp_path / "garbage.mp4"
    garbage.write_bytes(bytes(range(256)) * 64)
    result = probe(shared_instance(), garbage)
    assert not result.ok and "garbage.mp4" in result.reason


def test_decode_check_plays_the_file_briefly():
    with own_instance(["--aout=dummy", "--vout=dummy"]) as instance:
        assert decode_check(instance, FIXTURES / "lecture.mp4").ok

@pytest.fixture(scope="module")
def instance():
    with own_instance(["--aout=dummy", "--vout=dummy"]) as made:
        yield made


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
    shutil.copy(FIXTURES / "lecture.mp4", copy)
    result = probe(instance, copy)
    assert result.ok and result.duration > 0
