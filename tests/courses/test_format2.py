"""Course format 2: completion threshold, per-language readings and transcripts, PDF readings.
Format-1 manifests keep loading unchanged, and may not use the format-2 fields."""

from __future__ import annotations

import copy

import pytest

from smartcourse_desktop.courses.sources import checked_course
from smartcourse_desktop.system.errors import CourseFormatError
from tests.package_factory import manifest


def listed(data: dict, *paths: str) -> dict:
    data["files"] = [{"path": p, "size": 1, "sha256": "0" * 64} for p in paths]
    return data


def format2() -> dict:
    data = manifest()
    data["format"] = 2
    data["completion"] = {"threshold": 0.8}
    lessons = data["modules"][0]["lessons"]
    lessons[0]["transcripts"] = {"en": "transcripts/intro.en.md", "de": "transcripts/intro.de.md"}
    del lessons[0]["transcript"]
    lessons[1]["reading"] = {"de": "readings/r1.de.pdf", "en": "readings/r1.en.pdf"}
    return listed(data, "media/intro.mp4", "media/intro.m4a", "captions/intro.en.vtt", "captions/intro.de.vtt",
                  "transcripts/intro.en.md", "transcripts/intro.de.md", "readings/r1.de.pdf", "readings/r1.en.pdf")


def test_format1_manifest_loads_unchanged():
    data = listed(manifest(), "media/intro.mp4", "media/intro.m4a", "captions/intro.en.vtt",
                  "captions/intro.de.vtt", "transcripts/intro.md", "readings/r1.md")
    course = checked_course(data)
    reading = course.lesson("r1")
    assert reading is not None and reading.reading == "readings/r1.md" and not reading.is_pdf
    assert reading.readings == {} and course.completion_threshold is None
    assert course.lesson("intro").transcript_in("sv", "en") == "transcripts/intro.md"


def test_format2_reads_threshold_languages_and_pdf():
    course = checked_course(format2())
    assert course.completion_threshold == 0.8
    reading = course.lesson("r1")
    assert reading.is_pdf
    assert reading.reading == "readings/r1.en.pdf"  # the course's default language (en) first
    assert reading.reading_in("de", "en") == "readings/r1.de.pdf"
    assert reading.reading_in("de-AT", "en") == "readings/r1.de.pdf"
    assert reading.reading_in("sv", "en") == "readings/r1.en.pdf"
    assert reading.reading_in("sv", "fi") == "readings/r1.de.pdf"  # then the first listed
    assert course.lesson("intro").transcript_in("de", "en") == "transcripts/intro.de.md"


def test_format2_language_paths_must_be_listed():
    data = format2()
    data["files"] = [f for f in data["files"] if f["path"] != "readings/r1.de.pdf"]
    with pytest.raises(CourseFormatError, match=r"lessons\[1\]\.reading\.de: file not listed"):
        checked_course(data)


@pytest.mark.parametrize("field", ["completion", "transcripts", "reading"])
def test_format1_refuses_format2_fields(field):
    data = copy.deepcopy(format2())
    data["format"] = 1
    if field != "completion":
        del data["completion"]
    if field != "transcripts":
        data["modules"][0]["lessons"][0].pop("transcripts")
    if field != "reading":
        data["modules"][0]["lessons"][1]["reading"] = "readings/r1.en.pdf"
    with pytest.raises(CourseFormatError):
        checked_course(data)


def test_format3_is_refused_with_a_reason():
    data = format2()
    data["format"] = 3
    with pytest.raises(Exception, match="format version 3 is not supported"):
        checked_course(data)


def test_the_learners_language_picks_the_reading_and_transcript():
    from smartcourse_desktop.system.i18n import set_language

    data = format2()
    lessons = data["modules"][0]["lessons"]
    lessons[0]["transcripts"]["sv"] = "transcripts/intro.sv.md"
    lessons[1]["reading"]["sv"] = "readings/r1.sv.md"
    data["files"] += [{"path": p, "size": 1, "sha256": "0" * 64} for p in ("transcripts/intro.sv.md",
                                                                          "readings/r1.sv.md")]
    set_language("sv")  # as the app sets it at start (the autouse fixture restores English)
    course = checked_course(copy.deepcopy(data))
    assert course.lesson("r1").reading == "readings/r1.sv.md"
    assert course.lesson("intro").transcript == "transcripts/intro.sv.md"
    set_language("fi")  # no catalogue: English, the course's default here
    course = checked_course(copy.deepcopy(data))
    assert course.lesson("r1").reading == "readings/r1.en.pdf"


def test_caption_languages_fall_back_in_the_documented_order():
    from smartcourse_desktop.courses.model import pick_language_code

    captions = {"de": "c.de.vtt", "sv": "c.sv.vtt", "en": "c.en.vtt"}
    assert pick_language_code(captions, "sv", "en") == "sv"
    assert pick_language_code(captions, "sv_FI", "en") == "sv"
    assert pick_language_code(captions, "fi", "en") == "en"
    assert pick_language_code({"de": "c.de.vtt"}, "fi", "en") == "de"
    assert pick_language_code({}, "sv", "en") is None
