"""The player's "More" menu: caption language, size and colours, audio only, play next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup, QColor
from PySide6.QtWidgets import QMenu, QWidget

from smartcourse_desktop.ui.text import QT_TRANSLATE_NOOP

CAPTION_SCALES = (0.75, 1.0, 1.25, 1.5, 2.0, 2.5)
CAPTION_STYLES: dict[str, tuple[str, QColor, QColor]] = {
    # key: (label, background, text)
    "white-on-black": (QT_TRANSLATE_NOOP("PlayerMenu", "White on black"), QColor(0, 0, 0), QColor(255, 255, 255)),
    "yellow-on-black": (QT_TRANSLATE_NOOP("PlayerMenu", "Yellow on black"), QColor(0, 0, 0), QColor(255, 230, 0)),
    "black-on-white": (QT_TRANSLATE_NOOP("PlayerMenu", "Black on white"), QColor(255, 255, 255), QColor(0, 0, 0)),
    "white-on-blue": (QT_TRANSLATE_NOOP("PlayerMenu", "White on dark blue"), QColor(0, 32, 96), QColor(255, 255, 255)),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlayerMenu", text)


def language_name(code: str) -> str:
    name = QLocale(code).nativeLanguageName()
    return f"{name} ({code})" if name else code


class PlayerMenu(QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.languages = self.addMenu(_tr("Caption &language"))
        self.sizes = self.addMenu(_tr("Caption &size"))
        self.styles = self.addMenu(_tr("Caption &colours"))
        self.addSeparator()
        self.audio_only = self.addAction(_tr("&Audio only (no picture)"))
        self.audio_only.setCheckable(True)
        self.play_next = self.addAction(_tr("&Play the next lecture automatically"))
        self.play_next.setCheckable(True)

    def fill_languages(self, codes: list[str], current: str, chosen: Callable[[str], None]) -> None:
        _choices(self.languages, [(code, language_name(code)) for code in codes], current, chosen)
        self.languages.setEnabled(bool(codes))

    def fill_sizes(self, current: float, chosen: Callable[[float], None]) -> None:
        items = [(scale, _tr("%1%").replace("%1", str(int(scale * 100)))) for scale in CAPTION_SCALES]
        _choices(self.sizes, items, current, chosen)

    def fill_styles(self, current: str, chosen: Callable[[str], None]) -> None:
        items = [(key, _tr(label)) for key, (label, _bg, _fg) in CAPTION_STYLES.items()]
        _choices(self.styles, items, current, chosen)


def _choices(menu: QMenu, items: list, current: object, chosen: Callable) -> None:
    """Fill `menu` with exclusive checkable actions; choosing one calls `chosen(value)`."""
    menu.clear()
    group = QActionGroup(menu)
    for value, label in items:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.triggered.connect(lambda _checked=False, v=value: chosen(v))
        group.addAction(action)
        menu.addAction(action)
