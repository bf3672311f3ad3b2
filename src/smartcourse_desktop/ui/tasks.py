"""Run a function off the GUI thread and get its result or exception back on it.

The function receives a Reporter, through which it reports progress and asks whether the user
cancelled. No processEvents() loops anywhere.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class Task(QRunnable):
    """A handle on one background call; connect to `signals` before starting it."""

    _running: ClassVar[set[Task]] = set()

    def __init__(self, func: Callable[[Reporter], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.reporter = Reporter(self.signals)
        self._func = func

    def start(self, pool: QThreadPool | None = None) -> Task:
        Task._running.add(self)
        self.signals.succeeded.connect(self._forget)
        self.signals.failed.connect(self._forget)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def cancel(self) -> None:
        self.reporter.cancel()

    def run(self) -> None:
        try:
            result = self._func(self.reporter)
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

    def _forget(self, _value: object) -> None:
        Task._running.discard(self)


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
