"""“Up next: <title> in 5 s — Cancel”: the countdown shown when a lecture ends and "play the next
lecture automatically" has another one to play (records/playback.py `next_lecture` says which).

The countdown is a QTimer ticking once a second, so tests drive it by emitting its timeout."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smartcourse_desktop.courses.model import Lesson
from smartcourse_desktop.ui.text import embedded, plain

COUNTDOWN_S = 5


class UpNext(QFrame):
    """Emits `due(lesson_id)` when the countdown runs out; Cancel (or `cancel()`) stops it."""

    due = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upNext")
        self.setAccessibleName(self.tr("Up next"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = plain(QLabel())
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel playing the next lecture"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._lesson: Lesson | None = None
        self._left = 0
        self.hide()

    @property
    def active(self) -> bool:
        return self._lesson is not None

    def start(self, lesson: Lesson, focus: bool) -> None:
        """Count down to `lesson`; `focus` puts the keyboard on Cancel (the learner was in the player)."""
        self._lesson, self._left = lesson, COUNTDOWN_S
        self._show_left()
        self.show()
        if focus:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.timer.start()

    def cancel(self) -> None:
        self.timer.stop()
        self._lesson = None
        self.hide()

    def _tick(self) -> None:
        lesson = self._lesson
        if lesson is None:
            return  # cancelled
        self._left -= 1
        if self._left > 0:
            self._show_left()
            return
        self.cancel()
        self.due.emit(lesson.id)

    def _show_left(self) -> None:
        assert self._lesson is not None
        text = self.tr("Up next: %1 in %2 s").replace("%2", str(self._left)).replace("%1", embedded(self._lesson.title))
        self.label.setText(text)
        self.setAccessibleDescription(text)
