"""The VlcPlayer's own thread, and the outbox through which other threads reach it.

Blocking libVLC calls (probing, stop, release) run on this one thread, in order, so they never
block the window and never wait behind unrelated work on the global QThreadPool.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class PlayerThread:
    """The player's own thread for blocking libVLC calls, run in order; started on first use."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def submit(self, job: Callable[[], None]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(self._jobs,), name="vlc-player", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def finish(self, timeout: float | None = None) -> bool:
        """Let the submitted calls run, then end the thread; True if that took under `timeout` s.
        A later `submit` starts a new thread (with a new queue, so nothing is lost behind the end)."""
        thread, jobs = self._thread, self._jobs
        self._thread, self._jobs = None, queue.SimpleQueue()
        if thread is None:
            return True
        jobs.put(None)
        thread.join(timeout)
        return not thread.is_alive()

    @staticmethod
    def _run(jobs: queue.SimpleQueue[Callable[[], None] | None]) -> None:
        while (job := jobs.get()) is not None:
            try:
                job()
            except Exception:
                log.exception("a libVLC call failed")
            del job  # else the last job (holding a released player) stays alive until the next one comes


class Outbox:
    """The only thing other threads (libVLC's, the player's own) touch: it emits a queued signal
    until it is closed.

    It is closed when the VlcPlayer is destroyed; the lock makes the destructor wait for an emit
    under way, so no thread ever emits on a half-destroyed object.
    """

    def __init__(self, emit: Callable[..., None]) -> None:
        self._emit: Callable[..., None] | None = emit
        self._lock = threading.Lock()

    def send(self, *args: object) -> None:
        with self._lock:
            if self._emit is None:
                return
            try:
                self._emit(*args)
            except RuntimeError:  # the VlcPlayer is already gone
                self._emit = None

    def close(self, *_args: object) -> None:
        with self._lock:
            self._emit = None
