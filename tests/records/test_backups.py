"""Daily copies of the progress database: one a day, the last seven kept, and restore."""

from __future__ import annotations

from datetime import date, timedelta

from smartcourse_desktop.records.backups import daily_backup, list_backups, restore_backup


def test_daily_backups_keep_the_last_seven_and_restore(store):
    folder = store.path.parent / "backups"
    start = date(2026, 3, 1)
    for day in range(10):
        store.mark_complete("c", f"lesson-{day}")
        assert daily_backup(store, folder, start + timedelta(days=day)) is not None
    assert daily_backup(store, folder, start + timedelta(days=9)) is None  # once a day
    kept = list_backups(folder)
    assert [b.day for b in kept] == [start + timedelta(days=d) for d in range(9, 2, -1)]
    safety = restore_backup(store, kept[-1].path, folder)  # the day-3 copy: lessons 0..3
    assert sorted(store.course("c")) == [f"lesson-{d}" for d in range(4)]
    assert safety.exists() and safety.parent == folder
