"""The main window: a shell that builds the pages, menus and docks, and wires the controllers
that hold the features. The course page and the search panel are built on first use, so that
the library shows about as fast as a bare window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from smartcourse_desktop import APP_NAME
from smartcourse_desktop.context import Context
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.ui import window_geometry
from smartcourse_desktop.ui.course_controller import CourseController
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.icons import icon
from smartcourse_desktop.ui.import_flow import ImportFlow, package_paths
from smartcourse_desktop.ui.library_controller import LibraryController
from smartcourse_desktop.ui.menu_builder import MenuBuilder
from smartcourse_desktop.ui.navigator import Navigator
from smartcourse_desktop.ui.notices import watch_settings
from smartcourse_desktop.ui.pane_cycle import Pane, PaneCycle
from smartcourse_desktop.ui.panel_collapse import PanelCollapse
from smartcourse_desktop.ui.policy_banner import PolicyBanner
from smartcourse_desktop.ui.progress_menu import DOCK_WIDTH, ProgressFeatures
from smartcourse_desktop.ui.search_controller import SearchController
from smartcourse_desktop.ui.takeaway_features import TakeawayFeatures


class MainWindow(QMainWindow):
    def __init__(self, context: Context, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store, self.settings = context, store, context.settings
        watch_settings(self, self.settings)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("smartcourse"))
        self.setAcceptDrops(True)
        self.navigator = Navigator(self)
        self.import_flow = ImportFlow(context, self)
        self.library = LibraryController(context, store, self.navigator, self.import_flow, self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library.view)
        self.setCentralWidget(self.pages)
        self.progress = ProgressFeatures(store, self.navigator, context, self)
        self.statusBar().addPermanentWidget(self.progress.sharing_label)
        self.courses = CourseController(context, store, self.navigator, self.library.model, self.pages,
                                        self.library.view, [(self.progress.notes_action, self.tr("Notes"))])
        self.panels = PanelCollapse(self, self.progress.notes_action, self.progress.set_notes_collapsed)
        self.courses.page_built.connect(self.panels.attach_page)
        self.search = SearchController(context, self)
        self.takeaway = TakeawayFeatures(store, self.navigator, self.courses, context.paths.database, self)
        self.pane_cycle = PaneCycle(self._panes)
        self._build_menus()
        self._place_progress()
        self._connect()
        self.library.refresh()
        self._restore_state()
        self.policy_banner = PolicyBanner(context, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.policy_banner)

    def _build_menus(self) -> None:
        menus = MenuBuilder(self)
        menus.start(self.tr("&File"))
        self.import_action = menus.add(self.tr("&Import course…"), self.import_flow.choose_file,
                                       QKeySequence.StandardKey.Open)
        self.import_action.setEnabled(self.context.policy.allow_import)
        self.remove_action = menus.add(self.tr("&Remove course…"), self.library.remove_target_course)
        menus.separator()
        menus.add(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.edit_menu = menus.start(self.tr("&Edit"))
        self.preferences_action = menus.add(self.tr("&Preferences…"), self.show_preferences, "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menus.start(self.tr("&View"))
        menus.add(self.tr("&Library"), self.courses.show_library, "Ctrl+L")
        menus.add(self.tr("&Continue where I left off"), self.courses.continue_course, "Ctrl+Return")
        menus.add(self.tr("&Search the courses…"), self.search.show, "Ctrl+K")
        menus.separator()
        menus.add(self.tr("&Full screen"), self.toggle_full_screen, "F11")
        menus.add(self.tr("&Next pane"), self.pane_cycle.next, "F6")
        menus.add(self.tr("P&revious pane"), self.pane_cycle.previous, "Shift+F6")
        self.help_menu = menus.start(self.tr("&Help"))
        menus.add(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        menus.add(self.tr("&About %1").replace("%1", APP_NAME), self.show_about)

    def _place_progress(self) -> None:
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.takeaway.menu)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.progress.menu)
        self.addActions(self.progress.actions)
        self.progress.dock_created.connect(self._place_notes)

    def _place_notes(self, dock: QDockWidget) -> None:
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
        self.import_flow.imported.connect(self.library.course_imported)
        self.import_flow.imported.connect(self.courses.course_imported)
        self.import_flow.removed.connect(lambda _course_id: self.library.refresh())
        self.import_flow.removed.connect(self.courses.course_removed)
        self.library.open_course_gone.connect(self.courses.course_removed)
        for source in (self.import_flow, self.courses, self.library):
            source.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.statusBar().messageChanged.connect(self._announce_status)

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

    def _restore_state(self) -> None:
        window_geometry.restore(self, self.settings.get("ui.geometry"))
        self.courses.restore()

    def show_shortcuts(self) -> None:
        from smartcourse_desktop.ui.help_dialogs import ShortcutsDialog, shortcut_rows

        show_dialog(ShortcutsDialog(shortcut_rows(self.actions()), self))

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
        self.courses.shutdown()
        geometry = bytes(self.saveGeometry().toBase64())  # type: ignore[call-overload]
        self.settings.set("ui.geometry", geometry.decode())
        super().closeEvent(event)
