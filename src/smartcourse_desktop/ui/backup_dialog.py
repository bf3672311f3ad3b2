"""Restore backup: the daily copies of the progress database, newest first."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.records.backups import Backup, list_backups, restore_backup
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.ui.messages import ask, tell, warn
from smartcourse_desktop.ui.text import size_text

log = logging.getLogger(__name__)
BackupRole = Qt.ItemDataRole.UserRole + 1


class BackupDialog(QDialog):
    """Emits `restored()` after the learner confirmed and the copy replaced their progress."""

    restored = Signal()

    def __init__(self, store: Store, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.folder = store, folder
        self.setWindowTitle(self.tr("Restore backup"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups of your progress"))
        self.list.itemActivated.connect(lambda _item: self.confirm())
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.explanation = QLabel(self.tr("A copy of your progress is made every day; the last seven are kept."
                                          " Restoring one replaces your current progress and notes with it."))
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 380)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for backup in list_backups(self.folder):
            item = QListWidgetItem(f"{self.local_time(backup.made_at)} ({size_text(backup.size)})")
            item.setData(BackupRole, backup)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No backups yet: the first one is made when the app starts."))
        self.restore_button.setEnabled(self.selected() is not None)

    def local_time(self, moment: datetime) -> str:
        """`moment` in the learner's time zone (the store's clock's), as their locale writes it."""
        local = moment.astimezone(self.store.clock.now().tzinfo)
        locale = QLocale()
        return self.tr("%1, %2").replace(
            "%1", locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)).replace(
            "%2", locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat))

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        return item.data(BackupRole) if item is not None else None

    def confirm(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        ask(self, self.tr("Restore backup"),
            self.tr("Replace your current progress and notes with the backup of %1?"
                    " Your current state is saved first.").replace("%1", self.list.currentItem().text()),
            self.tr("Restore"), lambda: self.restore(backup))

    def restore(self, backup: Backup) -> None:
        try:
            safety = restore_backup(self.store, backup.path, self.folder)
        except SmartCourseError as exc:
            warn(self, self.tr("Restore failed"), str(exc))
            return
        self.restored.emit()
        self.refresh()
        tell(self, self.tr("Backup restored"),
             self.tr("Your progress was restored. The state before restoring is kept in %1.")
             .replace("%1", str(safety)))
