"""Handing an address or a file to the learner's own programs (browser, PDF viewer…)."""

from __future__ import annotations

import logging
import subprocess
import sys

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from smartcourse_desktop.system.paths import system_environment
from smartcourse_desktop.ui.text import translate

log = logging.getLogger(__name__)


def open_with_system(url: QUrl) -> bool:
    """Open `url` with the desktop's default program.

    From the Linux bundle, xdg-open is started with the system's environment: the bundle's
    LD_LIBRARY_PATH would make the browser load the bundle's copies of Qt and FFmpeg.
    """
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        try:
            subprocess.Popen(["xdg-open", url.toString()], env=system_environment(), start_new_session=True,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return True
        except OSError as exc:
            log.warning("cannot start xdg-open for %s: %s", url.toString(), exc)
            return False
    return QDesktopServices.openUrl(url)


def ask_to_open(parent: QWidget, url: QUrl) -> QMessageBox:
    """Ask before handing a web address from course content to the browser (non-modal)."""
    question = translate("SystemOpen", "Open this address in your web browser?\n\n%1").replace("%1", url.toString())
    box = QMessageBox(QMessageBox.Icon.Question, translate("SystemOpen", "Open link"), question,
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda result: open_with_system(url) if result == QMessageBox.StandardButton.Open else None)
    box.open()
    return box
