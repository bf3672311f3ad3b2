"""The control bar: play/pause, skip, a seek bar with chapter marks, time, speed, volume, options."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProxyStyle,
    QSlider,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.records.notes import clock

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
ARROW_SECONDS = 5.0  # the arrow keys, as the seek bar's steps (5000 ms)
SKIP_SECONDS = 10.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Controls", text)


def rate_text(rate: float) -> str:
    return _tr("%1×").replace("%1", f"{rate:g}")


class AbsoluteClickStyle(QProxyStyle):
    """The application style, except that a left click on a slider's groove jumps there, as in media players."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return Qt.MouseButton.LeftButton.value
        return super().styleHint(hint, option, widget, returnData)


class SeekBar(QSlider):
    """A horizontal slider in milliseconds that also draws a mark at each chapter start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("seekBar")
        self._style = AbsoluteClickStyle()
        self._style.setParent(self)
        self.setStyle(self._style)
        self.setAccessibleName(_tr("Position in the lecture"))
        self.setSingleStep(5000)
        self.setPageStep(10000)
        self._marks: list[int] = []

    def set_chapter_marks(self, starts_ms: list[int]) -> None:
        self._marks = starts_ms
        self.update()

    def mark_x(self, value: int) -> int:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderGroove, self)
        return groove.left() + QStyle.sliderPositionFromValue(
            self.minimum(), self.maximum(), value, max(groove.width(), 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._marks or self.maximum() <= 0:
            return
        painter = QPainter(self)
        painter.setPen(QColor(self.palette().highlight().color()).darker(150))
        for start in self._marks:
            x = self.mark_x(start)
            painter.drawLine(QPoint(x, 2), QPoint(x, self.height() - 3))


class Controls(QWidget):
    seek_requested = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerControls")
        self.play_button = self._button(QStyle.StandardPixmap.SP_MediaPlay, _tr("Play"))
        self.back_button = self._button(QStyle.StandardPixmap.SP_MediaSeekBackward, _tr("Back 10 seconds"))
        self.forward_button = self._button(QStyle.StandardPixmap.SP_MediaSeekForward, _tr("Forward 10 seconds"))
        self.mute_button = self._button(QStyle.StandardPixmap.SP_MediaVolume, _tr("Mute"), checkable=True)
        self.captions_button = self._button(None, _tr("Captions"), checkable=True, text=_tr("CC"))
        self.fullscreen_button = self._button(QStyle.StandardPixmap.SP_TitleBarMaxButton, _tr("Full screen"))
        self.more_button = self._button(None, _tr("Player options"), text=_tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.seek_bar = SeekBar()
        self.seek_bar.sliderReleased.connect(lambda: self.seek_requested.emit(self.seek_bar.value() / 1000))
        self.seek_bar.actionTriggered.connect(self._slider_action)
        self.time_label = QLabel(clock(0) + " / " + clock(0))
        self.time_label.setObjectName("timeLabel")
        self.time_label.setAccessibleName(_tr("Elapsed and total time"))
        self.speed = QComboBox()
        self.speed.setAccessibleName(_tr("Playback speed"))
        for rate in RATES:
            self.speed.addItem(rate_text(rate), rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(110)
        self.volume.setMinimumWidth(50)
        self.volume.setAccessibleName(_tr("Volume"))
        self._layout()

    def _button(self, icon: QStyle.StandardPixmap | None, name: str, checkable: bool = False,
                text: str = "") -> QToolButton:
        button = QToolButton()
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        else:
            button.setText(text or name)
        return button

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, self.back_button, self.forward_button):
            row.addWidget(widget)
        row.addStretch(1)
        for control in (self.speed, self.mute_button, self.volume, self.captions_button,
                        self.fullscreen_button, self.more_button):
            row.addWidget(control)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        seek_row = QHBoxLayout()
        seek_row.addWidget(self.seek_bar, 1)
        seek_row.addWidget(self.time_label)
        layout.addLayout(seek_row)
        layout.addLayout(row)

    def _slider_action(self, action: int) -> None:
        """Keyboard and page clicks on the seek bar seek at once (dragging seeks on release)."""
        if not self.seek_bar.isSliderDown():
            self.seek_requested.emit(self.seek_bar.sliderPosition() / 1000)

    # -- showing the player's state ---------------------------------------------------------
    def show_playing(self, playing: bool) -> None:
        name = _tr("Pause") if playing else _tr("Play")
        self.play_button.setAccessibleName(name)
        self.play_button.setToolTip(name)
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))

    def show_time(self, position: float, duration: float) -> None:
        if not self.seek_bar.isSliderDown():
            self.seek_bar.blockSignals(True)
            self.seek_bar.setMaximum(int(duration * 1000))
            self.seek_bar.setValue(int(position * 1000))
            self.seek_bar.blockSignals(False)
        self.time_label.setText(f"{clock(position)} / {clock(duration)}")

    def show_rate(self, rate: float) -> None:
        index = self.speed.findData(rate)
        self.speed.blockSignals(True)
        self.speed.setCurrentIndex(index if index >= 0 else RATES.index(1.0))
        self.speed.blockSignals(False)

    def show_volume(self, volume: int, muted: bool) -> None:
        for widget in (self.volume, self.mute_button):
            widget.blockSignals(True)
        self.volume.setValue(volume)
        self.mute_button.setChecked(muted)
        for widget in (self.volume, self.mute_button):
            widget.blockSignals(False)
        self.mute_button.setAccessibleName(_tr("Unmute") if muted else _tr("Mute"))
        pixmap = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self.mute_button.setIcon(self.style().standardIcon(pixmap))


def step_rate(rate: float, steps: int) -> float:
    """The next speed up (steps > 0) or down from `rate`, within 0.5×–2×."""
    index = min(range(len(RATES)), key=lambda i: abs(RATES[i] - rate))
    return RATES[min(max(index + steps, 0), len(RATES) - 1)]
