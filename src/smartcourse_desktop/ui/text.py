"""Numbers shown to people: durations and sizes, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("text", text)


def duration_text(seconds: float) -> str:
    """'1 h 05 min' for course totals, '4 min' for lessons, '45 s' for short ones."""
    seconds = int(round(seconds))
    if seconds < 60:
        return _tr("%1 s").replace("%1", str(seconds))
    minutes = (seconds + 30) // 60
    if minutes < 60:
        return _tr("%1 min").replace("%1", str(minutes))
    return _tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")


def size_text(size: int) -> str:
    for unit, factor in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= factor:
            return _tr("%1 %2").replace("%1", f"{size / factor:.1f}").replace("%2", unit)
    return _tr("%1 bytes").replace("%1", str(size))
