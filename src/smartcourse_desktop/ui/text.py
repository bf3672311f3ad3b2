"""Text shown to people: durations and sizes, translated, and course text kept literal."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel


def translate(context: str, text: str, n: int = -1) -> str:
    """QCoreApplication.translate with a fixed context, in a form pyside6-lupdate extracts (a literal
    context and text); `n` picks a %n plural form."""
    return QCoreApplication.translate(context, text, None, n)


def duration_text(seconds: float) -> str:
    """'1 h 05 min' for course totals, '4 min' for lessons, '45 s' for short ones."""
    seconds = round(seconds)
    if seconds < 60:
        return translate("text", "%1 s").replace("%1", str(seconds))
    minutes = (seconds + 30) // 60
    if minutes < 60:
        return translate("text", "%1 min").replace("%1", str(minutes))
    return translate("text", "%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")


def size_text(size: int) -> str:
    for unit, factor in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= factor:
            number = QLocale().toString(size / factor, "f", 1)
            return translate("text", "%1 %2").replace("%1", number).replace("%2", unit)
    return translate("text", "%1 bytes").replace("%1", str(size))


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; the caller translates it when shown.

    PySide6's own is declared to return `object`; this one keeps tables typed as `str`, and
    pyside6-lupdate finds it by name all the same."""
    return source


BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plain(label: QLabel) -> QLabel:
    """A label that shows its text literally: Qt's AutoText would parse a course title as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` literally: tooltips always guess the format, so the text is escaped
    inside explicit rich text."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def embedded(text: str) -> str:
    """Course text placed inside a sentence: bidi controls in it can't reorder the words around it."""
    return f"\u2068{text}\u2069" if BIDI_CONTROLS.intersection(text) else text
