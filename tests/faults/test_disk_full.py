"""Import onto a really full disk: a small tmpfs mounted for the test (needs root; skipped otherwise)."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.courses.sources import Limits
from smartcourse_desktop.system.errors import LibraryError
from tests.faults.helpers import one_line_error, smartcourse
from tests.package_factory import COURSE_ID, make_source, snapshot

MiB = 1 << 20


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs; tmpfs counts whole 4 KiB pages, so many tiny files fill it long before their bytes do."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def many_tiny_files(folder: Path, count: int, version: str) -> Path:
    return make_source(folder, version=version, payload={
        "media/intro.mp4": b"v", "media/intro.m4a": b"a", "captions/intro.en.vtt": b"WEBVTT\n",
        "captions/intro.de.vtt": b"WEBVTT\n", "transcripts/intro.md": b"t", "readings/r1.md": b"r",
        "images/fig.png": b"p", **{f"extra/f{i:04}.bin": b"x" for i in range(count)},
    })


def test_disk_full_while_writing_keeps_the_installed_version(small_disk, tmp_path):
    root = small_disk / "library"
    import_course(many_tiny_files(tmp_path / "v1", 0, "1.0"), root, limits=Limits(free_margin_bytes=0))
    before, free = snapshot(root), shutil.disk_usage(small_disk).free
    newer = many_tiny_files(tmp_path / "v2", 400, "2.0")  # 400 bytes of payload, 1.6 MiB of pages
    with pytest.raises(LibraryError, match=re.escape(os.strerror(errno.ENOSPC))) as info:  # in the test's locale
        import_course(newer, root, limits=Limits(free_margin_bytes=0))
    assert "\n" not in str(info.value)
    assert snapshot(root) == before
    assert load_course(root / COURSE_ID).version == "1.0"
    assert shutil.disk_usage(small_disk).free == free


def test_not_enough_space_is_refused_before_writing(small_disk, tmp_path, paths):
    if paths.user_library.exists():
        paths.user_library.rmdir()
    paths.user_library.parent.mkdir(parents=True, exist_ok=True)
    paths.user_library.symlink_to(small_disk)
    source = make_source(tmp_path / "big", payload={**dict.fromkeys(
        ("media/intro.mp4", "media/intro.m4a", "captions/intro.en.vtt", "captions/intro.de.vtt",
         "transcripts/intro.md", "readings/r1.md"), b"x"), "images/fig.png": os.urandom(2 * MiB)})
    error = one_line_error(smartcourse("import", str(source)))
    assert "not enough free disk space" in error
    assert list(small_disk.iterdir()) == []
