"""Moments in a lecture, as the notes, the player and search hits write them."""

from __future__ import annotations

from smartcourse_desktop.records.notes import clock


def test_clock_shows_minutes_then_hours():
    assert [clock(s) for s in (-3, 0, 7.9, 187, 3723)] == ["0:00", "0:00", "0:07", "3:07", "1:02:03"]
