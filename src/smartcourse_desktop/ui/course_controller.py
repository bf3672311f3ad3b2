"""Opening courses and lessons: the course page (built on first use), the library page beside it,
continue, completion, search hits and reading links. It keeps the navigator up to date."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from smartcourse_desktop.context import Context
from smartcourse_desktop.records.progress import continue_point, reading_plausible, reading_time_needed
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import SettingsError
from smartcourse_desktop.ui.last_session import last_lesson
from smartcourse_desktop.ui.library_model import LibraryModel
from smartcourse_desktop.ui.messages import warn
from smartcourse_desktop.ui.navigator import Navigator
from smartcourse_desktop.ui.pane_cycle import Pane
from smartcourse_desktop.ui.tab_order import tab_along
from smartcourse_desktop.ui.text import duration_text

if TYPE_CHECKING:
    from smartcourse_desktop.courses.model import Course
    from smartcourse_desktop.reading.search_index import SearchHit
    from smartcourse_desktop.ui.course_page import CoursePage
    from smartcourse_desktop.ui.lesson_pane import LessonPane

log = logging.getLogger(__name__)


class CourseController(QObject):
    """Emits `message(text)`: a one-line notice for the status bar (a completion waiting for the database),
    and `page_built(page)` when the course page is built."""

    message = Signal(str)
    page_built = Signal(object)  # CoursePage, once, when it is first needed

    def __init__(self, context: Context, store: Store, navigator: Navigator, library: LibraryModel,
                 pages: QStackedWidget, library_page: QWidget, bar_actions: list[tuple[QAction, str]]) -> None:
        super().__init__(pages)
        self.context, self.store, self.navigator = context, store, navigator
        self.settings = context.settings
        self.library, self.pages, self.library_page = library, pages, library_page
        self._bar_actions = bar_actions
        self._page: CoursePage | None = None
        pages.currentChanged.connect(lambda _index: navigator.set_on_course_page(self.on_course_page()))
        navigator.lesson_requested.connect(self.go_to)
        navigator.module_requested.connect(self.go_to_module)
        navigator.progress_changed.connect(self._refresh_progress)
        navigator.records_replaced.connect(self._reload)

    # -- the course page, built on first use --------------------------------------------------
    @property
    def page(self) -> CoursePage:
        if self._page is None:
            self._page = self._build_page()
            self.page_built.emit(self._page)
        return self._page

    @property
    def lesson_pane(self) -> LessonPane:
        return self.page.lesson_pane

    def _build_page(self) -> CoursePage:
        from smartcourse_desktop.reading.cache import cache_dir
        from smartcourse_desktop.ui.completions import Completions
        from smartcourse_desktop.ui.course_page import CoursePage
        from smartcourse_desktop.ui.lesson_pane import LessonPane
        from smartcourse_desktop.ui.module_overview import ModuleOverview
        from smartcourse_desktop.ui.player.player_widget import PlayerWidget

        player = PlayerWidget(self.store, self.settings)
        overview = ModuleOverview(self.store)
        pane = LessonPane(player=player, overview=overview)
        page = CoursePage(pane)
        for action, text in self._bar_actions:
            page.add_bar_action(action, text)
        self.pages.addWidget(page)
        page.set_outline_width(self.settings.get("ui.outline_width"))
        page.outline_resized.connect(self._remember_outline_width)
        page.back_requested.connect(self.show_library)
        page.continue_requested.connect(self.continue_course)
        page.outline.lesson_activated.connect(self.open_lesson)
        page.outline.entered.connect(pane.focus_content)
        self.completions = Completions(self.store, pane, self.pages)
        self.completions.saved.connect(self.navigator.progress_changed)
        self.completions.message.connect(self.message)
        pane.completed.connect(self.complete_lesson)
        pane.done_by_hand.connect(lambda lesson_id: self.complete_lesson(lesson_id, by_hand=True))
        pane.end_reached.connect(self._reading_end_reached)
        pane.undo_requested.connect(self.undo_lesson)
        page.outline.undo_requested.connect(self.undo_lesson)
        page.outline.done_requested.connect(lambda lesson_id: self.complete_lesson(lesson_id, by_hand=True))
        player.next_requested.connect(page.outline.select_lesson)
        reading = pane.reading
        reading.set_font_scale(self.settings.get("reading.font_scale"))
        reading.render_cache = cache_dir(self.context.paths)
        reading.position_changed.connect(self.store.save_position)
        reading.lesson_link_activated.connect(self.open_reading_link)
        reading.font_scale_changed.connect(self._save_font_scale)
        pane.pdf.position_changed.connect(self.store.save_position)
        page.outline.module_activated.connect(self.open_module)
        overview.lesson_activated.connect(page.outline.select_lesson)
        overview.note_activated.connect(self._open_note)
        overview.failed.connect(lambda text: warn(self.pages, self.tr("Answer not saved"), text))
        return page

    def _remember_outline_width(self, width: int) -> None:
        if not self.settings.is_locked("ui.outline_width"):
            self.settings.set("ui.outline_width", width)

    def on_course_page(self) -> bool:
        return self._page is not None and self.pages.currentWidget() is self._page

    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library_page)
        self.library_page.setFocus()

    def panes(self) -> list[Pane]:
        """The course page's panes for F6, left to right: the outline, the lesson, a lecture's transcript."""
        if not self.on_course_page():
            return []
        pane = self.lesson_pane
        panes: list[Pane] = [(self.page.outline, None), (pane, pane.focus_content)]
        if pane.player is not None and pane.stack.currentWidget() is pane.player:
            panes.append((pane.player.side, None))
        return panes

    # -- courses and lessons ------------------------------------------------------------------
    def open_course(self, course_id: str, lesson_id: str | None = None) -> bool:
        row = self.library.row_of(course_id)
        if row < 0:
            return False
        course = self.library.card(row).installed.course
        self.page.set_course(course, self.store.course(course_id))
        tab_along(self.page.bar)
        self.navigator.set_course(course)
        if self.store.recorder is not None:
            self.store.recorder.course_launched(course.id, course.title)
        self.pages.setCurrentWidget(self.page)
        if not (lesson_id and course.lesson(lesson_id)):
            self._show_start(course)
        self.settings.set("ui.last_course", course_id)
        self.page.outline.setFocus()
        if lesson_id and course.lesson(lesson_id):
            self.page.outline.select_lesson(lesson_id)
            self.lesson_pane.focus_content()
        return True

    def _show_start(self, course: Course) -> None:
        """A course opened without a lesson shows the overview of the module the learner is in."""
        point = continue_point(course, self.store.course(course.id))
        module = course.module_of(point[0].id) if point else None
        self.page.outline.select_module((module or course.modules[0]).id)

    def open_module(self, module_id: str) -> None:
        course = self.page.course
        module = next((m for m in course.modules if m.id == module_id), None) if course else None
        if course is None or module is None:
            return
        self.lesson_pane.show_module(course, module, self.store.course(course.id))
        self.navigator.set_module(module)

    def _open_note(self, lesson_id: str, position: float) -> None:
        course = self.navigator.course
        if course is not None:
            self.navigator.request_lesson(course.id, lesson_id, position if position >= 0 else None)

    def open_lesson(self, lesson_id: str) -> None:
        course = self.page.course
        lesson = course.lesson(lesson_id) if course else None
        if course is None or lesson is None:
            return
        self.store.record_opened(course.id, lesson.id)
        if self.store.recorder is not None:
            self.store.recorder.lesson_launched(course.id, lesson)
        self.lesson_pane.show_lesson(course, lesson, self.store.lesson(course.id, lesson.id))
        self.settings.set("ui.last_lesson", lesson_id)
        self.navigator.set_lesson(lesson)
        from smartcourse_desktop.ui.player.shortcuts import is_text_input  # the player's, not for the library

        if not self.page.outline.browsing and not is_text_input(QApplication.focusWidget()):
            self.lesson_pane.focus_content()  # not while the learner moves through the outline, or types a note

    def go_to(self, course_id: str, lesson_id: str, start: float | None = None) -> None:
        """Open a lesson, opening its course first if needed; a lecture plays from `start` (if given)."""
        course = self.navigator.course
        if (course is None or course.id != course_id or not self.on_course_page()) and not self.open_course(course_id):
            return
        course = self.page.course
        lesson = course.lesson(lesson_id) if course else None
        if lesson is None:
            return
        pane = self.lesson_pane
        showing = pane.lesson is not None and pane.lesson.id == lesson_id
        if start is not None and lesson.is_lecture:
            if showing:
                if pane.player is not None:
                    pane.player.seek(start)
                return
            pane.requested_start = start  # the lecture starts there when it opens
        if not showing:
            self.page.outline.select_lesson(lesson_id)

    def go_to_module(self, course_id: str, module_id: str) -> None:
        """Show a module's overview, opening its course first if needed."""
        course = self.navigator.course
        if (course is None or course.id != course_id or not self.on_course_page()) and not self.open_course(course_id):
            return
        self.page.outline.select_module(module_id)

    def continue_from_library(self, course_id: str) -> None:
        if self.open_course(course_id):
            self.continue_course()

    def continue_course(self) -> None:
        """Open the unfinished lesson the learner was in (else the next one) of the selected course;
        a lecture resumes at its saved position."""
        if not self.on_course_page() or self.navigator.course is None:
            selected = self.navigator.selected
            course_id = selected.id if selected is not None else self.settings.get("ui.last_course")
            if not course_id or not self.open_course(course_id):
                return
        course = self.page.course
        assert course is not None
        point = continue_point(course, self.store.course(course.id))
        lesson = point[0] if point else course.lessons[0]
        if point is None and lesson.is_lecture:  # finished: "Review" starts from the top; nothing is reset
            self.lesson_pane.requested_start = 0.0
        self.page.outline.select_lesson(lesson.id)
        self.lesson_pane.focus_content()  # also when that lesson was open already

    def complete_lesson(self, lesson_id: str, by_hand: bool = False) -> None:
        course = self.navigator.course
        if course is not None:
            self.completions.complete(course, lesson_id, by_hand)

    def undo_lesson(self, lesson_id: str) -> None:
        course = self.navigator.course
        if course is not None:
            self.completions.undo(course, lesson_id)

    def _reading_end_reached(self, lesson_id: str) -> None:
        """The end of the open reading is in view: it is read if a plausible time was spent on it."""
        course = self.navigator.course
        lesson = course.lesson(lesson_id) if course else None
        if lesson is not None and not self._complete_if_plausible(lesson_id):
            self.message.emit(self.tr("“%1” counts as read once you have spent about %2 on it.")
                              .replace("%1", lesson.title).replace("%2", duration_text(reading_time_needed(lesson))))

    def lecture_moment(self, lesson_id: str) -> float | None:
        """Where the lecture `lesson_id` is in the player, if it is open there (for a note's moment)."""
        player = self.lesson_pane.player if self._page is not None else None
        return player.moment(lesson_id) if player is not None else None

    def study_time_added(self, course_id: str, lesson_id: str) -> None:
        """Study time was credited to a reading: read now if its end is in view and the time is plausible."""
        course = self.navigator.course
        if self._page is not None and course is not None and course.id == course_id \
                and self.lesson_pane.at_end(lesson_id):
            self._complete_if_plausible(lesson_id)

    def _complete_if_plausible(self, lesson_id: str) -> bool:
        course = self.navigator.course
        lesson = course.lesson(lesson_id) if course else None
        if course is None or lesson is None or not reading_plausible(lesson, self.store.lesson(course.id, lesson_id)):
            return False
        self.lesson_pane.complete_reading(lesson_id)
        return True

    def _refresh_progress(self, course_id: str) -> None:
        course = self.navigator.course
        if course is not None and course.id == course_id:
            progress = self.store.course(course_id)
            self.page.update_progress(progress)
            self.lesson_pane.update_module_progress(progress)

    def _reload(self) -> None:
        course = self.navigator.course
        if course is not None:
            self.page.set_course(course, self.store.course(course.id))
            self.navigator.set_course(course)
            self._show_start(course)

    def course_imported(self, course_id: str) -> None:
        course = self.navigator.course
        if course is not None and course.id == course_id:
            self.open_course(course_id)

    def course_removed(self, course_id: str) -> None:
        course = self.navigator.course
        if course is not None and course.id == course_id:
            self.lesson_pane.show_nothing()
            self.page.course = None
            self.navigator.set_course(None)
        self.show_library()

    def restore(self) -> None:
        """Reopen the lesson of the last session, else show the library."""
        last = last_lesson(self.settings)
        if last is None or not self.open_course(*last):
            self.show_library()

    # -- inside the open lesson ---------------------------------------------------------------
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
        self.page.outline.select_lesson(lesson_id)
        if anchor and self.lesson_pane.lesson is not None and self.lesson_pane.lesson.id == lesson_id:
            self.lesson_pane.reading.go_to_anchor(anchor)

    def _save_font_scale(self, scale: float) -> None:
        try:
            self.settings.set("reading.font_scale", scale)
        except SettingsError as exc:
            log.info("not saving the reading text size: %s", exc)

    def apply_preferences(self, keys: list[str]) -> None:
        if self._page is None:
            return
        if "reading.font_scale" in keys:
            self.lesson_pane.reading.set_font_scale(self.settings.get("reading.font_scale"))
        if "player.caption_scale" in keys and self.lesson_pane.player is not None:
            self.lesson_pane.player.set_caption_scale(self.settings.get("player.caption_scale"))
        if "ui.single_key_shortcuts" in keys and self.lesson_pane.player is not None:
            self.lesson_pane.player.apply_shortcut_setting()

    def shutdown(self) -> None:
        """Before the window closes: keep the reading position and stop the player."""
        if self._page is not None:
            self.lesson_pane.reading.flush_position()
            if self.lesson_pane.player is not None:
                self.lesson_pane.player.shutdown()
