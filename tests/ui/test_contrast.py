"""The WCAG contrast helper against the reference values of the WCAG definition."""

import pytest
from PySide6.QtGui import QColor

from smartcourse_desktop.ui.contrast import blend, contrast_ratio


def test_black_on_white_is_21_and_order_does_not_matter() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio((255, 255, 255), (0, 0, 0)) == pytest.approx(21.0)


def test_equal_colours_are_1() -> None:
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


def test_known_greys() -> None:
    # #767676 on white is the lightest grey that passes 4.5:1; #777777 just fails.
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("#777777"), QColor("white")) < 4.5


def test_blend_mixes_by_alpha() -> None:
    half_black = QColor(0, 0, 0, 128)
    mixed = blend(half_black, QColor("white"))
    assert mixed.red() == mixed.green() == mixed.blue() == 127
