"""The course page's polish: outline titles elide at a useful width with the whole title in a
tooltip, the learner's outline width is remembered, and the progress chip's fill never lies under
its digits."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from smartcourse_desktop.records.progress import course_fraction
from smartcourse_desktop.ui.contrast import TEXT_MINIMUM, contrast_ratio
from smartcourse_desktop.ui.course_outline import TITLE_MIN_CHARS
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.text import plain_tooltip

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"


def course_window(qtbot, context, store, width: int = 1300) -> MainWindow:
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.resize(width, 720)
    window.show()
    qtbot.waitExposed(window)
    window.courses.open_course(BUNDLED_ID)
    return window


def test_long_outline_titles_elide_at_a_useful_width_with_the_whole_title_in_the_tooltip(qtbot, context, store):
    window = course_window(qtbot, context, store)
    outline = window.courses.page.outline
    course = window.courses.page.course
    em = outline.fontMetrics().averageCharWidth()
    for width in (1300, 1100, 950):
        window.resize(width, 720)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        if outline.isVisible():
            assert outline.header().sectionSize(0) >= TITLE_MIN_CHARS * em
    longest = max(course.lessons, key=lambda lesson: len(lesson.title))
    index = outline._lesson_items[longest.id][0].index()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == plain_tooltip(longest.title)
    module = course.modules[0]
    assert html.escape(module.title) in outline._module_items[module.id][0].index().data(Qt.ItemDataRole.ToolTipRole)


def test_the_outline_width_the_learner_drags_to_is_remembered(qtbot, context, store):
    window = course_window(qtbot, context, store)
    page = window.courses.page
    before = page.outline.width()
    handle = page.splitter.handle(1)
    centre = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(handle, centre + QPoint(60, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    qtbot.waitUntil(lambda: page.outline.width() > before)
    assert context.settings.get("ui.outline_width") == page.outline.width()
    window.close()
    again = course_window(qtbot, context, store)
    qtbot.waitUntil(lambda: again.courses.page.outline.width() == context.settings.get("ui.outline_width"))


def test_the_progress_chip_never_draws_its_digits_on_the_fill(qtbot, context, store):
    window = course_window(qtbot, context, store)
    page = window.courses.page
    course = page.course
    for lesson in course.lessons:
        store.mark_complete(course.id, lesson.id)
        progress = store.course(course.id)
        fraction = course_fraction(course, progress)
        if 0.5 <= fraction < 1.0 or lesson is course.lessons[-1]:
            page.update_progress(progress)
            qtbot.waitUntil(lambda: page.progress_text.width() >= page.progress_text.sizeHint().width())  # laid out
            check_chip(page, round(fraction * 100))


def check_chip(page, percent: int) -> None:
    assert page.progress.value() == percent and page.progress_text.text() == f"{percent}% complete"
    image = page.chip.grab().toImage()
    digits = page.progress_text.geometry()
    pixels = [image.pixelColor(x, y) for x in range(digits.left(), digits.right() + 1)
              for y in range(digits.top(), digits.bottom() + 1)]
    counts: dict[int, int] = {}
    for colour in pixels:
        counts[colour.rgb()] = counts.get(colour.rgb(), 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.__getitem__))
    text = max(pixels, key=lambda colour: contrast_ratio(colour, background))
    assert contrast_ratio(text, background) >= TEXT_MINIMUM, (percent, text.name(), background.name())
    fill = page.progress.palette().highlight().color()
    near_fill = [c for c in pixels if abs(c.red() - fill.red()) + abs(c.green() - fill.green())
                 + abs(c.blue() - fill.blue()) < 60]
    assert not near_fill, percent  # the fill colour shows nowhere behind the digits
