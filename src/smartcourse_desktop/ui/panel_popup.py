"""A collapsed panel that cannot fit beside the lesson even alone, shown for a moment over it.

The panel widget is lent to a popup window above the course page, down to the top of the player's
controls (which stay uncovered); when the popup closes (a click elsewhere, or Esc), the widget
goes back to its place in its splitter.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QSplitter, QVBoxLayout, QWidget


class PanelPopup(QFrame):
    """Emits `closed` once the panel is back in its splitter."""

    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("panelPopup")
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self._home: tuple[QWidget, QSplitter, int] | None = None

    @property
    def panel(self) -> QWidget | None:
        return self._home[0] if self._home else None

    def show_panel(self, panel: QWidget, area: QRect) -> None:
        """Show `panel` (a child of a QSplitter) over `area`, in global coordinates."""
        splitter = panel.parentWidget()
        assert isinstance(splitter, QSplitter)
        self._home = (panel, splitter, splitter.indexOf(panel))
        panel.setParent(self)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(panel)
        panel.show()
        self.setGeometry(area)
        self.show()
        panel.setFocus(Qt.FocusReason.PopupFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._home is not None:
            panel, splitter, index = self._home
            self._home = None
            splitter.insertWidget(index, panel)
            self.closed.emit()


def area_beside(anchor: QWidget, width: int, bottom: QWidget | None, right: bool) -> QRect:
    """A rectangle `width` wide over `anchor` (at its left or right edge), from its top down to the
    top of `bottom` (or to its own bottom), in global coordinates."""
    top_left = anchor.mapToGlobal(QPoint(0, 0))
    left = top_left.x() + anchor.width() - width if right else top_left.x()
    end = bottom.mapToGlobal(QPoint(0, 0)).y() if bottom is not None else top_left.y() + anchor.height()
    height = end - top_left.y()
    return QRect(left, top_left.y(), width, max(height, 1))
