"""The player's keys: one table behind both the shortcuts and Help ▸ Keyboard shortcuts.

The shortcuts belong to the window (Qt.WindowShortcut on the player, so they work only while a
lecture is shown), which takes letters away from the outline's type-ahead. A focused control keeps
the keys it needs itself (`keeps_key`): a text field every key, a list or slider its arrows, a
button Space. Single-key shortcuts can be turned off (WCAG 2.1.4, `ui.single_key_shortcuts`);
then only the modified ones (Ctrl+…) and Esc work, and the focused picture still takes Space/Enter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from smartcourse_desktop.ui.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent  # not named at run time: tests/ui/test_startup.py

SETTING = "ui.single_key_shortcuts"


class PlayerKey(NamedTuple):
    keys: tuple[str, ...]  # the first is the one Help shows first
    command: str  # a key of the player's command table
    what: str  # untranslated description (context "PlayerWidget")


SHORTCUTS: tuple[PlayerKey, ...] = (
    PlayerKey(("Space", "K", "Ctrl+Shift+Space"), "toggle",
              QT_TRANSLATE_NOOP("PlayerWidget", "Play or pause the lecture")),
    PlayerKey(("Left", "Ctrl+Shift+Left"), "back", QT_TRANSLATE_NOOP("PlayerWidget", "Back 5 seconds")),
    PlayerKey(("Right", "Ctrl+Shift+Right"), "forward", QT_TRANSLATE_NOOP("PlayerWidget", "Forward 5 seconds")),
    PlayerKey(("J",), "back_more", QT_TRANSLATE_NOOP("PlayerWidget", "Back 10 seconds")),
    PlayerKey(("L",), "forward_more", QT_TRANSLATE_NOOP("PlayerWidget", "Forward 10 seconds")),
    PlayerKey(("Up", "Ctrl+Shift+Up"), "louder", QT_TRANSLATE_NOOP("PlayerWidget", "Volume up")),
    PlayerKey(("Down", "Ctrl+Shift+Down"), "quieter", QT_TRANSLATE_NOOP("PlayerWidget", "Volume down")),
    PlayerKey(("M", "Ctrl+Shift+M"), "mute", QT_TRANSLATE_NOOP("PlayerWidget", "Mute or unmute")),
    PlayerKey(("C", "Ctrl+Shift+C"), "captions", QT_TRANSLATE_NOOP("PlayerWidget", "Captions on or off")),
    PlayerKey(("[", "Ctrl+["), "slower", QT_TRANSLATE_NOOP("PlayerWidget", "Slower")),
    PlayerKey(("]", "Ctrl+]"), "faster", QT_TRANSLATE_NOOP("PlayerWidget", "Faster")),
    PlayerKey(("F", "Ctrl+Shift+F"), "fullscreen", QT_TRANSLATE_NOOP("PlayerWidget", "Video full screen")),
    PlayerKey(("Esc",), "leave_fullscreen", QT_TRANSLATE_NOOP("PlayerWidget", "Leave full screen")),
)

_NAVIGATION = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
               Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_NAVIGATING = (QAbstractScrollArea, QAbstractSlider, QComboBox, QAbstractSpinBox, QTabBar)


def _first(key: str) -> QKeyCombination:
    return QKeySequence(key)[0]  # type: ignore[index]  # the stubs lack __getitem__


def is_single_key(key: str) -> bool:
    """A key without Ctrl, Alt or Meta (Shift alone still types a character). Esc is not a
    character key, and it must always leave full screen, so it is never counted."""
    combination = _first(key)
    if combination.key() == Qt.Key.Key_Escape:
        return False
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    return not combination.keyboardModifiers() & modifiers


def is_text_input(widget: QObject | None) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


def keeps_key(widget: QObject | None, combination: QKeyCombination) -> bool:
    """Whether the focused `widget` uses this key itself, so that it is no player shortcut there."""
    if is_text_input(widget):
        return True
    if combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    key = combination.key()
    if key in _NAVIGATION:
        return isinstance(widget, _NAVIGATING)
    if key == Qt.Key.Key_Space:
        return isinstance(widget, QAbstractButton | QComboBox)
    return False


class PlayerShortcuts(QObject):
    """The player's QShortcuts, and the ShortcutOverride filter that lets a focused control keep its keys.

    The filter sits on the focused widget only (it follows QApplication.focusChanged)."""

    def __init__(self, scope: QWidget, commands: dict[str, Callable[[], None]], single_keys: bool = True) -> None:
        super().__init__(scope)
        self.shortcuts: list[tuple[str, QShortcut]] = []
        for entry in SHORTCUTS:
            for key in entry.keys:
                shortcut = QShortcut(QKeySequence(key), scope)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.setAutoRepeat(entry.command not in ("toggle", "mute", "captions", "fullscreen"))
                shortcut.activated.connect(commands[entry.command])
                self.shortcuts.append((key, shortcut))
        self._combinations = {_first(key).toCombined() for entry in SHORTCUTS for key in entry.keys}
        self._watched: QWidget | None = None
        self.set_single_keys(single_keys)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            self._focus_changed(None, app.focusWidget())

    def set_single_keys(self, on: bool) -> None:
        for key, shortcut in self.shortcuts:
            shortcut.setEnabled(on or not is_single_key(key))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = new
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            combination = cast("QKeyEvent", event).keyCombination()
            if combination.toCombined() in self._combinations and keeps_key(watched, combination):
                event.accept()
                return True
        return False


def shortcut_rows() -> list[tuple[str, str]]:
    """(description, keys) rows, translated, with keys in the platform's notation."""
    return [(QCoreApplication.translate("PlayerWidget", entry.what),
             ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in entry.keys))
            for entry in SHORTCUTS]
