"""Take with you…: choose modules and a destination, see the size and free space, write in the background."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.media.vlc_backend import libvlc_version
from smartcourse_desktop.records.comeback import remember_export
from smartcourse_desktop.takeaway.export import TakeawayCancelled, TakeawayResult, export_takeaway
from smartcourse_desktop.takeaway.plan import TakeawayPlan, free_space, plan_takeaway
from smartcourse_desktop.ui.export_notice import confirm_saved
from smartcourse_desktop.ui.tasks import Reporter, Task, run_task
from smartcourse_desktop.ui.text import size_text

log = logging.getLogger(__name__)
PROGRESS_STEPS = 1000  # the progress signal carries ints: bytes are scaled to this


class TakeawayDialog(QDialog):
    """Deleted on close; a running export is cancelled then (and removes what it wrote)."""

    exported = Signal(str)  # the course folder written

    def __init__(self, course: Course, comeback_path: Path, modules: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("takeawayDialog")
        self.course, self.comeback_path = course, comeback_path
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Take with you: %1").replace("%1", course.title))
        self._build(modules or [])
        self.update_plan()

    def _build(self, chosen: list[str]) -> None:
        intro = QLabel(self.tr("Put lectures as audio (with chapters), the readings as an e-book and a playlist on "
                               "a phone or USB stick, to study on the go."))
        intro.setWordWrap(True)
        self.modules = QListWidget()
        self.modules.setAccessibleName(self.tr("Modules to take with you"))
        for number, module in enumerate(self.course.modules, 1):
            item = QListWidgetItem(self.tr("%1. %2").replace("%1", str(number)).replace("%2", module.title))
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if module.id in chosen else Qt.CheckState.Unchecked)
            self.modules.addItem(item)
        self.modules.itemChanged.connect(lambda _item: self.update_plan())
        self.epub = QCheckBox(self.tr("Include the readings as an &e-book (EPUB)"))
        self.epub.setChecked(True)
        self.epub.toggled.connect(lambda _on: self.update_plan())
        self.destination = QLineEdit()
        self.destination.setAccessibleName(self.tr("Destination folder"))
        self.destination.setPlaceholderText(self.tr("A phone or USB stick folder"))
        self.destination.textChanged.connect(lambda _text: self.update_plan())
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the destination folder"))
        self.browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(self.browse)
        self.sizes = QLabel()
        self.sizes.setObjectName("takeawaySizes")
        self.sizes.setWordWrap(True)
        self.sizes.setTextFormat(Qt.TextFormat.PlainText)
        mtp = QLabel(self.tr("Phones connected over MTP are best effort: their free space may be unknown, and files "
                             "may be copied in place without a safe rename. A USB stick is more reliable."))
        mtp.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("takeawayStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("&Write"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setAccessibleName(self.tr("Write the chosen modules to the destination"))
        self.cancel_button = self.buttons.addButton(self.tr("Ca&ncel writing"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel writing; nothing is left behind"))
        self.cancel_button.setEnabled(False)
        self.write_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top: list[QWidget] = [intro, self.modules, self.epub, QLabel(self.tr("Destination:"))]
        for widget in top:
            layout.addWidget(widget)
        layout.addLayout(row)
        bottom: list[QWidget] = [self.sizes, mtp, self.progress, self.status, self.buttons]
        for widget in bottom:
            layout.addWidget(widget)
        self.resize(560, 520)

    def chosen_modules(self) -> list[str]:
        items = [self.modules.item(row) for row in range(self.modules.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def plan(self) -> TakeawayPlan | None:
        chosen, folder = self.chosen_modules(), self.destination.text().strip()
        if not chosen or not folder:
            return None
        return plan_takeaway(self.course, chosen, Path(folder), self.epub.isChecked(), libvlc_version() is not None)

    def update_plan(self) -> None:
        plan = self.plan()
        running = self.task is not None
        self.write_button.setEnabled(plan is not None and not running)
        if plan is None:
            self.sizes.setText(self.tr("Choose at least one module and a destination folder."))
            return
        free = free_space(plan.destination)
        free_text = size_text(free) if free is not None else self.tr("unknown")
        text = self.tr("To write: %1. Free at the destination: %2.").replace("%1", size_text(plan.total_size))
        text = text.replace("%2", free_text)
        if free is not None and plan.total_size > free:
            text += " " + self.tr("There is not enough free space.")
            self.write_button.setEnabled(False)
        for skipped in plan.skipped:
            text += "\n" + self.tr("Skipped: %1 (%2)").replace("%1", skipped.title).replace("%2", skipped.reason)
        self.sizes.setText(text)

    def choose_folder(self) -> None:
        start = self.destination.text() or str(Path.home())
        dialog = QFileDialog(self, self.tr("Choose the destination folder"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.destination.setText)
        dialog.open()

    def start(self) -> None:
        plan = self.plan()
        if plan is None or self.task is not None:
            return
        comeback_path = self.comeback_path

        def work(reporter: Reporter) -> TakeawayResult:
            def progress(done: int, total: int) -> None:
                reporter.progress(done * PROGRESS_STEPS // max(total, 1), PROGRESS_STEPS)

            result = export_takeaway(plan, progress, reporter.cancelled)
            remember_export(comeback_path, plan.course.id, [lesson.id for lesson in plan.lessons])
            return result

        self.status.setText(self.tr("Writing…"))
        self.progress.setValue(0)
        self.task = run_task(work, self._done, self._failed, lambda done, _total: self.progress.setValue(done))
        self._set_running(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.modules, self.epub, self.destination, self.browse, self.write_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if not running:
            self.task = None
            self.update_plan()

    def _done(self, result: TakeawayResult) -> None:
        self._set_running(False)
        self.progress.setValue(PROGRESS_STEPS)
        folder = result.plan.destination / result.plan.folder
        text = self.tr("Written to %1. When you next open the course, you can record what you listened to.")
        text = text.replace("%1", str(folder))
        if not result.atomic:
            text += " " + self.tr("The destination could not rename files; they were copied in place.")
        self.status.setText(text)
        confirm_saved(self, folder, self.tr("Taken with you"))
        self.exported.emit(str(folder))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.progress.setValue(0)
        if isinstance(error, TakeawayCancelled):
            self.status.setText(self.tr("Cancelled. Nothing was left at the destination."))
        else:
            self.status.setText(self.tr("Not written: %1").replace("%1", str(error)))

    def reject(self) -> None:
        self.cancel()
        super().reject()
