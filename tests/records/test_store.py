"""The progress store on real SQLite files: migrations, recovery, write-behind, permissions, notes."""

from __future__ import annotations

import json
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.progress import continue_point, course_fraction, module_fraction
from smartcourse_desktop.records.store import SCHEMA_VERSION, Store, check_database
from smartcourse_desktop.records.store_migrations import migrate
from smartcourse_desktop.system.errors import StoreError
from tests.package_factory import manifest

COURSE = "org.example.demo"


def old_database(path: Path, version: int) -> None:
    """A database as an older app left it: schema `version`, with a lesson record and a note."""
    with sqlite3.connect(path) as db:
        db.isolation_level = None
        migrate(db, path, target=version)
        if version >= 1:
            db.execute("INSERT INTO lesson_progress (course_id, lesson_id, position, furthest, time_spent, played,"
                       " completed_at) VALUES (?, 'intro', 1.5, 2.0, 30, '[[0, 2.0]]', 1700000000)", (COURSE,))
            db.execute("INSERT INTO note (course_id, lesson_id, position, body, created_at, updated_at)"
                       " VALUES (?, 'intro', 1.0, 'Ask the mayor', 1700000000, 1700000000)", (COURSE,))


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_older_schema_keeping_data_and_a_copy(tmp_path, version):
    path = tmp_path / "progress.sqlite3"
    old_database(path, version)
    store = Store.open(path)
    try:
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.profile_id()
        if version >= 1:
            record = store.lesson(COURSE, "intro")
            assert (record.position, record.time_spent, record.played) == (1.5, 30, [(0.0, 2.0)])
            assert record.completed and [n.body for n in store.notes(COURSE)] == ["Ask the mayor"]
            copy = path.with_name(f"progress.sqlite3.before-v{version + 1}")
            with sqlite3.connect(copy) as db:
                assert db.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        store.close()


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer SmartCourse"):
        Store.open(path)
    assert path.exists()


def test_wal_and_full_sync(store):
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._writer.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


