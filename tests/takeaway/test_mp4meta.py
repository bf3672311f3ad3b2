"""M4A tags written with the chapters in one pass, read back by mutagen and ffprobe."""

from __future__ import annotations

import shutil

from mutagen.mp4 import MP4

from smartcourse_desktop.takeaway.tags import AudioTags, module_card, tagged_m4a
from tests.takeaway.takeaway_helpers import COURSE_DIR, ffprobe

TAGS = AudioTags(title="Lecture: ÅÄÖ", album="Course", artist="Publisher", track=(3, 7), disc=(2, 8),
                 comment="SmartCourse lesson l1 (org.example)", cover_png=module_card(2))


def source_with_old_tags(tmp_path):
    path = tmp_path / "source.m4a"
    shutil.copyfile(COURSE_DIR / "media/m01-lecture.m4a", path)
    audio = MP4(path)
    assert audio.tags is not None
    audio.tags.update({"\xa9too": ["Encoder 1.0"], "\xa9nam": ["Old title"], "\xa9day": ["2026"]})
    audio.save()
    return path


def test_tags_replace_the_old_ones_and_keep_what_the_export_does_not_set(tmp_path):
    tagged, trailer = tagged_m4a(source_with_old_tags(tmp_path).read_bytes(), TAGS)
    out = tmp_path / "out.m4a"
    out.write_bytes(tagged + trailer)
    tags = MP4(out).tags
    assert tags is not None
    assert tags["\xa9nam"] == ["Lecture: ÅÄÖ"] and tags["\xa9alb"] == ["Course"] and tags["aART"] == ["Publisher"]
    assert tags["trkn"] == [(3, 7)] and tags["disk"] == [(2, 8)] and tags["\xa9cmt"] == [TAGS.comment]
    assert tags["covr"] == [module_card(2)]
    assert tags["\xa9too"] == ["Encoder 1.0"] and tags["\xa9day"] == ["2026"]
    assert tagged.count(b"\xa9nam") == 1


def test_a_lesson_without_chapters_gets_its_tags_and_no_chapter_track(tmp_path):
    source = COURSE_DIR / "media/m01-audio.m4a"
    data = source.read_bytes()
    tagged, trailer = tagged_m4a(data, TAGS)
    out = tmp_path / "out.m4a"
    out.write_bytes(tagged + trailer)
    assert trailer == b"" and b"chpl" not in tagged
    assert MP4(out).tags["\xa9nam"] == ["Lecture: ÅÄÖ"]
    probe = ffprobe(out)
    assert probe["chapters"] == [] and [s["codec_type"] for s in probe["streams"]] == ["audio", "video"]
    assert probe["format"]["tags"]["title"] == "Lecture: ÅÄÖ"
