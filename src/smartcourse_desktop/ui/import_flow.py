"""Importing and removing courses from the GUI, with the same core code as the CLI.

The import runs off the GUI thread; a progress dialog shows bytes and percent and can cancel,
and a cancelled or failed import leaves the library as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.library import InstalledCourse
from smartcourse_desktop.system.errors import ImportCancelled, SmartCourseError
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.tasks import Reporter, Task, run_task
from smartcourse_desktop.ui.text import embedded, size_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".smartcourse"


class ImportFlow(QObject):
    """Emits `imported(course_id)` after a course was installed and `removed(course_id)` after removal."""

    imported = Signal(str)
    removed = Signal(str)
    message = Signal(str)

    def __init__(self, context: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._queue: list[Path] = []
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None

    # -- import -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self._parent, self.tr("Import course"))
        dialog.setNameFilter(self.tr("SmartCourse packages (*.smartcourse)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: self.import_paths([Path(f) for f in files]))
        show_dialog(dialog)

    def import_paths(self, paths: list[Path]) -> None:
        """Import one package after the other; a busy importer queues the rest."""
        self._queue.extend(paths)
        if self.task is None and self._queue:
            self._start(self._queue.pop(0), force=False)

    def _start(self, source: Path, force: bool) -> None:
        if not self._context.policy.allow_import:
            self._fail(self.tr("Importing courses is turned off on this computer by your IT department."))
            return
        from PySide6.QtWidgets import QProgressDialog

        from smartcourse_desktop.courses.importer import import_course, target_root
        from smartcourse_desktop.courses.signing import Trust

        context = self._context
        trust = Trust.from_policy(context.policy)

        def work(reporter: Reporter):
            root = target_root(context.library, context.policy, system=False)
            return import_course(source, root, force=force, trust=trust,
                                 progress=reporter.progress, cancelled=reporter.cancelled)

        self.dialog = QProgressDialog(self.tr("Importing %1…").replace("%1", source.name), self.tr("Cancel"),
                                      0, 1000, self._parent)
        self.dialog.setWindowTitle(self.tr("Import course"))
        self.dialog.setAccessibleName(self.tr("Import progress"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.task = run_task(work, lambda result: self._done(source, result),
                             lambda exc: self._failed(source, exc), self._progress)
        self.dialog.canceled.connect(self.task.cancel)

    def _progress(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or total <= 0:
            return
        dialog.setLabelText(self.tr("Importing… %1 of %2 (%3%)").replace("%1", size_text(done))
                            .replace("%2", size_text(total)).replace("%3", str(done * 100 // total)))
        # Last: a window-modal QProgressDialog processes events in setValue, where the import may
        # finish and close the dialog (self.dialog becomes None).
        dialog.setValue(min(1000, done * 1000 // total))

    def _finish_task(self) -> None:
        self.task = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, source: Path, result) -> None:
        self._finish_task()
        replaced = result.replaced_version
        text = (self.tr("Updated “%1” from version %2 to %3.")
                .replace("%2", replaced).replace("%3", result.course.version)
                if replaced else self.tr("Imported “%1”.")).replace("%1", result.course.title)
        self.message.emit(text)
        self.imported.emit(result.course.id)
        self.import_paths([])

    def _failed(self, source: Path, exc: BaseException) -> None:
        from smartcourse_desktop.courses.importer import NotNewerError

        self._finish_task()
        if isinstance(exc, ImportCancelled):
            self.message.emit(self.tr("Import cancelled; nothing was changed."))
        elif isinstance(exc, NotNewerError):
            self._offer_force(source, exc)
            return
        elif isinstance(exc, SmartCourseError):
            self._fail(self.tr("%1 could not be imported: %2").replace("%1", source.name).replace("%2", str(exc)))
        else:  # a bug, not the package: its text means nothing to a learner, so it goes to the log
            log.error("import of %s failed", source, exc_info=exc)
            self._fail(self.tr("%1 could not be imported because of an unexpected problem; the details are in "
                               "the log. Nothing was changed.").replace("%1", source.name))
        self.import_paths([])

    def _offer_force(self, source: Path, exc: SmartCourseError) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Course already installed"),
                          self.tr("%1. Install this package anyway?").replace("%1", str(exc)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda answer: self._after_force_question(source, answer))
        show_dialog(box)

    def _after_force_question(self, source: Path, answer: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        if answer == QMessageBox.StandardButton.Yes:
            self._start(source, force=True)
        else:
            self.message.emit(self.tr("Nothing was changed."))
            self.import_paths([])

    def _fail(self, text: str, title: str | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.message.emit(text)
        box = QMessageBox(QMessageBox.Icon.Warning, title or self.tr("Import failed"), text,
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        show_dialog(box)

    # -- remove -----------------------------------------------------------------------------
    def ask_remove(self, installed: InstalledCourse, size: int | None = None) -> None:
        """Ask before removing a course; `size` is its measured size on disk, if known."""
        from PySide6.QtWidgets import QMessageBox

        if not installed.root.writable:
            self._fail(self.tr("“%1” was installed for everyone on this computer (%2) and cannot be removed here.")
                       .replace("%1", embedded(installed.course.title)).replace("%2", str(installed.root.path)),
                       self.tr("Remove course"))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove course"),
                          self.tr("Remove “%1” and free %2? Your progress and notes are kept.")
                          .replace("%1", embedded(installed.course.title))
                          .replace("%2", size_text(installed.disk_size() if size is None else size)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = QMessageBox.StandardButton.Yes
        box.finished.connect(lambda answer: self._remove(installed) if answer == yes else None)
        show_dialog(box)

    def _remove(self, installed: InstalledCourse) -> None:
        from smartcourse_desktop.courses.install import remove_installed

        try:
            remove_installed(installed)
        except SmartCourseError as exc:
            self._fail(str(exc), self.tr("Remove course"))
            return
        self.message.emit(self.tr("Removed “%1”.").replace("%1", embedded(installed.course.title)))
        self.removed.emit(installed.course.id)


def package_paths(urls: list) -> list[Path]:
    """The .smartcourse files among dropped URLs."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile().endswith(PACKAGE_SUFFIX)]
