"""Issue #16: a reading is a text with its heading structure, not one flat label; the
certificate's modules are a real table; a PDF page's text reaches screen readers."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTableWidget

from smartcourse_desktop.records.completion import record_completion
from smartcourse_desktop.ui.pdf_view import PdfView
from tests.pdf_factory import lorem_pages, write_pdf
from tests.ui.a11y_tree import nodes
from tests.ui.test_completion_flow import verified
from tests.ui.test_main_window import BUNDLED_ID, make_window
from tests.ui.test_reading_view import course_dir, open_window, reading_of  # noqa: F401 (fixture)


def _heading_levels(document) -> list[tuple[int, str]]:
    found, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append((block.blockFormat().headingLevel(), block.text()))
        block = block.next()
    return found


def test_reading_is_a_text_with_its_headings(qtbot, context, store, course_dir):  # noqa: F811
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    iface = QAccessible.queryAccessibleInterface(reading.browser)
    assert iface.textInterface() is not None and iface.text(QAccessible.Text.Name) == "Reading text"
    text = iface.textInterface()
    assert "councils review every procurement before it is signed" in text.text(0, text.characterCount())
    levels = _heading_levels(reading.browser.document())
    assert [(h.level, h.title) for h in reading.rendered.headings] == levels
    assert (1, "Budgets and people") in levels and (2, "Participation") in levels


def test_contents_move_the_reading_cursor_to_the_heading(qtbot, context, store, course_dir):  # noqa: F811
    """A screen reader reads on from the text cursor: the contents list must move it, not only scroll."""
    window = open_window(qtbot, context, store)
    reading = reading_of(window)
    heading = next(h for h in reading.rendered.headings if h.title == "Participation")
    reading.go_to_anchor(heading.anchor)
    assert reading.browser.textCursor().block().text() == "Participation"
    text = QAccessible.queryAccessibleInterface(reading.browser).textInterface()
    assert text.text(text.cursorPosition(), text.cursorPosition() + len("Participation")) == "Participation"


def test_certificate_modules_are_a_table(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    for lesson in course.lessons:  # the certificate is offered for a completed course
        record_completion(store, BUNDLED_ID, lesson.id, verified(lesson))
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    window.progress.show_certificate()
    table = window.findChild(QTableWidget, "certificateModules")
    iface = QAccessible.queryAccessibleInterface(table)
    assert iface.role() == QAccessible.Role.Table
    found = nodes(table)
    assert [n.name for n in found if n.role == QAccessible.Role.ColumnHeader] == ["Module", "Completed on"]
    cells = [n.name for n in found if n.role == QAccessible.Role.Cell]
    assert cells[0] == course.modules[0].title and cells[1] not in ("", "not completed")
    assert len(cells) == 2 * len(course.modules)


def test_pdf_page_text_reaches_screen_readers(qtbot, tmp_path):
    path = write_pdf(tmp_path / "r.pdf", lorem_pages(2, "zoning"))
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    with qtbot.waitSignal(view.page_shown):
        view.show_pdf(path, "c", "r", 0.0)
    iface = QAccessible.queryAccessibleInterface(view.page_widget)
    assert "This page is about zoning." in iface.text(QAccessible.Text.Description)
    assert "Page 1 of 2" in iface.text(QAccessible.Text.Description)