@pytest.mark.parametrize("damage", ["garbage", "torn page"])
def test_corrupt_database_is_moved_aside_and_replaced(tmp_path, damage):
    path = tmp_path / "progress.sqlite3"
    store = Store.open(path)
    for i in range(40):
        store.add_note(COURSE, "intro", f"note {i} " + "x" * 2000)
    store.close()
    data = bytearray(path.read_bytes())
    if damage == "garbage":
        data[:100] = b"\xff" * 100
    else:
        data[4096 * 2:4096 * 4] = b"\x07" * 8192
    path.write_bytes(bytes(data))
    store = Store.open(path)
    try:
        assert store.moved_aside is not None and store.moved_aside.exists()
        assert store.moved_aside.read_bytes() == bytes(data)  # kept as it was, never deleted
        assert store.notes(COURSE) == []
        store.mark_complete(COURSE, "intro")
        assert store.lesson(COURSE, "intro").completed
    finally:
        store.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_are_private_to_their_owner(tmp_path):
    path = tmp_path / "data" / "progress.sqlite3"
    store = Store.open(path)
    store.save_position(COURSE, "intro", 3.0)
    store.add_note(COURSE, "intro", "private")
    store.backup_to(path.parent / "backups" / "copy.sqlite3")
    try:
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), path.parent / "backups" / "copy.sqlite3"]
        for file in files:
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        for folder in (path.parent, path.parent / "backups"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    finally:
        store.close()


def test_hot_path_writes_are_visible_at_once_and_committed_by_the_writer(tmp_path):
    path = tmp_path / "progress.sqlite3"
    store = Store.open(path, flush_interval=3600)
    store.record_opened(COURSE, "intro")
    store.save_position(COURSE, "intro", 42.0)
    state = store.add_played(COURSE, "intro", (0.0, 10.0), 10.0)
    store.add_played(COURSE, "intro", (5.0, 20.0), 15.0)
    record = store.lesson(COURSE, "intro")
    assert state.played == [(0.0, 10.0)] and record.played == [(0.0, 20.0)]
    assert (record.position, record.furthest, record.time_spent) == (42.0, 42.0, 25.0)
    assert record.first_opened is not None
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM lesson_progress").fetchone()[0] == 0  # not yet committed
    store.flush()
    assert store.lesson(COURSE, "intro") == record  # no double counting after the commit
    store.close()
    with sqlite3.connect(path) as db:
        position, spent, played = db.execute("SELECT position, time_spent, played FROM lesson_progress").fetchone()
    assert (position, spent, json.loads(played)) == (42.0, 25.0, [[0.0, 20.0]])


def test_reset_course_forgets_progress_but_keeps_notes(store):
    store.save_position(COURSE, "intro", 5.0)
    store.mark_complete(COURSE, "r1")
    store.mark_complete("other", "r1")
    store.add_note(COURSE, "intro", "keep me", position=4.0)
    store.reset_course(COURSE)
    assert store.course(COURSE) == {} and store.course("other")["r1"].completed
    assert [n.body for n in store.notes(COURSE)] == ["keep me"]


def test_notes_filter_by_lesson_and_text(store):
    store.add_note(COURSE, "intro", "Open data portal", position=12.5)
    second = store.add_note(COURSE, "r1", "Procurement rules: ask legal")
    store.add_note("other", "r1", "Procurement elsewhere")
    assert [n.body for n in store.notes(COURSE, query="procurement")] == ["Procurement rules: ask legal"]
    assert [n.position for n in store.notes(COURSE, "intro")] == [12.5]
    store.update_note(second.id, "Edited")
    store.delete_note(store.notes(COURSE, "intro")[0].id)
    assert [n.body for n in store.notes(COURSE)] == ["Edited"]


def test_backup_and_restore_round_trip(store, tmp_path):
    store.mark_complete(COURSE, "intro")
    store.add_note(COURSE, "intro", "before")
    copy = tmp_path / "copy.sqlite3"
    store.backup_to(copy)
    store.reset_course(COURSE)
    store.add_note(COURSE, "intro", "after")
    store.restore_from(copy)
    assert store.lesson(COURSE, "intro").completed
    assert [n.body for n in store.notes(COURSE)] == ["before"]
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_damaged_backup_is_not_restored(store, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    store.mark_complete(COURSE, "intro")
    with pytest.raises(StoreError, match="damaged"):
        store.restore_from(bad)
    assert store.lesson(COURSE, "intro").completed


def two_versions():
    old = manifest("1.0")
    old["modules"][0]["lessons"].append({"id": "gone", "kind": "reading", "title": "Gone", "duration": 600,
                                         "reading": "readings/r1.md"})
    return course_from_dict(old), course_from_dict(manifest("2.0"))


def test_progress_survives_a_course_update_and_removed_lessons_drop_out(store):
    old, new = two_versions()
    for lesson in ("intro", "gone"):
        store.mark_complete(old.id, lesson)
    store.save_position(old.id, "r1", 0.0)
    assert 0 < course_fraction(old, store.course(old.id)) < 1
    progress = store.course(new.id)
    assert (progress["intro"].completed and not progress.get("r1", None)) or not progress["r1"].completed
    intro, r1 = new.lessons[0], new.lessons[1]
    expected = intro.duration / (intro.duration + r1.duration)
    assert course_fraction(new, progress) == pytest.approx(expected)
    assert module_fraction(new.modules[0], progress) == pytest.approx(expected)


def test_continue_point_resumes_the_lecture_being_watched(store):
    _old, course = two_versions()
    assert continue_point(course, store.course(course.id))[0].id == "intro"
    store.mark_complete(course.id, "r1")
    store.record_opened(course.id, "intro")
    store.save_position(course.id, "intro", 1.25)
    assert continue_point(course, store.course(course.id)) == (course.lessons[0], 1.25)
    store.mark_complete(course.id, "intro")
    assert continue_point(course, store.course(course.id)) is None


def test_a_locked_database_is_not_mistaken_for_a_damaged_one(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="cannot check"):
            check_database(path, timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert check_database(path) is None and not list(tmp_path.glob("*.corrupt-*"))
