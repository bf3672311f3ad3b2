"""The process's native threads by id (Linux, through /proc), to check that libVLC's are gone."""

from __future__ import annotations

import os
import sys
import time

import pytest

# libVLC ends an idle parser thread after about a second
GONE_WITHIN_S = 5.0
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads through /proc")


def native_threads() -> set[str]:
    """The ids a command or a player adds are its own (libVLC's), whatever other tests left running."""
    return set(os.listdir("/proc/self/task"))


def still_running(started: set[str], timeout: float = GONE_WITHIN_S) -> set[str]:
    """Those of `started` still running once they are gone or `timeout` seconds have passed."""
    deadline = time.monotonic() + timeout
    while (left := started & native_threads()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left
