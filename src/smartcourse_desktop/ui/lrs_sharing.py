"""What is shared with the learner's organisation, on the start-up path: the status-bar label (queued,
sent, last error), the notice shown before anything is first sent, and the background sender
(records/lrs.py SyncWorker, a plain thread; its reports arrive by signal). The dialog listing the
statements (ui/shared_records_dialog.py) and the sender are loaded when first needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from smartcourse_desktop.records.outbox import NOTICE_KEY, Outbox
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.policy import Policy
from smartcourse_desktop.ui.messages import tell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from smartcourse_desktop.records.lrs import LrsConfig, SyncStatus, SyncWorker
    from smartcourse_desktop.ui.shared_records_dialog import SharedRecordsDialog

log = logging.getLogger(__name__)


class LrsSharing(QObject):
    """Sends in the background once the learner was told what is shared; reports on `label`."""

    status_changed = Signal(object)  # SyncStatus, emitted from the sending thread

    def __init__(self, outbox: Outbox, policy: Policy, learner_endpoint: str, label: QLabel, window: QWidget) -> None:
        super().__init__(window)
        self.outbox, self.policy, self.label, self.window = outbox, policy, label, window
        self.learner_endpoint = learner_endpoint
        self.endpoint: str | None = None
        self.worker: SyncWorker | None = None
        self.notice: QMessageBox | None = None
        self.dialog: SharedRecordsDialog | None = None
        label.setAccessibleName(self.tr("Sharing with your organisation"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        self.status_changed.connect(self._show_status)

    def start(self, on_told: Callable[[], None] | None = None) -> None:
        """Tell the learner (first time only), then start sending. No endpoint: nothing at all happens
        (not even loading the sender, with ssl)."""
        if not self.policy.lrs_target(self.learner_endpoint):
            return
        from smartcourse_desktop.records.lrs import learner_told, lrs_config

        try:
            config = lrs_config(self.policy, self.learner_endpoint)
        except SmartCourseError as exc:
            self._show_text(self.tr("Not shared with your organisation: %1").replace("%1", str(exc)))
            return
        if config is None:
            return
        self.endpoint = config.endpoint
        if learner_told(self.outbox, config):
            self._start_worker(config)
            return
        notice = self.notice = tell(self.window, self.tr("Your progress is shared with your organisation"), self.tr(
            "This computer sends records of your learning to your organisation's learning record store at %1:"
            " which lessons you opened, played and completed, when, and for how long. Your notes and your"
            " answers to reflection questions are never sent. Progress ▸ What is shared with my organisation"
            " lists every record.").replace("%1", config.endpoint))
        notice.finished.connect(lambda _result: self._told(notice, config, on_told))

    def set_learner_endpoint(self, endpoint: str) -> None:
        """The learner named another LRS (Preferences): stop sending to the old one and start again,
        telling them first what will be shared with the new one. Empty: nothing is sent any more."""
        if endpoint == self.learner_endpoint:
            return
        self.learner_endpoint = endpoint
        self.endpoint = None  # a notice still open for the old address no longer starts anything
        if self.worker is not None:
            self.worker.stop(timeout=0.0)  # it ends after the request in flight, off the GUI thread
            self.worker = None
        notice, self.notice = self.notice, None
        if notice is not None:
            notice.close()
        self.label.hide()
        self.start()

    def _told(self, notice: QMessageBox, config: LrsConfig, on_told: Callable[[], None] | None) -> None:
        if self.notice is notice:
            self.notice = None  # closed, and deleted on close
        if config.endpoint != self.endpoint:
            return
        self.outbox.set_meta(NOTICE_KEY, config.endpoint)
        self._start_worker(config)
        if on_told is not None:
            on_told()

    def _start_worker(self, config: LrsConfig) -> None:
        from smartcourse_desktop.records.lrs import SyncWorker, backlog_start

        self.worker = SyncWorker(self.outbox, config, backlog_start(self.outbox, config), self.status_changed.emit)
        self.worker.start()
        self._show_text(self.tr("Sharing with your organisation…"))

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop(timeout=2.0)

    def _show_status(self, status: SyncStatus) -> None:
        text = self.tr("Shared: %1 sent, %2 waiting").replace("%1", str(status.sent)).replace("%2", str(status.queued))
        if status.auth_failed:
            text += " · " + self.tr("your organisation's record store refused this computer's credentials;"
                                    " nothing is lost. Please tell IT.")
        elif status.last_error:
            text += " · " + self.tr("last attempt failed: %1").replace("%1", status.last_error)
        self._show_text(text)

    def _show_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.show()

    def show_dialog(self) -> None:
        if self.dialog is None:
            from smartcourse_desktop.ui.shared_records_dialog import SharedRecordsDialog

            self.dialog = SharedRecordsDialog(self.outbox, self.window)
        self.dialog.endpoint = self.endpoint
        self.dialog.refresh()
        self.dialog.open()
