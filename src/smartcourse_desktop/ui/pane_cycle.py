"""F6 and Shift+F6: move the keyboard focus from pane to pane (outline, lesson, transcript, notes,
search), as in office programs, instead of tabbing through every control in between."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

# A pane, and how to put the focus into it (None: its first control in Tab order).
Pane = tuple[QWidget, Callable[[], None] | None]


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()


def focus_into(container: QWidget) -> None:
    """Focus `container`, or else the first control inside it in Tab order."""
    if _takes_tab(container):
        container.setFocus(Qt.FocusReason.TabFocusReason)
        return
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if container.isAncestorOf(widget) and _takes_tab(widget):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


class PaneCycle:
    """`panes()` lists the window's panes in visual order; the hidden ones are skipped."""

    def __init__(self, panes: Callable[[], list[Pane]]) -> None:
        self._panes = panes

    def next(self) -> None:
        self._move(1)

    def previous(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        panes = [(pane, enter) for pane, enter in self._panes() if pane.isVisible()]
        if not panes:
            return
        focus = QApplication.focusWidget()
        inside = [i for i, (pane, _enter) in enumerate(panes)
                  if focus is not None and (pane is focus or pane.isAncestorOf(focus))]
        here = inside[-1] if inside else (-1 if step > 0 else 0)  # the innermost: the transcript, not the lesson
        pane, enter = panes[(here + step) % len(panes)]
        enter() if enter is not None else focus_into(pane)
