"""The first frame's look built with PySide alone: no module of ours, no file read, no database.

Not the app: a reference for what any PySide window like ours costs, to run through the start-up
benchmark (`python benchmarks/bench_startup.py --app python benchmarks/startup_floor.py`). The gap
between its ratio and the app's is our own start path. It writes the same stamp as the app.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

TITLE = "Smart Cities for City Officials"
FACTS = ("SmartCourse Desktop project", "8 modules · 1 h 27 min", "25.1 MB on disk")
Index = QModelIndex | QPersistentModelIndex


class Cards(QAbstractListModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        return TITLE if role == Qt.ItemDataRole.DisplayRole else None


class Card(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(340, 204)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect, palette = option.rect.adjusted(6, 6, -6, -6), option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 10, 10)
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.35)
        painter.setFont(title)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(16, 22, -16, -16), Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                         index.data())
        painter.setFont(option.font)
        for row, line in enumerate(FACTS):
            painter.drawText(QRect(rect.left() + 16, rect.top() + 80 + 18 * row, rect.width() - 32, 18),
                             Qt.AlignmentFlag.AlignLeft, line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(QRect(rect.left() + 16, rect.bottom() - 24, rect.width() - 80, 8), 4, 4)
        painter.restore()


def library_page() -> QWidget:
    heading = QLabel("Your courses")
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    heading.setFont(font)
    hint = QLabel("Open a course with a double-click or Enter. Import more with File ▸ Import course…")
    cards = QListView()
    cards.setViewMode(QListView.ViewMode.IconMode)
    cards.setItemDelegate(Card(cards))
    model = Cards(cards)
    cards.setModel(model)
    cards.setCurrentIndex(model.index(0))
    details = QFrame()
    details.setFrameShape(QFrame.Shape.StyledPanel)
    body = QLabel("<p>An independent, original sample course.</p><p><b>Modules</b></p><ol>"
                  + "".join(f"<li>Module {number}</li>" for number in range(1, 9)) + "</ol><p>Licence: CC-BY-4.0</p>")
    body.setTextFormat(Qt.TextFormat.RichText)
    body.setWordWrap(True)
    buttons = QHBoxLayout()
    buttons.addWidget(QPushButton("Start"))
    buttons.addWidget(QPushButton("Open course"))
    buttons.addStretch(1)
    column = QVBoxLayout(details)
    column.addWidget(QLabel(TITLE))
    column.addWidget(QLabel(" · ".join(FACTS)))
    column.addLayout(buttons)
    column.addWidget(body, 1)
    row = QHBoxLayout()
    row.addWidget(cards, 3)
    row.addWidget(details, 2)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(heading)
    layout.addWidget(hint)
    layout.addLayout(row, 1)
    return page


def main() -> None:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("SmartCourse")
    window.resize(1280, 800)
    pages = QStackedWidget()
    pages.addWidget(library_page())
    window.setCentralWidget(pages)
    for title in ("&File", "&Edit", "&View", "&Course", "&Progress", "&Help"):
        window.menuBar().addMenu(title)
    window.statusBar()
    window.show()

    def idle() -> None:
        if not window.windowHandle().isExposed():
            QTimer.singleShot(1, idle)
            return
        Path(os.environ["SMARTCOURSE_IDLE_STAMP"]).write_text(f"{time.time()!r} {time.process_time()!r}\n")
        app.quit()

    QTimer.singleShot(0, idle)
    app.exec()


if __name__ == "__main__":
    main()
