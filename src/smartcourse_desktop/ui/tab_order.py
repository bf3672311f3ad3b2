"""Tab order that follows what the learner sees."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QWidget


def tab_along(row: QBoxLayout) -> None:
    """Tab goes through a row's controls in the order they show: a widget added to it later (the
    course bar's Notes button, a collapsed panel's toggle) would otherwise come last in the window."""
    items = (row.itemAt(i) for i in range(row.count()))
    widgets = (item.widget() for item in items if item is not None)
    focusable = [w for w in widgets if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for first, second in pairwise(focusable):
        QWidget.setTabOrder(first, second)
