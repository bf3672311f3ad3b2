"""Start the GUI: Qt application → translations → store → main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from smartcourse_desktop import APP_ID, APP_NAME, __version__
from smartcourse_desktop.context import Context
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.clock import Clock
from smartcourse_desktop.system.errors import DamagedStoreError, StoreError
from smartcourse_desktop.system.i18n import choose_language, set_language
from smartcourse_desktop.system.locations import DatabaseLocation, database_location
from smartcourse_desktop.ui.crash import install_crash_handler
from smartcourse_desktop.ui.i18n import install_translations
from smartcourse_desktop.ui.notices import tell_temporary_database
from smartcourse_desktop.ui.palette import readable_palette
from smartcourse_desktop.ui.single_instance import LOCK_NAME, SingleInstance, bring_to_front, server_name
from smartcourse_desktop.ui.tasks import wait_for_tasks
from smartcourse_desktop.ui.text import translate

if TYPE_CHECKING:
    from smartcourse_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

NO_DISPLAY = "no display found; set DISPLAY, or use QT_QPA_PLATFORM=offscreen"


def display_problem(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why no window can open here, said plainly: without a display Qt aborts the process with a
    message about a missing xcb plugin (libxcb-cursor0), which sends people looking in the wrong place."""
    if not platform.startswith("linux") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    names = [part.split(":")[0] for part in environ.get("QT_QPA_PLATFORM", "").split(";")]
    needs_display = all(name in ("", "xcb") or name.startswith("wayland") for name in names)
    return NO_DISPLAY if needs_display else None


def create_application(argv: list[str] | None = None) -> QApplication:
    if sys.platform.startswith("linux") and os.environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "xcb"  # libVLC 3 embeds video only into X11 windows
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    app.setPalette(readable_palette(app.palette()))
    return app


def run_gui(context: Context, log_file: Path | None, packages: list[str], language: str = "") -> int:
    problem = display_problem(os.environ)
    if problem:
        log.error("%s", problem)
        print(f"smartcourse: {problem}", file=sys.stderr)
        return 1
    install_crash_handler(log_file)
    app = create_application()
    install_translations(app, language or set_language(choose_language(context.policy.language,
                                                                       context.settings.get("ui.language"))))
    packages = [str(Path(p).resolve()) for p in packages]  # the running instance has another cwd
    instance = SingleInstance(server_name(context.paths.data), context.paths.data / LOCK_NAME)
    if not instance.start(packages):
        log.info("another %s is running for this user; handed it %d argument(s)", APP_NAME, len(packages))
        return 0
    try:
        location = database_location(context.paths.database)
        store = open_store_with_consent(location.path, context.clock)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if store is None:
        return 1
    from smartcourse_desktop.ui.main_window import MainWindow

    window = MainWindow(context, store)
    window.show()
    log.info("%s %s started", APP_NAME, __version__)
    benchmark = BenchmarkStamps.from_environment()

    def on_screen() -> None:
        benchmark.note()
        try:
            complete(window, context, store, location, packages)
        finally:  # a failure is shown by the crash handler; the app still listens, backs up, quits
            if benchmark.active:
                QTimer.singleShot(0, benchmark.note)
                QTimer.singleShot(0, window.close)
            else:
                _start_background(instance, window)

    when_shown(window, on_screen)
    try:
        return app.exec()
    finally:
        if window.completed:
            window.progress.sharing.stop()
        wait_for_tasks()
        store.close()


def complete(window: MainWindow, context: Context, store: Store, location: DatabaseLocation,
             packages: list[str]) -> None:
    """Once the first frame is on screen: the learning record, the window's features, what the
    learner must be told about the database, and the packages the app was started with."""
    from smartcourse_desktop.records.learning_record import attach_recorder

    attach_recorder(store, context.policy)
    window.complete()
    if location.temporary:
        tell_temporary_database(window, location.path)
    window.progress.tell_database_notices(context.paths.database)
    if packages:
        window.import_flow.import_paths([Path(p) for p in packages])


def open_store_with_consent(database: Path, clock: Clock) -> Store | None:
    """The learner's store; a damaged one is set aside for a fresh one only if the learner agrees (else None)."""
    try:
        return Store.open(database, clock=clock, recover=False)
    except DamagedStoreError as exc:
        log.error("%s", exc)
        if not _agree_to_recover():
            return None
    return Store.open(database, clock=clock)



def _agree_to_recover() -> bool:
    from PySide6.QtWidgets import QMessageBox  # its type costs start-up time; only a damaged store needs it

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                      translate("Application",
                                "Your progress database is damaged and cannot be used. SmartCourse can keep the damaged"
                                " file beside it and start a new, empty record; you can then restore a recent backup"
                                " from the Progress menu. Start a new record now?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Application", "Keep the damaged file and start anew"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Application", "Quit without changing anything"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def when_shown(window: QWidget, work: Callable[[], object], give_up_s: float = 1.0) -> None:
    """Run `work` once the shown window is on screen (exposed: mapped by the window system and the
    window manager) and the event loop has gone idle, so that non-visual start-up work never delays
    the first picture; after `give_up_s` if it is never exposed (started minimised). It polls: an
    event filter would hand every event of the window to Python, which builds a Python type for
    each kind of event it sees, at start-up."""
    handle = window.windowHandle()
    deadline = time.monotonic() + give_up_s

    def check() -> None:
        if handle is None or handle.isExposed() or time.monotonic() > deadline:
            QTimer.singleShot(0, work)
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)


def _start_background(instance: SingleInstance, window: MainWindow) -> None:
    from smartcourse_desktop.ui.focus_style import install_focus_rings

    install_focus_rings()  # once shown: its event filters would build Python event types at start-up
    if window.completed:
        window.progress.start_background()
    _listen(instance, window)


def _listen(instance: SingleInstance, window: MainWindow) -> None:
    """From now on a second start hands its packages to this window."""
    instance.setParent(window)
    instance.arguments_received.connect(lambda paths: _receive(window, paths))
    instance.listen()


def _receive(window: MainWindow, paths: list[str]) -> None:
    """A second start (e.g. a double-clicked package) hands its files to this window."""
    bring_to_front(window)
    window.import_flow.import_paths([Path(p) for p in paths])


class BenchmarkStamps:
    """benchmarks/bench_startup.py: with SMARTCOURSE_EXIT_WHEN_IDLE set, the app writes to
    SMARTCOURSE_IDLE_STAMP when its window was first on screen and idle, then when `complete` was
    done, a line each: wall-clock time and the process's CPU time; then it closes its window."""

    def __init__(self, active: bool, stamp: Path | None) -> None:
        self.active, self.stamp = active, stamp
        self._lines: list[str] = []

    @classmethod
    def from_environment(cls) -> BenchmarkStamps:
        stamp = os.environ.get("SMARTCOURSE_IDLE_STAMP")
        return cls(bool(os.environ.get("SMARTCOURSE_EXIT_WHEN_IDLE")), Path(stamp) if stamp else None)

    def note(self) -> None:
        if not self.active:
            return
        self._lines.append(f"{time.time()!r} {time.process_time()!r}\n")
        if self.stamp is not None:
            self.stamp.write_text("".join(self._lines), encoding="utf-8")
