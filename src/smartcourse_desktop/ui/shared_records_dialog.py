"""Progress ▸ What is shared with my organisation: the dialog listing the xAPI statements in plain
words. Built the first time it is opened (ui/lrs_sharing.py), so its widgets stay off the start-up path.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.records.outbox import Outbox, OutboxEntry
from smartcourse_desktop.records.xapi import summary
from smartcourse_desktop.ui.tasks import run_task
from smartcourse_desktop.ui.text import translate

SHOWN = 500


def plain_words(widget: QWidget, entry: OutboxEntry) -> str:
    said = summary(entry.statement)
    name = said.name or translate("SharedRecordsDialog", "the course")
    if said.voids:
        return translate("SharedRecordsDialog", "Withdrew an earlier completion")
    if said.completed_by == "marked-by-learner":
        return translate("SharedRecordsDialog", "Marked “%1” as done").replace("%1", name)
    if said.verb == "progressed" and said.percent is not None:
        reached = translate("SharedRecordsDialog", "Reached %1% of “%2”")
        return reached.replace("%1", str(said.percent)).replace("%2", name)
    texts = {
        "launched": translate("SharedRecordsDialog", "Opened “%1”"),
        "initialized": translate("SharedRecordsDialog", "Loaded the lecture “%1”"),
        "played": translate("SharedRecordsDialog", "Played “%1”"),
        "paused": translate("SharedRecordsDialog", "Paused “%1”"),
        "seeked": translate("SharedRecordsDialog", "Moved to another point of “%1”"),
        "completed": translate("SharedRecordsDialog", "Completed “%1”"),
        "terminated": translate("SharedRecordsDialog", "Closed “%1”"),
        "progressed": translate("SharedRecordsDialog", "Progressed in “%1”"),
    }
    return texts.get(said.verb, translate("SharedRecordsDialog", "Did something in “%1”")).replace("%1", name)


class SharedRecordsDialog(QDialog):
    """Progress ▸ What is shared with my organisation: the statements, newest first, in plain words."""

    def __init__(self, outbox: Outbox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.endpoint: str | None = None  # where the records are sent; None: nowhere
        self.setWindowTitle(self.tr("What is shared with my organisation"))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("sharedRecords")
        self.table.setAccessibleName(self.tr("Records of your learning, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def refresh(self) -> None:
        self.explanation.setText(self._explanation())
        run_task(lambda _r: self.outbox.entries(SHOWN), self._show,
                 lambda exc: self.explanation.setText(str(exc)))

    def _explanation(self) -> str:
        never = self.tr("Your notes and your answers to reflection questions are never shared.")
        if not self.endpoint:
            return self.tr("No organisation record store is configured on this computer: nothing is sent."
                           " These records of your learning stay here, in case one is configured later.") + " " + never
        return self.tr("These records of your learning are sent to your organisation's learning record store"
                       " at %1: which lessons you opened, played and completed, when, and for how long.") \
            .replace("%1", self.endpoint) + " " + never

    def _show(self, entries: list[OutboxEntry]) -> None:
        locale = QLocale()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = locale.toString(QDateTime.fromSecsSinceEpoch(int(entry.created_at)), QLocale.FormatType.ShortFormat)
            status = self.tr("Sent") if entry.sent_at is not None else self.tr("Kept on this computer")
            for column, text in enumerate((when, plain_words(self, entry), status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
