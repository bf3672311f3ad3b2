"""Reporting an OSError as a typed, one-line error of the core."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _


@contextmanager
def os_errors(error: type[SmartCourseError], what: str) -> Iterator[None]:
    """Raise `error("<what>: <reason>")` for any OSError in the block."""
    try:
        yield
    except OSError as exc:
        raise error(_("{what}: {strerror}").format(what=what, strerror=exc.strerror or exc)) from None
