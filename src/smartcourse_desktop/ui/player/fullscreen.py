"""Full screen for the player without reparenting its native video window.

Reparenting a widget that libVLC draws into would recreate its native window, so instead the
top-level window goes full screen and everything around the player is hidden, then restored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget


class FullScreen:
    def __init__(self, keep: QWidget) -> None:
        self._keep = keep
        self._hidden: list[QWidget] = []
        self._was_full = False
        self.active = False

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        window = self._keep.window()
        self._was_full = window.isFullScreen()
        widget = self._keep
        parent = widget.parentWidget()
        while widget is not window and parent is not None:
            for sibling in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if sibling is not widget and sibling.isVisible() and not sibling.isWindow():
                    sibling.hide()
                    self._hidden.append(sibling)
            widget, parent = parent, parent.parentWidget()
        if isinstance(window, QMainWindow) and window.menuBar().isVisible():
            window.menuBar().hide()
            self._hidden.append(window.menuBar())
        window.showFullScreen()

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        if not self._was_full:
            self._keep.window().showNormal()
