"""`smartcourse new` and `smartcourse pack --check`: from a folder of downloads to an installed course."""

from __future__ import annotations

import json

from smartcourse_desktop.app import main
from tests.authoring_fixture import make_downloads
from tests.native_threads import linux_only, native_threads, still_running
from tests.package_factory import make_source, snapshot


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_pack_import(capsys, tmp_path, paths):
    downloads = make_downloads(tmp_path / "downloads")
    before = snapshot(downloads)
    course = tmp_path / "course"
    code, out, err = run(capsys, "new", str(downloads), "-o", str(course),
                         "--id", "org.example.smart", "--version", "1.0")
    assert (code, err) == (0, ""), err
    assert "2 modules, 5 lessons" in out
    assert "check: not used: slides.pptx" in out and "Thumbs.db" not in out
    assert "participation.html: converted from HTML to Markdown" in out
    assert snapshot(downloads) == before
    data = json.loads((course / "course.json").read_text())
    assert data["format"] == 2 and data["id"] == "org.example.smart"
    first, second = data["modules"]
    assert (first["title"], second["title"]) == ("Data and the Social", "Mobility and planning")
    welcome, sensors = first["lessons"]
    assert welcome["title"] == "Welcome lecture" and welcome["kind"] == "video"
    assert welcome["media"] == "m01/01-welcome-lecture.mp4"
    assert welcome["captions"] == {"en": "m01/01-welcome-lecture.en.srt"}
    assert 1.0 < welcome["duration"] < 30
    assert sensors["title"] == "Sensors (part 2)" and sensors["captions"] == {"sv": "m01/02-sensors-part-2.sv.vtt"}
    kinds = {lesson["title"]: lesson for lesson in second["lessons"]}
    assert kinds["Podcast – Öresund bridge"]["kind"] == "audio"
    pdf = kinds["Reading Mobility"]
    assert pdf["reading"] == "m02/reading-mobility.pdf" and pdf["duration"] >= 60
    markdown = (course / kinds["Participation"]["reading"]).read_text()
    assert "# Participation" in markdown and "**open budgets**" in markdown and "alert" not in markdown

    code, out, _ = run(capsys, "pack", "--check", str(course))
    assert code == 0
    assert "warning: lesson m01-01-welcome-lecture: lecture without chapters" in out
    assert "warning: lesson m02-podcast-oresund-bridge: video lecture without captions" not in out
    assert not (tmp_path / "out.smartcourse").exists()

    package = tmp_path / "out.smartcourse"
    assert run(capsys, "pack", str(course), "-o", str(package))[0] == 0
    code, out, err = run(capsys, "import", str(package))
    assert (code, err) == (0, "") and "imported “Downloads” version 1.0" in out


@linux_only
def test_new_lets_go_of_its_libvlc(capsys, tmp_path):
    """The instance that measured the lectures, with the threads it started, is released after."""
    downloads = make_downloads(tmp_path / "downloads")
    before = native_threads()
    code, _out, err = run(capsys, "new", str(downloads), "-o", str(tmp_path / "course"),
                          "--id", "org.example.smart", "--version", "1.0")
    assert (code, err) == (0, "")
    assert still_running(native_threads() - before) == set()


def test_new_refuses_an_output_inside_the_source_and_a_full_folder(capsys, tmp_path):
    downloads = make_downloads(tmp_path / "downloads")
    code, _, err = run(capsys, "new", str(downloads), "-o", str(downloads / "course"), "--id", "a", "--version", "1")
    assert code == 1 and "must be outside the source folder" in err
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    code, _, err = run(capsys, "new", str(downloads), "-o", str(tmp_path / "full"), "--id", "a", "--version", "1")
    assert code == 1 and "already exists and is not empty" in err
    code, _, err = run(capsys, "new", str(downloads), "-o", str(tmp_path / "c"), "--id", "Bad Id", "--version", "1")
    assert code == 1 and "course id 'Bad Id' is not valid" in err


def test_pack_check_reports_without_writing(capsys, tmp_path):
    source = make_source(tmp_path / "src")
    (source / "readings" / "r1.md").write_text("# Reading\n\n![](../images/fig.png)\n")
    (source / "extra.txt").write_text("stray")
    data = json.loads((source / "course.json").read_text())
    data["modules"][0]["lessons"][0].pop("captions")
    data["modules"][0]["lessons"][1]["duration"] = 0
    (source / "course.json").write_text(json.dumps(data))
    before = snapshot(source)
    code, out, _ = run(capsys, "pack", "--check", str(source))
    assert code == 0
    for line in ("warning: lesson intro: video lecture without captions",
                 "warning: lesson intro: lecture without chapters",
                 "warning: lesson r1: reading without a reading time (duration is 0)",
                 "warning: readings/r1.md: image ../images/fig.png has no alt text",
                 "warning: extra.txt: not used by any lesson",
                 "warning: captions/intro.en.vtt: not used by any lesson"):
        assert line in out
    assert "images/fig.png: not used" not in out
    assert snapshot(source) == before


def test_pack_check_reports_a_problem_and_fails(capsys, tmp_path):
    source = make_source(tmp_path / "src")
    (source / "media" / "intro.mp4").unlink()
    code, out, _ = run(capsys, "pack", "--check", str(source))
    assert code == 1 and "problem: modules[0].lessons[0].media: file not listed (media/intro.mp4)" in out


def test_new_groups_loose_numbered_files_into_modules(capsys, tmp_path):
    from tests.authoring_fixture import FIXTURES

    downloads = tmp_path / "dl"
    downloads.mkdir()
    for name in ("02-01 Streets.m4a", "01-02 Second talk.m4a", "01-01 First talk.m4a", "10 Glossary.md"):
        (downloads / name).write_bytes((FIXTURES / "lecture.m4a").read_bytes() if name.endswith("m4a") else b"# G\n")
    code, _, err = run(capsys, "new", str(downloads), "-o", str(tmp_path / "c"), "--id", "x", "--version", "1")
    assert code == 0, err
    data = json.loads((tmp_path / "c" / "course.json").read_text())
    assert [(m["title"], [lesson["title"] for lesson in m["lessons"]]) for m in data["modules"]] == [
        ("Module 1", ["First talk", "Second talk"]), ("Module 2", ["Streets"]), ("Course materials", ["Glossary"])]


def test_pack_check_reads_captions_and_pdfs(capsys, tmp_path):
    payload = {
        "media/intro.mp4": b"x" * 100, "media/intro.m4a": b"x" * 10,
        "captions/intro.en.vtt": b"1\n00:00:01,000 --> later\nHello\n",
        "captions/intro.de.vtt": b"WEBVTT\n\n00:00.000 --> 00:02.000\nHallo\n",
        "transcripts/intro.md": b"# Intro\n", "readings/r1.md": b"# R\n",
    }
    source = make_source(tmp_path / "src", payload=payload)
    code, out, _ = run(capsys, "pack", "--check", str(source))
    assert code == 1 and "problem: intro.en.vtt: not valid WebVTT" in out


def test_new_asks_for_id_and_version_in_a_terminal(capsys, tmp_path, monkeypatch):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("org.example.asked\n2.1\n"))
    code, out, err = run(capsys, "new", str(make_downloads(tmp_path / "dl")), "-o", str(tmp_path / "c"))
    assert code == 0, err
    assert "Course id (e.g. org.example.smart-cities): " in out
    data = json.loads((tmp_path / "c" / "course.json").read_text())
    assert (data["id"], data["version"]) == ("org.example.asked", "2.1")
