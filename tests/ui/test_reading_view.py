"""Reading a lesson in the app: contents, text size, scroll memory, completion, find, links, PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from smartcourse_desktop.records.progress import reading_time_needed
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.progress_menu import STUDY_TICK_S
from smartcourse_desktop.ui.reading_view import ReadingView
from tests.reading_course import COURSE_ID, make_course
from tests.ui.test_main_window import activate


@pytest.fixture
def course_dir(paths):
    return make_course(paths.user_library / COURSE_ID)


def open_window(qtbot, context, store, lesson_id: str = "r1") -> MainWindow:
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.courses.open_course(COURSE_ID, lesson_id)
    assert window.courses.lesson_pane.lesson.id == lesson_id
    return window


def reading_of(window: MainWindow) -> ReadingView:
    return window.courses.lesson_pane.reading


def test_contents_list_headings_and_jump_to_them(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    toc = reading.toc
    window.resize(700, 700)  # too narrow: the contents make way for the text
    qtbot.waitUntil(lambda: not toc.isVisible())
    window.resize(1800, 800)
    qtbot.waitUntil(toc.isVisible)
    top = toc.topLevelItem(0)
    assert top.text(0) == "Budgets and people"
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["Who pays", "Participation", "Closing words"]
    bar = reading.browser.verticalScrollBar()
    assert bar.value() == 0
    closing = top.child(2)
    qtbot.waitUntil(lambda: toc.visualItemRect(closing).height() > 0)
    qtbot.mouseClick(toc.viewport(), Qt.MouseButton.LeftButton, pos=toc.visualItemRect(closing).center())
    qtbot.waitUntil(lambda: bar.value() > 0)


def test_text_size_keys_are_remembered(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    size = reading.browser.document().defaultFont().pointSizeF()
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reading.browser.document().defaultFont().pointSizeF() == pytest.approx(size * 1.2)
    assert context.settings.get("reading.font_scale") == pytest.approx(1.2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert context.settings.get("reading.font_scale") == pytest.approx(1.1)
    window.close()
    again = open_window(qtbot, context, store)
    assert reading_of(again).font_scale == pytest.approx(1.1)
    activate(qtbot, again)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert context.settings.get("reading.font_scale") == 1.0


def test_line_width_stays_comfortable_in_a_wide_window(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    window.resize(1800, 900)
    qtbot.mouseClick(reading_of(window).toc_button, Qt.MouseButton.LeftButton)
    assert not reading_of(window).toc.isVisible()
    browser = reading_of(window).browser
    qtbot.waitUntil(lambda: browser.viewport().width() > 950)
    frame = browser.document().rootFrame().frameFormat()
    text_width = browser.viewport().width() - frame.leftMargin() - frame.rightMargin()
    characters = text_width / browser.fontMetrics().averageCharWidth()
    assert frame.leftMargin() > 100 and characters < 110


def test_scroll_position_is_saved_and_restored(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    bar = reading_of(window).browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    with qtbot.waitSignal(reading_of(window).position_changed, timeout=3000):
        bar.setValue(bar.maximum() // 2)
    saved = store.lesson(COURSE_ID, "r1").position
    assert 0.4 < saved < 0.6
    assert not store.lesson(COURSE_ID, "r1").completed
    window.close()
    again = open_window(qtbot, context, store)
    again_bar = reading_of(again).browser.verticalScrollBar()
    qtbot.waitUntil(lambda: again_bar.maximum() > 0 and abs(again_bar.value() / again_bar.maximum() - saved) < 0.02)


def test_reaching_the_end_after_a_plausible_time_completes_the_reading(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    lesson = window.navigator.course.lesson("r1")
    store.add_time(COURSE_ID, "r1", reading_time_needed(lesson))  # earlier visits
    browser = reading_of(window).browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: store.lesson(COURSE_ID, "r1").completed)
    assert store.lesson(COURSE_ID, "r1").completed_how == "read"
    assert not window.courses.lesson_pane.done_button.isVisible()


def test_a_reading_marked_by_hand_counts_as_read_once_really_read(qtbot, context, store, course_dir):
    """docs/completion.md: a verified kind recorded later replaces a self-reported one."""
    window = open_window(qtbot, context, store)
    pane = window.courses.lesson_pane
    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    assert store.lesson(COURSE_ID, "r1").completed_how == "marked"
    store.add_time(COURSE_ID, "r1", reading_time_needed(window.navigator.course.lesson("r1")))
    browser = reading_of(window).browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: store.lesson(COURSE_ID, "r1").completed_how == "read")
    assert pane.undo_button.isVisible() and not pane.done_button.isVisible()


def test_reaching_the_end_too_soon_waits_for_the_reading_time(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    lesson = window.navigator.course.lesson("r1")
    needed = reading_time_needed(lesson)
    assert needed == 300  # half of its ten minutes
    browser = reading_of(window).browser
    browser.setFocus()
    with qtbot.waitSignal(reading_of(window).scrolled_to_end):
        qtbot.keyClick(browser, Qt.Key.Key_End)
    assert not store.lesson(COURSE_ID, "r1").completed  # skimmed to the end: not read yet
    assert window.courses.lesson_pane.done_button.isVisible()
    assert "counts as read once you have spent about 5 min" in window.statusBar().currentMessage()
    store.add_time(COURSE_ID, "r1", needed - 2 * STUDY_TICK_S)  # most of the time, still at the end
    activate(qtbot, window)
    window.progress.clock.setInterval(20)  # the study clock ticks (each tick credits STUDY_TICK_S)
    qtbot.waitUntil(lambda: store.lesson(COURSE_ID, "r1").completed)
    assert store.lesson(COURSE_ID, "r1").time_spent >= needed
    assert store.lesson(COURSE_ID, "r1").completed_how == "read"
    assert not window.courses.lesson_pane.done_button.isVisible()


def test_time_reached_away_from_the_end_waits_for_the_end(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    bar = reading.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    store.add_time(COURSE_ID, "r1", reading_time_needed(window.navigator.course.lesson("r1")))
    window.progress.study_time_added.emit(COURSE_ID, "r1")  # what the study clock says after a tick
    assert not reading.at_end() and not store.lesson(COURSE_ID, "r1").completed
    bar.setValue(bar.maximum())
    assert store.lesson(COURSE_ID, "r1").completed


def test_a_short_reading_completes_after_being_shown_a_while(qtbot, context, store, course_dir, monkeypatch):
    monkeypatch.setattr(ReadingView, "FIT_DWELL_MS", 50)
    store.add_time(COURSE_ID, "r2", 30.0)  # half of its one minute, spent earlier
    window = open_window(qtbot, context, store, "r2")
    assert reading_of(window).browser.verticalScrollBar().maximum() == 0
    qtbot.waitUntil(lambda: store.lesson(COURSE_ID, "r2").completed)


def test_a_short_reading_shown_a_while_is_not_read_without_the_time(qtbot, context, store, course_dir, monkeypatch):
    monkeypatch.setattr(ReadingView, "FIT_DWELL_MS", 50)
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(reading_of(window).scrolled_to_end):
        window.courses.open_course(COURSE_ID, "r2")
    assert reading_of(window).at_end() and not store.lesson(COURSE_ID, "r2").completed


def test_find_bar_counts_and_steps_through_matches(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = reading.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    qtbot.keyClicks(bar.field, "residents")
    total = reading.toPlainText().lower().count("residents")
    assert total > 2
    assert bar.status.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.status.text() == f"2 of {total}"
    assert reading.browser.textCursor().selectedText().lower() == "residents"
    qtbot.keyClicks(bar.field, "xyz")
    assert bar.status.text() == "Not found"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_external_link_opens_only_after_the_learner_confirms(qtbot, context, store, course_dir):
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        reading = reading_of(open_window(qtbot, context, store))
        reading.browser.anchorClicked.emit(QUrl("https://example.org/charter"))
        box = reading.confirm_box
        assert box is not None and box.isVisible() and "https://example.org/charter" in box.text()
        assert catcher.urls == []
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert catcher.urls == []
        reading.browser.anchorClicked.emit(QUrl("https://example.org/charter"))
        reading.confirm_box.button(QMessageBox.StandardButton.Open).click()
        assert catcher.urls == ["https://example.org/charter"]
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_link_to_another_reading_opens_it_in_the_app(qtbot, context, store, course_dir):
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    href = reading.rendered.html.split('">the data reading')[0].rsplit('href="', 1)[1]
    reading.browser.anchorClicked.emit(QUrl(href))
    assert window.courses.lesson_pane.lesson.id == "r2"
    assert "Open data portals" in reading.toPlainText()


def test_nothing_outside_the_course_is_loaded(qtbot, context, store, course_dir):
    from PySide6.QtGui import QTextDocument

    browser = reading_of(open_window(qtbot, context, store)).browser
    kind = QTextDocument.ResourceType.ImageResource.value
    assert browser.loadResource(kind, QUrl("https://example.org/x.png")) is None
    assert browser.loadResource(kind, QUrl.fromLocalFile("/etc/hostname")) is None
    assert browser.loadResource(kind, QUrl.fromLocalFile(str(course_dir / "images" / "sensor.png"))) is not None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_export_to_pdf_contains_the_reading(qtbot, context, store, course_dir, tmp_path):
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    qtbot.mouseClick(reading.pdf_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "reading.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Budgets and people" in text and "lighthouse" in text and "Maintenance" in text
    saved = next(box for box in window.findChildren(QMessageBox, "exportSaved") if box.isVisible())
    assert "reading.pdf" in saved.text() and str(tmp_path) in saved.text()


def test_a_hit_is_found_by_the_words_leading_to_it_not_the_first_occurrence(qtbot, context, store, course_dir):
    reading = reading_of(open_window(qtbot, context, store))
    reading.reveal("", ["people"], "a question about people")
    cursor = reading.browser.textCursor()
    assert cursor.selectedText() == "people"
    assert cursor.block().text().startswith("Every smart city project")
    reading.reveal("", ["people"], "words that are not there people")
    assert reading.browser.textCursor().block().text() == "Budgets and people"


def test_the_stylesheet_follows_a_dark_palette(qtbot, context, store, course_dir):
    from PySide6.QtGui import QColor, QPalette

    reading = reading_of(open_window(qtbot, context, store))
    light = reading.browser.document().defaultStyleSheet()
    dark = QPalette(reading.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    reading.setPalette(dark)
    qtbot.waitUntil(lambda: reading.browser.document().defaultStyleSheet() != light)
    assert "#e6e6e6" in reading.browser.document().defaultStyleSheet()
    assert "lighthouse" in reading.toPlainText()


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")
def test_print_goes_through_the_print_dialog_to_the_printer(qtbot, context, store, course_dir, tmp_path):
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    target = tmp_path / "printed.pdf"
    reading.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    reading.printer.setOutputFileName(str(target))  # the dialog offers "Print to file (PDF)" with this name
    qtbot.mouseClick(reading.print_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.accept()
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert pages >= 1 and "Budgets and people" in text and "Maintenance" in text


@pytest.mark.parametrize("modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier])
def test_home_and_end_with_or_without_ctrl_go_to_the_start_and_end(qtbot, context, store, course_dir, modifier):
    """Ctrl+End and Ctrl+Home are the text-wide keys a learner tries first (walkthrough, issue #12)."""
    browser = reading_of(open_window(qtbot, context, store)).browser
    bar = browser.verticalScrollBar()
    assert bar.maximum() > 0
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_End, modifier)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    qtbot.keyClick(browser, Qt.Key.Key_Home, modifier)
    qtbot.waitUntil(lambda: bar.value() == 0)


def test_marking_done_and_not_done_keeps_the_focus_on_the_button(qtbot, context, store, course_dir):
    """A keyboard user who presses "Mark as done" stays there, on "Mark as not done" (issue #16)."""
    window = open_window(qtbot, context, store)
    activate(qtbot, window)
    pane = window.courses.lesson_pane
    pane.done_button.setFocus()
    qtbot.keyClick(pane.done_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: store.lesson(COURSE_ID, "r1").completed)
    assert pane.undo_button.hasFocus()
    qtbot.keyClick(pane.undo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not store.lesson(COURSE_ID, "r1").completed)
    assert pane.done_button.hasFocus()
