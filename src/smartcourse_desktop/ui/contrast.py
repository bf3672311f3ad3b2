"""WCAG 2.1 contrast ratio between two colours (success criteria 1.4.3 and 1.4.11)."""

from __future__ import annotations

from PySide6.QtGui import QColor

Rgb = tuple[int, int, int]

#: WCAG 2.1 AA minimums: normal text (1.4.3) and non-text parts of controls (1.4.11).
TEXT_MINIMUM = 4.5
NON_TEXT_MINIMUM = 3.0


def _rgb(colour: QColor | Rgb) -> Rgb:
    if isinstance(colour, QColor):
        return colour.red(), colour.green(), colour.blue()
    return colour


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor | Rgb) -> float:
    """The WCAG relative luminance of an opaque sRGB colour, 0 (black) to 1 (white)."""
    r, g, b = (_channel(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: QColor | Rgb, second: QColor | Rgb) -> float:
    """The WCAG contrast ratio, 1.0 to 21.0, in either order. Alpha is ignored: blend first."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def blend(foreground: QColor, background: QColor) -> QColor:
    """What a translucent foreground looks like drawn over an opaque background."""
    alpha = foreground.alphaF()
    mix = [
        round(f * alpha + b * (1 - alpha))
        for f, b in zip(_rgb(foreground), _rgb(background), strict=True)
    ]
    return QColor(*mix)
