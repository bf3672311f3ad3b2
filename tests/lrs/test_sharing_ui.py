"""The learner's side: what is shared, in plain words; told before anything is sent; the status bar."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from smartcourse_desktop.context import Context
from smartcourse_desktop.records.learning_record import attach_recorder
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.player.vlc_player import PlaybackState
from tests.lrs.conftest import write_credentials
from tests.lrs.ralph_lrs import RalphServer

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"
SHORT_ID = "org.example.short"


def window_for(qtbot, context, store) -> MainWindow:
    attach_recorder(store, context.policy)
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def table_texts(window: MainWindow) -> list[list[str]]:
    table = window.progress.sharing.dialog.table
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def test_what_is_shared_lists_the_records_in_plain_words_and_nothing_is_sent(qtbot, context, store):
    window = window_for(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    course = window.courses.page.course
    reading = next(lesson for lesson in course.lessons if not lesson.is_lecture)
    window.courses.page.outline.select_lesson(reading.id)
    qtbot.mouseClick(window.courses.lesson_pane.done_button, Qt.MouseButton.LeftButton)
    window.progress.sharing.start()
    window.progress.shared_action.trigger()
    dialog = window.progress.sharing.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 3)
    rows = table_texts(window)
    whats = [row[1] for row in rows]
    assert f"Marked “{reading.title}” as done" in whats
    assert f"Opened “{reading.title}”" in whats and f"Opened “{course.title}”" in whats
    assert {row[2] for row in rows} == {"Kept on this computer"}
    assert "nothing is sent" in dialog.explanation.text()
    assert "never shared" in dialog.explanation.text()
    assert window.progress.sharing.worker is None
    assert not window.progress.sharing_label.isVisible()


def short_course(paths) -> None:
    folder = paths.user_library / SHORT_ID
    folder.mkdir(parents=True)
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "lecture.mp4", folder)
    lesson = {"id": "l1", "kind": "video", "title": "Short lecture", "duration": 4.0, "media": "lecture.mp4"}
    (folder / "course.json").write_text(json.dumps({
        "id": SHORT_ID, "version": "1.0", "title": "A short course", "languages": ["en"],
        "publisher": "Test", "authors": ["Test"], "license": "CC0", "files": [],
        "modules": [{"id": "m1", "title": "Only module", "lessons": [lesson]}],
    }))


def test_a_lecture_played_through_reaches_the_lrs_after_the_learner_was_told(qtbot, paths, store, ralph: RalphServer):
    credentials = write_credentials(paths.data)
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(f'lrs_endpoint = "{ralph.endpoint}"\nlrs_credentials_file = "{credentials}"\n'
                                 'lrs_home_page = "https://city.example.org"\nlrs_send_backlog = true\n')
    short_course(paths)
    context = Context.create(paths)
    context.settings.set("player.rate", 2.0)
    window = window_for(qtbot, context, store)
    window.courses.open_course(SHORT_ID)
    window.courses.page.outline.select_lesson("l1")
    player = window.courses.lesson_pane.player
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    with qtbot.waitSignal(window.navigator.progress_changed, timeout=10000):
        player.play()
    window.courses.page.outline.select_lesson("l1")  # nothing else to open; closing happens at quit
    player.close_lesson()
    sharing = window.progress.sharing
    sharing.start()
    assert isinstance(sharing.notice, QMessageBox) and sharing.notice.isVisible()
    assert ralph.endpoint in sharing.notice.text() and "never sent" in sharing.notice.text()
    store.flush()
    assert ralph.stored() == [] and sharing.worker is None  # told first, then sent
    sharing.notice.accept()
    qtbot.waitUntil(lambda: "0 waiting" in window.progress.sharing_label.text(), timeout=30000)
    sharing.stop()
    verbs = [s["verb"]["display"]["en-US"] for s in ralph.stored()]
    assert {"launched", "initialized", "played", "completed", "terminated"} <= set(verbs)
    assert sorted(s["id"] for s in ralph.stored()) == sorted(s["id"] for s in store.recorder.outbox.statements())
    window.progress.shared_action.trigger()
    dialog = sharing.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(verbs))
    assert {row[2] for row in table_texts(window)} == {"Sent"}
    assert ralph.endpoint in dialog.explanation.text()
    assert "Completed “Short lecture”" in [row[1] for row in table_texts(window)]


def test_an_lrs_the_learner_names_in_preferences_is_used_after_the_notice(qtbot, paths, store, ralph: RalphServer):
    from PySide6.QtWidgets import QDialogButtonBox

    from smartcourse_desktop.ui.settings_dialog import SettingsDialog

    credentials = write_credentials(paths.data)
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(f'lrs_learner_endpoint = true\nlrs_credentials_file = "{credentials}"\n'
                                 'lrs_home_page = "https://city.example.org"\nlrs_send_backlog = true\n')
    context = Context.create(paths)
    window = window_for(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    sharing = window.progress.sharing
    sharing.start()
    assert sharing.worker is None and sharing.notice is None  # no address yet: nothing at all
    window.preferences_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    qtbot.keyClicks(dialog.editors["lrs.endpoint"], ralph.endpoint)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert context.settings.get("lrs.endpoint") == ralph.endpoint
    qtbot.waitUntil(lambda: isinstance(sharing.notice, QMessageBox) and sharing.notice.isVisible())
    assert ralph.endpoint in sharing.notice.text() and "never sent" in sharing.notice.text()
    store.flush()
    assert ralph.stored() == [] and sharing.worker is None  # told first, then sent
    sharing.notice.accept()
    qtbot.waitUntil(lambda: "0 waiting" in window.progress.sharing_label.text(), timeout=30000)
    assert "launched" in [s["verb"]["display"]["en-US"] for s in ralph.stored()]
    assert sorted(s["id"] for s in ralph.stored()) == sorted(s["id"] for s in store.recorder.outbox.statements())
    worker = sharing.worker
    sharing.set_learner_endpoint("")  # the learner empties the field again: sending stops
    assert sharing.worker is None and not window.progress.sharing_label.isVisible()
    worker.stop()
    assert not worker._thread.is_alive()
