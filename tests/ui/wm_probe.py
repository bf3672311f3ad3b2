"""Run under a real X server and window manager: play a letterboxed lecture in a window with an
outline and a Notes dock, change the layout while it plays, and grab the screen after each change.

Prints one JSON line: for each step, how many sampled pixels of the video surface outside the
picture (and outside the caption box) are not black, and where the caption box is. Used by
test_player_wm.py, which starts Xvfb at 1366×768 and openbox for it (QT_QPA_PLATFORM=xcb).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
)

from smartcourse_desktop.courses.model import Course, Lesson, LessonKind, Module
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.player.vlc_player import PlaybackState

VIDEO = (384, 216)  # the lecture's frame size (16:9): letterboxed beside the transcript
STEP = 3  # sample every third pixel
SETTLE_MS = 4000  # how long a change may take to look right (each check is retried until then)
WORDS = "Parking policy shapes the city and who gets a say in it"


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def picture_rect(surface: QRect) -> QRect:
    """Where libVLC draws the frame: as large as fits, centred (square pixels)."""
    scale = min(surface.width() / VIDEO[0], surface.height() / VIDEO[1])
    width, height = round(VIDEO[0] * scale), round(VIDEO[1] * scale)
    return QRect(surface.x() + (surface.width() - width) // 2, surface.y() + (surface.height() - height) // 2,
                 width, height)


def lit(image: QImage, x: int, y: int) -> bool:
    colour = QColor(image.pixel(x, y))
    return max(colour.red(), colour.green(), colour.blue()) > 40


def band_leftovers(image: QImage, surface: QRect, skip: list[QRect]) -> int:
    """Sampled pixels of `surface` outside the picture and `skip` that are not black."""
    keep_out = [picture_rect(surface).adjusted(-3, -3, 3, 3), *(r.adjusted(-2, -2, 2, 2) for r in skip)]
    inner = surface.adjusted(1, 1, -1, -1)
    return sum(1 for x in range(inner.left(), inner.right(), STEP) for y in range(inner.top(), inner.bottom(), STEP)
               if not any(r.contains(x, y) for r in keep_out) and lit(image, x, y))


def one_lecture(media: Path, title: str, duration: float) -> tuple[Course, Lesson]:
    """A course of one captioned lecture, `lecture.mp4` and `lecture.vtt` in `media`. Shared with caption_probe.py."""
    lesson = Lesson("l1", LessonKind.VIDEO, title, duration, media="lecture.mp4", captions={"en": "lecture.vtt"})
    return Course("t", "1", "T", ("en",), "p", (), "CC0", "", (Module("m", "M", (lesson,)),), (), media), lesson


def until(parent: QObject, condition: Callable[[], bool], then: Callable[[], None], timed_out: Callable[[], None],
          timeout_ms: int = 15000) -> None:
    """Call `then` once `condition` holds (checked every 50 ms), or `timed_out` after `timeout_ms`:
    waiting on state, not for a time. Shared with seek_probe.py."""
    timer = QTimer(parent)
    waited = [0]

    def check() -> None:
        waited[0] += 50
        if waited[0] > timeout_ms:
            timer.stop()
            timed_out()
        elif condition():
            timer.stop()
            timer.deleteLater()
            then()

    timer.timeout.connect(check)
    timer.start(50)


class Probe:
    def __init__(self, app: QApplication, scratch: Path, media: Path, shots: Path | None) -> None:
        self.app, self.shots, self.result = app, shots, {}
        self.store = Store.open(scratch / "progress.db")
        self.window = QMainWindow()
        self.window.setWindowTitle("Player layout probe")
        self.player = PlayerWidget(self.store, Settings(scratch / "settings.json"))
        outline = QTreeWidget()
        outline.setHeaderLabels(["Lesson"])
        for i in range(30):
            QTreeWidgetItem(outline, [f"{i + 1}. {WORDS}"])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(outline)
        splitter.addWidget(self.player)
        splitter.setSizes([300, 900])
        self.window.setCentralWidget(splitter)
        self.notes = QDockWidget("Notes")
        self.notes.setWidget(QPlainTextEdit("\n".join(f"{WORDS} ({i})" for i in range(40))))
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes)
        self.window.resize(1300, 700)
        self.window.show()
        self.course, self.lesson = one_lecture(media, "Layout", 60.0)

    def start(self) -> None:
        self.player.open_lesson(self.course, self.lesson, self.store.lesson("t", "l1"))
        self.until(lambda: self.player.player.state == PlaybackState.READY, self.player.play)
        steps: list[tuple[str, Callable[[], None]]] = [
            ("playing", lambda: None),
            ("notes-closed", self.notes.hide),
            ("notes-open", self.notes.show),
            ("full-screen", self.player.toggle_fullscreen),
            ("after-full-screen", self.player.toggle_fullscreen),
            ("resized", lambda: self.window.resize(1000, 640)),
        ]
        self.until(lambda: self.player.player.position > 0.5, lambda: self.run(steps))

    def until(self, condition: Callable[[], bool], then: Callable[[], None], timeout_ms: int = 15000) -> None:
        until(self.window, condition, then, lambda: self.finish({"error": "timed out", **self.result}), timeout_ms)

    def run(self, steps: list[tuple[str, Callable[[], None]]]) -> None:
        if not steps:
            self.captions_off()
            return
        (name, change), rest = steps[0], steps[1:]
        change()
        frames_at = self.player.player.position
        # two time reports after the change: libVLC has drawn at the new size; then the bands must clear
        self.until(lambda: self.player.player.position > frames_at + 0.4,
                   lambda: self.measure(name, lambda: self.run(rest)))

    def measure(self, name: str, then: Callable[[], None]) -> None:
        waited = [0]

        def look() -> None:
            image = self.app.primaryScreen().grabWindow(0).toImage()
            data = self.look(image)
            waited[0] += 100
            if data["leftovers"] and waited[0] < SETTLE_MS:
                QTimer.singleShot(100, look)
                return
            self.result[name] = data
            if self.shots is not None:
                image.save(str(self.shots / f"{name}.png"))
            then()

        look()

    def look(self, image: QImage) -> dict[str, object]:
        stage = self.player.stage
        surface, box = global_rect(stage.surface), global_rect(stage.captions)
        shown = stage.captions.isVisible()
        return {
            "leftovers": band_leftovers(image, surface, [box] if shown else []),
            "surface": [surface.x(), surface.y(), surface.width(), surface.height()],
            "picture": picture_rect(surface).getRect(),
            "caption": [box.x(), box.y(), box.width(), box.height()] if shown else None,
            "caption_lit": sum(1 for x in range(box.left(), box.right(), 2) for y in range(box.top(), box.bottom(), 2)
                               if lit(image, x, y)) if shown else 0,
            "full_screen": self.window.isFullScreen(),
        }

    def captions_off(self) -> None:
        """Paused with a caption in the band below the picture, switching captions off clears it."""
        self.player.player.pause()
        self.until(lambda: self.player.player.state == PlaybackState.PAUSED
                   and self.player.stage.captions.isVisible(), self._switch_off)

    def _switch_off(self) -> None:
        self.result["caption-before-off"] = self.look(self.app.primaryScreen().grabWindow(0).toImage())
        self.player.controls.captions_button.click()
        self.measure("captions-off", lambda: self.finish(self.result))

    def finish(self, data: dict[str, object]) -> None:
        print(json.dumps(data), flush=True)
        self.player.shutdown()
        self.app.quit()


def main(scratch: Path, media: Path, shots: Path | None) -> None:
    app = QApplication(sys.argv[:1])
    probe = Probe(app, scratch, media, shots)
    probe.start()
    QTimer.singleShot(90000, lambda: probe.finish({"error": "timed out", **probe.result}))
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
