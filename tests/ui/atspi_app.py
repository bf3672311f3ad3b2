"""The app for the AT-SPI walk (test_atspi.py): the main window with the bundled course's first
lecture open and playing, until the walker ends it. Run with the venv's Python, QT_QPA_PLATFORM=xcb
and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 inside a D-Bus session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from smartcourse_desktop.context import Context
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.clock import SystemClock
from smartcourse_desktop.system.paths import Paths
from smartcourse_desktop.ui.application import create_application
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.player.vlc_player import PlaybackState

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"
STATUS = "Status message for the screen reader"
LIFETIME_MS = 90_000  # never outlive a walker that died


def main() -> None:
    app = create_application(sys.argv[:1])
    paths = Paths.default()
    paths.ensure_user_dirs()
    clock = SystemClock()
    store = Store.open(paths.database, clock=clock)
    window = MainWindow(Context.create(paths, clock), store)
    window.complete()
    window.resize(1280, 800)
    window.show()
    window.courses.open_course(BUNDLED_ID)
    lecture = next(each for each in window.courses.page.course.lessons if each.kind.value == "video")
    window.courses.page.outline.select_lesson(lecture.id)
    player = window.courses.lesson_pane.player

    def on_state(state: PlaybackState) -> None:
        if state == PlaybackState.READY:
            player.play()
        elif state == PlaybackState.PLAYING:
            status.start()
            print("playing", flush=True)

    def show_status() -> None:  # as the import, the library and the course page do; again while the walker listens
        window.statusBar().clearMessage()
        window.statusBar().showMessage(STATUS)

    status = QTimer(window, interval=2000)
    status.timeout.connect(show_status)

    player.player.state_changed.connect(on_state)
    QTimer.singleShot(LIFETIME_MS, app.quit)
    app.exec()
    player.shutdown()
    store.close()


if __name__ == "__main__":
    main()
