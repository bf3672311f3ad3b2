"""Captions drawn by Qt over the video: adjustable size and background, readable by screen readers.

For assistive technology the box is a static text whose name is the cue on screen, described as
"Caption", and each new cue is announced politely (a live region), so a screen reader speaks it
between the learner's own actions."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from smartcourse_desktop.media.captions import caption_lines
from smartcourse_desktop.ui.accessible import announce
from smartcourse_desktop.ui.reading_style import scaled_font

CAPTION_FACTOR = 16 / 9  # at scale 1, 16 pt beside a 9 pt interface font; larger when the OS font is
SIDE = 12  # the gap to the picture's left and right edges
BOTTOM = 8


class CaptionOverlay(QLabel):
    """A box at the bottom of the video, as wide as its lines, shown only while a cue is.

    It is a native window so it stacks above libVLC's; the stage places it again whenever it is
    resized, so it follows the picture in and out of full screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)  # only a single word wider than the picture still needs it
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAutoFillBackground(True)
        self.setAccessibleDescription(self.tr("Caption"))
        self.setMargin(6)
        self.cue = ""
        self.set_style(1.0, QColor(0, 0, 0), QColor(255, 255, 255))
        self.hide()

    def set_style(self, scale: float, background: QColor, foreground: QColor) -> None:
        self.setFont(scaled_font(QApplication.font(), CAPTION_FACTOR * scale))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, foreground)
        self.setPalette(palette)
        self.place()

    def show_text(self, text: str) -> None:
        """Show a cue's text; no cue, no box (an empty bar would only hide the picture)."""
        if text == self.cue and self.isHidden() != bool(text):
            return
        self.cue = text
        if not text:
            self.hide()
            self.clear()
            return
        announce(self, text)
        self.place()
        self.show()
        self.raise_()  # showing the video surface can restack it above the box

    def place(self) -> None:
        """Break the cue into lines for the parent's width, then sit centred near its bottom."""
        parent = self.parentWidget()
        if parent is None or not self.cue:
            return
        room = max(parent.width() - 2 * SIDE, 80)
        inner = room - 2 * self.margin() - 8
        metrics = self.fontMetrics()
        lines = caption_lines(self.cue, inner, metrics.horizontalAdvance)
        self.setText("\n".join(lines))
        width = min(room, max(metrics.horizontalAdvance(line) for line in lines) + 2 * self.margin() + 16)
        height = min(self.heightForWidth(width), max(parent.height() - 2 * BOTTOM, 1))
        self.setGeometry(QRect((parent.width() - width) // 2, parent.height() - height - BOTTOM, width, height))
