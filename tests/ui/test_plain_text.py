"""Text from a course package is shown literally on every surface: never parsed as HTML."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QMessageBox, QTreeWidget, QTreeWidgetItemIterator, QWidget

from tests.reading_course import COURSE_ID, TINY_PNG, make_course, payload
from tests.ui.test_main_window import make_window

BIDI = "\u202eevil\u202c \u2067isolated\u2069"


def hostile(probe: Path, tag: str) -> str:
    return f'{tag} <img src="{probe}"> &amp; <b>bold</b> {BIDI}'


def hostile_course(folder: Path, probe: Path) -> dict:
    files = payload()
    files["readings/r2.md"] = f"# Open data\n\n## {hostile(probe, 'heading')}\n\nText.\n".encode()
    make_course(folder, files=files)
    data = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    data["title"] = hostile(probe, "course")
    data["publisher"] = hostile(probe, "publisher")
    data["license"] = hostile(probe, "licence")
    data["description"] = hostile(probe, "description") + " " + "x" * 10_000
    module = data["modules"][0]
    module["title"] = hostile(probe, "module")
    module["summary"] = hostile(probe, "summary")
    module["reflection_questions"] = [hostile(probe, "question")]
    for lesson in module["lessons"]:
        lesson["title"] = hostile(probe, lesson["id"])
    (folder / "course.json").write_text(json.dumps(data), encoding="utf-8")
    return data


def is_rich(text: str) -> bool:
    return bool(QtGuiNamespace.mightBeRichText(text))


def assert_literal_labels(root: QWidget) -> None:
    """A label showing course text is plain, or rich text whose markup was built with escaping."""
    for label in root.findChildren(QLabel):
        text = label.text()
        if "<img" in text:
            assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), text[:80])


def assert_plain_tooltip(tip: str) -> None:
    """Tooltips guess their format: one built from course text must be escaped rich text."""
    if "img" in tip:
        assert "<img" not in tip, tip[:120]
        assert is_rich(tip), tip[:120]


def item_tooltips(model) -> list[str]:
    tips: list[str] = []
    pending: list[QStandardItem] = [model.item(r, c) for r in range(model.rowCount())
                                    for c in range(model.columnCount())]
    while pending:
        item = pending.pop()
        if item is None:
            continue
        tips.append(item.toolTip())
        pending += [item.child(r, c) for r in range(item.rowCount()) for c in range(item.columnCount())]
    return tips


def tree_tooltips(tree: QTreeWidget) -> list[str]:
    tips = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        tips.append(iterator.value().toolTip(0))
        iterator += 1
    return tips


def test_course_text_is_literal_on_every_surface(qtbot, context, store, paths, tmp_path):
    probe = tmp_path / "outside" / "probe.png"
    probe.parent.mkdir()
    probe.write_bytes(TINY_PNG)
    data = hostile_course(paths.user_library / COURSE_ID, probe)
    window = make_window(qtbot, context, store)
    window.library.refresh()
    row = window.library.model.row_of(COURSE_ID)
    window.library.view.cards.setCurrentIndex(window.library.view.cards.model().index(row))
    card_tip = window.library.model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    assert data["title"][:6] in card_tip
    assert_plain_tooltip(card_tip)
    details = window.library.view.details
    assert details.title.text() == data["title"]
    assert data["publisher"] in details.facts.text()
    assert_literal_labels(window)

    assert window.courses.open_course(COURSE_ID)
    assert window.courses.page.title.text() == data["title"]
    for tip in item_tooltips(window.courses.page.outline.model()):
        assert_plain_tooltip(tip)
    for lesson in data["modules"][0]["lessons"]:
        window.courses.open_lesson(lesson["id"])
        assert window.courses.lesson_pane.title.text() == lesson["title"]
        assert_literal_labels(window)
    window.courses.open_lesson("r2")
    tips = tree_tooltips(window.courses.lesson_pane.reading.toc)
    assert any("heading" in tip for tip in tips)
    for tip in tips:
        assert_plain_tooltip(tip)


def test_remove_question_shows_the_title_literally(qtbot, context, store, paths, tmp_path):
    probe = tmp_path / "probe.png"
    probe.write_bytes(TINY_PNG)
    hostile_course(paths.user_library / COURSE_ID, probe)
    window = make_window(qtbot, context, store)
    window.library.refresh()
    installed = window.library.model.card(window.library.model.row_of(COURSE_ID)).installed
    window.import_flow.ask_remove(installed)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and all(b.textFormat() == Qt.TextFormat.PlainText for b in boxes)
    for box in boxes:
        box.close()


def test_plain_tooltip_escapes_markup():
    from smartcourse_desktop.ui.text import plain_tooltip

    tip = plain_tooltip('<img src="/dev/zero"> &amp;')
    assert is_rich(tip) and "<img" not in tip and "&amp;amp;" in tip
    assert plain_tooltip("") == ""


def test_certificate_and_search_snippets_show_course_text_literally(qtbot, tmp_path):
    from datetime import date

    from PySide6.QtGui import QTextDocument

    from smartcourse_desktop.reading.search_index import MARK_END, MARK_START, HitKind, SearchHit
    from smartcourse_desktop.records.certificate import Certificate, ModuleLine, certificate_html
    from smartcourse_desktop.ui.search_panel import SearchResultsModel

    title = hostile(tmp_path / "probe.png", "course")
    cert = Certificate("Ann <b>", title, "1.0", title, (ModuleLine(title, None),), 60.0, date(2026, 1, 2), True)
    document = QTextDocument()
    document.setHtml(certificate_html(cert))
    assert document.toPlainText().count(title) == 3 and "Ann <b>" in document.toPlainText()
    snippet = f"before {MARK_START}<img src=x>{MARK_END} after &amp;"
    hit = SearchHit("c", "l", HitKind.READING, title, title, snippet)
    document.setHtml(SearchResultsModel().html(hit))
    assert title in document.toPlainText() and "<img src=x> after &amp;" in document.toPlainText()
