"""`smartcourse doctor` on real libVLC: the version, the plugins, and a verdict per lecture file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from smartcourse_desktop.media.doctor import run
from tests.native_threads import linux_only, native_threads, still_running

MEDIA = Path(__file__).parents[1] / "fixtures"


def test_doctor_reports_each_bundled_lecture(context):
    out: list[str] = []
    status = run(context.library, out.append, out.append)
    assert out[0].startswith("libVLC 3.")
    assert out[1].startswith("plugins: ") and "unknown" not in out[1]
    lines = [line for line in out[2:] if "\tmedia/" in line]
    assert lines and all(line.endswith("\tplayable") for line in lines)
    assert status == 0


@linux_only
def test_doctor_lets_go_of_its_libvlc(context):
    """Its libVLC instance, with the threads it started, is released once every file is checked."""
    before = native_threads()
    out: list[str] = []
    assert run(context.library, out.append, out.append) == 0
    assert still_running(native_threads() - before) == set()


def test_doctor_names_a_corrupt_lecture(context, tmp_path, monkeypatch):
    import shutil

    from smartcourse_desktop.courses.library import Library, LibraryRoot, RootKind

    installed = next(i for i in context.library.scan())
    course = tmp_path / "lib" / installed.folder.name
    course.mkdir(parents=True)
    shutil.copy(installed.folder / "course.json", course)  # the other lectures are simply missing
    lecture = course / next(lesson.media for lesson in installed.course.lessons if lesson.media)
    lecture.parent.mkdir(parents=True)
    lecture.write_bytes(b"this is not a lecture, only text\n" * 1500)  # not random: that looked like media now and then
    out: list[str] = []
    status = run(Library([LibraryRoot(tmp_path / "lib", RootKind.USER, True)]), out.append, out.append)
    broken = [line for line in out if lecture.name in line]
    assert broken and "NOT playable" in broken[0] and "not a media file" in broken[0]
    assert all("NOT playable" in line for line in out[2:-1])
    assert status == 1


def test_doctor_explains_a_missing_libvlc(tmp_path):
    env = dict(os.environ, PYTHON_VLC_LIB_PATH=str(tmp_path / "libvlc.so.5"))
    result = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "doctor"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "libVLC could not be loaded" in result.stderr and "apt-get install" in result.stderr
