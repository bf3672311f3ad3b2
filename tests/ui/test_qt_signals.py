"""The player emits a signal per libVLC tick, so Signal.emit() must not leak references.

PySide6 6.12.0 drops a reference to True on every emit(): a lecture played for a few minutes
then kills the interpreter ("bool_dealloc"). pyproject.toml excludes that version.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Ticker(QObject):
    tick = Signal(int, int, int)


def test_emit_keeps_the_reference_count_of_true(qapp):
    ticker = _Ticker()
    received: list[int] = []
    ticker.tick.connect(lambda a, _b, _c: received.append(a))
    before = sys.getrefcount(True)
    for number in range(200):
        ticker.tick.emit(number, 0, 0)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5
