"""The Progress menu and what it opens: notes, export, certificate, reset, restore backup.

Also the quiet parts of the learning record: the daily backup, the study clock for readings, and
telling the learner when the database had to be moved aside or kept off a network share.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from smartcourse_desktop.courses.model import Course, LessonKind
from smartcourse_desktop.records.backups import Backup, backup_folder, daily_backup, safety_copy_name
from smartcourse_desktop.records.export import export_progress, guess_format
from smartcourse_desktop.records.outbox import Outbox
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.ui.backup_dialog import BackupDialog
from smartcourse_desktop.ui.messages import ask, ask_save_path, tell, warn
from smartcourse_desktop.ui.notes_panel import AllNotesDialog, NotesPanel
from smartcourse_desktop.ui.shared_records_dialog import LrsSharing
from smartcourse_desktop.ui.tasks import Reporter, Task, run_task

if TYPE_CHECKING:
    from smartcourse_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
STUDY_TICK_S = 5
DOCK_WIDTH = 300
BACKUP_CHECK_MS = 3600 * 1000


class ProgressFeatures(QObject):
    def __init__(self, window: MainWindow, store: Store) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        self.notes = NotesPanel(store)
        self.notes.jump_requested.connect(self.jump)
        self.dock = QDockWidget(self.tr("Notes"), window)
        self.dock.setObjectName("notesDock")
        self.dock.setWidget(self.notes)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self._study: dict[str, float] = {}
        self.sharing_label = QLabel()
        window.statusBar().addPermanentWidget(self.sharing_label)
        self.sharing = LrsSharing(store.recorder.outbox if store.recorder else Outbox(store), window.context.policy,
                                  window.settings.get("lrs.endpoint"), self.sharing_label, window)
        self._build_menu()
        window.lesson_opened.connect(self._lesson_changed)
        window.pages.currentChanged.connect(lambda _index: self._lesson_changed(""))
        self.clock = QTimer(self, interval=STUDY_TICK_S * 1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_now)
        self.backup_task: Task | None = None
        self._lesson_changed("")

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)
        self.menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        self.menu = self.window.menuBar().addMenu(self.tr("&Progress"))
        help_menu = getattr(self.window, "help_menu", None)
        if help_menu is not None:
            self.window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        self.notes_action = self._action(self.tr("&Notes beside the lesson"), self._sync_dock, "Ctrl+Shift+N")
        self.notes_action.setCheckable(True)
        self.notes_action.setChecked(self.window.settings.get("ui.show_notes"))
        self.notes_action.toggled.connect(self._remember_notes)
        self.all_notes_action = self._action(self.tr("&All notes of this course…"), self.show_all_notes)
        self.menu.addSeparator()
        self.certificate_action = self._action(self.tr("&Certificate…"), self.show_certificate)
        self.export_action = self._action(self.tr("&Export progress…"), self.choose_export_file)
        self.shared_action = self._action(self.tr("&What is shared with my organisation…"),
                                          lambda: self.sharing.show_dialog())
        self.menu.addSeparator()
        self.reset_action = self._action(self.tr("&Reset course progress…"), self.confirm_reset)
        self.restore_action = self._action(self.tr("Restore &backup…"), self.show_backups)

    # -- start --------------------------------------------------------------------------------
    def start(self, preferred_database: Path) -> None:
        """Tell what happened to the database at opening, then make today's backup."""
        if self.store.moved_aside is not None:
            warn(self.window, self.tr("Progress database damaged"),
                 self.tr("Your progress database was damaged and could not be used. It was kept as %1,"
                         " and a new, empty one was started. You can restore a recent backup from the"
                         " Progress menu.").replace("%1", str(self.store.moved_aside)))
        elif self.store.path != preferred_database:
            tell(self.window, self.tr("Progress kept on this computer"),
                 self.tr("Your data folder is on a network share, where the progress database is not safe."
                         " Your progress is kept in %1 instead.").replace("%1", str(self.store.path.parent)))
        self.backup_now()
        self.backup_timer.start()
        self.sharing.start()

    def backup_now(self) -> None:
        self.backup_task = run_task(lambda _r: daily_backup(self.store, backup_folder(self.store)),
                 _log_backup,
                 lambda exc: log.error("daily backup failed: %s", exc))

    # -- the open lesson ----------------------------------------------------------------------
    def current_course(self) -> Course | None:
        window = self.window
        if window.on_course_page() and window.current_course() is not None:
            return window.current_course()
        row = window.library_model.row_of(window.library_view.selected_course_id() or "")
        return window.library_model.card(row).installed.course if row >= 0 else None

    def _sync_dock(self) -> None:
        """The notes sit beside a course's lessons, when the learner wants them."""
        self.dock.setVisible(self.window.on_course_page() and self.notes_action.isChecked())

    def _remember_notes(self, shown: bool) -> None:
        if not self.window.settings.is_locked("ui.show_notes"):
            self.window.settings.set("ui.show_notes", shown)

    def _lesson_changed(self, _lesson_id: str) -> None:
        on_course = self.window.on_course_page()
        self._sync_dock()
        self.notes.set_lesson(self.window.current_course() if on_course else None,
                              self.window.current_lesson() if on_course else None)

    def _tick(self) -> None:
        """Credit reading time while a reading is open in the active window, up to 3× its length."""
        course, lesson = self.window.current_course(), self.window.current_lesson()
        if course is None or lesson is None or lesson.kind != LessonKind.READING or not self.window.isActiveWindow():
            return
        self.notes.update_moment()
        credited = self._study.get(lesson.id, 0.0)
        if credited < max(3 * lesson.duration, 300.0):
            self._study[lesson.id] = credited + STUDY_TICK_S
            self.store.add_time(course.id, lesson.id, STUDY_TICK_S)

    def jump(self, lesson_id: str, position: float) -> None:
        """Open a lesson of the open course; a lecture plays from `position` (if not negative)."""
        window = self.window
        course = window.current_course()
        lesson = course.lesson(lesson_id) if course else None
        if course is None or lesson is None:
            return
        pane = window.lesson_pane
        showing = pane.lesson is not None and pane.lesson.id == lesson_id
        if position >= 0 and lesson.is_lecture:
            if showing:
                if pane.player is not None:
                    pane.player.seek(position)
                return
            pane.requested_start = position  # the lecture starts there when it opens
        if not showing:
            window.course_page.outline.select_lesson(lesson_id)

    # -- dialogs ------------------------------------------------------------------------------
    def show_all_notes(self) -> None:
        course = self.current_course()
        if course is None:
            return
        dialog = AllNotesDialog(self.store, course, self.window)
        dialog.jump_requested.connect(lambda lesson_id, at: self._open_and_jump(course.id, lesson_id, at))
        dialog.open()

    def _open_and_jump(self, course_id: str, lesson_id: str, position: float) -> None:
        course = self.window.current_course()
        if course is None or course.id != course_id or not self.window.on_course_page():
            self.window.open_course(course_id)
        self.jump(lesson_id, position)

    def show_certificate(self) -> None:
        course = self.current_course()
        if course is not None:
            from smartcourse_desktop.ui.certificate_dialog import CertificateDialog

            dialog = CertificateDialog(self.store, self.window.settings, course, self.window)
            dialog.saved.connect(lambda path: tell(dialog, self.tr("Certificate saved"),
                                                   self.tr("The certificate was saved as %1.").replace("%1", path)))
            dialog.open()

    def choose_export_file(self) -> None:
        suggested = Path.home() / f"smartcourse-progress-{self.store.clock.today().isoformat()}.csv"
        ask_save_path(self.window, self.tr("Export progress"), suggested,
                      self.tr("CSV spreadsheet (*.csv);;JSON (*.json)"), self.export_to)

    def export_to(self, path: Path) -> None:
        model = self.window.library_model
        courses = [model.card(row).installed.course for row in range(model.rowCount())]
        def write(_reporter: Reporter) -> None:
            progress = [(course, self.store.course(course.id)) for course in courses]
            export_progress(progress, path, guess_format(path), self.store.clock.now())

        run_task(write,
                 lambda _none: tell(self.window, self.tr("Progress exported"),
                                    self.tr("Your progress was written to %1.").replace("%1", str(path))),
                 lambda exc: warn(self.window, self.tr("Export failed"), str(exc)))

    def confirm_reset(self) -> None:
        course = self.current_course()
        if course is None:
            return
        ask(self.window, self.tr("Reset course progress"),
            self.tr("Forget all progress in “%1”: completed lessons, positions and study time? Your notes are kept,"
                    " and a backup is made first.").replace("%1", course.title),
            self.tr("Reset progress"), lambda: self.reset(course))

    def reset(self, course: Course) -> None:
        try:
            self.store.backup_to(backup_folder(self.store) / safety_copy_name("reset", self.store.clock.now()))
            self.store.reset_course(course.id)
        except SmartCourseError as exc:
            warn(self.window, self.tr("Reset failed"), str(exc))
            return
        self._study.clear()
        self.refresh_views()

    def show_backups(self) -> None:
        dialog = BackupDialog(self.store, backup_folder(self.store), self.window)
        dialog.restored.connect(self.refresh_views)
        dialog.open()

    def refresh_views(self) -> None:
        window = self.window
        window.refresh_library()
        course = window.current_course()
        if course is not None:
            window.course_page.set_course(course, self.store.course(course.id))
        self._lesson_changed("")


def _log_backup(made: Backup | None) -> None:
    if made is not None:
        log.info("daily backup: %s", made.path)
