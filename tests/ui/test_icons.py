"""The lesson-kind and done icons stay visible on a selected row (WCAG 1.4.11, non-text contrast
of 3:1 against the selection's highlight; walkthrough, issue #16)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView

from smartcourse_desktop.ui.contrast import NON_TEXT_MINIMUM, contrast_ratio
from tests.ui.test_completion_flow import open_course
from tests.ui.test_main_window import BUNDLED_ID

MIN_PIXELS = 12  # enough of the icon's shape to be seen, not a stray antialiased pixel


def icon_contrast(view: QAbstractItemView, index: QModelIndex) -> tuple[int, float]:
    """On the selected row: how many pixels where the icon sits reach 3:1 against the highlight,
    and the highlight's own contrast with the base (to show the row really is highlighted)."""
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    highlight = Counter(c.rgb() for c in pixels).most_common(1)[0][0]
    highlight_rgb = ((highlight >> 16) & 255, (highlight >> 8) & 255, highlight & 255)
    icon_width = view.iconSize().width() if view.iconSize().isValid() else 16
    area = [image.pixelColor(x, y) for x in range(min(image.width(), icon_width + 8)) for y in range(image.height())]
    visible = sum(1 for c in area if contrast_ratio(c, highlight_rgb) >= NON_TEXT_MINIMUM)
    return visible, contrast_ratio(highlight_rgb, view.palette().base().color())


def test_the_kind_icon_shows_on_the_selected_row_of_the_outline(qtbot, context, store):
    window, course = open_course(qtbot, context, store)
    outline = window.courses.page.outline
    outline.select_lesson(course.lessons[0].id)
    visible, highlighted = icon_contrast(outline, outline.currentIndex())
    assert highlighted >= NON_TEXT_MINIMUM
    assert visible >= MIN_PIXELS


def test_the_kind_icon_shows_on_the_selected_row_of_the_module_overview(qtbot, context, store):
    window, course = open_course(qtbot, context, store)
    window.navigator.request_module(BUNDLED_ID, course.modules[0].id)
    overview = window.courses.lesson_pane.overview
    qtbot.waitUntil(overview.isVisible)
    lessons = overview.lessons
    lessons.setCurrentItem(lessons.topLevelItem(0))
    visible, highlighted = icon_contrast(lessons, lessons.currentIndex())
    assert highlighted >= NON_TEXT_MINIMUM
    assert visible >= MIN_PIXELS
