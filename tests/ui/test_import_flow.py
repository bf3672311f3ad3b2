"""Importing and removing courses in the window, with real packages on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from smartcourse_desktop.courses.packer import pack
from smartcourse_desktop.ui.main_window import MainWindow
from tests.package_factory import COURSE_ID, PAYLOAD, make_source, snapshot


@pytest.fixture
def window(qtbot, context, store) -> MainWindow:
    win = MainWindow(context, store)
    win.complete()
    qtbot.addWidget(win)
    win.show()
    return win


def package(tmp_path: Path, version: str = "1.0", payload: dict[str, bytes] | None = None) -> Path:
    source = make_source(tmp_path / f"src-{version}", version, payload)
    return pack(source, tmp_path / f"demo-{version}.smartcourse").path


def titles(window: MainWindow) -> list[str]:
    model = window.library.model
    return [model.index(r).data() for r in range(model.rowCount())]


def message_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())


def test_import_shows_the_course_in_the_library(qtbot, window, tmp_path, paths):
    with qtbot.waitSignal(window.import_flow.imported, timeout=20000) as signal:
        window.import_flow.import_paths([package(tmp_path)])
    assert signal.args == [COURSE_ID]
    assert "Demo course" in titles(window)
    assert (paths.user_library / COURSE_ID / "course.json").is_file()
    assert "Imported “Demo course”" in window.statusBar().currentMessage()


def test_dropping_a_package_on_the_window_imports_it(qtbot, window, tmp_path):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(package(tmp_path))), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_flow.imported, timeout=20000):
        window.dropEvent(event)
    assert event.isAccepted()
    assert "Demo course" in titles(window)


def test_broken_package_gives_a_message_and_changes_nothing(qtbot, window, tmp_path, paths):
    broken = tmp_path / "broken.smartcourse"
    good = package(tmp_path).read_bytes()
    broken.write_bytes(good[: len(good) // 2])
    before = snapshot(paths.user_library)
    window.import_flow.import_paths([broken])
    box = message_box(qtbot)
    assert "broken.smartcourse could not be imported" in box.text()
    box.close()
    assert snapshot(paths.user_library) == before
    assert "Demo course" not in titles(window)


def test_cancelled_import_leaves_nothing_behind(qtbot, window, tmp_path, paths):
    big = dict(PAYLOAD, **{f"media/part{i}.mp4": os.urandom(8_000_000) for i in range(6)})
    path = package(tmp_path, payload=big)
    cancelled_messages: list[str] = []
    window.import_flow.message.connect(cancelled_messages.append)
    window.import_flow.import_paths([path])
    dialog = window.import_flow.dialog
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_flow.task is None, timeout=20000)
    assert cancelled_messages[-1] == "Import cancelled; nothing was changed."
    assert not (paths.user_library / COURSE_ID).exists()
    assert not list(paths.user_library.glob(".staging-*"))
    assert "Demo course" not in titles(window)


def test_same_version_asks_before_replacing(qtbot, window, tmp_path):
    path = package(tmp_path)
    with qtbot.waitSignal(window.import_flow.imported, timeout=20000):
        window.import_flow.import_paths([path])
    window.import_flow.import_paths([path])
    box = message_box(qtbot)
    assert "“Demo course” version 1.0 is already installed" in box.text()
    assert COURSE_ID not in box.text()  # the title, never the id
    with qtbot.waitSignal(window.import_flow.imported, timeout=20000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def test_remove_asks_then_frees_space_and_keeps_progress(qtbot, window, tmp_path, paths, store):
    with qtbot.waitSignal(window.import_flow.imported, timeout=20000):
        window.import_flow.import_paths([package(tmp_path)])
    store.mark_complete(COURSE_ID, "r1")
    window.library.view.cards.setCurrentIndex(window.library.model.index(window.library.model.row_of(COURSE_ID)))
    window.courses.show_library()
    window.remove_action.trigger()
    box = message_box(qtbot)
    assert "Remove “Demo course”" in box.text() and "progress and notes are kept" in box.text()
    with qtbot.waitSignal(window.import_flow.removed, timeout=5000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not (paths.user_library / COURSE_ID).exists()
    assert "Demo course" not in titles(window)
    assert store.lesson(COURSE_ID, "r1").completed


def test_bundled_course_cannot_be_removed(qtbot, window):
    window.library.view.cards.setCurrentIndex(window.library.model.index(0))
    window.courses.show_library()
    window.remove_action.trigger()
    box = message_box(qtbot)
    assert "cannot be removed here" in box.text()


def test_package_handed_over_by_a_second_start_is_imported(qtbot, window, tmp_path):
    from smartcourse_desktop.ui.application import _receive

    with qtbot.waitSignal(window.import_flow.imported, timeout=20000):
        _receive(window, [str(package(tmp_path))])
    assert "Demo course" in titles(window)


def test_an_unexpected_failure_shows_no_raw_exception_text(qtbot, window):
    """A bug in the import (an untyped exception off the worker thread) is logged, not shown raw."""
    window.import_flow._failed(Path("demo.smartcourse"), KeyError("lessons"))
    box = message_box(qtbot)
    assert box.text().startswith("demo.smartcourse could not be imported")
    assert "lessons" not in box.text() and "KeyError" not in box.text()
    box.close()


def test_remove_failure_names_the_title_not_the_id(qtbot, window):
    installed = window.library.model.card(0).installed  # the bundled course: a read-only root
    window.import_flow._remove(installed)
    box = message_box(qtbot)
    assert f"“{installed.course.title}”" in box.text() and installed.course.id not in box.text()
    assert box.windowTitle() == "Remove course"
    box.close()
