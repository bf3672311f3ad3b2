"""The progress database's schema: every older version migrates with its data and a copy kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smartcourse_desktop.records.store import Store
from smartcourse_desktop.records.store_migrations import SCHEMA_VERSION, migrate
from smartcourse_desktop.system.errors import StoreError

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


def test_notes_of_an_older_schema_are_not_answers(tmp_path):
    path = tmp_path / "progress.sqlite3"
    old_database(path, SCHEMA_VERSION - 1)
    store = Store.open(path)
    try:
        (note,) = store.notes(COURSE)
        assert (note.module_id, note.question, note.question_text, note.is_answer) == (None, None, None, False)
    finally:
        store.close()
