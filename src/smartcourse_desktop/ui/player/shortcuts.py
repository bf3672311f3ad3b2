"""The player's keys: one table behind both the shortcuts and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from smartcourse_desktop.ui.text import QT_TRANSLATE_NOOP

# (key, what it does): the table behind the shortcuts and Help ▸ Keyboard shortcuts.
SHORTCUTS: list[tuple[str, str]] = [
    ("Space", QT_TRANSLATE_NOOP("PlayerWidget", "Play or pause the lecture")),
    ("Left", QT_TRANSLATE_NOOP("PlayerWidget", "Back 10 seconds")),
    ("Right", QT_TRANSLATE_NOOP("PlayerWidget", "Forward 10 seconds")),
    ("Up", QT_TRANSLATE_NOOP("PlayerWidget", "Volume up")),
    ("Down", QT_TRANSLATE_NOOP("PlayerWidget", "Volume down")),
    ("M", QT_TRANSLATE_NOOP("PlayerWidget", "Mute or unmute")),
    ("C", QT_TRANSLATE_NOOP("PlayerWidget", "Captions on or off")),
    ("[", QT_TRANSLATE_NOOP("PlayerWidget", "Slower")),
    ("]", QT_TRANSLATE_NOOP("PlayerWidget", "Faster")),
    ("F", QT_TRANSLATE_NOOP("PlayerWidget", "Video full screen")),
    ("Esc", QT_TRANSLATE_NOOP("PlayerWidget", "Leave full screen")),
]


def install_shortcuts(scope: QWidget, actions: dict[str, Callable[[], None]]) -> None:
    """Each key works while the focus is inside `scope` (the picture and the controls), so the
    outline and the transcript keep their own arrow keys."""
    for key, _what in SHORTCUTS:
        shortcut = QShortcut(QKeySequence(key), scope)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(actions[key])


def shortcut_rows() -> list[tuple[str, str]]:
    """(description, key) rows, translated, with keys in the platform's notation."""
    return [(QCoreApplication.translate("PlayerWidget", what),
             QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)) for key, what in SHORTCUTS]
