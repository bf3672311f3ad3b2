"""Notices about the learner's data: shown once, with the facts."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QMessageBox

from smartcourse_desktop.context import Context
from tests.ui.test_main_window import make_window


def test_unsaveable_settings_show_one_notice_not_one_per_lesson(qtbot, paths, store, tmp_path):
    blocker = tmp_path / "blocked-config"
    blocker.write_text("a file where the config folder should be", encoding="utf-8")
    blocked = dataclasses.replace(paths, config=blocker)
    context = Context.create(blocked)
    window = make_window(qtbot, context, store)
    course = context.library.scan()[0].course
    assert window.courses.open_course(course.id)
    for lesson in course.lessons[:3]:
        window.courses.open_lesson(lesson.id)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "can't be saved" in boxes[0].text()
    opened = window.courses.lesson_pane.lesson
    assert opened is not None and opened.id == course.lessons[2].id


def test_exported_notes_are_owner_only(qtbot, context, store, tmp_path):
    import os
    import stat

    from smartcourse_desktop.ui.notes_panel import AllNotesDialog

    course = context.library.scan()[0].course
    store.add_note(course.id, course.lessons[0].id, "private thought")
    window = make_window(qtbot, context, store)
    window.courses.open_course(course.id)
    window.progress.all_notes_action.trigger()
    dialog = window.findChild(AllNotesDialog)
    old = os.umask(0o022)
    try:
        dialog.export_to(tmp_path / "notes.md")
        qtbot.waitUntil((tmp_path / "notes.md").exists)  # written off the GUI thread
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "notes.md").stat().st_mode) == 0o600
    assert "private thought" in (tmp_path / "notes.md").read_text(encoding="utf-8")
