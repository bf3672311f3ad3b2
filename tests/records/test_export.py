"""The CSV and JSON progress export, read back."""

from __future__ import annotations

import pytest

from smartcourse_desktop.records.export import lesson_rows, read_csv, read_json, to_csv, to_json
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
    (exported,) = read_json(to_json([(course, store.course(course.id))]))
    assert exported["lessons"] == rows
    assert exported["percent"] == pytest.approx(100 * 60 / 62, abs=0.1)
    assert rows[0]["first_opened"] and rows[1]["completed_at"] and rows[0]["completed_at"] == ""
