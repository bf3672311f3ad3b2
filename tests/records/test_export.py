"""The CSV and JSON progress export, read back."""

from __future__ import annotations

import json

import pytest

from smartcourse_desktop.records.backups import daily_backup
from smartcourse_desktop.records.export import iso, lesson_rows, read_csv, read_json, to_csv, to_json
from tests.records.test_notes import demo_course


def recorded_store(store):
    course = demo_course()
    store.record_opened(course.id, "intro")
    store.add_played(course.id, "intro", (0.0, 1.5), 2.0)
    store.save_position(course.id, "intro", 1.5)
    store.mark_complete(course.id, "r1")
    return course


def test_csv_and_json_export_round_trip(store):
    course = recorded_store(store)
    rows = lesson_rows(course, store.course(course.id))
    assert read_csv(to_csv([(course, store.course(course.id))])) == rows
    (exported,) = read_json(to_json([(course, store.course(course.id))], store.clock.now()))
    assert exported["lessons"] == rows
    assert exported["percent"] == pytest.approx(100 * 60 / 62, abs=0.1)
    assert rows[0]["first_opened"] and rows[1]["completed_at"] and rows[0]["completed_at"] == ""


def test_records_backups_and_exports_are_dated_by_the_store_clock(store, clock):
    course = demo_course()
    for lesson in course.lessons:
        store.mark_complete(course.id, lesson.id)
    note = store.add_note(course.id, "intro", "Sensor data")
    noon = clock.now().timestamp()
    assert store.lesson(course.id, "r1").completed_at == noon and note.created_at == noon
    clock.advance(3600)
    store.record_opened(course.id, "intro")
    assert store.lesson(course.id, "intro").last_opened == noon + 3600
    made = daily_backup(store, store.path.parent / "backups")
    assert made is not None and made.path.name == "progress-2026-09-30.sqlite3"
    document = json.loads(to_json([(course, store.course(course.id))], clock.now()))
    assert document["exported_at"] == iso(noon + 3600)
    assert document["courses"][0]["modules"][0]["completed_at"] == iso(noon)
