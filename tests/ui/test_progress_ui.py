"""The Progress menu as a learner uses it: notes, reset, certificate, backups, export, start-up notices."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable, QTextTableCell
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QToolButton

from smartcourse_desktop.records.backups import backup_folder, daily_backup
from smartcourse_desktop.records.export import read_csv
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.i18n import long_date
from smartcourse_desktop.ui.backup_dialog import BackupDialog
from smartcourse_desktop.ui.certificate_dialog import CertificateDialog
from smartcourse_desktop.ui.notes_panel import AllNotesDialog
from smartcourse_desktop.ui.tasks import Task
from tests.ui.test_main_window import BUNDLED_ID, activate, make_window


def open_lesson(window, kind: str):
    window.courses.open_course(BUNDLED_ID)
    lesson = next(each for each in window.courses.page.course.lessons if each.kind.value == kind)
    window.courses.page.outline.select_lesson(lesson.id)
    return lesson


def choose_file(qtbot, parent, path: Path) -> None:
    """Answer the (non-native) file dialog that `parent` opened."""
    qtbot.waitUntil(lambda: parent.findChild(QFileDialog) is not None and parent.findChild(QFileDialog).isVisible())
    dialog = parent.findChild(QFileDialog)
    dialog.selectFile(str(path))
    dialog.accept()


def click_button(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible_box(window, name: str) -> QMessageBox:
    return next(b for b in window.findChildren(QMessageBox, name) if b.isVisible())


def test_note_at_a_lecture_moment_beside_reflection_questions(qtbot, context, store):
    window = make_window(qtbot, context, store)
    lecture = open_lesson(window, "video")
    panel = window.progress.notes
    assert not window.progress.dock.isVisible()  # off by default: the lesson gets the room
    notes_button = next(b for b in window.courses.page.findChildren(QToolButton) if b.text() == "Notes")
    qtbot.mouseClick(notes_button, Qt.MouseButton.LeftButton)
    assert window.progress.dock.isVisible()
    assert context.settings.get("ui.show_notes") is True
    module = window.courses.page.course.module_of(lecture.id)
    assert module.reflection_questions and module.reflection_questions[0][:30] in panel.questions.toPlainText()
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player is not None and player.player.duration > 0, timeout=10000)
    player.seek(42.0)  # the moment is the player's (test_notes_panel.py: also after the end)
    activate(qtbot, window)
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Ask the mayor about sensors")
    qtbot.keyClick(panel.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.list.item(0).text() == "[0:42] Ask the mayor about sensors"
    (note,) = store.notes(BUNDLED_ID, lecture.id)
    assert note.position == 42.0 and panel.editor.toPlainText() == ""

    reading = open_lesson(window, "reading")
    assert window.courses.lesson_pane.lesson.id == reading.id and panel.list.count() == 0
    window.progress.all_notes_action.trigger()
    dialog = window.findChild(AllNotesDialog)
    qtbot.keyClicks(dialog.search, "MAYOR")
    assert dialog.list.count() == 1 and lecture.title in dialog.list.item(0).text()
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.list.count() == 0
    dialog.search.clear()
    dialog.list.itemActivated.emit(dialog.list.item(0))
    assert window.courses.lesson_pane.lesson.id == lecture.id
    assert _player_position(window) == 42.0 and window.courses.lesson_pane.requested_start is None


def _player_position(window) -> float | None:
    player = getattr(window.courses.lesson_pane, "player", None)
    session = getattr(player, "session", None)
    return getattr(session, "position", None)


def test_notes_export_to_markdown(qtbot, context, store, tmp_path):
    lesson = next(each for each in context.library.find(BUNDLED_ID).course.lessons if each.kind.value == "reading")
    store.add_note(BUNDLED_ID, lesson.id, "Budget question for council")
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    window.progress.all_notes_action.trigger()
    dialog = window.findChild(AllNotesDialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog) is not None)
    assert Path(dialog.findChild(QFileDialog).selectedFiles()[0]).name == \
        "Smart Cities for City Officials – notes.md"
    choose_file(qtbot, dialog, tmp_path / "notes.md")
    # written off the GUI thread, then confirmed
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox, "exportSaved")))
    assert "notes.md" in visible_box(dialog, "exportSaved").text()
    text = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert text.startswith("# Notes: Smart Cities for City Officials") and f"### {lesson.title}" in text
    assert "Budget question for council" in text


def test_reset_asks_first_then_forgets_progress_but_keeps_notes(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    for lesson in course.lessons[:3]:
        store.mark_complete(BUNDLED_ID, lesson.id)
    store.add_note(BUNDLED_ID, course.lessons[0].id, "kept")
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    window.progress.reset_action.trigger()
    click_button(qtbot, visible_box(window, "question"), "Cancel")
    assert len([r for r in store.course(BUNDLED_ID).values() if r.completed]) == 3
    window.progress.reset_action.trigger()
    box = visible_box(window, "question")
    assert course.title in box.text()
    click_button(qtbot, box, "Reset progress")
    assert store.course(BUNDLED_ID) == {} and [n.body for n in store.notes(BUNDLED_ID)] == ["kept"]
    assert window.courses.page.progress.value() == 0
    assert list(backup_folder(store).glob("before-reset-*.sqlite3"))


def test_certificate_pdf_names_learner_course_and_modules(qtbot, context, store, clock, tmp_path):
    course = context.library.find(BUNDLED_ID).course
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    action = window.progress.certificate_action
    assert "every lesson" in action.toolTip()  # triggered now, it says why (test_completion_flow.py)
    for lesson in course.lessons:
        store.mark_complete(BUNDLED_ID, lesson.id)
        store.add_time(BUNDLED_ID, lesson.id, 60)
    window.progress.menu.aboutToShow.emit()  # the learner opens the Progress menu
    assert action.isEnabled()
    action.trigger()
    dialog = next(d for d in window.findChildren(CertificateDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Ana ")
    dialog.name.insert("Müller-Sørensen")  # typed through an input method: QTest types ASCII only
    assert dialog.save_button.isEnabled()
    cert = dialog.certificate()
    assert cert.issued == clock.today()
    assert [m.completed_on for m in cert.modules] == [clock.today()] * len(course.modules)
    day = clock.today()
    today = long_date(day)  # "30 September 2026", the language's long date without a weekday
    assert table_rows(dialog.preview.document())[1:] == [[m.title, today] for m in course.modules]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog) is not None)
    suggested = Path(dialog.findChild(QFileDialog).selectedFiles()[0]).name
    assert suggested == f"{course.title} – certificate – Ana Müller-Sørensen.pdf"
    pdf = tmp_path / "certificate.pdf"
    choose_file(qtbot, dialog, pdf)
    reader = PdfReader(pdf)
    assert reader.metadata is not None and reader.metadata.title == "Certificate"
    assert reader.metadata["/SmartCourseVerification"] == cert.code
    assert "certificate.pdf" in visible_box(dialog, "exportSaved").text()
    text = unspaced(" ".join(page.extract_text() for page in reader.pages))
    for expected in ("Certificate of completion", "Ana Müller-Sørensen", course.title, course.publisher,
                     "Total study time", "Issued on", today, "Verification code", cert.code,
                     *(m.title for m in course.modules)):
        assert unspaced(expected) in text, expected
    assert context.settings.get("learner.name") == "Ana Müller-Sørensen"


def table_rows(document: QTextDocument) -> list[list[str]]:
    """The plain text of each cell of the document's first table, row by row."""
    table = next(frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable))
    return [[_cell_text(table.cellAt(row, column)) for column in range(table.columns())]
            for row in range(table.rows())]


