"""Builds the window's menu bar: each action is added to the window too, so that its shortcut
works wherever the focus is, and Help ▸ Keyboard shortcuts can list it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class MenuBuilder:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.menu: QMenu | None = None

    def start(self, title: str) -> QMenu:
        """Begin a new menu; `add` puts its actions there."""
        self.menu = self.window.menuBar().addMenu(title)
        return self.menu

    def resume(self, menu: QMenu) -> None:
        """Go on adding to a menu that was started earlier."""
        self.menu = menu

    def add(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        if self.menu is not None:
            self.menu.addAction(action)
        return action

    def separator(self) -> None:
        if self.menu is not None:
            self.menu.addSeparator()
