"""Played intervals are merged, so replaying a part never counts twice."""

from __future__ import annotations

import pytest

from smartcourse_desktop.records.store_records import LessonProgress, merge_segments, record_of


@pytest.mark.parametrize("segments, merged", [
    ([], []),
    ([(0.0, 5.0), (3.0, 8.0)], [(0.0, 8.0)]),
    ([(10.0, 12.0), (0.0, 2.0)], [(0.0, 2.0), (10.0, 12.0)]),
    ([(5.0, 2.0)], [(2.0, 5.0)]),  # a backwards segment counts forwards
    ([(0.0, 2.0), (2.4, 4.0)], [(0.0, 4.0)]),  # gaps under half a second are closed
])
def test_merge_segments(segments, merged):
    assert merge_segments(segments) == merged


def test_a_row_becomes_a_record():
    record = record_of(("intro", 1.0, 2.0, 3.5, 4.0, 60.0, "[[0, 4.0]]", None, None))
    assert record == LessonProgress("intro", 1.0, 2.0, 3.5, 4.0, 60.0, [(0.0, 4.0)], None)
    assert not record.completed and record.played_seconds == 4.0
