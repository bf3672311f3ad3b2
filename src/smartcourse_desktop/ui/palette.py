"""The platform's palette, with the few colour pairs it gets wrong for WCAG 2.1 AA raised until
they pass. Everything else is left as the platform gives it, so dark and high-contrast themes
reach the app unchanged.

Pairs raised: placeholder text on a field or card (Fusion draws it at half opacity: 4.0:1), and
selected rows' text on their highlight (white on Fusion's blue: 3.7:1)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from smartcourse_desktop.ui.contrast import NON_TEXT_MINIMUM, TEXT_MINIMUM, blend, contrast_ratio

Role = QPalette.ColorRole
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)  # disabled text is exempt (WCAG 1.4.3)


def toward_contrast(colour: QColor, against: QColor, minimum: float) -> QColor:
    """`colour`, made darker or lighter (whichever moves it away from `against`) until the pair
    reaches `minimum`, keeping its hue. Already-passing colours come back unchanged."""
    result = QColor(colour)
    darken = against.lightnessF() >= 0.5
    for _step in range(100):
        if contrast_ratio(result, against) >= minimum:
            return result
        lightness = result.lightnessF()
        lightness = max(lightness - 0.02, 0.0) if darken else min(lightness + 0.02, 1.0)
        result = QColor.fromHslF(result.hslHueF(), result.hslSaturationF(), lightness, result.alphaF())
    return QColor("black") if darken else QColor("white")


def _opposite(colour: QColor) -> QColor:
    black, white = QColor("black"), QColor("white")
    return black if contrast_ratio(black, colour) >= contrast_ratio(white, colour) else white


def readable_palette(palette: QPalette) -> QPalette:
    """A palette with only the roles that fall short set (its resolve mask names just those), so
    applying it over the platform's keeps the rest following the theme."""
    fixed = QPalette()
    for group in GROUPS:
        base = palette.color(group, Role.Base)
        placeholder = blend(palette.color(group, Role.PlaceholderText), base)
        if contrast_ratio(placeholder, base) < TEXT_MINIMUM:
            fixed.setColor(group, Role.PlaceholderText, toward_contrast(placeholder, base, TEXT_MINIMUM))
        highlight, text = palette.color(group, Role.Highlight), palette.color(group, Role.HighlightedText)
        if contrast_ratio(text, highlight) >= TEXT_MINIMUM:
            continue
        darker = toward_contrast(highlight, text, TEXT_MINIMUM)
        if contrast_ratio(darker, base) >= NON_TEXT_MINIMUM:  # the selection still stands out from the page
            fixed.setColor(group, Role.Highlight, darker)
        else:
            fixed.setColor(group, Role.HighlightedText, _opposite(highlight))
    return fixed


def merged(platform: QPalette, fixes: QPalette) -> QPalette:
    """`fixes` over `platform`: what the app shows once `readable_palette` is applied."""
    return fixes.resolve(platform)
