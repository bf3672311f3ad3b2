"""Run under a real X server and window manager: open the bundled course's first lecture with the
outline, transcript and notes wanted, in a window of the first size, and report what a learner sees.

Prints one JSON line: the screen, the window's frame, the controls row's global rectangle, which
of its buttons are really on top at their centre, which panels show, which toggle buttons show,
and pixel statistics of the controls row grabbed from the screen. With a second argument it also
saves a screenshot of the whole screen there. Used by test_layout_screens.py as a subprocess
(QT_QPA_PLATFORM=xcb); the XDG folders come from the environment.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from smartcourse_desktop.context import Context
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.clock import FixedClock
from smartcourse_desktop.system.paths import Paths
from smartcourse_desktop.ui.main_window import MainWindow

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"
SETTLE_MS = 1500  # openbox maps, places and decorates the window; then the layout settles


def rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def on_top(widget: QWidget) -> bool:
    """The widget (or a child of it) is what the pointer would hit at its centre: nothing covers it."""
    found = QApplication.widgetAt(widget.mapToGlobal(widget.rect().center()))
    return found is not None and (found is widget or widget.isAncestorOf(found))


def distinct_colours(image: QImage, area: QRect) -> int:
    """Distinct colours on a 60×8 grid of samples inside `area` (in image pixels)."""
    return len({image.pixelColor(area.left() + area.width() * (i + 0.5) / 60,
                                 area.top() + area.height() * (j + 0.5) / 8).rgb()
                for i in range(60) for j in range(8)})


def report(app: QApplication, window: MainWindow, shot: Path | None) -> dict[str, object]:
    player = window.courses.lesson_pane.player
    assert player is not None
    controls = player.controls
    screen = window.screen()
    image = screen.grabWindow(0).toImage()
    if shot is not None:
        image.save(str(shot))
    ratio = image.width() / screen.geometry().width()
    box = rect(controls)
    area = QRect(*(round(v * ratio) for v in box)).intersected(image.rect())
    page = window.courses.page
    panels = getattr(window, "panels", None)  # None before panels could collapse (for a "before" screenshot)
    toggles = panels.toggles if panels is not None else {}
    return {
        "screen": [screen.geometry().x(), screen.geometry().y(), screen.geometry().width(),
                   screen.geometry().height()],
        "frame": [window.frameGeometry().x(), window.frameGeometry().y(), window.frameGeometry().width(),
                  window.frameGeometry().height()],
        "controls": box,
        "controls_visible": controls.isVisible(),
        "on_top": {name: on_top(button) for name, button in (
            ("play", controls.play_button), ("speed", controls.speed), ("captions", controls.captions_button),
            ("seek", controls.seek_bar))},
        "shown": {"picture": player.stage.isVisible(), "outline": page.outline.isVisible(),
                  "transcript": player.side.isVisible(), "notes": window.progress.dock.isVisible()},
        "picture": rect(player.stage),
        "toggles": {panel.value: button.isVisible() for panel, button in toggles.items()},
        "distinct": distinct_colours(image, area) if not area.isEmpty() else 0,
    }


def main(shot: Path | None) -> None:
    app = QApplication(sys.argv[:1])
    paths = Paths.default()
    paths.ensure_user_dirs()
    clock = FixedClock(datetime(2026, 9, 30, 12, 0))
    context = Context.create(paths, clock)
    context.settings.set("ui.show_notes", True)
    store = Store.open(paths.database, clock=clock)
    window = MainWindow(context, store)
    window.complete()
    window.show()
    course = context.library.find(BUNDLED_ID).course
    lecture = next(lesson for lesson in course.lessons if lesson.is_lecture and lesson.kind.value == "video")
    window.courses.open_course(BUNDLED_ID, lecture.id)

    def finish() -> None:
        try:
            print(json.dumps(report(app, window, shot)), flush=True)
        finally:
            window.close()
            app.quit()

    QTimer.singleShot(SETTLE_MS, finish)
    app.exec()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
