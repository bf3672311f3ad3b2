"""Issue #16, vision: contrast computed from the palette (WCAG 2.1 AA: 4.5:1 for text, 3:1 for the
parts of controls that show their state), in a light and a dark palette, and a high-contrast
palette injected as a platform theme would, followed by the widgets."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from smartcourse_desktop.ui.contrast import blend, contrast_ratio
from smartcourse_desktop.ui.palette import merged, readable_palette
from smartcourse_desktop.ui.player.controls import Controls
from tests.ui.test_main_window import BUNDLED_ID, lesson_index, make_window

Role = QPalette.ColorRole


def light() -> QPalette:
    return QApplication.style().standardPalette()


def dark() -> QPalette:
    """Close to KDE's Breeze Dark: a bright highlight that white text does not read on."""
    palette = QPalette()
    for role, colour in ((Role.Window, "#202326"), (Role.WindowText, "#fcfcfc"), (Role.Base, "#141618"),
                         (Role.AlternateBase, "#1d1f22"), (Role.Text, "#fcfcfc"), (Role.Button, "#292c30"),
                         (Role.ButtonText, "#fcfcfc"), (Role.Highlight, "#3daee9"), (Role.HighlightedText, "#fcfcfc"),
                         (Role.PlaceholderText, "#80fcfcfc"), (Role.Light, "#40464c"), (Role.Midlight, "#33373b"),
                         (Role.Mid, "#202326"), (Role.Dark, "#0e0f10"), (Role.Shadow, "#000000")):
        palette.setColor(role, QColor(colour))
    return palette


def high_contrast() -> QPalette:
    palette = QPalette()
    for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button, Role.ToolTipBase):
        palette.setColor(role, QColor("black"))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.BrightText, Role.ToolTipText,
                 Role.PlaceholderText):
        palette.setColor(role, QColor("white"))
    palette.setColor(Role.Highlight, QColor("yellow"))
    palette.setColor(Role.HighlightedText, QColor("black"))
    palette.setColor(Role.Link, QColor("cyan"))
    return palette


PALETTES = {"light": light, "dark": dark}
TEXT_PAIRS = [  # (text, background): where the app draws text
    (Role.Text, Role.Base), (Role.WindowText, Role.Window), (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),  # field placeholders, and the secondary lines on course cards
    (Role.HighlightedText, Role.Highlight),  # selected rows in the outline, lists and cards
]


@pytest.fixture
def app_palette(qapp):
    before = QPalette(qapp.palette())
    yield lambda palette: qapp.setPalette(palette)
    qapp.setPalette(before)


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS, ids=lambda role: role.name)
def test_text_pairs_reach_4_5_to_1(qapp, name, text, background):
    platform = PALETTES[name]()
    palette = merged(platform, readable_palette(platform))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        back = palette.color(group, background)
        ratio = contrast_ratio(blend(palette.color(group, text), back), back)
        assert ratio >= 4.5, f"{text.name} on {background.name}: {ratio:.2f}:1"


def test_the_platform_palette_fails_where_the_issue_says(qapp):
    """The baseline: Fusion's own pairs that readable_palette() raises."""
    palette = light()
    base = palette.color(Role.Base)
    assert contrast_ratio(blend(palette.color(Role.PlaceholderText), base), base) < 4.5
    assert contrast_ratio(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) < 4.5


def test_a_high_contrast_palette_is_left_as_it_is(qapp):
    assert readable_palette(high_contrast()).resolveMask() == 0


def shown_controls(qtbot, app_palette, name: str, width: int | None = None) -> Controls:
    """The player's controls, shown in the app palette `name` with its failing pairs raised."""
    platform = PALETTES[name]()
    app_palette(merged(platform, readable_palette(platform)))
    controls = Controls()
    qtbot.addWidget(controls)
    if width is not None:
        controls.resize(width, 80)
    controls.show()
    qtbot.waitExposed(controls)
    return controls


def _colours(image: QImage, y: int, x0: int, x1: int) -> Counter[str]:
    return Counter(QColor(image.pixel(x, y)).name() for x in range(x0, x1))


@pytest.mark.parametrize("name", PALETTES)
def test_seek_bar_played_and_unplayed_differ_by_3_to_1(qtbot, app_palette, name):
    controls = shown_controls(qtbot, app_palette, name, width=800)
    controls.seek_bar.show_position(50_000, 100_000)
    image = controls.seek_bar.grab().toImage()
    middle, y = image.width() // 2, image.height() // 2
    played = _colours(image, y, 12, middle - 24).most_common(1)[0][0]
    unplayed = _colours(image, y, middle + 24, image.width() - 12).most_common(1)[0][0]
    assert contrast_ratio(QColor(played), QColor(unplayed)) >= 3.0, (played, unplayed)


@pytest.mark.parametrize("name", PALETTES)
def test_captions_on_and_off_differ_by_3_to_1(qtbot, app_palette, name):
    controls = shown_controls(qtbot, app_palette, name)
    button = controls.captions_button
    button.setChecked(False)
    off = button.grab().toImage()
    button.setChecked(True)
    on = button.grab().toImage()
    changed = [(QColor(off.pixel(x, y)), QColor(on.pixel(x, y))) for x in range(off.width())
               for y in range(off.height()) if off.pixel(x, y) != on.pixel(x, y)]
    assert max(contrast_ratio(a, b) for a, b in changed) >= 3.0


def _dominant(widget: QWidget) -> str:
    image = widget.grab().toImage()
    return Counter(QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 3)
                   for y in range(0, image.height(), 3)).most_common(1)[0][0]


def test_widgets_follow_an_injected_high_contrast_palette(qtbot, context, store, app_palette):
    app_palette(high_contrast())
    window = make_window(qtbot, context, store)
    library = window.library.view
    assert _dominant(library.cards.viewport()) == "#000000"
    window.courses.open_course(BUNDLED_ID)
    _lesson, index = lesson_index(window, "reading")
    window.courses.page.outline.setCurrentIndex(index)
    pane = window.courses.lesson_pane
    for widget in (window.courses.page.outline.viewport(), pane.reading.browser.viewport(), pane):
        assert _dominant(widget) == "#000000", widget
    image = pane.reading.browser.viewport().grab().toImage()
    assert QColor("white").rgb() in {image.pixel(x, y) for x in range(0, image.width(), 2)
                                     for y in range(0, 200, 2)}


def test_no_style_sheet_fixes_colours():
    """A colour in a style sheet overrides the platform's palette (and so a high-contrast theme)."""
    from pathlib import Path

    ui = Path(__file__).parents[2] / "src" / "smartcourse_desktop" / "ui"
    found = [f"{path.name}:{number}" for path in ui.rglob("*.py")
             for number, line in enumerate(path.read_text().splitlines(), 1)
             if "setStyleSheet(" in line and "#" in line]
    assert found == []
