"""Walking the accessibility tree Qt hands to screen readers (the QAccessible interfaces), as
AT-SPI, UI Automation and NSAccessibility bridges read it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QWidget

MAX_NODES = 20_000


@dataclass(frozen=True)
class Node:
    role: QAccessible.Role
    name: str
    description: str
    value: str
    focusable: bool
    owner: str  # the class and object name of the QObject behind it, for messages

    def __str__(self) -> str:
        return f"{self.role.name} {self.owner} name={self.name!r} description={self.description!r}"


def _owner(obj: QObject | None) -> str:
    return f"{type(obj).__name__}#{obj.objectName()}" if obj is not None else "?"


def interfaces(widget: QWidget) -> Iterator[tuple[QAccessibleInterface, QObject | None]]:
    """Every visible interface below `widget`, depth first (item-view cells included)."""
    root = QAccessible.queryAccessibleInterface(widget)
    stack = [(root, widget)] if root is not None else []
    seen = 0
    while stack and seen < MAX_NODES:
        iface, owner = stack.pop()
        seen += 1
        if not iface.isValid() or iface.state().invisible:
            continue
        obj = iface.object()
        yield iface, obj if obj is not None else owner
        for index in reversed(range(iface.childCount())):
            child = iface.child(index)
            if child is not None:
                stack.append((child, obj if obj is not None else owner))


def nodes(widget: QWidget) -> list[Node]:
    return [Node(iface.role(), iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description),
                 iface.text(QAccessible.Text.Value), bool(iface.state().focusable), _owner(owner))
            for iface, owner in interfaces(widget)]


def unnamed_focusable(widget: QWidget) -> list[str]:
    """What a screen reader would announce as "unlabelled": focusable, shown and nameless."""
    return sorted({str(node) for node in nodes(widget) if node.focusable and not node.name.strip()})


def _visible_label(text: str) -> str:
    """The words a speech-input user would say: no mnemonic, ellipsis, colon or arrow symbols."""
    return re.sub(r"[&…:◀▶]|\.\.\.", "", text).strip().lower()


def labels_not_in_names(widget: QWidget) -> list[str]:
    """WCAG 2.5.3: buttons whose visible text is missing from their accessible name."""
    found = []
    for button in widget.findChildren(QAbstractButton):
        label = _visible_label(button.text())
        if not label or not button.isVisibleTo(widget):
            continue
        iface = QAccessible.queryAccessibleInterface(button)
        name = iface.text(QAccessible.Text.Name).lower() if iface is not None else ""
        if label not in name:
            found.append(f"{_owner(button)} shows {button.text()!r} but is named {name!r}")
    return sorted(found)
