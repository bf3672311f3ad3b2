"""How a reading looks: a stylesheet built from the palette (so it follows the OS's light or dark
scheme), the reading font, and the width of a comfortable line."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

PRINT_POINT_SIZE = 12.0
READING_FACTOR = 4 / 3  # on screen, the reading is a third larger than the interface's font (12 pt beside 9 pt)
LINE_CHARACTERS = 72
LIGHT = QPalette()


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """`amount` of b over a, as #rrggbb."""
    mixed = QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
    return mixed.name()


def stylesheet(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    link = palette.color(QPalette.ColorRole.Link)
    if text.lightnessF() > base.lightnessF():  # dark scheme: the default link blue is too dark
        link = link.lighter(160) if link.lightnessF() < 0.5 else link
    return f"""
        p, li, dd {{ line-height: 150%; }}
        h1, h2, h3, h4 {{ color: {text.name()}; margin-top: 18px; margin-bottom: 8px; }}
        h1 {{ font-size: x-large; }}
        h2 {{ font-size: large; }}
        h3, h4 {{ font-size: medium; }}
        a {{ color: {link.name()}; }}
        table {{ border-collapse: collapse; margin-top: 10px; margin-bottom: 14px; }}
        th {{ background-color: {_mix(base, text, 0.10)}; font-weight: bold; text-align: left; }}
        th, td {{ border-color: {_mix(base, text, 0.35)}; padding: 6px; }}
        code {{ font-family: monospace; background-color: {_mix(base, text, 0.07)}; }}
        pre {{ font-family: monospace; background-color: {_mix(base, text, 0.07)}; padding: 10px; }}
        blockquote {{ margin-left: 18px; color: {_mix(base, text, 0.75)}; font-style: italic; }}
        .placeholder {{ color: {_mix(base, text, 0.6)}; font-style: italic; }}
        sup {{ font-size: small; }}
    """


def reading_font(base: QFont, scale: float) -> QFont:
    """The reading's font on screen: it follows the interface font the OS gives (`base`), so a
    learner who enlarged the system font reads larger text too."""
    return scaled_font(base, READING_FACTOR * scale)


def print_font(base: QFont, scale: float) -> QFont:
    """On paper the size is fixed, whatever the screen's font."""
    font = QFont(base)
    font.setPointSizeF(PRINT_POINT_SIZE * scale)
    return font


def scaled_font(base: QFont, factor: float) -> QFont:
    """`base` times `factor`, whether the platform sized it in points or in pixels."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    return font


def line_width(font: QFont) -> float:
    """Pixels for about LINE_CHARACTERS characters of running text."""
    return QFontMetricsF(font).averageCharWidth() * LINE_CHARACTERS


def present(html: str) -> str:
    """Table attributes Qt's rich text honours better than CSS."""
    return html.replace("<table>", '<table border="1" cellspacing="0" cellpadding="6" width="100%">')
