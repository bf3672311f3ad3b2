"""Take-away export of the bundled course's module 1, read back with mutagen and ffprobe."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from mutagen.mp4 import MP4

from smartcourse_desktop.takeaway.export import TakeawayCancelled, export_takeaway
from smartcourse_desktop.takeaway.names import is_fat_safe, numbered, safe_title
from smartcourse_desktop.takeaway.plan import ItemKind, plan_takeaway
from tests.takeaway.takeaway_helpers import bundled, ffprobe, files_under


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    course = bundled()
    destination = tmp_path_factory.mktemp("phone")
    plan = plan_takeaway(course, ["m01"], destination)
    result = export_takeaway(plan)
    return course, plan, result, destination / plan.folder


def playable(probe: dict) -> list[dict]:
    """The streams a player plays: not the cover art (an attached picture) or the chapter track."""
    return [s for s in probe["streams"]
            if not s.get("disposition", {}).get("attached_pic") and s["codec_type"] != "data"]


def audio_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.m4a"))


def test_module_one_folder_lists_every_lecture_in_course_order(exported):
    _, plan, result, folder = exported
    module = folder / "01 Why a Social-Sciences View of Smart Cities"
    assert files_under(folder) == [
        f"{module.name}/01 Two Conversations About the Smart City.m4a",
        f"{module.name}/01 Why a Social-Sciences View of Smart Cities.epub",
        f"{module.name}/01 Why a Social-Sciences View of Smart Cities.m3u8",
        f"{module.name}/02 A Walk Through the Sensed City.m4a",
        "index.html",
    ]
    assert result.atomic and not plan.skipped
    assert not list(folder.rglob("*.part"))


def test_tags_and_chapters_read_back_with_mutagen(exported):
    course, _, _, folder = exported
    lessons = [lesson for lesson in course.modules[0].lessons if lesson.is_lecture]
    for number, (path, lesson) in enumerate(zip(audio_files(folder), lessons, strict=True), 1):
        audio = MP4(path)
        assert audio.tags["\xa9nam"] == [lesson.title]
        assert audio.tags["\xa9alb"] == [course.title]
        assert audio.tags["\xa9ART"] == [course.publisher]
        assert audio.tags["trkn"] == [(number, 2)]
        assert audio.tags["disk"] == [(1, len(course.modules))]
        assert lesson.id in audio.tags["\xa9cmt"][0]
        assert audio.tags["covr"][0].startswith(b"\x89PNG")
        assert [(round(c.start, 3), c.title) for c in audio.chapters] == [
            (round(c.start, 3), c.title) for c in lesson.chapters]


def test_ffprobe_durations_and_chapters_match_course_json(exported):
    course, _, _, folder = exported
    lessons = [lesson for lesson in course.modules[0].lessons if lesson.is_lecture]
    for path, lesson in zip(audio_files(folder), lessons, strict=True):
        probe = ffprobe(path)
        assert abs(float(probe["format"]["duration"]) - lesson.duration) <= 0.5
        assert [s["codec_name"] for s in playable(probe)] == ["aac"]
        chapters = [(round(float(c["start_time"]), 3), c["tags"]["title"]) for c in probe["chapters"]]
        assert chapters == [(round(c.start, 3), c.title) for c in lesson.chapters]


def test_lecture_one_has_its_seven_chapters(exported):
    course, _, _, folder = exported
    assert len(ffprobe(audio_files(folder)[0])["chapters"]) == len(course.lesson("m01-lecture").chapters) == 7


def test_playlist_is_relative_and_in_course_order(exported):
    _, _, _, folder = exported
    (playlist,) = folder.rglob("*.m3u8")
    lines = playlist.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    entries = [line for line in lines if not line.startswith("#")]
    assert entries == [p.name for p in audio_files(folder)]
    assert all((playlist.parent / entry).is_file() for entry in entries)


def test_index_page_loads_nothing_remote_and_links_every_file(exported):
    _, _, _, folder = exported
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    assert not re.search(r"<script|\bsrc=|https?:", page, re.I)
    from urllib.parse import unquote

    hrefs = [unquote(html.unescape(h)) for h in re.findall(r'href="([^"]+)"', page)]
    assert sorted(hrefs) == [f for f in files_under(folder) if f != "index.html"]


def test_the_video_only_lecture_is_remuxed_without_its_picture(tmp_path):
    """A lecture with no audio rendition: libVLC's stream output copies the AAC track out."""
    from dataclasses import replace

    course = bundled()
    module = course.modules[1]
    lecture = replace(module.lessons[0], audio=None)
    course = replace(course, modules=(course.modules[0], replace(module, lessons=(lecture,))))
    plan = plan_takeaway(course, ["m02"], tmp_path, epub=False)
    assert [item.kind for item in plan.items] == [ItemKind.REMUX]
    export_takeaway(plan)
    (path,) = audio_files(tmp_path)
    probe = ffprobe(path)
    assert [s["codec_type"] for s in playable(probe)] == ["audio"]
    assert abs(float(probe["format"]["duration"]) - lecture.duration) <= 0.5
    assert len(probe["chapters"]) == len(lecture.chapters)
    assert MP4(path).tags["\xa9nam"] == [lecture.title]


def test_cancel_halfway_leaves_no_files(tmp_path):
    plan = plan_takeaway(bundled(), ["m01", "m02"], tmp_path / "stick")
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] >= plan.total_size // 2

    with pytest.raises(TakeawayCancelled):
        export_takeaway(plan, lambda done, total: seen.append(done), cancelled)
    assert 0 < seen[-1] < plan.total_size
    assert not (tmp_path / "stick").exists()


