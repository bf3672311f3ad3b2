"""The progress store on real SQLite files: migrations, recovery, write-behind, permissions, notes."""

from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.records.store import Store, check_database
from smartcourse_desktop.system.errors import StoreError

COURSE = "org.example.demo"


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


def test_editing_a_note_keeps_when_it_was_written_and_stamps_the_edit(store, clock):
    note = store.add_note(COURSE, "intro", "First thought", position=12.5)
    clock.advance(3600)
    edited = store.update_note(note.id, "Second thought")
    assert (edited.body, edited.position, edited.created_at) == ("Second thought", 12.5, note.created_at)
    assert edited.updated_at == note.created_at + 3600 and edited.edited
    assert store.notes(COURSE) == [edited]


def test_editing_a_deleted_note_fails_truthfully(store):
    note = store.add_note(COURSE, "intro", "gone soon")
    store.delete_note(note.id)
    with pytest.raises(StoreError, match="no longer exists"):
        store.update_note(note.id, "too late")
    assert store.notes(COURSE) == []


def test_an_answer_is_a_note_tied_to_its_reflection_question(store):
    answer = store.add_answer(COURSE, "m01", 1, "Who gains?", "The residents of Rosengård")
    assert (answer.lesson_id, answer.module_id, answer.question, answer.question_text) == ("", "m01", 1, "Who gains?")
    assert answer.is_answer and not store.add_note(COURSE, "intro", "a note").is_answer
    assert store.notes(COURSE)[0] == answer


def test_an_edit_never_lands_on_another_note_that_reused_the_id(store, clock):
    gone = store.add_note(COURSE, "intro", "deleted, or not in a restored backup")
    store.delete_note(gone.id)
    clock.advance(60)
    other = store.add_note(COURSE, "intro", "a different note")
    assert other.id == gone.id  # SQLite reuses the highest rowid
    with pytest.raises(StoreError, match="no longer exists"):
        store.update_note(gone.id, "edited in a window opened before", written_at=gone.created_at)
    store.delete_note(gone.id, written_at=gone.created_at)
    assert [n.body for n in store.notes(COURSE)] == ["a different note"]
