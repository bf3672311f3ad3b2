"""SRT captions beside WebVTT: the loose files real course sites publish, and clear errors."""

from __future__ import annotations

import pytest

from smartcourse_desktop.media.captions import CaptionError, Cue, load_captions
from smartcourse_desktop.media.srt import parse_srt

PLAIN = ("1\n00:00:01,000 --> 00:00:03,500\nWelcome to the course.\n\n"
         "2\n00:00:04,000 --> 00:00:06,000\nSmart cities\nand their data.\n")
EXPECTED = [Cue(1.0, 3.5, "Welcome to the course."), Cue(4.0, 6.0, "Smart cities\nand their data.")]


def test_plain_srt():
    assert parse_srt(PLAIN) == EXPECTED


def test_bom_and_crlf(tmp_path):
    path = tmp_path / "lecture.en.srt"
    path.write_bytes(b"\xef\xbb\xbf" + PLAIN.replace("\n", "\r\n").encode("utf-8"))
    captions = load_captions(path, "en")
    assert captions.cues == EXPECTED and captions.language == "en"


def test_missing_blank_lines_between_cues():
    squeezed = PLAIN.replace("\n\n", "\n")
    assert parse_srt(squeezed) == EXPECTED


def test_missing_numbers_and_trailing_spaces():
    text = ("00:00:01,000 --> 00:00:03,500  \nWelcome to the course.\n\n\n\n"
            "00:00:04.000-->00:00:06,000\nSmart cities\nand their data.")
    assert parse_srt(text) == EXPECTED


def test_hours_of_100_and_more():
    cues = parse_srt("1\n100:00:00,000 --> 123:04:05,6\nLong.\n")
    assert cues == [Cue(360000.0, 123 * 3600 + 245.6, "Long.")]


@pytest.mark.parametrize(("text", "line"), [
    ("1\n00:00:01,000 --> 00:00:03,500\nOk.\n\n2\n00:00:04 --> 00:00:06,000\nBad.\n", 6),
    ("1\n00:00:01,000 -> 00:00:03,500\nBad arrow.\n", 2),
    ("1\n00:61:01,000 --> 00:62:03,500\nBad minutes.\n", 2),
    ("Hello\n00:00:01,000 --> 00:00:03,500\nNo number.\n", 1),
])
def test_malformed_timing_names_the_line(text, line):
    with pytest.raises(CaptionError, match=rf"^line {line}: "):
        parse_srt(text)


def test_load_names_the_file_and_line(tmp_path):
    path = tmp_path / "lecture.sv.srt"
    path.write_text("1\n00:00:01,000 --> soon\nHej\n", encoding="utf-8")
    expected = r"lecture.sv.srt: line 2: malformed SRT timing line '00:00:01,000 --> soon'"
    with pytest.raises(CaptionError, match=expected):
        load_captions(path, "sv")


def test_styling_tags_are_removed_and_nul_is_replaced():
    text = "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Smart</i> <font color=\"#ff0\">cities</font>\x00\n"
    assert parse_srt(text) == [Cue(1.0, 2.0, "Smart cities\ufffd")]


LONG = 75_000  # a 75 KB line once made an 8 MB one-line error that blocked the window (#14 point 11)


@pytest.mark.parametrize("text", [
    "1\n00:00:01,000 --> " + "9" * LONG + "\nBad.\n",  # a timing line that is not one
    "x" * LONG + "\n00:00:01,000 --> 00:00:03,500\nNo number.\n",  # neither a number nor a timing line
])
def test_a_75_kb_line_is_quoted_short(text):
    with pytest.raises(CaptionError) as raised:
        parse_srt(text)
    message = str(raised.value)
    assert len(message) < 200 and "…" in message, message