def test_cancel_keeps_what_was_at_the_destination_before(tmp_path):
    (tmp_path / "mine.txt").write_text("keep")
    plan = plan_takeaway(bundled(), ["m01"], tmp_path)
    with pytest.raises(TakeawayCancelled):
        export_takeaway(plan, cancelled=lambda: True)
    assert files_under(tmp_path) == ["mine.txt"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Who Holds the Keys? Data, Privacy and Security", "Who Holds the Keys Data, Privacy and Security"),
    ('Cities: "smart" / <fair>|*', "Cities - smart fair"),
    ("CON", "_CON"),
    ("Trailing dots...", "Trailing dots"),
    ("", "untitled"),
])
def test_safe_titles(title, expected):
    assert safe_title(title) == expected
    assert is_fat_safe(numbered(1, title, ".m4a"))


def test_long_titles_keep_names_and_paths_within_fat_limits():
    name = numbered(12, "Å" * 400, ".m4a")
    assert name.startswith("12 ") and len(name.encode("utf-8")) <= 255
    assert is_fat_safe("/".join([name] * 3))


def test_every_bundled_lecture_has_chapters_in_order():
    for lesson in bundled().lessons:
        if lesson.is_lecture:
            starts = [c.start for c in lesson.chapters]
            assert len(starts) >= 2 and starts[0] == 0.0, lesson.id
            assert starts == sorted(starts) and starts[-1] < lesson.duration, lesson.id


def test_exported_audio_decodes_to_the_end_without_errors(exported):
    """Chunk offsets moved with the grown header: ffmpeg decodes every packet."""
    import subprocess

    for path in audio_files(exported[3]):
        done = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "null", "-"],
                              capture_output=True, text=True, check=True)
        assert done.stderr == ""


def test_the_quicktime_chapter_track_alone_carries_the_chapters(exported, tmp_path):
    """Apple's players read the text track: hide the Nero box and ffprobe still finds every chapter."""
    course, _, _, folder = exported
    data = audio_files(folder)[0].read_bytes()
    assert data.count(b"chpl") == 1
    only_track = tmp_path / "only-track.m4a"
    only_track.write_bytes(data.replace(b"chpl", b"free"))
    probe = ffprobe(only_track)
    (track,) = [s for s in probe["streams"] if s["codec_type"] == "data"]
    assert track["tags"]["handler_name"] == "Chapters"
    chapters = [(round(float(c["start_time"]), 3), c["tags"]["title"]) for c in probe["chapters"]]
    assert chapters == [(round(c.start, 3), c.title) for c in course.lesson("m01-lecture").chapters]


def test_an_mp3_lesson_gets_id3_tags_and_chapters(tmp_path):
    """A course whose audio lesson is an MP3 (made here with ffmpeg): ID3 CHAP/CTOC, read back."""
    import subprocess

    from mutagen.id3 import ID3

    from smartcourse_desktop.courses.model import Chapter, Course, Lesson, LessonKind, Module

    root = tmp_path / "course"
    (root / "media").mkdir(parents=True)
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=6",
                    "-c:a", "libmp3lame", "-b:a", "64k", str(root / "media/walk.mp3")], check=True)
    lesson = Lesson("walk", LessonKind.AUDIO, "A walk: part 1/2", 6.0, media="media/walk.mp3",
                    chapters=(Chapter("Start", 0.0), Chapter("Turn", 2.5)))
    course = Course("org.example.mp3", "1.0", "Walks", ("sv",), "Example", ("A",), "CC0-1.0", "",
                    (Module("w", "Walking", (lesson,)),), (), root)
    plan = plan_takeaway(course, [], tmp_path / "phone", epub=False)
    export_takeaway(plan)
    (path,) = (tmp_path / "phone").rglob("*.mp3")
    assert path.name == "01 A walk - part 1 2.mp3"
    id3 = ID3(path)
    assert str(id3["TIT2"]) == lesson.title and str(id3["TALB"]) == "Walks" and str(id3["TRCK"]) == "1/1"
    assert sorted((c.start_time, c.end_time, str(c.sub_frames["TIT2"])) for c in id3.getall("CHAP")) == [
        (0, 2500, "Start"), (2500, 6000, "Turn")]
    probe = ffprobe(path)  # mutagen orders frames by size, so ffmpeg lists CHAPs in that order; CTOC has ours
    assert sorted((round(float(c["start_time"]), 3), c["tags"]["title"]) for c in probe["chapters"]) == [
        (0.0, "Start"), (2.5, "Turn")]
    assert id3.getall("CTOC")[0].child_element_ids == ["chp0", "chp1"]


def test_pdf_readings_are_copied_as_they_are_beside_the_ebook(tmp_path):
    from smartcourse_desktop.courses.model import Course, Lesson, LessonKind, Module

    root = tmp_path / "course"
    (root / "readings").mkdir(parents=True)
    pdf = b"%PDF-1.4\n% a real course would ship a real one\n%%EOF\n"
    (root / "readings/charter.pdf").write_bytes(pdf)
    (root / "readings/notes.md").write_text("# Notes\n\nRead the charter first.\n", encoding="utf-8")
    lessons = (Lesson("charter", LessonKind.READING, "The city charter", 60.0, reading="readings/charter.pdf"),
               Lesson("notes", LessonKind.READING, "Notes", 60.0, reading="readings/notes.md"))
    course = Course("org.example.pdf", "1.0", "Charters", ("en",), "Example", ("A",), "CC0-1.0", "",
                    (Module("c", "Charters", lessons),), (), root)
    export_takeaway(plan_takeaway(course, [], tmp_path / "phone"))
    module = tmp_path / "phone" / "Charters" / "01 Charters"
    assert (module / "01 The city charter.pdf").read_bytes() == pdf
    assert (module / "01 Charters.epub").is_file()
