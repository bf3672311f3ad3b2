"""The main window: a shell that builds the pages, menus and docks, and wires the controllers
that hold the features.

It is built in two steps, so that the window is on screen as early as it can be. The constructor
builds what the first frame shows: the library, the menu bar, the status bar and the policy banner.
`complete()`, which `ui/application.py` calls once the window is exposed, builds the controllers of
the course page, progress, search and take-away, fills the Edit, View, Course and Progress menus
(empty until then) and reopens the last lesson. Until then the body is a blank page if a lesson is
to be reopened, so that a returning learner does not see the library flash past."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from smartcourse_desktop import APP_NAME
from smartcourse_desktop.context import Context
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.ui import window_geometry
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.icons import icon
from smartcourse_desktop.ui.import_flow import ImportFlow, package_paths
from smartcourse_desktop.ui.last_session import last_lesson
from smartcourse_desktop.ui.library_controller import LibraryController
from smartcourse_desktop.ui.menu_builder import MenuBuilder
from smartcourse_desktop.ui.navigator import Navigator
from smartcourse_desktop.ui.notices import watch_settings
from smartcourse_desktop.ui.policy_banner import PolicyBanner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent  # QEvent's types: built when one comes

    from smartcourse_desktop.ui.course_controller import CourseController
    from smartcourse_desktop.ui.pane_cycle import Pane, PaneCycle
    from smartcourse_desktop.ui.panel_collapse import PanelCollapse
    from smartcourse_desktop.ui.progress_menu import ProgressFeatures
    from smartcourse_desktop.ui.search_controller import SearchController
    from smartcourse_desktop.ui.takeaway_features import TakeawayFeatures


class MainWindow(QMainWindow):
    courses: CourseController
    progress: ProgressFeatures
    panels: PanelCollapse
    search: SearchController
    takeaway: TakeawayFeatures
    pane_cycle: PaneCycle

    def __init__(self, context: Context, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store, self.settings = context, store, context.settings
        self.completed = False
        watch_settings(self, self.settings)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("smartcourse"))
        self.setAcceptDrops(True)
        self.navigator = Navigator(self)
        self.import_flow = ImportFlow(context, self)
        self.library = LibraryController(context, store, self.navigator, self.import_flow, self)
        self._held: tuple[bool, str] | None = None  # a card opened before complete(): (continue?, course id)
        self.library.view.course_activated.connect(lambda course_id: self._hold(False, course_id))
        self.library.view.continue_requested.connect(lambda course_id: self._hold(True, course_id))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library.view)
        self._blank: QWidget | None = None
        if last_lesson(self.settings) is not None:
            self._blank = QWidget()
            self.pages.setCurrentIndex(self.pages.addWidget(self._blank))
        self.setCentralWidget(self.pages)
        self._build_menus()
        for source in (self.import_flow, self.library):
            source.message.connect(self._show_message)
        self.statusBar().messageChanged.connect(self._announce_status)
        self.import_flow.imported.connect(self.library.course_imported)
        self.import_flow.removed.connect(lambda _course_id: self.library.refresh())
        self.library.refresh()
        window_geometry.restore(self, self.settings.get("ui.geometry"))
        self.policy_banner = PolicyBanner(context, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.policy_banner)

    def complete(self) -> None:
        """Build the features and reopen the last lesson; once."""
        if self.completed:
            return
        from smartcourse_desktop.ui.course_controller import CourseController
        from smartcourse_desktop.ui.pane_cycle import PaneCycle
        from smartcourse_desktop.ui.panel_collapse import PanelCollapse
        from smartcourse_desktop.ui.progress_menu import ProgressFeatures
        from smartcourse_desktop.ui.search_controller import SearchController
        from smartcourse_desktop.ui.takeaway_features import TakeawayFeatures

        context, store = self.context, self.store
        self.progress = ProgressFeatures(store, self.navigator, context, self.progress_menu, self)
        self.statusBar().addPermanentWidget(self.progress.sharing_label)
        self.courses = CourseController(context, store, self.navigator, self.library.model, self.pages,
                                        self.library.view, [(self.progress.notes_action, self.tr("Notes"))])
        self.panels = PanelCollapse(self, self.progress.notes_action, self.progress.set_notes_collapsed)
        self.courses.page_built.connect(self.panels.attach_page)
        self.search = SearchController(context, self)
        self.takeaway = TakeawayFeatures(store, self.navigator, self.courses, context.paths.database,
                                         self.course_menu, self)
        self.pane_cycle = PaneCycle(self._panes)
        self._fill_menus()
        self.addActions(self.progress.actions)
        self.progress.dock_created.connect(self._place_notes)
        self._connect()
        self.remove_action.setEnabled(True)
        self.completed = True
        try:
            self.search.courses_changed(self.library.courses(), later=True)
            self.courses.restore()
            held, self._held = self._held, None
            if held is not None:
                resume, course_id = held
                (self.courses.continue_from_library if resume else self.courses.open_course)(course_id)
        finally:
            self._drop_blank()

    def _hold(self, resume: bool, course_id: str) -> None:
        """The course page is built by `complete`: a card opened on the first frame opens then."""
        if not self.completed:
            self._held = (resume, course_id)

    def _drop_blank(self) -> None:
        if self._blank is not None:
            self.pages.removeWidget(self._blank)
            self._blank.deleteLater()
            self._blank = None

    def _build_menus(self) -> None:
        """File and Help work from the first frame; `complete` fills the others."""
        menus = MenuBuilder(self)
        self.file_menu = menus.start(self.tr("&File"))
        self.import_action = menus.add(self.tr("&Import course…"), self.import_flow.choose_file,
                                       QKeySequence.StandardKey.Open)
        self.import_action.setEnabled(self.context.policy.allow_import)
        self.remove_action = menus.add(self.tr("&Remove course…"), self.library.remove_target_course)
        self.remove_action.setEnabled(False)  # until `complete`: the blank page hides which course it is
        menus.separator()
        menus.add(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.edit_menu = menus.start(self.tr("&Edit"))
        self.view_menu = menus.start(self.tr("&View"))
        self.course_menu = menus.start(self.tr("&Course"))
        self.progress_menu = menus.start(self.tr("&Progress"))
        self.help_menu = menus.start(self.tr("&Help"))
        menus.add(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        menus.add(self.tr("&About %1").replace("%1", APP_NAME), self.show_about)

    def _fill_menus(self) -> None:
        menus = MenuBuilder(self)
        menus.resume(self.edit_menu)
        self.preferences_action = menus.add(self.tr("&Preferences…"), self.show_preferences, "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menus.resume(self.view_menu)
        menus.add(self.tr("&Library"), self.courses.show_library, "Ctrl+L")
        menus.add(self.tr("&Continue where I left off"), self.courses.continue_course, "Ctrl+Return")
        menus.add(self.tr("&Search the courses…"), self.search.show, "Ctrl+K")
        menus.separator()
        menus.add(self.tr("&Full screen"), self.toggle_full_screen, "F11")
        menus.add(self.tr("&Next pane"), self.pane_cycle.next, "F6")
        menus.add(self.tr("P&revious pane"), self.pane_cycle.previous, "Shift+F6")

    def _place_notes(self, dock: QDockWidget) -> None:
        from smartcourse_desktop.ui.progress_menu import DOCK_WIDTH

        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.panels.attach_notes(dock)

    def _connect(self) -> None:
        view = self.library.view
        view.course_activated.connect(self.courses.open_course)
        view.continue_requested.connect(self.courses.continue_from_library)
        self.library.refreshed.connect(self.search.courses_changed)
        self.search.hit_activated.connect(self.courses.open_search_hit)
        self.progress.study_time_added.connect(self.courses.study_time_added)
        self.progress.lecture_moment = self.courses.lecture_moment
        self.import_flow.imported.connect(self.courses.course_imported)
        self.import_flow.removed.connect(self.courses.course_removed)
        self.library.open_course_gone.connect(self.courses.course_removed)
        self.courses.message.connect(self._show_message)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _panes(self) -> list[Pane]:
        """F6 moves through these: the page's own panes, then the open docks (notes, search)."""
        view = self.library.view
        page: list[Pane] = self.courses.panes() or [(view.cards, None), (view.details, None)]
        return page + [(dock, None) for dock in self.findChildren(QDockWidget)]

    def _announce_status(self, text: str) -> None:
        """Status messages are spoken by screen readers too (WCAG 4.1.3). QAccessible's enums are
        many: they are loaded with the first message, not at start-up (tests/ui/test_startup.py)."""
        from smartcourse_desktop.ui.accessible import announce

        announce(self.statusBar(), text)

    def show_shortcuts(self) -> None:
        from smartcourse_desktop.ui.help_dialogs import ShortcutsDialog, shortcut_rows

        show_dialog(ShortcutsDialog(shortcut_rows(self._actions_in_menu_order()), self))

    def _actions_in_menu_order(self) -> list[QAction]:
        """The window's actions as the menus list them (they are added in two steps), then the rest."""
        menus = (self.file_menu, self.edit_menu, self.view_menu, self.course_menu, self.progress_menu, self.help_menu)
        in_menus = [action for menu in menus for action in menu.actions()]
        return in_menus + [action for action in self.actions() if action not in in_menus]

    def show_preferences(self) -> None:
        from smartcourse_desktop.records.lrs import learner_may_set_endpoint
        from smartcourse_desktop.ui.help_dialogs import show_preferences

        show_preferences(self.settings, self, self._preferences_applied, learner_may_set_endpoint(self.context.policy))

    def _preferences_applied(self, keys: list[str]) -> None:
        self.courses.apply_preferences(keys)
        self.progress.apply_preferences(keys)

    def show_about(self) -> None:
        from smartcourse_desktop.ui.help_dialogs import show_about

        show_about(self, self.context.root_problems)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if package_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = package_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_flow.import_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.completed:
            self.courses.shutdown()
        geometry = bytes(self.saveGeometry().toBase64())  # type: ignore[call-overload]
        self.settings.set("ui.geometry", geometry.decode())
        super().closeEvent(event)
