"""Run under a real X server (2560×1440): the main window on the library, a reading and a lecture,
with the text made large by QT_SCALE_FACTOR or by the application font; list every label and
button whose text does not fit, and save a screenshot of each page.

Prints one JSON line: {"clipped": [...], "screenshots": [...]}. Used by test_text_size.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QProgressBar, QTreeView, QWidget

from smartcourse_desktop.context import Context
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.clock import SystemClock
from smartcourse_desktop.system.paths import Paths
from smartcourse_desktop.ui.application import create_application
from smartcourse_desktop.ui.main_window import MainWindow

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"
SLACK = 2  # pixels of rounding


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def clipped(root: QWidget, page: str) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget):
            continue
        shows_text = not isinstance(widget, QProgressBar) or widget.isTextVisible()
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QProgressBar)) and shows_text else ""
        if not text:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_w, need_h = 0, widget.heightForWidth(widget.width())
        else:
            need_w, need_h = widget.sizeHint().width(), widget.sizeHint().height()
        if isinstance(widget, QLabel) and widget.wordWrap() and need_h < 0:
            need_h = widget.sizeHint().height()
        if isinstance(widget, QProgressBar):  # its size hint is a fixed 7 digits wide, whatever its text
            need_w = widget.fontMetrics().horizontalAdvance(text) + 8
        if need_w > widget.width() + SLACK or need_h > widget.height() + SLACK:
            found.append(f"{page}: {type(widget).__name__}#{widget.objectName()} {text[:40]!r} needs "
                         f"{need_w}×{need_h}, has {widget.width()}×{widget.height()}")
    for view in root.findChildren(QTreeView):
        if _shown(view):
            name = f"{type(view).__name__}#{view.objectName()}"
            found += [f"{page}: {name} cuts off {text!r}" for text in cut_items(view)]
    screen = root.screen().availableGeometry()
    if root.width() > screen.width() or root.height() > screen.height():
        found.append(f"{page}: the window ({root.width()}×{root.height()}) is larger than the screen")
    return found


def cut_items(view: QTreeView) -> list[str]:
    """Titles that need more than their cell's width but were given a single line (elided)."""
    model, found, stack = view.model(), [], [QModelIndex()]
    metrics = view.fontMetrics()
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                text, rect = str(index.data() or ""), view.visualRect(index)
                icon = view.iconSize().width() + 8 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
                one_line = rect.height() < 1.8 * metrics.lineSpacing()
                if text and rect.isValid() and one_line and metrics.horizontalAdvance(text) + icon + 8 > rect.width():
                    found.append(text[:40])
            stack.append(model.index(row, 0, parent))
    return found


def main(out: Path, font_factor: float) -> None:
    app: QApplication = create_application(sys.argv[:1])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * font_factor)
    app.setFont(font)
    paths = Paths.default()
    paths.ensure_user_dirs()
    clock = SystemClock()
    store = Store.open(paths.database, clock=clock)
    window = MainWindow(Context.create(paths, clock), store)
    window.complete()
    window.setGeometry(window.screen().availableGeometry())  # maximised, with or without a window manager
    window.show()
    result: dict[str, list[str]] = {"clipped": [], "screenshots": []}
    course = None

    def look(page: str) -> None:
        result["clipped"] += clipped(window, page)
        shot = out / f"{page}.png"
        window.grab().save(str(shot))
        result["screenshots"].append(str(shot))

    def open_kind(kind: str) -> None:
        lesson = next(each for each in course.lessons if each.kind.value == kind)
        window.courses.page.outline.select_lesson(lesson.id)

    steps = [
        lambda: look("library"),
        lambda: window.courses.open_course(BUNDLED_ID),
        lambda: open_kind("reading"),
        lambda: look("reading"),
        lambda: open_kind("video"),
        lambda: look("lecture"),
    ]

    def run(index: int = 0) -> None:
        nonlocal course
        if index == len(steps):
            print(json.dumps(result), flush=True)
            window.close()
            store.close()
            app.quit()
            return
        steps[index]()
        course = window.courses.page.course
        QTimer.singleShot(600, lambda: run(index + 1))  # let layouts and deferred work settle

    QTimer.singleShot(800, run)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]))
