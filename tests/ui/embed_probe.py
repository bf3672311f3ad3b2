"""Run under a real X server: play the test lecture embedded in a window and grab the screen.

Prints one JSON line with pixel statistics of the video area, before and while playing.
Used by test_player_embed.py as a subprocess (QT_QPA_PLATFORM=xcb).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from smartcourse_desktop.courses.model import Course, Lesson, LessonKind, Module
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.player.vlc_player import PlaybackState

MEDIA = Path(__file__).parent.parent / "fixtures"


def stats(image: QImage, rect: QRect) -> dict[str, float]:
    """Distinct colours and mean brightness over a 40×40 grid of samples inside `rect`."""
    colours, total, count = set(), 0.0, 0
    for i in range(40):
        for j in range(40):
            colour = image.pixelColor(rect.left() + rect.width() * (i + 0.5) / 40,
                                      rect.top() + rect.height() * (j + 0.5) / 40)
            colours.add(colour.rgb())
            total += colour.lightness()
            count += 1
    return {"distinct": len(colours), "mean": total / count}


def main(scratch: Path) -> None:
    app = QApplication(sys.argv[:1])
    store = Store.open(scratch / "progress.db")
    widget = PlayerWidget(store, Settings(scratch / "settings.json"))
    widget.resize(900, 560)
    widget.show()
    lesson = Lesson("l1", LessonKind.VIDEO, "Embedded", 4.0, media="lecture.mp4")
    course = Course("t", "1", "T", ("en",), "p", (), "CC0", "", (Module("m", "M", (lesson,)),), (), MEDIA)
    result: dict[str, object] = {}
    surface = widget.stage  # the picture area: the card before playing, the video surface after

    def grab() -> dict[str, float]:
        image = app.primaryScreen().grabWindow(0).toImage()
        top_left = surface.mapToGlobal(surface.rect().topLeft())
        return stats(image, QRect(top_left, surface.size()).adjusted(8, 8, -8, -8))

    def on_state(state: PlaybackState) -> None:
        if state == PlaybackState.READY and "empty" not in result:
            result["empty"] = grab()
            widget.play()
        elif state == PlaybackState.ERROR:
            finish({"error": widget.message.text()})

    def on_position(ms: int) -> None:
        if ms > 1200 and "playing" not in result:
            result["playing"] = grab()
            widget.player.pause()
            finish(result)

    def finish(data: dict[str, object]) -> None:
        print(json.dumps(data), flush=True)
        widget.shutdown()
        app.quit()

    widget.open_lesson(course, lesson, store.lesson(course.id, lesson.id))
    widget.player.state_changed.connect(on_state)
    widget.player.position_changed.connect(on_position)
    QTimer.singleShot(15000, lambda: finish({"error": "timed out", **result}))
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
