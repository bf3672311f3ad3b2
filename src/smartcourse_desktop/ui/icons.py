"""Icons from the assets folder, loaded once.

On a selected row an item view draws an icon's Selected mode, which Qt derives by tinting the icon
with the highlight colour: our blue icons vanished on the blue selection. Here the Selected mode is
the icon's shape in the palette's highlighted-text colour, the colour made to stand out on the
highlight (WCAG 1.4.11)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from smartcourse_desktop.courses.model import LessonKind
from smartcourse_desktop.system.paths import assets_dir


class _SelectableIconEngine(QIconEngine):
    """An SVG icon whose Selected mode is drawn in the highlighted-text colour."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.svg = QIcon(path)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        if mode != QIcon.Mode.Selected:
            return self.svg.pixmap(size, scale, mode, state)
        pixmap = self.svg.pixmap(size, scale, QIcon.Mode.Normal, state)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText))
        painter.end()
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return self.svg.availableSizes(mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self.svg.actualSize(size, mode, state)

    def clone(self) -> QIconEngine:
        return _SelectableIconEngine(self.path)


_engines: list[_SelectableIconEngine] = []  # kept alive beside the QIcons that use them


def _path(name: str) -> str:
    return str(assets_dir() / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(_path(name))


@cache
def row_icon(name: str) -> QIcon:
    """An icon for an item view's rows, visible on the selected row too."""
    engine = _SelectableIconEngine(_path(name))
    _engines.append(engine)
    return QIcon(engine)


def kind_icon(kind: LessonKind) -> QIcon:
    return row_icon(kind.value)
