"""Run under a real X server and window manager: play the bundled course's first lecture in the
player, seek into the middle of a slide, and sample the picture for a few seconds.

Prints one JSON line: how many of the samples after the seek were flat grey (the picture a decoder
draws from a frame whose reference it does not have) and how many showed the slide. Used by
test_player_wm.py (QT_QPA_PLATFORM=xcb, openbox on its own Xvfb at 1366×768).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMainWindow
from wm_probe import until  # run as a script beside it (test_player_wm.py)

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.paths import assets_dir
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.player.vlc_player import PlaybackState

SAMPLES = 20  # every 150 ms: 3 s after the seek
SAMPLE_MS = 150


def grey(colour: QColor) -> bool:
    """Mid grey, as a decoder conceals a picture without its reference (Y=U=V=128)."""
    return all(110 <= c <= 150 for c in (colour.red(), colour.green(), colour.blue())) and (
        max(colour.red(), colour.green(), colour.blue()) - min(colour.red(), colour.green(), colour.blue()) <= 6)


class Probe:
    def __init__(self, app: QApplication, scratch: Path, target: float, rate: float) -> None:
        self.app, self.target, self.rate = app, target, rate
        self.store = Store.open(scratch / "progress.db")
        self.window = QMainWindow()
        self.player = PlayerWidget(self.store, Settings(scratch / "settings.json"))
        self.window.setCentralWidget(self.player)
        self.window.resize(1000, 640)
        self.window.show()
        self.course = load_course(assets_dir() / "course" / "smart-cities-for-city-officials")
        self.lesson = next(lesson for lesson in self.course.lessons if lesson.kind.value == "video")
        self.samples: list[str] = []

    def start(self) -> None:
        self.player.open_lesson(self.course, self.lesson, self.store.lesson(self.course.id, self.lesson.id))
        self.until(lambda: self.player.player.state == PlaybackState.READY, self.play)
        self.until(lambda: self.player.player.position > 1.0, self.seek)

    def play(self) -> None:
        self.player.set_rate(self.rate)
        self.player.play()

    def seek(self) -> None:
        self.player.seek(self.target)
        QTimer.singleShot(SAMPLE_MS, self.sample)

    def sample(self) -> None:
        image = self.app.primaryScreen().grabWindow(0).toImage()
        self.samples.append(self.kind(image))
        if len(self.samples) < SAMPLES:
            QTimer.singleShot(SAMPLE_MS, self.sample)
            return
        self.finish({"samples": self.samples, "grey": self.samples.count("grey"),
                     "position": round(self.player.player.position, 1)})

    def kind(self, image: QImage) -> str:
        """What the middle of the picture area shows: grey, or anything else (the slide)."""
        surface = self.player.stage.surface
        area = QRect(surface.mapToGlobal(QPoint(0, 0)), surface.size())
        centre = area.center()
        points = [QPoint(centre.x() + dx, centre.y() + dy) for dx in (-60, 0, 60) for dy in (-40, 0, 40)]
        colours = [QColor(image.pixel(p)) for p in points]
        return "grey" if sum(grey(c) for c in colours) >= 7 else "picture"

    def until(self, condition: Callable[[], bool], then: Callable[[], None], timeout_ms: int = 15000) -> None:
        until(self.window, condition, then, lambda: self.finish({"error": "timed out"}), timeout_ms)

    def finish(self, data: dict[str, object]) -> None:
        print(json.dumps(data), flush=True)
        self.player.shutdown()
        self.app.quit()


def main(scratch: Path, target: float, rate: float) -> None:
    app = QApplication(sys.argv[:1])
    probe = Probe(app, scratch, target, rate)
    probe.start()
    QTimer.singleShot(60000, lambda: probe.finish({"error": "timed out"}))
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]))
