"""Start the GUI: Qt application → translations → store → main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from smartcourse_desktop import APP_ID, APP_NAME, __version__
from smartcourse_desktop.context import Context
from smartcourse_desktop.store import Store
from smartcourse_desktop.ui.crash import install_crash_handler

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


def install_translations(app: QApplication, language: str | None) -> None:
    locale = QLocale(language) if language else QLocale.system()
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", translations), (APP_ID, str(Path(__file__).parent.parent / "i18n"))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def run_gui(context: Context, log_file: Path, packages: list[str]) -> int:
    install_crash_handler(log_file)
    app = create_application()
    install_translations(app, context.settings.get("ui.language") or context.policy.language)
    store = Store.open(context.paths.database)
    from smartcourse_desktop.ui.main_window import MainWindow

    window = MainWindow(context, store)
    window.show()
    if packages:
        window.import_flow.import_paths([Path(p) for p in packages])
    log.info("%s %s started", APP_NAME, __version__)
    if os.environ.get("SMARTCOURSE_EXIT_WHEN_IDLE"):
        QTimer.singleShot(0, app.quit)  # benchmarks: quit once the shown window is idle
    try:
        return app.exec()
    finally:
        store.close()
