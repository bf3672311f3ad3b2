""""Mark as done" when the progress can't be saved: the window says why and shows what is stored."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import StoreWriteError
from tests.records.test_store_faults import fill, locked, small_disk  # noqa: F401  (a fixture)
from tests.ui.test_main_window import BUNDLED_ID, lesson_index, make_window


def open_reading(window):
    window.courses.open_course(BUNDLED_ID)
    lesson, index = lesson_index(window, "reading")
    window.courses.page.outline.setCurrentIndex(index)
    return lesson


def shown_as_done(window, lesson_id: str) -> bool:
    item = window.courses.page.outline._lesson_items[lesson_id][2]
    return item.data(Qt.ItemDataRole.AccessibleTextRole) == "done"


def test_mark_as_done_on_a_locked_database_is_pending_until_stored(qtbot, context, paths):
    store = Store.open(paths.database, flush_interval=0.1)
    try:
        window = make_window(qtbot, context, store)
        lesson = open_reading(window)
        button = window.courses.lesson_pane.done_button
        with locked(store.path):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert not store.lesson(BUNDLED_ID, lesson.id).completed
            assert button.isVisible() and not button.isEnabled() and button.text() == "Saving…"
            assert "another program" in window.statusBar().currentMessage()
            assert not shown_as_done(window, lesson.id)
        qtbot.waitUntil(lambda: not button.isVisible(), timeout=30000)
        assert store.lesson(BUNDLED_ID, lesson.id).completed and shown_as_done(window, lesson.id)
        window.close()
    finally:
        store.close()


def test_mark_as_done_on_a_full_disk_says_so_and_keeps_the_button(qtbot, context, small_disk):  # noqa: F811
    store = Store.open(small_disk / "progress.sqlite3", flush_interval=3600)
    filler = None
    try:
        window = make_window(qtbot, context, store)
        lesson = open_reading(window)
        filler = fill(small_disk)
        with contextlib.suppress(StoreWriteError):
            for number in range(200):  # until the WAL has no room left either
                store.mark_complete("org.example.filler", f"lesson-{number}")
        button = window.courses.lesson_pane.done_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        box = next((b for b in window.findChildren(QMessageBox) if b.isVisible()), None)
        assert box is not None and "disk is full" in box.text() and "earlier progress is safe" in box.text()
        assert "Your progress is saved" not in box.text()
        assert button.isVisible() and button.isEnabled() and button.text() == "Mark as done"
        assert not store.lesson(BUNDLED_ID, lesson.id).completed and not shown_as_done(window, lesson.id)
        window.close()
    finally:
        if filler is not None:
            filler.unlink()
        store.close()


def test_deleting_a_note_on_a_locked_database_says_so_and_keeps_it(qtbot, context, store):
    window = make_window(qtbot, context, store)
    lesson = open_reading(window)
    store.add_note(BUNDLED_ID, lesson.id, "Ask the mayor")
    panel = window.progress.notes
    panel.refresh()
    panel.list.setCurrentRow(0)
    with locked(store.path):
        panel.delete_selected()
    box = next(b for b in panel.findChildren(QMessageBox) if b.isVisible())
    assert "another program" in box.text()
    assert [n.body for n in store.notes(BUNDLED_ID)] == ["Ask the mayor"] and panel.list.count() == 1
