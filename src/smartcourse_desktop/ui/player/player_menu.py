"""The player's "More" menu: caption language, size and colours, audio only, play next."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup, QColor
from PySide6.QtWidgets import QMenu, QWidget

from smartcourse_desktop.ui.text import QT_TRANSLATE_NOOP, translate

CAPTION_SCALES = (0.75, 1.0, 1.25, 1.5, 2.0, 2.5)
CAPTION_STYLES: dict[str, tuple[str, QColor, QColor]] = {
    # key: (label, background, text)
    "white-on-black": (QT_TRANSLATE_NOOP("PlayerMenu", "White on black"), QColor(0, 0, 0), QColor(255, 255, 255)),
    "yellow-on-black": (QT_TRANSLATE_NOOP("PlayerMenu", "Yellow on black"), QColor(0, 0, 0), QColor(255, 230, 0)),
    "black-on-white": (QT_TRANSLATE_NOOP("PlayerMenu", "Black on white"), QColor(255, 255, 255), QColor(0, 0, 0)),
    "white-on-blue": (QT_TRANSLATE_NOOP("PlayerMenu", "White on dark blue"), QColor(0, 32, 96), QColor(255, 255, 255)),
}



def language_name(code: str) -> str:
    name = QLocale(code).nativeLanguageName()
    return f"{name} ({code})" if name else code


class PlayerMenu(QMenu):
    """Sizes and colours are fixed choices, built once; the caption languages change with the
    lecture, and are rebuilt only then. Each submenu has one exclusive QActionGroup for life."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.languages = _Choices(self.addMenu(translate("PlayerMenu", "Caption &language")))
        self.sizes = _Choices(self.addMenu(translate("PlayerMenu", "Caption &size")))
        self.styles = _Choices(self.addMenu(translate("PlayerMenu", "Caption &colours")))
        self.addSeparator()
        self.audio_only = self.addAction(translate("PlayerMenu", "&Audio only (no picture)"))
        self.audio_only.setCheckable(True)
        self.play_next = self.addAction(translate("PlayerMenu", "&Play the next lecture automatically"))
        self.play_next.setCheckable(True)

    def fill_languages(self, codes: list[str], current: str, chosen: Callable[[str], None]) -> None:
        self.languages.fill([(code, language_name(code)) for code in codes], current, chosen)
        self.languages.menu.setEnabled(bool(codes))

    def fill_sizes(self, current: float, chosen: Callable[[float], None]) -> None:
        items = [(scale, translate("PlayerMenu", "%1%").replace("%1", str(int(scale * 100))))
                 for scale in CAPTION_SCALES]
        self.sizes.fill(items, current, chosen)

    def fill_styles(self, current: str, chosen: Callable[[str], None]) -> None:
        items = [(key, translate("PlayerMenu", label)) for key, (label, _bg, _fg) in CAPTION_STYLES.items()]
        self.styles.fill(items, current, chosen)


class _Choices:
    """A submenu of exclusive checkable actions; choosing one calls `chosen(value)`."""

    def __init__(self, menu: QMenu) -> None:
        self.menu = menu
        self.group = QActionGroup(menu)
        self._items: list[tuple[object, str]] = []
        self._chosen: Callable[[Any], None] | None = None

    def fill(self, items: list[tuple[Any, str]], current: object, chosen: Callable[[Any], None]) -> None:
        """Show `items` with `current` checked; actions are made again only if the items changed."""
        self._chosen = chosen
        if items != self._items:
            self._rebuild(items)
        for action, (value, _label) in zip(self.group.actions(), items, strict=True):
            action.setChecked(value == current)

    def _rebuild(self, items: list[tuple[Any, str]]) -> None:
        for action in self.group.actions():
            self.group.removeAction(action)
        self.menu.clear()  # deletes the actions it owns
        self._items = list(items)
        for value, label in items:
            action = QAction(label, self.menu)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, v=value: self._choose(v))
            self.group.addAction(action)
            self.menu.addAction(action)

    def _choose(self, value: object) -> None:
        if self._chosen is not None:
            self._chosen(value)
