"""The main window: menus, the library page and the course page."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from smartcourse_desktop import APP_NAME
from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.library import InstalledCourse
from smartcourse_desktop.records.progress import continue_point, course_fraction
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import SettingsError
from smartcourse_desktop.ui import window_geometry
from smartcourse_desktop.ui.dialogs import ShortcutsDialog, about_text
from smartcourse_desktop.ui.icons import icon
from smartcourse_desktop.ui.import_flow import ImportFlow, package_paths
from smartcourse_desktop.ui.library_model import CourseCard, LibraryModel
from smartcourse_desktop.ui.library_view import LibraryView
from smartcourse_desktop.ui.progress_menu import ProgressFeatures

if TYPE_CHECKING:
    from smartcourse_desktop.courses.model import Course, Lesson
    from smartcourse_desktop.reading.search_index import SearchHit, SearchIndex
    from smartcourse_desktop.ui.course_page import CoursePage
    from smartcourse_desktop.ui.lesson_pane import LessonPane
    from smartcourse_desktop.ui.search_panel import SearchPanel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The course page, the lesson pane with its player, and the search panel are built the first
    time they are needed, so that the library shows as fast as a bare window."""

    progress_changed = Signal(str)
    lesson_opened = Signal(str)
    INDEX_DELAY_MS = 1500  # at start-up, let the window settle before indexing

    def __init__(self, context: Context, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store
        self.settings = context.settings
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("smartcourse"))
        self.library_model = LibraryModel(self)
        self.library_view = LibraryView(self.library_model)
        self._course_page: CoursePage | None = None
        self._search_panel: SearchPanel | None = None
        self._search_index: SearchIndex | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library_view)
        self.setCentralWidget(self.pages)
        self.import_flow = ImportFlow(context, self)
        self.setAcceptDrops(True)
        self._build_menus()
        self._connect()
        self.progress_features = ProgressFeatures(self, store)
        self.refresh_library()
        self._restore_state()
        self._show_policy_problem()

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None = None, slot=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.import_action = self._action(self.tr("&Import course…"), QKeySequence.StandardKey.Open, self.import_flow.choose_file)
        self.remove_action = self._action(self.tr("&Remove course…"), None, self.remove_selected_course)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.preferences_action = self._action(self.tr("&Preferences…"), "Ctrl+,", self.show_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.library_action = self._action(self.tr("&Library"), "Ctrl+L", self.show_library)
        self.continue_action = self._action(self.tr("&Continue where I left off"), "Ctrl+Return", self.continue_course)
        self.fullscreen_action = self._action(self.tr("&Full screen"), "F11", self.toggle_full_screen)
        self.search_action = self._action(self.tr("&Search the courses…"), "Ctrl+K", self.show_search)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        self.about_action = self._action(self.tr("&About %1").replace("%1", APP_NAME), None, self.show_about)
        self.import_action.setEnabled(self.context.policy.allow_import)
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.remove_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = menu.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.library_action)
        self.view_menu.addAction(self.continue_action)
        self.view_menu.addAction(self.search_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.fullscreen_action)
        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.library_view.course_activated.connect(self.open_course)
        self.progress_changed.connect(self._refresh_progress)
        self.library_view.remove_requested.connect(self.remove_selected_course)
        self.library_view.continue_requested.connect(self._continue_from_library)
        self.import_flow.imported.connect(self._course_imported)
        self.import_flow.removed.connect(self._course_removed)
        self.import_flow.message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    # -- the course page, built on first use ------------------------------------------------
    @property
    def course_page(self) -> CoursePage:
        if self._course_page is None:
            self._course_page = self._build_course_page()
        return self._course_page

    @property
    def lesson_pane(self) -> LessonPane:
        return self.course_page.lesson_pane

    def _build_course_page(self) -> CoursePage:
        from smartcourse_desktop.reading.cache import cache_dir
        from smartcourse_desktop.ui.course_page import CoursePage
        from smartcourse_desktop.ui.lesson_pane import LessonPane
        from smartcourse_desktop.ui.player.player_widget import PlayerWidget

        pane = LessonPane(player=PlayerWidget(self.store, self.settings))
        page = CoursePage(pane)
        page.add_bar_action(self.progress_features.notes_action, self.tr("Notes"))
        self.pages.addWidget(page)
        page.back_requested.connect(self.show_library)
        page.continue_requested.connect(self.continue_course)
        page.outline.lesson_activated.connect(self.open_lesson)
        pane.completed.connect(self.complete_lesson)
        pane.player.next_requested.connect(page.outline.select_lesson)
        page.outline.space_pressed.connect(self._toggle_lecture)
        reading = pane.reading
        reading.set_font_scale(self.settings.get("reading.font_scale"))
        reading.render_cache = cache_dir(self.context.paths)
        reading.position_changed.connect(self.store.save_position)
        reading.lesson_link_activated.connect(self.open_reading_link)
        reading.font_scale_changed.connect(self._save_font_scale)
        return page

    def _toggle_lecture(self) -> None:
        """Space in the outline plays or pauses the open lecture."""
        lesson = self.current_lesson()
        if lesson is not None and lesson.is_lecture and self.lesson_pane.player is not None:
            self.lesson_pane.player.toggle()

    def on_course_page(self) -> bool:
        return self._course_page is not None and self.pages.currentWidget() is self._course_page

    def current_course(self) -> Course | None:
        """The course on the course page, if one was opened."""
        return self._course_page.course if self._course_page is not None else None

    def current_lesson(self) -> Lesson | None:
        return self._course_page.lesson_pane.lesson if self._course_page is not None else None

    @property
    def search_index(self) -> SearchIndex:
        if self._search_index is None:
            from smartcourse_desktop.reading.search_index import SearchIndex, index_path

            self._search_index = SearchIndex.open(index_path(self.context.paths))
        return self._search_index

    @property
    def search_panel(self) -> SearchPanel:
        if self._search_panel is None:
            from smartcourse_desktop.ui.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.search_index.search, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._search_panel)
            self._search_panel.hide()
            self._search_panel.hit_activated.connect(self.open_search_hit)
        return self._search_panel

    # -- library ----------------------------------------------------------------------------
    def refresh_library(self) -> None:
        cards = [self._card(installed) for installed in self.context.library.scan()]
        self.library_model.set_cards(cards)
        if cards and not self.library_view.cards.currentIndex().isValid():
            self.library_view.cards.setCurrentIndex(self.library_model.index(0))
        QTimer.singleShot(0 if self.isVisible() else self.INDEX_DELAY_MS, self._update_search_index)

    def _card(self, installed: InstalledCourse) -> CourseCard:
        progress = course_fraction(installed.course, self.store.course(installed.course.id))
        return CourseCard(installed, progress, installed.disk_size())

    def remove_selected_course(self) -> None:
        course = self.current_course()
        course_id = self.library_view.selected_course_id() if self.pages.currentWidget() is self.library_view \
            else (course.id if course else None)
        row = self.library_model.row_of(course_id) if course_id else -1
        if row >= 0:
            self.import_flow.ask_remove(self.library_model.card(row).installed)

    def _course_imported(self, course_id: str) -> None:
        self.refresh_library()
        self.library_view.cards.setCurrentIndex(self.library_model.index(self.library_model.row_of(course_id)))
        course = self.current_course()
        if course is not None and course.id == course_id:
            self.open_course(course_id)

    def _course_removed(self, course_id: str) -> None:
        course = self.current_course()
        if course is not None and course.id == course_id:
            self.lesson_pane.show_nothing()
            self.course_page.course = None
        self.refresh_library()
        self.show_library()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if package_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = package_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_flow.import_paths(paths)

    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library_view)
        self.library_view.setFocus()

    # -- course and lessons -----------------------------------------------------------------
    def open_course(self, course_id: str, lesson_id: str | None = None) -> bool:
        row = self.library_model.row_of(course_id)
        if row < 0:
            return False
        course = self.library_model.card(row).installed.course
        self.course_page.set_course(course, self.store.course(course_id))
        self.pages.setCurrentWidget(self.course_page)
        self.settings.set("ui.last_course", course_id)
        if lesson_id and course.lesson(lesson_id):
            self.course_page.outline.select_lesson(lesson_id)
        self.course_page.outline.setFocus()
        return True

    def open_lesson(self, lesson_id: str) -> None:
        course = self.course_page.course
        lesson = course.lesson(lesson_id) if course else None
        if course is None or lesson is None:
            return
        self.store.record_opened(course.id, lesson.id)
        self.lesson_pane.show_lesson(course, lesson, self.store.lesson(course.id, lesson.id))
        self.settings.set("ui.last_lesson", lesson_id)
        self.lesson_opened.emit(lesson_id)

    def _continue_from_library(self, course_id: str) -> None:
        if self.open_course(course_id):
            self.continue_course()

    def continue_course(self) -> None:
        """Open the unfinished lesson the learner was in (else the next one) of the selected course;
        a lecture resumes at its saved position."""
        if self.pages.currentWidget() is self.library_view or self.current_course() is None:
            course_id = self.library_view.selected_course_id() or self.settings.get("ui.last_course")
            if not course_id or not self.open_course(course_id):
                return
        course = self.course_page.course
        assert course is not None
        point = continue_point(course, self.store.course(course.id))
        lesson = point[0] if point else course.lessons[0]
        self.course_page.outline.select_lesson(lesson.id)

    def complete_lesson(self, lesson_id: str) -> None:
        course = self.current_course()
        if course is None:
            return
        self.store.mark_complete(course.id, lesson_id)
        self.progress_changed.emit(course.id)

    def _refresh_progress(self, course_id: str) -> None:
        progress = self.store.course(course_id)
        course = self.current_course()
        if course is not None and course.id == course_id:
            self.course_page.update_progress(progress)
        row = self.library_model.row_of(course_id)
        if row >= 0:
            self.library_model.update_progress(course_id, course_fraction(self.library_model.card(row).installed.course, progress))

    # -- search and readings ----------------------------------------------------------------
    def _update_search_index(self) -> None:
        """Index installed courses not indexed yet (off the GUI thread, once the window shows)."""
        from smartcourse_desktop.ui.search_panel import index_in_background

        courses = [self.library_model.card(row).installed.course for row in range(self.library_model.rowCount())]
        index_in_background(courses, self.context.paths, self._search_index_updated)

    def _search_index_updated(self, indexed: list[str]) -> None:
        if indexed and self._search_panel is not None and self._search_panel.field.text():
            self.search_panel.run_search()

    def show_search(self) -> None:
        self.search_panel.open_search()

    def open_search_hit(self, hit: SearchHit) -> None:
        """Open the hit's lesson: a reading scrolled to the hit, a lecture at the cue's time."""
        self.lesson_pane.expect_hit(hit)
        if not self.open_course(hit.course_id, hit.lesson_id):
            self.lesson_pane.requested_start = None
            return
        if self.lesson_pane.lesson is None or self.lesson_pane.lesson.id != hit.lesson_id:
            self.open_lesson(hit.lesson_id)
        self.lesson_pane.reveal_hit(hit)

    def open_reading_link(self, lesson_id: str, anchor: str) -> None:
        self.course_page.outline.select_lesson(lesson_id)
        if anchor and self.lesson_pane.lesson is not None and self.lesson_pane.lesson.id == lesson_id:
            self.lesson_pane.reading.go_to_anchor(anchor)

    def _save_font_scale(self, scale: float) -> None:
        try:
            self.settings.set("reading.font_scale", scale)
        except SettingsError as exc:
            log.info("not saving the reading text size: %s", exc)

    # -- window -----------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = [
            (action.text().replace("&", ""), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for action in self.actions()
            if not action.shortcut().isEmpty()
        ]
        from smartcourse_desktop.ui.player.shortcuts import shortcut_rows
        from smartcourse_desktop.ui.reading_view import reading_shortcut_rows

        return rows + reading_shortcut_rows() + shortcut_rows()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        dialog.open()

    def show_preferences(self) -> None:
        from smartcourse_desktop.ui.i18n import available_languages, translations_dir
        from smartcourse_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, available_languages(translations_dir()), self)
        dialog.applied.connect(self._apply_preferences)
        dialog.open()

    def _apply_preferences(self, keys: list[str]) -> None:
        if self._course_page is None:
            return
        if "reading.font_scale" in keys:
            self.lesson_pane.reading.set_font_scale(self.settings.get("reading.font_scale"))
        if "player.caption_scale" in keys and self.lesson_pane.player is not None:
            self.lesson_pane.player.set_caption_scale(self.settings.get("player.caption_scale"))

    def _show_policy_problem(self) -> None:
        problem = self.context.policy.problem
        if problem:
            self.statusBar().showMessage(self.tr("Machine configuration ignored: %1").replace("%1", problem))

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About %1").replace("%1", APP_NAME), about_text(self),
                          QMessageBox.StandardButton.Ok, self)
        box.setIconPixmap(icon("smartcourse").pixmap(64, 64))
        box.open()

    def _restore_state(self) -> None:
        window_geometry.restore(self, self.settings.get("ui.geometry"))
        course_id = self.settings.get("ui.last_course")
        lesson_id = self.settings.get("ui.last_lesson")
        if course_id and lesson_id and self.open_course(course_id, lesson_id):
            return
        self.show_library()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._course_page is not None:
            self.lesson_pane.reading.flush_position()
            self.lesson_pane.player.shutdown()
        self.settings.set("ui.geometry", bytes(self.saveGeometry().toBase64()).decode())
        super().closeEvent(event)
