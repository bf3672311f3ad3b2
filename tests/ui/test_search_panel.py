"""Searching the courses with Ctrl+K and opening what was found."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartcourse_desktop.reading.search_index import MARK_START, HitKind
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.search_panel import HIT_ROLE, HTML_ROLE
from tests.reading_course import COURSE_ID, make_course
from tests.ui.test_main_window import activate


@pytest.fixture
def window(qtbot, context, store, paths):
    make_course(paths.user_library / COURSE_ID)
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.resize(1200, 750)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: COURSE_ID in window.search.index.indexed_versions(), timeout=10000)
    return window


def search_for(qtbot, window: MainWindow, text: str) -> None:
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.search.panel
    assert panel.isVisible() and QApplication.focusWidget() is panel.field
    qtbot.keyClicks(panel.field, text)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)


def test_courses_are_indexed_in_the_background_after_start(window):
    assert COURSE_ID in window.search.index.indexed_versions()


def test_results_update_as_you_type_with_highlighted_snippets(qtbot, window):
    search_for(qtbot, window, "lightho")
    panel = window.search.panel
    assert panel.status.text() == "1 result"
    index = panel.model.index(0)
    assert "Budgets and people" in index.data() and "lighthouse" in index.data()
    assert "background-color" in index.data(HTML_ROLE) and ">lighthouse</span>" in index.data(HTML_ROLE)
    qtbot.keyClicks(panel.field, "zzz")
    qtbot.waitUntil(lambda: panel.status.text() == "No results")


def test_reading_hit_opens_the_reading_at_the_hit(qtbot, window):
    search_for(qtbot, window, "lighthouse")
    qtbot.keyClick(window.search.panel.field, Qt.Key.Key_Return)
    assert window.courses.lesson_pane.lesson.id == "r1"
    browser = window.courses.lesson_pane.reading.browser
    assert browser.textCursor().selectedText() == "lighthouse"
    bar = browser.verticalScrollBar()
    assert bar.value() > bar.maximum() * 0.8


def test_caption_hit_starts_the_lecture_at_the_cue(qtbot, window):
    search_for(qtbot, window, "cafe")
    panel = window.search.panel
    hit = panel.model.index(0).data(HIT_ROLE)
    assert (hit.lesson_id, hit.kind, hit.start) == ("l1", HitKind.CAPTION, 65.5)
    assert "at 1:05" in panel.model.index(0).data()
    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    pane = window.courses.lesson_pane
    assert pane.lesson.id == "l1"
    assert pane.requested_start is None and pane.player.session.position == pytest.approx(65.5)


def test_down_arrow_moves_to_results_and_escape_closes(qtbot, window):
    search_for(qtbot, window, "zoning")
    panel = window.search.panel
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results
    assert MARK_START not in panel.model.index(0).data()
    panel.field.setFocus()
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_search_opens_as_a_tab_beside_the_shown_notes(qtbot, window):
    window.courses.open_course(COURSE_ID)
    window.progress.notes_action.trigger()
    assert window.progress.dock.isVisible()
    search_for(qtbot, window, "street")
    assert window.tabifiedDockWidgets(window.search.panel) == [window.progress.dock]


def test_with_several_courses_each_result_names_its_course(qtbot, context, store, paths, tmp_path):
    from tests.reading.test_search_index import other_course

    make_course(paths.user_library / COURSE_ID)
    other_course(paths.user_library.parent / "elsewhere")  # written elsewhere, then moved in whole
    (paths.user_library.parent / "elsewhere" / "org.example.other").rename(paths.user_library / "org.example.other")
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.resize(1200, 750)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: {COURSE_ID, "org.example.other"} <= set(window.search.index.indexed_versions()),
                    timeout=10000)
    search_for(qtbot, window, "privacy")
    model = window.search.panel.model
    rows = [(model.index(r).data(HIT_ROLE), model.index(r).data()) for r in range(model.rowCount())]
    ours = [(hit.course_id, text) for hit, text in rows if hit.lesson_id == "r2"]
    assert {course for course, _text in ours} == {COURSE_ID, "org.example.other"} and len(ours) == 2
    assert any("· Reading demo:" in text for _c, text in ours) and any("· Other demo:" in text for _c, text in ours)
    kinds = [hit.kind for hit, _text in rows]
    assert kinds == sorted(kinds, key=lambda kind: kind != HitKind.TITLE)
