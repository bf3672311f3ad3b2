"""The Progress menu and what it opens: notes, export, certificate, reset, restore backup.

Also the quiet parts of the learning record: the daily backup, the study clock for readings, and
telling the learner when the database had to be moved aside or kept off a network share.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QWidget

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.model import Course, Lesson, LessonKind
from smartcourse_desktop.records.completion import missing_for_certificate
from smartcourse_desktop.records.outbox import Outbox
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.ui.course_finished import CourseFinished
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.lrs_sharing import LrsSharing
from smartcourse_desktop.ui.messages import ask, ask_save_path, tell, warn
from smartcourse_desktop.ui.navigator import Navigator
from smartcourse_desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from smartcourse_desktop.ui.notes_panel import NotesPanel

log = logging.getLogger(__name__)
STUDY_TICK_S = 5
DOCK_WIDTH = 300
BACKUP_CHECK_MS = 3600 * 1000


class ProgressFeatures(QObject):
    """Fills the Progress menu (`menu`; its `actions` carry shortcuts for the window), and the notes
    dock, built the first time the notes are shown and then handed to the window to place
    (`dock_created`). Dialogs open over `parent`, the window."""

    dock_created = Signal(QDockWidget)
    study_time_added = Signal(str, str)  # course id, lesson id: a reading was credited study time

    def __init__(self, store: Store, navigator: Navigator, context: Context, menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.navigator, self.context, self.parent_widget = store, navigator, context, parent
        self.settings = context.settings
        self._notes: NotesPanel | None = None
        self._dock: QDockWidget | None = None
        self._notes_collapsed = False
        self._study: dict[str, float] = {}
        self.actions: list[QAction] = []
        self.lecture_moment: Callable[[str], float | None] = lambda _lesson_id: None  # set by the window
        self.sharing_label = QLabel()  # the window shows it in its status bar
        self.sharing = LrsSharing(store.recorder.outbox if store.recorder else Outbox(store), context.policy,
                                  context.settings.get("lrs.endpoint"), self.sharing_label, parent)
        self._build_menu(menu)
        for signal in (navigator.course_changed, navigator.lesson_changed, navigator.page_changed):
            signal.connect(self._lesson_changed)
        for signal in (navigator.course_changed, navigator.page_changed, navigator.selection_changed,
                       navigator.progress_changed, navigator.records_replaced):
            signal.connect(self._offer_certificate)
        self.finished = CourseFinished(store, navigator, self.show_certificate, parent)
        self.clock = self._timer(STUDY_TICK_S * 1000, self._tick)
        self.clock.start()
        self.backup_timer = self._timer(BACKUP_CHECK_MS, self.backup_now)
        self.backup_task: Task | None = None
        self._lesson_changed()
        self._offer_certificate()

    @property
    def notes(self) -> NotesPanel:
        return self.dock.widget()  # type: ignore[return-value]

    @property
    def dock(self) -> QDockWidget:
        if self._dock is None:
            from smartcourse_desktop.ui.notes_panel import NotesPanel

            self._notes = NotesPanel(self.store, lecture_moment=lambda lesson_id: self.lecture_moment(lesson_id))
            self._notes.jump_requested.connect(self.jump)
            self._dock = QDockWidget(self.tr("Notes"), self.parent_widget)
            self._dock.setObjectName("notesDock")
            self._dock.setWidget(self._notes)
            self._dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                   | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            self._dock.hide()
            self.dock_created.emit(self._dock)
            self._show_lesson_notes()
        return self._dock

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.parent_widget)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.actions.append(action)
        self.menu.addAction(action)
        return action

    def _build_menu(self, menu: QMenu) -> None:
        self.menu = menu
        self.notes_action = self._action(self.tr("&Notes beside the lesson"), self._sync_dock, "Ctrl+Shift+N")
        self.notes_action.setCheckable(True)
        self.notes_action.setChecked(self.settings.get("ui.show_notes"))
        self.notes_action.toggled.connect(self._remember_notes)
        self.all_notes_action = self._action(self.tr("&All notes of this course…"), self.show_all_notes)
        self.menu.addSeparator()
        self.certificate_action = self._action(self.tr("&Certificate…"), self.show_certificate)
        self.menu.setToolTipsVisible(True)  # why the certificate is not offered yet
        self.menu.aboutToShow.connect(self._offer_certificate)
        self.export_action = self._action(self.tr("&Export progress…"), self.choose_export_file)
        self.shared_action = self._action(self.tr("&What is shared with my organisation…"),
                                          lambda: self.sharing.show_dialog())
        self.menu.addSeparator()
        self.reset_action = self._action(self.tr("&Reset course progress…"), self.confirm_reset)
        self.restore_action = self._action(self.tr("Restore &backup…"), self.show_backups)

    # -- start --------------------------------------------------------------------------------
    def start(self, preferred_database: Path) -> None:
        """Tell what happened to the database at opening, then make today's backup."""
        self.tell_database_notices(preferred_database)
        self.start_background()

    def tell_database_notices(self, preferred_database: Path) -> None:
        """What happened to the database at opening: moved aside, or kept off a network share."""
        if self.store.moved_aside is not None:
            warn(self.parent_widget, self.tr("Progress database damaged"),
                 self.tr("Your progress database was damaged and could not be used. It was kept as %1,"
                         " and a new, empty one was started. You can restore a recent backup from the"
                         " Progress menu.").replace("%1", str(self.store.moved_aside)))
        elif self.store.path != preferred_database:
            tell(self.parent_widget, self.tr("Progress kept on this computer"),
                 self.tr("Your data folder is on a network share, where the progress database is not safe."
                         " Your progress is kept in %1 instead.").replace("%1", str(self.store.path.parent)))

    def start_background(self) -> None:
        """Non-visual work, run once the window is idle: today's backup, the hourly check, the LRS."""
        self.backup_now()
        self.backup_timer.start()
        self.sharing.start()

    def apply_preferences(self, keys: list[str]) -> None:
        if "lrs.endpoint" in keys:
            self.sharing.set_learner_endpoint(self.settings.get("lrs.endpoint"))

    def backup_now(self) -> None:
        from smartcourse_desktop.records.backups import backup_folder, daily_backup

        self.backup_task = run_task(lambda _r: daily_backup(self.store, backup_folder(self.store)),
                 lambda made: log.info("daily backup: %s", made.path) if made else None,
                 lambda exc: log.error("daily backup failed: %s", exc))

    # -- the open lesson ----------------------------------------------------------------------
    def current_course(self) -> Course | None:
        return self.navigator.target_course()

    def _sync_dock(self) -> None:
        """The notes sit beside a course's lessons, when the learner wants them."""
        wanted = self.navigator.on_course_page and self.notes_action.isChecked()
        if wanted or self._dock is not None:
            dock = self.dock  # a new dock may collapse at once, when the window has no room for it
            dock.setVisible(wanted and not self._notes_collapsed)

    def set_notes_collapsed(self, collapsed: bool) -> None:
        """The window has no room for the notes beside the lesson (ui/panel_collapse.py); the
        learner's choice to show them stays."""
        if collapsed != self._notes_collapsed:
            self._notes_collapsed = collapsed
            self._sync_dock()

    def _offer_certificate(self, *_args: object) -> None:
        """The certificate is offered only for a completed course; before that, its action says
        why (in its tooltip, and in a notice when triggered: show_certificate)."""
        course = self.current_course()
        missing = missing_for_certificate(course, self.store.course(course.id)) if course is not None else []
        self.certificate_action.setEnabled(course is not None)
        if course is None:
            why = self.tr("Open a course to get its certificate.")
        elif missing:
            why = self._not_yet_reason(missing)
        else:
            why = self.tr("Your certificate of completion for this course")
        self.certificate_action.setToolTip(why)
        self.certificate_action.setStatusTip(why)

    def _not_yet_reason(self, missing: list[Lesson]) -> str:
        return self.tr("The certificate is offered once every lesson is watched, read or listened to:"
                       " %n lesson(s) to go. Lessons only marked as done by hand don't count.", "", len(missing))

    def _remember_notes(self, shown: bool) -> None:
        if not self.settings.is_locked("ui.show_notes"):
            self.settings.set("ui.show_notes", shown)

    def _lesson_changed(self, *_args: object) -> None:
        self._sync_dock()
        self._show_lesson_notes()

    def _show_lesson_notes(self) -> None:
        if self._notes is not None:
            on_course = self.navigator.on_course_page
            self._notes.set_lesson(self.navigator.course if on_course else None,
                                   self.navigator.lesson if on_course else None)

    def _tick(self) -> None:
        """Credit reading time while a reading is open in the active window, up to 3× its length."""
        course, lesson = self.navigator.course, self.navigator.lesson
        if course is None or lesson is None or lesson.kind != LessonKind.READING \
                or not self.parent_widget.isActiveWindow():
            return
        if self._notes is not None:
            self._notes.update_moment()
        credited = self._study.get(lesson.id, 0.0)
        if credited < max(3 * lesson.duration, 300.0):
            self._study[lesson.id] = credited + STUDY_TICK_S
            self.store.add_time(course.id, lesson.id, STUDY_TICK_S)
            self.study_time_added.emit(course.id, lesson.id)

    def jump(self, lesson_id: str, position: float) -> None:
        """Open a lesson of the open course; a lecture plays from `position` (if not negative)."""
        course = self.navigator.course
        if course is not None:
            self.navigator.request_lesson(course.id, lesson_id, position if position >= 0 else None)

    # -- dialogs ------------------------------------------------------------------------------
    def show_all_notes(self) -> None:
        course = self.current_course()
        if course is None:
            return
        from smartcourse_desktop.ui.notes_panel import AllNotesDialog

        dialog = AllNotesDialog(self.store, course, self.parent_widget)
        dialog.jump_requested.connect(lambda lesson_id, at: self.navigator.request_lesson(
            course.id, lesson_id, at if at >= 0 else None))
        dialog.module_requested.connect(lambda module_id: self.navigator.request_module(course.id, module_id))
        show_dialog(dialog)

    def show_certificate(self) -> None:
        course = self.current_course()
        missing = missing_for_certificate(course, self.store.course(course.id)) if course is not None else []
        if course is not None and missing:
            self.finished.not_yet(course, missing, self._not_yet_reason(missing))
        elif course is not None:
            from smartcourse_desktop.records.lrs import lrs_named
            from smartcourse_desktop.ui.certificate_dialog import CertificateDialog
            from smartcourse_desktop.ui.export_notice import confirm_saved

            dialog = CertificateDialog(self.store, self.settings, course, self.parent_widget,
                                       lrs_named(self.context.policy, self.settings.get("lrs.endpoint")))
            dialog.saved.connect(lambda path: confirm_saved(dialog, Path(path), self.tr("Certificate saved")))
            show_dialog(dialog)

    def choose_export_file(self) -> None:
        from smartcourse_desktop.ui.export_notice import suggested_path

        suggested = suggested_path("SmartCourse", self.tr("progress"), self.store.clock.today().isoformat(),
                                   suffix=".csv")  # every installed course
        ask_save_path(self.parent_widget, self.tr("Export progress"), suggested,
                      self.tr("CSV spreadsheet (*.csv);;JSON (*.json)"), self.export_to)

    def export_to(self, path: Path) -> None:
        """Write every installed course's progress to `path`, off the GUI thread."""
        from smartcourse_desktop.records.export import export_progress, guess_format
        from smartcourse_desktop.ui.export_notice import confirm_saved

        library, store, exported_at = self.context.library, self.store, self.store.clock.now()

        def work(_reporter: object) -> None:
            courses = [installed.course for installed in library.scan()]
            export_progress([(c, store.course(c.id)) for c in courses], path, guess_format(path), exported_at)

        def done(_none: None) -> None:
            confirm_saved(self.parent_widget, path, self.tr("Progress exported"))

        def failed(exc: BaseException) -> None:
            warn(self.parent_widget, self.tr("Export failed"), str(exc))

        run_task(work, done, failed)

    def confirm_reset(self) -> None:
        course = self.current_course()
        if course is None:
            return
        ask(self.parent_widget, self.tr("Reset course progress"),
            self.tr("Forget all progress in “%1”: completed lessons, positions and study time? Your notes are kept,"
                    " and a backup is made first.").replace("%1", course.title),
            self.tr("Reset progress"), lambda: self.reset(course))

    def reset(self, course: Course) -> None:
        from smartcourse_desktop.records.backups import backup_folder, safety_copy_name

        try:
            self.store.backup_to(backup_folder(self.store) / safety_copy_name("reset", self.store.clock.now()))
            self.store.reset_course(course.id)
        except SmartCourseError as exc:
            warn(self.parent_widget, self.tr("Reset failed"), str(exc))
            return
        self._study.clear()
        self.navigator.records_replaced.emit()

    def show_backups(self) -> None:
        from smartcourse_desktop.records.backups import backup_folder
        from smartcourse_desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.store, backup_folder(self.store), self.parent_widget)
        dialog.restored.connect(self.navigator.records_replaced)
        show_dialog(dialog)
