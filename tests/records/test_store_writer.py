"""The write-behind: hot-path writes are visible at once, committed by the writer thread, never
counted twice, and kept for the next round when a commit fails."""

from __future__ import annotations

import json
import sqlite3

from smartcourse_desktop.records.store import Store
from smartcourse_desktop.records.store_records import LessonProgress
from smartcourse_desktop.records.store_writer import Pending, PendingWrites

COURSE = "org.example.demo"


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


def test_a_failed_flush_keeps_its_writes_pending_and_newer_ones_win():
    writes = PendingWrites(generation=3)
    writes.change((COURSE, "intro"), lambda p: setattr(p, "position", 10.0))
    writes.defer_completion((COURSE, "r1"), (100.0, None, ()))
    batch = writes.take()
    assert batch is not None and batch.generation == 4 and writes.take() is None
    writes.change((COURSE, "intro"), lambda p: setattr(p, "position", 12.0))
    writes.finish(batch, committed=False)
    assert writes.writes[(COURSE, "intro")].position == 12.0
    assert writes.completions == {(COURSE, "r1"): (100.0, None, ())} and writes.flushing is None


def test_pending_writes_apply_without_double_counting():
    record = LessonProgress("intro", position=5.0, furthest=20.0, time_spent=3.0, played=[(0.0, 5.0)])
    Pending(position=8.0, opened=50.0, spent=2.0, played=[(4.0, 30.0)]).apply(record)
    assert (record.position, record.furthest, record.time_spent) == (8.0, 30.0, 5.0)
    assert record.played == [(0.0, 30.0)] and record.first_opened == record.last_opened == 50.0
