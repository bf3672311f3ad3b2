"""The surface libVLC draws into: a native window whose keys and clicks stay with Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from smartcourse_desktop.ui.player.caption_overlay import CaptionOverlay
from smartcourse_desktop.ui.text import plain

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class VideoSurface(QWidget):
    """A black native child window. libVLC's own input is off, so clicks arrive here.

    libVLC draws only the picture (its own child window, the size of the picture); the rest of this
    window (letterbox bands, the gap while a resize settles) is ours. Its X window has no
    background, so whatever was on screen there stays until we paint: leftovers of the card, the
    transcript, the Notes dock or the full-screen layout. With `WA_OpaquePaintEvent` (no erase, no
    flicker) Qt ignores `autoFillBackground`, so paintEvent fills every pixel black itself.
    """

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoSurface")
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Video"))
        self.setMinimumSize(160, 90)

    def handle(self) -> int:
        """The native window id (X11 window, HWND or NSView) to hand to libVLC."""
        return int(self.winId())

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(event.rect(), Qt.GlobalColor.black)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click gives the picture (the Stage) the keyboard focus and nothing else: no pause."""
        proxy = self.focusProxy()
        if proxy is not None:
            proxy.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit()


class Stage(QWidget):
    """The picture area: the video surface, or a text card (before playing, or audio only), under the captions.

    The Stage, not the native surface, takes the keyboard focus, so that the picture can be focused
    before the video shows; Space and Enter on it emit `activated` (play or pause). Its focus ring
    is a native window above the video (the `nativeFocusRing` property, read by ui/focus_style.py)."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerStage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Video"))
        self.setProperty("nativeFocusRing", True)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#1d232b"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.setPalette(palette)
        self.surface = VideoSurface(self)
        self.surface.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the Stage takes the focus for it
        self.surface.setFocusProxy(self)
        self.audio_card = plain(QLabel(self))
        self.audio_card.setObjectName("audioCard")
        self.audio_card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audio_card.setWordWrap(True)
        font = self.audio_card.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.audio_card.setFont(font)
        self.captions = CaptionOverlay(self)
        self.show_card("")

    def video_handle(self) -> int:
        """The surface's native window for libVLC. Creating it stacks it on top, so the
        caption box is raised above it again."""
        handle = self.surface.handle()
        self.captions.raise_()
        return handle

    def show_card(self, text: str) -> None:
        """A text card instead of the picture: before playing, or when only sound plays."""
        self.audio_card.setText(text)
        self.audio_card.show()
        self.surface.hide()
        self.captions.raise_()

    def show_picture(self) -> None:
        self.surface.show()
        self.audio_card.hide()
        self.captions.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.surface.setGeometry(self.rect())
        self.audio_card.setGeometry(self.rect().adjusted(12, 12, -12, -80))
        self.captions.place()
