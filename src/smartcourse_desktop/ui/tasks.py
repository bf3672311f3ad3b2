"""Run a function off the GUI thread and get its result or exception back on it.

The function receives a Reporter, through which it reports progress and asks whether the user
cancelled. No processEvents() loops anywhere.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class Reporter:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task:
    """A handle on one background call; connect to `signals` before starting it.

    Nothing keeps a finished task alive: the pool holds the call only while it runs (PySide keeps
    a QRunnable passed to `QThreadPool.start` forever), and the signals, owned by the application,
    are deleted on the GUI thread once the result is delivered.
    """

    _running: ClassVar[set[Task]] = set()

    def __init__(self, func: Callable[[Reporter], Any]) -> None:
        self.signals = _Signals(QCoreApplication.instance())
        self.reporter = Reporter(self.signals)
        self._func = func

    def start(self, pool: QThreadPool | None = None) -> Task:
        Task._running.add(self)
        self.signals.succeeded.connect(self._finished)
        self.signals.failed.connect(self._finished)
        (pool or QThreadPool.globalInstance()).start(self.run)
        return self

    def cancel(self) -> None:
        self.reporter.cancel()

    def run(self) -> None:
        func, self._func = self._func, _ran  # a handle kept after the run must not keep what the function holds
        try:
            result = func(self.reporter)
        except Exception as exc:  # delivered to the GUI thread, which shows it
            log.info("background task failed: %s", exc, exc_info=not isinstance(exc, _expected()))
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.succeeded, result)

    def _deliver(self, signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receivers were deleted: the app is shutting down
            log.debug("background task finished after its receivers were deleted")

    def _finished(self, _value: object) -> None:
        """On the GUI thread, after the result went out (the slots connected first have run)."""
        Task._running.discard(self)
        self.signals.deleteLater()  # and with them their connections, this one included


def _ran(_reporter: Reporter) -> None:
    raise RuntimeError("a Task runs once")


def _expected() -> tuple[type[BaseException], ...]:
    from smartcourse_desktop.system.errors import SmartCourseError

    return (SmartCourseError,)


def wait_for_tasks(timeout_ms: int = 5000) -> bool:
    """At exit: let running tasks finish, so none writes to a closed store."""
    for task in list(Task._running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_task(
    func: Callable[[Reporter], Any],
    on_success: Callable[[Any], object],
    on_failure: Callable[[BaseException], object],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    task = Task(func)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    return task.start()
