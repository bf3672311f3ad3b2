"""The control bar: play/pause, skip, a seek bar with chapter marks, time, speed, volume, options."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProxyStyle,
    QSlider,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.records.notes import clock
from smartcourse_desktop.ui.accessible import LabelledComboBox
from smartcourse_desktop.ui.palette import toward_contrast
from smartcourse_desktop.ui.text import translate

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
ARROW_SECONDS = 5.0  # the arrow keys, as the seek bar's steps (5000 ms)
SKIP_SECONDS = 10.0
PLAYED_CONTRAST = 4.2  # of the palette's highlight; the style draws the played part a little lighter
SPOKEN_POSITION_MS = 5000  # while playing, the seek bar's value (which screen readers follow) moves this often



def rate_text(rate: float) -> str:
    return translate("Controls", "%1×").replace("%1", QLocale().toString(rate, "g", 6))


class AbsoluteClickStyle(QProxyStyle):
    """The application style, except that a left click on a slider's groove jumps there, as in media players."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return Qt.MouseButton.LeftButton.value
        return super().styleHint(hint, option, widget, returnData)


class SeekBar(QSlider):
    """A horizontal slider in milliseconds that also draws a mark at each chapter start.

    Playback moves only the handle (`show_position`, no tracking): Qt sends screen readers a value
    change for every `setValue`, which while playing would be several a second. The value, and the
    time text in the accessible description ("1:31 of 3:37"), follow every SPOKEN_POSITION_MS, and
    at once when the learner seeks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("seekBar")
        self._style = AbsoluteClickStyle()
        self._style.setParent(self)
        self.setStyle(self._style)
        self.setAccessibleName(translate("Controls", "Position in the lecture"))
        self.setTracking(False)
        self.setSingleStep(5000)
        self.setPageStep(10000)
        self._marks: list[int] = []
        self.valueChanged.connect(self._describe)
        self._describe(0)
        self._contrast_played_part()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())
            self._contrast_played_part()

    def _contrast_played_part(self) -> None:
        """The style fills the played part with a light tint of the highlight: darken it until
        played and unplayed differ by 3:1 (WCAG 1.4.11), whatever the platform's colours."""
        palette = self.palette()
        groove = palette.color(QPalette.ColorRole.Window).darker(110)
        palette.setColor(QPalette.ColorRole.Highlight,
                         toward_contrast(palette.color(QPalette.ColorRole.Highlight), groove, PLAYED_CONTRAST))
        self.setPalette(palette)

    def show_position(self, position_ms: int, duration_ms: int) -> None:
        """Where playback is, without a value change for every tick."""
        if duration_ms != self.maximum():
            self.setMaximum(duration_ms)
        self.setSliderPosition(position_ms)
        if abs(position_ms - self.value()) >= SPOKEN_POSITION_MS or position_ms < self.value():
            self.setValue(position_ms)
        self._describe(self.value())

    def _describe(self, value: int) -> None:
        text = (translate("Controls", "%1 of %2").replace("%1", clock(value / 1000))
                .replace("%2", clock(self.maximum() / 1000)))
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

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
        pixmap = QStyle.StandardPixmap
        self.play_button = self._button(pixmap.SP_MediaPlay, translate("Controls", "Play"))
        self.back_button = self._button(pixmap.SP_MediaSeekBackward, translate("Controls", "Back 10 seconds"))
        self.forward_button = self._button(pixmap.SP_MediaSeekForward, translate("Controls", "Forward 10 seconds"))
        self.mute_button = self._button(pixmap.SP_MediaVolume, translate("Controls", "Mute"), checkable=True)
        self.captions_button = self._button(None, translate("Controls", "Captions"), checkable=True)
        self.captions_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.captions_button.toggled.connect(self._show_captions_state)
        self._show_captions_state(False)
        self.fullscreen_button = self._button(pixmap.SP_TitleBarMaxButton, translate("Controls", "Full screen"))
        self.more_button = self._button(None, translate("Controls", "More player options"),
                                        text=translate("Controls", "More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.seek_bar = SeekBar()
        self.seek_bar.sliderReleased.connect(lambda: self.seek_requested.emit(self.seek_bar.sliderPosition() / 1000))
        self.seek_bar.actionTriggered.connect(self._slider_action)
        self.time_label = QLabel(clock(0) + " / " + clock(0))
        self.time_label.setObjectName("timeLabel")
        self.time_label.setAccessibleName(translate("Controls", "Elapsed and total time"))
        self.speed = LabelledComboBox()
        self.speed.setAccessibleName(translate("Controls", "Playback speed"))
        for rate in RATES:
            self.speed.addItem(rate_text(rate), rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(110)
        self.volume.setMinimumWidth(50)
        self.volume.setAccessibleName(translate("Controls", "Volume"))
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
    def _show_captions_state(self, on: bool) -> None:
        """A check box drawn by the style beside "Captions": on and off differ by more than the
        button's shade (1.2:1), in the text colour (WCAG 1.4.11)."""
        option = QStyleOptionButton()
        option.initFrom(self.captions_button)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        option.rect = QRect(0, 0, size, size)
        option.state |= QStyle.StateFlag.State_On if on else QStyle.StateFlag.State_Off
        painter = QPainter(pixmap)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter, self.captions_button)
        painter.end()
        self.captions_button.setIcon(QIcon(pixmap))

    def show_playing(self, playing: bool) -> None:
        name = translate("Controls", "Pause") if playing else translate("Controls", "Play")
        self.play_button.setAccessibleName(name)
        self.play_button.setToolTip(name)
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))

    def show_time(self, position: float, duration: float) -> None:
        if not self.seek_bar.isSliderDown():
            self.seek_bar.blockSignals(True)
            self.seek_bar.show_position(int(position * 1000), int(duration * 1000))
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
        self.mute_button.setAccessibleName(translate("Controls", "Unmute") if muted else translate("Controls", "Mute"))
        pixmap = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self.mute_button.setIcon(self.style().standardIcon(pixmap))


def step_rate(rate: float, steps: int) -> float:
    """The next speed up (steps > 0) or down from `rate`, within 0.5×–2×."""
    index = min(range(len(RATES)), key=lambda i: abs(RATES[i] - rate))
    return RATES[min(max(index + steps, 0), len(RATES) - 1)]
