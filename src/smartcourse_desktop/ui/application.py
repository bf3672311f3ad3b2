"""Start the GUI: Qt application → translations → store → main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from smartcourse_desktop import APP_ID, APP_NAME, __version__
from smartcourse_desktop.context import Context
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.errors import DamagedStoreError, StoreError
from smartcourse_desktop.system.locations import open_profile_store
from smartcourse_desktop.ui.crash import install_crash_handler
from smartcourse_desktop.ui.i18n import install_translations
from smartcourse_desktop.ui.single_instance import SingleInstance, bring_to_front, server_name
from smartcourse_desktop.ui.tasks import wait_for_tasks

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
    instance = SingleInstance(server_name(context.paths.data))
    if instance.hand_over(packages):
        log.info("another %s is running for this user; handed it %d argument(s)", APP_NAME, len(packages))
        return 0
    instance.listen()
    try:
        store = open_store_with_consent(context.paths.database)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if store is None:
        return 1
    from smartcourse_desktop.ui.main_window import MainWindow

    window = MainWindow(context, store)
    window.show()
    instance.arguments_received.connect(lambda paths: _receive(window, paths))
    window.progress_features.start(context.paths.database)
    if packages:
        window.import_flow.import_paths([Path(p) for p in packages])
    log.info("%s %s started", APP_NAME, __version__)
    if os.environ.get("SMARTCOURSE_EXIT_WHEN_IDLE"):
        QTimer.singleShot(0, lambda: _idle_for_benchmark(app))
    try:
        return app.exec()
    finally:
        wait_for_tasks()
        store.close()


def open_store_with_consent(database: Path) -> Store | None:
    """The learner's store; a damaged one is set aside for a fresh one only if the learner agrees (else None)."""
    try:
        return open_profile_store(database, recover=False)
    except DamagedStoreError as exc:
        log.error("%s", exc)
        if not _agree_to_recover():
            return None
    return open_profile_store(database)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Application", text)


def _agree_to_recover() -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                      _tr("Your progress database is damaged and cannot be used. SmartCourse can keep the damaged"
                         " file beside it and start a new, empty record; you can then restore a recent backup"
                         " from the Progress menu. Start a new record now?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("Keep the damaged file and start anew"))
    box.button(QMessageBox.StandardButton.No).setText(_tr("Quit without changing anything"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _receive(window, paths: list[str]) -> None:
    """A second start (e.g. a double-clicked package) hands its files to this window."""
    bring_to_front(window)
    window.import_flow.import_paths([Path(p) for p in paths])


def _idle_for_benchmark(app: QApplication) -> None:
    """Benchmarks: note when the shown window first went idle (wall clock), then quit."""
    stamp = os.environ.get("SMARTCOURSE_IDLE_STAMP")
    if stamp:
        Path(stamp).write_text(repr(time.time()), encoding="utf-8")
    app.quit()
