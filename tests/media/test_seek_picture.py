"""A seek shows the right picture at once: pictures really decoded by libVLC (through its video
callbacks, tests/media/vmem_frames.py) from the bundled lecture, not the dummy output's nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcourse_desktop.media.vlc_backend import own_instance
from tests.media.vmem_frames import FrameGrab, Picture, reference, seek_and_wait

LECTURE = Path(__file__).resolve().parents[2] / "assets/course/smart-cities-for-city-officials/media/m01-lecture.mp4"


def flat(picture: Picture) -> bool:
    """Grey (or any one colour): what a decoder shows before it has a keyframe to start from."""
    samples = picture.rgb[::37]
    return max(samples) - min(samples) < 40


@pytest.fixture(scope="module")
def instance():
    with own_instance(["--aout=dummy"]) as made:
        yield made


def test_a_seek_while_playing_shows_the_slide_of_that_moment(instance):
    """The issue's case (1:31 stayed grey until 1:39), one seek back, and one to just before a slide change."""
    targets = [91.0, 20.0, 98.9]
    expected = [reference(instance, LECTURE, seconds)[0] for seconds in targets]
    assert not any(flat(picture) for picture in expected)
    grab = FrameGrab(instance, LECTURE)
    try:
        grab.play()
        assert grab.wait_for(lambda _picture: True) is not None
        for seconds, picture in zip(targets, expected, strict=True):
            assert seek_and_wait(grab, seconds, picture) is not None, f"no right picture after a seek to {seconds} s"
            assert not any(flat(p) for p in grab.pictures[-3:])
    finally:
        grab.close()


def test_a_start_in_the_middle_shows_that_slide_first(instance):
    """Resuming and search hits open the lecture at a point (VlcPlayer: :start-time)."""
    first, _took = reference(instance, LECTURE, 91.0)
    later, _took = reference(instance, LECTURE, 93.0)  # the same slide, from another starting point
    assert not flat(first) and first.same_as(later)
