"""Start the GUI: Qt application → translations → store → main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from smartcourse_desktop import APP_ID, APP_NAME, __version__
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.system.locations import open_profile_store
from smartcourse_desktop.ui.crash import install_crash_handler
from smartcourse_desktop.ui.i18n import install_translations
from smartcourse_desktop.ui.single_instance import SingleInstance, bring_to_front, may_be_running, server_name
from smartcourse_desktop.ui.tasks import wait_for_tasks

if TYPE_CHECKING:
    from smartcourse_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    if sys.platform.startswith("linux") and os.environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "xcb"  # libVLC 3 embeds video only into X11 windows
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    return app


def run_gui(context: Context, log_file: Path, packages: list[str]) -> int:
    install_crash_handler(log_file)
    app = create_application()
    install_translations(app, context.settings.get("ui.language") or context.policy.language)
    packages = [str(Path(p).resolve()) for p in packages]  # the running instance has another cwd
    name = server_name(context.paths.data)
    if may_be_running(name) and SingleInstance(name).hand_over(packages):
        log.info("another %s is running for this user; handed it %d argument(s)", APP_NAME, len(packages))
        return 0
    try:
        store = open_profile_store(context.paths.database)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    from smartcourse_desktop.ui.main_window import MainWindow

    window = MainWindow(context, store)
    window.show()
    window.progress.start(context.paths.database)
    if packages:
        window.import_flow.import_paths([Path(p) for p in packages])
    log.info("%s %s started", APP_NAME, __version__)
    if os.environ.get("SMARTCOURSE_EXIT_WHEN_IDLE"):
        QTimer.singleShot(0, lambda: _idle_for_benchmark(app))
    _once_idle(lambda: _listen(name, window))
    try:
        return app.exec()
    finally:
        wait_for_tasks()
        store.close()


def _once_idle(work: Callable[[], object]) -> None:
    """Non-visual start-up work: run it once the shown window has first gone idle."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, work))


def _listen(name: str, window: MainWindow) -> None:
    """From now on a second start hands its packages to this window."""
    instance = SingleInstance(name, window)
    instance.arguments_received.connect(lambda paths: _receive(window, paths))
    instance.listen()


def _receive(window: MainWindow, paths: list[str]) -> None:
    """A second start (e.g. a double-clicked package) hands its files to this window."""
    bring_to_front(window)
    window.import_flow.import_paths([Path(p) for p in paths])


def _idle_for_benchmark(app: QApplication) -> None:
    """Benchmarks: note when the shown window first went idle (wall clock), then quit."""
    stamp = os.environ.get("SMARTCOURSE_IDLE_STAMP")
    if stamp:
        Path(stamp).write_text(repr(time.time()), encoding="utf-8")
    app.quit()
