"""Search across the courses: the index (updated off the GUI thread) and its dock panel, both
made on first use. Emits `hit_activated(SearchHit)` when the learner opens a result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.model import Course

if TYPE_CHECKING:
    from smartcourse_desktop.reading.search_index import SearchIndex
    from smartcourse_desktop.ui.search_panel import SearchPanel


class SearchController(QObject):
    hit_activated = Signal(object)
    INDEX_DELAY_MS = 1500  # at start-up, let the window settle before indexing

    def __init__(self, context: Context, window: QMainWindow) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self._index: SearchIndex | None = None
        self._panel: SearchPanel | None = None
        self._titles: dict[str, str] = {}

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            from smartcourse_desktop.reading.search_index import SearchIndex, index_path

            self._index = SearchIndex.open(index_path(self.context.paths))
        return self._index

    @property
    def panel(self) -> SearchPanel:
        if self._panel is None:
            from smartcourse_desktop.ui.search_panel import SearchPanel

            self._panel = SearchPanel(self.index.search, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._panel)
            self._panel.hide()
            self._panel.hit_activated.connect(self.hit_activated)
            self._panel.model.course_titles = self._titles
        return self._panel

    def show(self) -> None:
        self._share_area()
        self.panel.open_search()

    def _share_area(self) -> None:
        """Open as a tab beside another panel in the same dock area, rather than squeezed under it."""
        panel, window = self.panel, self.window
        if panel.isVisible() or window.tabifiedDockWidgets(panel):
            return
        area = window.dockWidgetArea(panel)
        other = next((d for d in window.findChildren(QDockWidget)
                      if d is not panel and d.isVisible() and window.dockWidgetArea(d) == area), None)
        if other is not None:
            window.tabifyDockWidget(other, panel)

    def courses_changed(self, courses: list[Course], later: bool = False) -> None:
        """Index the courses not indexed yet: at once, or `later` at start-up, when the window settles."""
        self._titles = {course.id: course.title for course in courses}
        if self._panel is not None:
            self._panel.model.course_titles = self._titles
        QTimer.singleShot(self.INDEX_DELAY_MS if later else 0, self, lambda: self._update(courses))

    def _update(self, courses: list[Course]) -> None:
        from smartcourse_desktop.ui.search_panel import index_in_background

        index_in_background(courses, self.context.paths, self._updated)

    def _updated(self, indexed: list[str]) -> None:
        if indexed and self._panel is not None and self._panel.field.text():
            self.panel.run_search()