def _cell_text(cell: QTextTableCell) -> str:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def unspaced(text: str) -> str:
    """Text without any white space, so that wherever a line wraps compares equal ("ﬁ" reads as "fi")."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_restore_backup_lists_daily_copies_and_restores_one(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    store.mark_complete(BUNDLED_ID, course.lessons[0].id)
    daily_backup(store, backup_folder(store), date(2026, 1, 5))
    store.reset_course(BUNDLED_ID)
    window = make_window(qtbot, context, store)
    window.progress.restore_action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog.list.count() == 1 and "2026" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    click_button(qtbot, visible_box(dialog, "question"), "Restore")
    assert store.lesson(BUNDLED_ID, course.lessons[0].id).completed
    assert "kept in" in visible_box(dialog, "message").text()
    card = window.library.model.card(window.library.model.row_of(BUNDLED_ID))
    assert card.progress > 0


def test_export_progress_from_the_menu(qtbot, context, store, clock, tmp_path):
    course = context.library.find(BUNDLED_ID).course
    store.mark_complete(BUNDLED_ID, course.lessons[0].id)
    window = make_window(qtbot, context, store)
    window.progress.export_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QFileDialog) is not None)
    assert window.findChild(QFileDialog).selectedFiles()[0].endswith(f"SmartCourse – progress – {clock.today()}.csv")
    target = tmp_path / "progress.csv"
    choose_file(qtbot, window, target)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "exportSaved")))
    assert "progress.csv" in visible_box(window, "exportSaved").text()
    rows = [r for r in read_csv(target.read_text(encoding="utf-8")) if r["course_id"] == BUNDLED_ID]
    assert [r["lesson_id"] for r in rows] == [lesson.id for lesson in course.lessons] and rows[0]["completed_at"]


def test_damaged_database_is_reported_with_where_it_was_kept(qtbot, context, paths, clock):
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    paths.database.write_bytes(b"this is not a database" * 500)
    store = Store.open(paths.database, clock=clock)
    try:
        window = make_window(qtbot, context, store)
        window.progress.start(paths.database)
        box = visible_box(window, "message")
        assert str(store.moved_aside) in box.text() and "damaged" in box.text()
        task = window.progress.backup_task
        qtbot.waitUntil(lambda: task not in Task._running)  # finished, and its result delivered
        assert list(backup_folder(store).glob("progress-*.sqlite3"))
    finally:
        store.close()


def test_reading_time_is_counted_while_the_reading_is_open(qtbot, context, store):
    window = make_window(qtbot, context, store)
    reading = open_lesson(window, "reading")
    activate(qtbot, window)
    window.progress.clock.setInterval(20)
    qtbot.waitUntil(lambda: store.lesson(BUNDLED_ID, reading.id).time_spent >= 10)


def test_continue_resumes_the_lecture_at_its_saved_position(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    lecture = next(each for each in course.lessons[1:] if each.is_lecture)
    store.mark_complete(BUNDLED_ID, course.lessons[0].id)
    store.record_opened(BUNDLED_ID, lecture.id)
    store.save_position(BUNDLED_ID, lecture.id, 30.0)
    window = make_window(qtbot, context, store)
    window.courses.show_library()
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.courses.lesson_pane.lesson.id == lecture.id
    assert _player_position(window) == 30.0


def test_certificate_pdf_names_the_completion_statement_ids(qtbot, context, store, tmp_path):
    from smartcourse_desktop.records.learning_record import attach_recorder

    recorder = attach_recorder(store, context.policy)
    course = context.library.find(BUNDLED_ID).course
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    for lesson in course.lessons:  # as ui/completions.py records it: readings read, lectures marked by hand
        store.mark_complete(BUNDLED_ID, lesson.id)
        recorder.lesson_done(course, lesson.id, False, by_hand=lesson.is_lecture)
    ids = recorder.outbox.completion_ids(BUNDLED_ID)
    assert set(ids) == {lesson.id for lesson in course.lessons}
    window.navigator.progress_changed.emit(BUNDLED_ID)  # as ui/completions.py does
    window.progress.certificate_action.trigger()
    dialog = next(d for d in window.findChildren(CertificateDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Ana")
    cert = dialog.certificate()
    assert [m.statement_ids for m in cert.modules] == [
        tuple(ids[lesson.id] for lesson in module.lessons) for module in course.modules]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "certificate.pdf"
    choose_file(qtbot, dialog, pdf)
    text = unspaced(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert unspaced("xAPI statement ids") in text
    for statement_id in ids.values():
        assert statement_id in text, statement_id


def test_certificate_without_records_or_lrs_has_no_statement_ids(qtbot, context, store):
    course = context.library.find(BUNDLED_ID).course
    for lesson in course.lessons:
        store.mark_complete(BUNDLED_ID, lesson.id)
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    window.progress.certificate_action.trigger()
    dialog = next(d for d in window.findChildren(CertificateDialog) if d.isVisible())
    assert not dialog.certificate().show_statement_ids
    assert "xAPI" not in dialog.preview.toPlainText()
