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


@pytest.mark.parametrize("start", [
    "0000:01.000", "00:1:00.000", "00:0100.000", "00:00:1.000", "00:00:01000", "00:00:01.00", "00:00:01.",
    "00:00:01", "00:01", "1:00.000", "00:01.0000", "00:60.000", "00:00:60.000", " 00:01.000", "00:01.00",
    "61:00.000", "",
])
def test_a_cue_with_an_invalid_timestamp_is_dropped(start):
    captions = parse_captions(f"WEBVTT\n\n{start} --> 00:00:09.000\ninvalid\n\n00:00:02.000 --> 00:00:03.000\nkept\n")
    assert [c.text for c in captions.cues] == ["kept"]


@pytest.mark.parametrize("timing, start, end", [
    ("0:00:01.000 --> 00:00:02.000", 1.0, 2.0),  # hours may have one digit
    ("100:00:00.000 --> 100:00:01.500", 360000.0, 360001.5),
    ("00:01.000-->00:02.000", 1.0, 2.0),  # spaces around the arrow are optional
    ("00:01.000 --> 00:02.000 align:end line:0", 1.0, 2.0),
])
def test_valid_timestamps_follow_the_webvtt_rules(timing, start, end):
    captions = parse_captions(f"WEBVTT\n\n{timing}\ntext\n")
    assert [(c.start, c.end) for c in captions.cues] == [(start, end)]


def test_cue_text_decodes_entities_drops_tags_and_replaces_nul():
    captions = parse_captions("WEBVTT\n\nid\x00\n00:01.000 --> 00:02.000\n"
                              "<v Ann>Fish &amp; chips</v> &lt;b&gt; caf&eacute;\x00 <b>x</b>\n")
    assert [c.text for c in captions.cues] == ["Fish & chips <b> caf\u00e9\ufffd x"]


def test_nul_in_a_timestamp_drops_only_that_cue():
    text = "WEBVTT\n\n00:00:01.0\x0000 --> 00:00:02.000\nbad\n\r\n00:03.000 --> 00:04.000\r\ngood\r\n"
    captions = parse_captions(text)
    assert [c.text for c in captions.cues] == ["good"]
