"""Write failures are reported truthfully: a locked database fails fast and is retried in the
background, a full disk says so, and a failed copy leaves nothing behind."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import StoreBusyError, StoreWriteError

COURSE = "org.example.demo"


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holds the write lock of the database at `path`."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KB tmpfs, so the disk can be filled for real."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    if result.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(descriptor)
    return filler


def test_the_busy_timeout_never_blocks_a_caller_for_more_than_100_ms(store):
    for connection in (store._writer, store._reader):
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] <= 100


def test_a_locked_database_fails_fast_and_the_completion_is_stored_in_the_background(tmp_path):
    path = tmp_path / "progress.sqlite3"
    store = Store.open(path, flush_interval=0.05)
    saved = threading.Event()
    store.add_saved_listener(lambda course_id, lesson_id: saved.set())
    try:
        with locked(path):
            with pytest.raises(StoreBusyError, match="another program") as caught:
                store.mark_complete(COURSE, "intro")
            assert "rollback" not in str(caught.value)
            assert not store.lesson(COURSE, "intro").completed  # what is shown is what is stored
            assert store.pending_completions(COURSE) == {"intro"}
        assert saved.wait(30)
        assert store.lesson(COURSE, "intro").completed and store.pending_completions(COURSE) == set()
    finally:
        store.close()


def test_a_note_on_a_locked_database_fails_fast_and_stores_nothing(tmp_path):
    path = tmp_path / "progress.sqlite3"
    store = Store.open(path)
    try:
        with locked(path), pytest.raises(StoreBusyError, match="another program"):
            store.add_note(COURSE, "intro", "Ask the mayor")
        assert store.notes(COURSE) == []
        store.add_note(COURSE, "intro", "Ask the mayor")
        assert [n.body for n in store.notes(COURSE)] == ["Ask the mayor"]
    finally:
        store.close()


def test_a_full_disk_is_reported_as_a_full_disk_and_earlier_progress_stays(small_disk):
    store = Store.open(small_disk / "progress.sqlite3", flush_interval=3600)
    try:
        store.mark_complete(COURSE, "intro")
        filler = fill(small_disk)
        failed = None
        with pytest.raises(StoreWriteError, match="disk is full") as caught:
            for number in range(200):
                failed = f"lesson-{number}"
                store.mark_complete(COURSE, failed)
        assert "rollback" not in str(caught.value) and "earlier progress is safe" in str(caught.value)
        filler.unlink()
        assert store.lesson(COURSE, "intro").completed and not store.lesson(COURSE, str(failed)).completed
    finally:
        store.close()


def test_a_copy_on_a_full_disk_fails_truthfully_and_leaves_no_part_file(small_disk):
    store = Store.open(small_disk / "progress.sqlite3", flush_interval=3600)
    try:
        for number in range(20):
            store.add_note(COURSE, "intro", f"note {number} " + "x" * 2000)
        filler = fill(small_disk)
        with pytest.raises(StoreWriteError, match="disk is full"):
            store.backup_to(small_disk / "backups" / "before-reset.sqlite3")
        assert list((small_disk / "backups").iterdir()) == []
        filler.unlink()
    finally:
        store.close()
