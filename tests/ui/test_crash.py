"""An uncaught exception is logged and shown in a dialog that names the log file."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from smartcourse_desktop.system.logging_setup import setup_logging
from smartcourse_desktop.ui.crash import install_crash_handler


def test_uncaught_exception_shows_dialog_naming_the_log(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = setup_logging(tmp_path / "logs")
    install_crash_handler(log_file)
    earlier = set(QApplication.topLevelWidgets())  # another test's box may still be on screen
    try:
        raise ValueError("the outline lost its model")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible() and w not in earlier)
    qtbot.addWidget(box)
    assert "the outline lost its model" in box.text()
    assert str(log_file) in box.text()
    assert "Traceback" in box.detailedText()
    assert "ValueError: the outline lost its model" in log_file.read_text()
