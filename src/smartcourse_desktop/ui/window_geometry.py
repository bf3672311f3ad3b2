"""The main window's size and place: a first size that fits the screen, and a saved one kept on it.

A geometry saved on a large or scaled screen can come back larger than a 1366×768 laptop, which
would push the player's controls below the screen edge.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
SCREEN_SHARE = 0.92  # leave a little of the desktop around a new window


def first_size(available: QRect) -> QSize:
    """The preferred size, shrunk to fit the screen's available area."""
    return PREFERRED.boundedTo(QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE)))


def kept_on_screen(frame: QRect, available: QRect) -> QRect:
    """The rectangle no larger than the available area and moved inside it."""
    size = frame.size().boundedTo(available.size())
    left = min(max(frame.left(), available.left()), available.right() + 1 - size.width())
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - size.height())
    return QRect(left, top, size.width(), size.height())


def restore(window: QWidget, saved: str | None) -> None:
    """Restore a saved geometry (base64 of saveGeometry) on the window's screen, or give a first size."""
    available = window.screen().availableGeometry()
    if not saved or not window.restoreGeometry(QByteArray.fromBase64(saved.encode())):
        size = first_size(available)
        window.resize(size)
        window.move(available.center() - QRect(0, 0, size.width(), size.height()).center())
        return
    if window.isMaximized() or window.isFullScreen():
        return
    window.setGeometry(kept_on_screen(window.geometry(), available))
