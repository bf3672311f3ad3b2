"""PDF readings in the window: pages, zoom, find, contents, selection, print, links, completion,
and the whole way from a folder of downloads (`new` → `pack` → `import`) to a search hit."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from smartcourse_desktop.app import main
from smartcourse_desktop.reading.pdf import PdfReading
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.pdf_view import PdfView
from tests.authoring_fixture import PDF_WORD, make_downloads
from tests.pdf_factory import LAUNCH_LINK, URI_LINK, lorem_pages, write_pdf
from tests.ui.test_main_window import activate


@pytest.fixture
def view(qtbot, tmp_path):
    path = write_pdf(tmp_path / "r.pdf", lorem_pages(3, "zoning"), outline=[("Start", 0), ("End", 2)],
                     annots=[URI_LINK, LAUNCH_LINK])
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    activate(qtbot, view)  # shortcuts fire only in the active window
    with qtbot.waitSignal(view.page_shown):  # pages render off the GUI thread
        view.show_pdf(path, "c", "r", 0.0)
    return view


def test_pages_navigation_and_position(qtbot, view):
    assert view.page_count_label.text() == "of 3" and view.page_box.value() == 1
    assert not view.previous_button.isEnabled()
    with qtbot.waitSignal(view.position_changed) as saved:
        view.next_button.click()
    assert saved.args == ["c", "r", 0.5] and view.page_box.value() == 2
    with qtbot.waitSignal(view.scrolled_to_end):
        qtbot.keyClick(view.page_widget, Qt.Key.Key_PageDown)
    assert view.page == 2 and not view.next_button.isEnabled()


def test_position_is_restored_without_counting_as_done(qtbot, view, tmp_path):
    with qtbot.assertNotEmitted(view.scrolled_to_end):
        view.show_pdf(tmp_path / "r.pdf", "c", "r", 1.0)
    assert view.page == 2


def test_zoom_and_fit_width(qtbot, view):
    fitted = view.page_widget.width()
    assert abs(fitted - (view.pages_area.viewport().width() - 24)) <= 2
    with qtbot.waitSignal(view.page_shown):
        view.zoom_in_button.click()
    assert view.page_widget.width() > fitted and not view.fit_width
    with qtbot.waitSignal(view.page_shown):
        view.fit_button.click()
    assert view.page_widget.width() == fitted


def test_contents_from_the_outline(qtbot, view):
    assert view.toc.isVisible()
    assert [view.toc.topLevelItem(i).text(0) for i in range(2)] == ["Start", "End"]
    view.toc.itemClicked.emit(view.toc.topLevelItem(1), 0)
    assert view.page == 2


def test_find_with_ctrl_f_goes_to_and_highlights_matches(qtbot, view):
    qtbot.keyClick(view.page_widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible() and QApplication.focusWidget() is view.find_bar.field
    qtbot.keyClicks(view.find_bar.field, "ZONING")
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Return)
    assert view.find_bar.status.text() == "1 of 3" and view.page == 0
    with qtbot.waitSignal(view.page_shown):
        qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Return)
    assert view.find_bar.status.text() == "2 of 3" and view.page == 1
    assert len(view.page_widget.current) == 1
    image = view.page_widget.grab().toImage()
    centre = view.page_widget.rect_of(view.page_widget.current[0]).center()
    pixel = image.pixelColor(centre * image.devicePixelRatio())
    assert pixel.blue() < 200 < pixel.red()  # orange over the match, not white paper


def test_select_with_the_mouse_and_copy(qtbot, view):
    [[box]] = view.pdf.find(0, "zoning")
    widget = view.page_widget
    start = widget.rect_of(box).topLeft() - QPoint(2, 2)
    end = widget.rect_of(box).bottomRight() + QPoint(2, 2)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)
    assert view.selected_text == "zoning"
    QGuiApplication.clipboard().clear()
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == "zoning"


def test_ctrl_a_selects_the_page_text_for_keyboard_users(qtbot, view):
    view.page_widget.setFocus()
    qtbot.keyClick(view.page_widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_text.startswith("Page 1 of 3\nThis page is about zoning.")


def test_print_to_a_pdf_file_gives_every_page(qtbot, view, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    view.print_to(printer)
    printed = PdfReading(tmp_path / "printed.pdf")
    assert printed.page_count == 3


def test_web_link_asks_first_and_a_launch_link_is_refused(qtbot, view):
    widget = view.page_widget
    def at(y: float) -> QPoint:
        return QPoint(round(100 * widget.scale), round(y * widget.scale))

    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(172))
    box = view.dialog
    assert isinstance(box, QMessageBox) and "https://example.org/smart" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.reject()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(272))
    assert "was not followed" in view.dialog.text()
    view.dialog.accept()


def test_damaged_pdf_reading_shows_a_message(qtbot, tmp_path, view):
    from smartcourse_desktop.system.errors import SmartCourseError

    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    with pytest.raises(SmartCourseError, match=r"bad\.pdf: cannot open this PDF"):
        view.show_pdf(tmp_path / "bad.pdf", "c", "r")
    assert view.pdf is not None and view.page_count_label.text() == "of 3"  # the open PDF stays


def test_from_downloads_to_lessons_and_a_pdf_search_hit(qtbot, tmp_path, context, store, capsys):
    course = tmp_path / "course"
    assert main(["new", str(make_downloads(tmp_path / "dl")), "-o", str(course), "--id", "org.example.smart",
                 "--version", "1.0"]) == 0
    assert main(["pack", str(course), "-o", str(tmp_path / "c.smartcourse")]) == 0
    assert main(["import", str(tmp_path / "c.smartcourse")]) == 0
    capsys.readouterr()
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.resize(1200, 750)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "org.example.smart" in window.search.index.indexed_versions(), timeout=20000)
    assert window.courses.open_course("org.example.smart")
    pane = window.courses.lesson_pane
    for lesson in window.navigator.course.lessons:
        window.courses.open_lesson(lesson.id)
        expected = pane.player if lesson.is_lecture else pane.pdf if lesson.is_pdf else pane.reading
        assert pane.stack.currentWidget() is expected, lesson.id
    text = pane.reading.toPlainText()
    assert "Participation" in text and "open budgets" in text
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.panel.field, PDF_WORD)
    qtbot.waitUntil(lambda: window.search.panel.model.rowCount() > 0)
    assert "Reading Mobility" in window.search.panel.model.index(0).data()
    qtbot.keyClick(window.search.panel.field, Qt.Key.Key_Return)
    assert pane.stack.currentWidget() is pane.pdf
    assert pane.pdf.page == 0 and pane.pdf.find_bar.field.text() == PDF_WORD
    [box] = pane.pdf.page_widget.current  # the match is highlighted
    assert pane.pdf.pdf.text_in(0, box).strip() == PDF_WORD
    if os.environ.get("SMARTCOURSE_SCREENSHOT_DIR"):  # for the closing note
        qtbot.waitUntil(lambda: not pane.pdf.page_widget.image.isNull())
        window.grab().save(os.path.join(os.environ["SMARTCOURSE_SCREENSHOT_DIR"], "pdf-reading.png"))
    pdf_lesson = pane.lesson.id
    pane.pdf.next_button.click()  # page 2 of 3: remembered in the learner's record
    window.courses.open_lesson(window.navigator.course.lessons[0].id)
    window.courses.open_lesson(pdf_lesson)
    assert pane.stack.currentWidget() is pane.pdf and pane.pdf.page == 1
    assert store.lesson("org.example.smart", pdf_lesson).position == 0.5


def test_print_button_opens_the_print_dialog_without_blocking(qtbot, view):
    view.print_button.click()
    assert view.dialog is not None and view.dialog.isVisible()
    view.dialog.reject()


def pdf_course(folder, pages: int = 3):
    """A course of one PDF reading of `pages` pages and a reading time of four minutes."""
    import json

    from smartcourse_desktop.courses.hashing import file_entries

    write_pdf(folder / "readings" / "r.pdf", lorem_pages(pages, "zoning"))
    lesson = {"id": "p1", "kind": "reading", "title": "Zoning in PDF", "duration": 240, "reading": "readings/r.pdf"}
    data = {"format": 2, "id": "org.example.pdfread", "version": "1.0", "title": "PDF reading", "languages": ["en"],
            "publisher": "Example", "authors": ["A. Author"], "license": "CC0", "description": "",
            "modules": [{"id": "m1", "title": "Only module", "lessons": [lesson]}],
            "files": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in file_entries(folder)]}
    (folder / "course.json").write_text(json.dumps(data), encoding="utf-8")


def open_pdf_reading(qtbot, context, store) -> MainWindow:
    """The window, showing the PDF reading of `pdf_course` once its document is open."""
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.courses.open_course("org.example.pdfread", "p1")
    pane = window.courses.lesson_pane
    qtbot.waitUntil(lambda: pane.pdf.pdf is not None and pane.stack.currentWidget() is pane.pdf)
    return window


def test_the_last_page_counts_as_read_only_after_the_reading_time(qtbot, context, store, paths):
    from smartcourse_desktop.records.progress import reading_time_needed
    from smartcourse_desktop.ui.progress_menu import STUDY_TICK_S

    pdf_course(paths.user_library / "org.example.pdfread")
    window = open_pdf_reading(qtbot, context, store)
    pane = window.courses.lesson_pane
    needed = reading_time_needed(window.navigator.course.lesson("p1"))
    assert needed == 120  # half of its four minutes
    with qtbot.waitSignal(pane.pdf.scrolled_to_end):
        pane.pdf.go_to(2)  # the last page, at once
    assert not store.lesson("org.example.pdfread", "p1").completed and pane.done_button.isVisible()
    store.add_time("org.example.pdfread", "p1", needed - STUDY_TICK_S)
    activate(qtbot, window)
    window.progress.clock.setInterval(20)  # the study clock ticks while the last page shows
    qtbot.waitUntil(lambda: store.lesson("org.example.pdfread", "p1").completed)
    assert store.lesson("org.example.pdfread", "p1").completed_how == "read"
    assert not pane.done_button.isVisible()


def test_a_pdf_read_long_enough_counts_when_its_last_page_is_reached(qtbot, context, store, paths):
    pdf_course(paths.user_library / "org.example.pdfread")
    store.add_time("org.example.pdfread", "p1", 120.0)
    window = open_pdf_reading(qtbot, context, store)
    pane = window.courses.lesson_pane
    pane.pdf.go_to(1)
    assert not store.lesson("org.example.pdfread", "p1").completed  # not at the end yet
    pane.pdf.go_to(2)
    assert store.lesson("org.example.pdfread", "p1").completed
