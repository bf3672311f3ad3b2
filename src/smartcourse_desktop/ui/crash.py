"""An uncaught exception is logged and shown in a dialog naming the log file; never a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartcourse_desktop.ui.text import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


log = logging.getLogger(__name__)
_open_boxes: set[QMessageBox] = set()


def install_crash_handler(log_file: Path | None) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            traceback.print_exception(kind, value, tb)
            return
        from PySide6.QtWidgets import QMessageBox  # its type costs start-up time; a crash can wait for it

        where = (translate("crash", "Details are in the log file:\n%1").replace("%1", str(log_file)) if log_file
                 else translate("crash", "Details were written to the error output."))
        box = QMessageBox(QMessageBox.Icon.Critical, translate("crash", "Something went wrong"),
                          translate("crash", "SmartCourse hit an unexpected error: %1\n\n%2")
                          .replace("%1", str(value)).replace("%2", where))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        _open_boxes.add(box)  # no parent keeps a parentless box alive
        box.finished.connect(lambda _result: _open_boxes.discard(box))
        box.open()

    sys.excepthook = hook
