"""Backup times are shown in the learner's local time (the clock's zone, not UTC or the test machine's)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTime

from smartcourse_desktop.records.backups import backup_folder, daily_backup
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.clock import FixedClock
from smartcourse_desktop.ui.backup_dialog import BackupDialog


def test_backup_times_are_local(qtbot, paths):
    made = datetime(2026, 9, 30, 10, 0, tzinfo=UTC)
    for zone, local in (("Asia/Kathmandu", QTime(15, 45)), ("America/Los_Angeles", QTime(3, 0))):
        clock = FixedClock(datetime(2026, 9, 30, 12, 0), ZoneInfo(zone))
        store = Store.open(paths.database, clock=clock)
        try:
            backup = daily_backup(store, backup_folder(store))
            if backup is not None:
                os.utime(backup.path, (made.timestamp(), made.timestamp()))
            dialog = BackupDialog(store, backup_folder(store))
            qtbot.addWidget(dialog)
            text = dialog.list.item(0).text()
            assert QLocale().toString(local, QLocale.FormatType.ShortFormat) in text, (zone, text)
        finally:
            store.close()
