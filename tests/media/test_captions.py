"""Captions: WebVTT cues found by time and by words."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcourse_desktop.media.captions import CaptionError, load_captions, parse_captions

MEDIA = Path(__file__).parents[1] / "fixtures"


def test_cue_at_time_follows_the_vtt_timings():
    captions = load_captions(MEDIA / "lecture.en.vtt", "en")
    assert len(captions) == 3
    assert captions.cue_at(0.0).text == "Welcome to the test lecture."
    assert captions.cue_at(1.499).text == "Welcome to the test lecture."
    assert captions.cue_at(1.5).text == "Parking policy shapes the city."
    assert captions.cue_at(3.2).start == 3.0
    assert captions.cue_at(4.0) is None and captions.cue_at(-1) is None


def test_gaps_show_no_cue_and_hours_parse():
    captions = parse_captions("WEBVTT\n\n01:00:01.250 --> 01:00:02.000\nLate\n\n00:05.000 --> 00:06.000\nEarly\n")
    assert [c.text for c in captions.cues] == ["Early", "Late"]
    assert captions.cue_at(3601.5).text == "Late"
    assert captions.cue_at(100) is None


def test_search_matches_every_word_case_insensitively():
    captions = load_captions(MEDIA / "lecture.en.vtt")
    assert captions.search("PARKING city") == [1]
    assert captions.search("the") == [0, 1]
    assert captions.search("tram") == []


def test_bad_or_missing_files_raise_caption_error(tmp_path):
    bad = tmp_path / "bad.vtt"
    bad.write_text("this is not webvtt")
    with pytest.raises(CaptionError, match=r"bad\.vtt"):
        load_captions(bad)
    with pytest.raises(CaptionError, match=r"missing\.vtt"):
        load_captions(tmp_path / "missing.vtt")
