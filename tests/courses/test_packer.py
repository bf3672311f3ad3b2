import json
import os
import stat
import zipfile

import pytest

from smartcourse_desktop.courses.hashing import sha256_file
from smartcourse_desktop.courses.packer import FIXED_TIME, pack
from smartcourse_desktop.system.errors import CourseFormatError, PackageError, SmartCourseError
from tests.package_factory import PAYLOAD, make_source


@pytest.fixture
def source(tmp_path):
    return make_source(tmp_path / "src")


def test_pack_fills_in_sizes_and_hashes(tmp_path, source):
    manifest = json.loads((source / "course.json").read_text())
    manifest["files"] = []
    (source / "course.json").write_text(json.dumps(manifest))
    package = pack(source, tmp_path / "out.smartcourse").path
    with zipfile.ZipFile(package) as archive:
        files = json.loads(archive.read("course.json"))["files"]
    assert {f["path"]: f["size"] for f in files} == {name: len(data) for name, data in PAYLOAD.items()}
    assert all(f["sha256"] == sha256_file(source / f["path"]) for f in files)
    assert json.loads((source / "course.json").read_text())["files"] == []


def test_pack_is_deterministic(tmp_path, source):
    first = pack(source, tmp_path / "a.smartcourse").path
    (source / "media" / "intro.mp4").touch()
    second = pack(source, tmp_path / "b.smartcourse").path
    assert first.read_bytes() == second.read_bytes()


def test_entries_are_sorted_with_fixed_time_and_mode(tmp_path, source):
    with zipfile.ZipFile(pack(source, tmp_path / "a.smartcourse").path) as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names == ["course.json", *sorted(PAYLOAD)]
    for info in infos:
        assert info.date_time == FIXED_TIME
        assert info.external_attr >> 16 == stat.S_IFREG | 0o644
        assert info.create_system == 3


def test_media_is_stored_and_text_deflated(tmp_path, source):
    with zipfile.ZipFile(pack(source, tmp_path / "a.smartcourse").path) as archive:
        methods = {i.filename: i.compress_type for i in archive.infolist()}
    for name in ("media/intro.mp4", "media/intro.m4a", "images/fig.png"):
        assert methods[name] == zipfile.ZIP_STORED
    for name in ("course.json", "readings/r1.md", "captions/intro.en.vtt"):
        assert methods[name] == zipfile.ZIP_DEFLATED


def test_invalid_source_is_refused_and_nothing_written(tmp_path, source):
    (source / "media" / "intro.mp4").unlink()
    with pytest.raises(CourseFormatError, match=r"modules\[0\].lessons\[0\].media: file not listed"):
        pack(source, tmp_path / "out.smartcourse")
    assert list(tmp_path.glob("*.smartcourse")) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_missing_manifest_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(SmartCourseError, match=r"course\.json is missing"):
        pack(tmp_path / "empty", tmp_path / "out.smartcourse")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_packing_onto_something_that_is_not_a_file_is_refused_and_leaves_it(tmp_path):
    fifo = tmp_path / "out.smartcourse"
    os.mkfifo(fifo)
    with pytest.raises(PackageError, match="not a regular file"):
        pack(make_source(tmp_path / "src"), fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
