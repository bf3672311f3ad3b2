"""Find within a text view (Ctrl+F): every match highlighted, Enter for the next, Esc to close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

MAX_HIGHLIGHTS = 2000


def tool_button(text: str, name: str, slot: Callable[[], None]) -> QToolButton:
    """A small button whose tooltip and accessible description say what it does. Its accessible name
    starts with its visible text, so a speech-input user can say what they see (WCAG 2.5.3)."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(name)
    label = text.replace("&", "").rstrip("…")
    button.setAccessibleName(name if label.lower() in name.lower() else f"{label} {name}")
    button.setAccessibleDescription(name)
    button.clicked.connect(slot)
    return button


class FindBar(QWidget):
    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this reading"))
        self.field.setAccessibleName(self.tr("Find in this reading"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        self.previous_button = tool_button("▲", self.tr("Previous match"), self.previous)
        self.next_button = tool_button("▼", self.tr("Next match"), self.next)
        self.close_button = tool_button("✕", self.tr("Close the find bar"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        for widget in (self.status, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.view.setExtraSelections([])
        self.view.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.previous() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else self.next()
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        self._matches = _find_all(self.view.document(), text) if text else []
        self._current = -1
        if self._matches:
            start = self.view.textCursor().selectionStart()
            self._current = next((i for i, c in enumerate(self._matches) if c.selectionStart() >= start), 0) - 1
            self.next()
        else:
            self._show_current()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if self._matches:
            self._current = (self._current + step) % len(self._matches)
            self.view.setTextCursor(self._matches[self._current])
            self.view.ensureCursorVisible()
        self._show_current()

    def _show_current(self) -> None:
        text = self.field.text()
        if not text:
            self.status.setText("")
        elif not self._matches:
            self.status.setText(self.tr("Not found"))
        else:
            self.status.setText(self.tr("%1 of %2").replace("%1", str(self._current + 1))
                                .replace("%2", str(len(self._matches))))
        self._highlight()

    def _highlight(self) -> None:
        selections = []
        for cursor in self._matches[:MAX_HIGHLIGHTS]:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(QColor("#ffe066"))
            selection.format.setForeground(QColor("#000000"))
            selections.append(selection)
        self.view.setExtraSelections(selections)


def _find_all(document: QTextDocument, text: str) -> list[QTextCursor]:
    found = []
    cursor = document.find(text, 0)
    while not cursor.isNull():
        found.append(cursor)
        cursor = document.find(text, cursor)
    return found
