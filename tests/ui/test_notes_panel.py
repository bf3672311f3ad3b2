"""Notes as a learner keeps them: edited in the panel beside the lesson, and exported with the
answers to the reflection questions as Markdown, a printable PDF or an OpenDocument text."""

from __future__ import annotations

import unicodedata
import zipfile

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from smartcourse_desktop.records.notes import clock
from smartcourse_desktop.ui.notes_panel import AllNotesDialog
from tests.ui.test_main_window import BUNDLED_ID, activate, make_window
from tests.ui.test_progress_ui import choose_file, open_lesson


def squeezed(text: str) -> str:
    """Text without white space or ligatures: a PDF's line breaks and glyphs depend on fonts, not on the notes."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_a_note_is_edited_in_place_and_keeps_its_moment(qtbot, context, store, clock):
    window = make_window(qtbot, context, store)
    lecture = open_lesson(window, "video")
    note = store.add_note(BUNDLED_ID, lecture.id, "Ask the mayor", position=42.0)
    window.progress.notes_action.trigger()
    panel = window.progress.notes
    panel.refresh()
    assert panel.isVisible()
    activate(qtbot, window)
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editor.toPlainText() == "Ask the mayor" and panel.add_button.text() == "Save changes"
    clock.advance(120)
    qtbot.keyClicks(panel.editor, " about sensors")
    qtbot.keyClick(panel.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (edited,) = store.notes(BUNDLED_ID)
    assert (edited.id, edited.body, edited.position, edited.edited) == (note.id, "Ask the mayor about sensors",
                                                                        42.0, True)
    assert panel.list.item(0).text() == "[0:42] Ask the mayor about sensors"
    assert panel.editor.toPlainText() == "" and panel.add_button.text() == "Add note"

    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    qtbot.keyClicks(panel.editor, " (draft)")
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert [n.body for n in store.notes(BUNDLED_ID)] == ["Ask the mayor about sensors"]


def saved_notice(qtbot, window) -> QMessageBox:
    """The export runs off the GUI thread; the window then says where it saved."""
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "exportSaved")))
    return next(b for b in window.findChildren(QMessageBox, "exportSaved") if b.isVisible())


def open_export(qtbot, window) -> AllNotesDialog:
    window.courses.open_course(BUNDLED_ID)
    window.progress.all_notes_action.trigger()
    dialog = window.findChild(AllNotesDialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog


def notes_with_answers(context, store, count: int = 1):
    course = context.library.find(BUNDLED_ID).course
    module = course.modules[0]
    store.add_answer(BUNDLED_ID, module.id, 0, module.reflection_questions[0], "Residents of Rosengård")
    for number in range(count):
        store.add_note(BUNDLED_ID, module.lessons[-1].id, f"Budget question {number} for council " + "x " * 60)
    return course, module


def test_notes_export_suggests_a_human_name_and_confirms_where_it_saved(qtbot, context, store, tmp_path):
    _course, module = notes_with_answers(context, store)
    window = make_window(qtbot, context, store)
    dialog = open_export(qtbot, window)
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog) is not None)
    chooser = dialog.findChild(QFileDialog)
    assert chooser.selectedFiles()[0].endswith("/Smart Cities for City Officials – notes.md")
    assert chooser.nameFilters() == ["Markdown text (*.md)", "PDF, to print (*.pdf)",
                                     "OpenDocument text, for Word or LibreOffice (*.odt)"]
    choose_file(qtbot, dialog, tmp_path / "notes.md")
    assert str(tmp_path) in saved_notice(qtbot, window).text()
    text = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert f"**{module.reflection_questions[0]}**" in text and "> Residents of Rosengård" in text
    assert "Budget question 0 for council" in text
    assert (tmp_path / "notes.md").stat().st_mode & 0o077 == 0  # notes are private


@pytest.mark.parametrize(("count", "pages"), [(1, 1), (40, None)])
def test_notes_export_to_a_printable_pdf(qtbot, context, store, tmp_path, count, pages):
    course, module = notes_with_answers(context, store, count)
    window = make_window(qtbot, context, store)
    dialog = open_export(qtbot, window)
    choose_file(qtbot, dialog, tmp_path / "notes.pdf")
    saved_notice(qtbot, window)
    reader = PdfReader(tmp_path / "notes.pdf")
    text = squeezed("".join(page.extract_text() for page in reader.pages))
    assert squeezed(f"Notes: {course.title}") in text and squeezed(module.reflection_questions[0]) in text
    assert squeezed("Residents of Rosengård") in text
    assert all(squeezed(f"Budget question {n} for council") in text for n in range(count))
    assert reader.metadata.title == f"Notes: {course.title}"
    if pages is not None:
        assert len(reader.pages) == pages
    else:
        assert len(reader.pages) >= 2


def test_notes_export_for_word_is_an_opendocument_text(qtbot, context, store, tmp_path):
    notes_with_answers(context, store)
    window = make_window(qtbot, context, store)
    dialog = open_export(qtbot, window)
    choose_file(qtbot, dialog, tmp_path / "notes.odt")
    saved_notice(qtbot, window)
    with zipfile.ZipFile(tmp_path / "notes.odt") as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
    assert "Residents of Rosengård" in content and "Budget question 0 for council" in content


def test_a_failed_export_says_why_and_writes_nothing(qtbot, context, store, tmp_path):
    notes_with_answers(context, store)
    window = make_window(qtbot, context, store)
    dialog = open_export(qtbot, window)
    target = tmp_path / "missing-folder" / "notes.pdf"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: any(b.isVisible() and b.windowTitle() == "Export failed"
                                for b in window.findChildren(QMessageBox)))
    assert not target.exists() and not target.parent.exists()


def test_an_answer_in_the_list_of_all_notes_opens_its_module_page(qtbot, context, store):
    _course, module = notes_with_answers(context, store, count=0)
    window = make_window(qtbot, context, store)
    open_lesson(window, "reading")
    window.progress.all_notes_action.trigger()
    dialog = window.findChild(AllNotesDialog)
    assert dialog.list.item(0).text().startswith(f"{module.title} — your answer to “{module.reflection_questions[0]}”")
    dialog.list.itemActivated.emit(dialog.list.item(0))
    pane = window.courses.lesson_pane
    assert pane.lesson is None and pane.showing_module() == module


def test_choosing_the_pdf_type_in_the_save_dialog_writes_a_pdf(qtbot, context, store, tmp_path):
    notes_with_answers(context, store)
    window = make_window(qtbot, context, store)
    dialog = open_export(qtbot, window)
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog) is not None and dialog.findChild(QFileDialog).isVisible())
    chooser = dialog.findChild(QFileDialog)
    types = chooser.findChild(QComboBox, "fileTypeCombo")
    types.setFocus()
    qtbot.keyClick(types, Qt.Key.Key_Down)  # as a learner picks "PDF, to print"
    assert chooser.selectedNameFilter() == "PDF, to print (*.pdf)"
    chooser.selectFile(str(tmp_path / "For my manager"))
    chooser.accept()
    saved_notice(qtbot, window)
    assert (tmp_path / "For my manager.pdf").read_bytes().startswith(b"%PDF")


def test_the_notes_button_keeps_its_short_label_when_toggled(qtbot, context, store):
    """The bar's button shows "Notes"; toggling its action made Qt reset it to the menu's long text."""
    window = make_window(qtbot, context, store)
    open_lesson(window, "video")
    button = window.courses.page._bar_buttons[window.progress.notes_action]
    assert button.text() == "Notes"
    window.progress.notes_action.trigger()
    assert window.progress.notes_action.isChecked() and button.text() == "Notes"
    window.progress.notes_action.trigger()
    assert button.text() == "Notes" and "Notes" in button.accessibleName()


def test_a_note_after_the_lecture_ended_carries_its_end_time(qtbot, context, store):
    """The stored position goes back to 0:00 at the end (to resume from the top); a note made
    then belongs to the end the learner just saw, not to 0:00 (walkthrough, issue #12)."""
    window = make_window(qtbot, context, store)
    lecture = open_lesson(window, "video")
    player = window.courses.lesson_pane.player
    window.progress.notes_action.trigger()
    panel = window.progress.notes
    qtbot.waitUntil(lambda: player.player is not None and player.player.duration > 0, timeout=10000)
    length = player.player.duration
    with qtbot.waitSignal(player.player.ended, timeout=15000):
        player.seek(length - 1.0)
        player.play()
    assert store.lesson(BUNDLED_ID, lecture.id).position == 0.0  # resumes from the top (records/playback.py)
    qtbot.keyClicks(panel.editor, "Ask about the last slide")
    assert panel.at_moment.text() == f"At {clock(length - 1.0)} in the lecture" or \
        panel.at_moment.text() == f"At {clock(length)} in the lecture"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (note,) = store.notes(BUNDLED_ID)
    assert note.position is not None and note.position >= length - 1.5
