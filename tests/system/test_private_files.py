"""Owner-only files and folders, and damaged databases moved aside with their companions."""

from __future__ import annotations

import os
import stat
import sys
from datetime import datetime

import pytest

from smartcourse_desktop.system.private_files import move_aside, prepare_file, restrict_permissions, write_private_text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_prepare_file_makes_an_owner_only_folder_and_file(tmp_path):
    path = tmp_path / "data" / "progress.sqlite3"
    prepare_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.stat().st_size == 0
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    wal = tmp_path / "data" / "progress.sqlite3-wal"
    wal.write_bytes(b"x")
    wal.chmod(0o644)
    restrict_permissions(path)
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_move_aside_keeps_the_file_and_its_companions(tmp_path):
    path = tmp_path / "progress.sqlite3"
    for suffix, data in (("", b"db"), ("-wal", b"wal")):
        (tmp_path / f"progress.sqlite3{suffix}").write_bytes(data)
    when = datetime(2026, 11, 29, 9, 30)
    first = move_aside(path, when)
    path.write_bytes(b"again")
    second = move_aside(path, when)  # the same second: a second name, nothing overwritten
    assert first != second and not path.exists()
    assert first.read_bytes() == b"db" and first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert second.read_bytes() == b"again"


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_writing_refuses_to_replace_what_is_not_a_regular_file(tmp_path):
    """An export to /dev/null renamed a regular file over the device, for every program on the machine."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        write_private_text(fifo, "rows")
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and not (tmp_path / "pipe.part").exists()
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(OSError, match="not a regular file"):
        write_private_text(folder, "rows")
    regular = tmp_path / "progress.csv"
    write_private_text(regular, "rows")
    assert regular.read_text() == "rows" and stat.S_IMODE(regular.stat().st_mode) == 0o600
