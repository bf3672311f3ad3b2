"""Captions drawn by Qt over the video: adjustable size and background, readable by screen readers.

For assistive technology the box is a static text whose name is the cue on screen, described as
"Caption", and each new cue is announced politely (a live region), so a screen reader speaks it
between the learner's own actions."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from smartcourse_desktop.ui.accessible import announce
from smartcourse_desktop.ui.reading_style import scaled_font

CAPTION_FACTOR = 16 / 9  # at scale 1, 16 pt beside a 9 pt interface font; larger when the OS font is


class CaptionOverlay(QLabel):
    """A box at the bottom of the video. It is a native window so it stacks above libVLC's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAutoFillBackground(True)
        self.setAccessibleDescription(self.tr("Caption"))
        self.setMargin(6)
        self.set_style(1.0, QColor(0, 0, 0), QColor(255, 255, 255))
        self.hide()

    def set_style(self, scale: float, background: QColor, foreground: QColor) -> None:
        self.setFont(scaled_font(QApplication.font(), CAPTION_FACTOR * scale))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, foreground)
        self.setPalette(palette)
        self.place()

    def show_text(self, text: str, over_video: bool = True) -> None:
        """Show a cue's text. Over video, an empty box stays between cues, so the box never
        changes size and leaves no stale pixels on the picture."""
        if not text and not over_video:
            self.hide()
            self.setText("")
            return
        if text != self.text():
            self.setText(text)
            announce(self, text)
            self.place()
            self.raise_()  # showing the video surface can restack it above the box
        if not self.isVisible():
            self.place()
            self.show()
            self.raise_()

    def place(self) -> None:
        """Full width near the bottom of the parent, at least two lines high."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(parent.width() - 24, 80)
        two_lines = 2 * self.fontMetrics().lineSpacing() + 2 * self.margin() + 4
        height = min(max(self.heightForWidth(width), two_lines), max(parent.height() - 16, two_lines))
        self.setGeometry(QRect(12, parent.height() - height - 8, width, height))
