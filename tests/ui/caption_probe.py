"""Run under a real X server and window manager: open a lecture in the middle of a cue and play it,
then grab the caption box once playback has started and count its white (text) pixels.

The lecture is plain blue, so white inside the caption box can only be the caption's text. The
first cue after starting playback used to stay beneath libVLC's newly mapped picture until the
next cue. Prints one JSON line. Used by test_player_wm.py (QT_QPA_PLATFORM=xcb, openbox on its
own Xvfb at 1366×768).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMainWindow
from wm_probe import global_rect, one_lecture, until  # run as a script beside it (test_player_wm.py)

from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.player.vlc_player import PlaybackState

START = 6.0  # seconds: inside the second cue (5–10 s)
LOOK_UNTIL = 8.5  # keep looking (the X server may lag) while the same cue is still on
LOOK_EVERY_MS = 100


def white_pixels(image: QImage, box: QRect) -> int:
    """In `box` (logical pixels) of a screen grab (device pixels, e.g. 1.5 per logical one)."""
    ratio = image.devicePixelRatio()
    left, top = round(box.left() * ratio), round(box.top() * ratio)
    right, bottom = round((box.right() + 1) * ratio), round((box.bottom() + 1) * ratio)
    return sum(1 for x in range(left, right, 2) for y in range(top, bottom, 2) if _white(QColor(image.pixel(x, y))))


def _white(colour: QColor) -> bool:
    return min(colour.red(), colour.green(), colour.blue()) > 200


class Probe:
    def __init__(self, app: QApplication, scratch: Path, media: Path) -> None:
        self.app = app
        self.store = Store.open(scratch / "progress.db")
        self.window = QMainWindow()
        self.player = PlayerWidget(self.store, Settings(scratch / "settings.json"))
        self.window.setCentralWidget(self.player)
        self.window.resize(880, 480)  # logical pixels: within 1366×768 at 1.5× scaling
        self.window.show()
        self.course, self.lesson = one_lecture(media, "Captions", 20.0)

    def start(self) -> None:
        self.player.open_lesson(self.course, self.lesson, self.store.lesson("t", "l1"), start=START)
        self.until(lambda: self.player.player.state == PlaybackState.READY, self.play)
        self.until(lambda: self.player.player.state == PlaybackState.PLAYING
                   and self.player.player.position > START + 0.2, self.look)

    def play(self) -> None:
        self.before_play = self.player.stage.captions.isVisible()
        self.player.play()

    def until(self, condition: Callable[[], bool], then: Callable[[], None]) -> None:
        until(self.window, condition, then, lambda: self.finish({"error": "timed out"}))

    def look(self) -> None:
        position = self.player.player.position
        captions = self.player.stage.captions
        box = global_rect(captions)
        white = white_pixels(self.app.primaryScreen().grabWindow(0).toImage(), box) if captions.isVisible() else 0
        if white > 20 or position > LOOK_UNTIL:
            self.finish({"position": position, "shown": captions.isVisible(), "white": white,
                         "shown_before_play": self.before_play})
        else:
            QTimer.singleShot(LOOK_EVERY_MS, self.look)

    def finish(self, data: dict[str, object]) -> None:
        print(json.dumps(data), flush=True)
        self.player.shutdown()
        self.app.quit()


def main(scratch: Path, media: Path) -> None:
    app = QApplication(sys.argv[:1])
    probe = Probe(app, scratch, media)
    probe.start()
    QTimer.singleShot(60000, lambda: probe.finish({"error": "timed out"}))
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
