"""The main window fits the screen it opens on, first time and after a restart on a smaller screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.window_geometry import first_size, kept_on_screen


@pytest.mark.parametrize(("available", "expected"), [
    (QRect(0, 0, 1366, 738), QSize(1256, 678)),   # a 1366×768 laptop with a panel
    (QRect(0, 0, 1280, 690), QSize(1177, 634)),   # 1280×720
    (QRect(0, 0, 2560, 1400), QSize(1280, 800)),  # a big screen gets the preferred size
])
def test_the_first_size_fits_the_available_screen(available, expected):
    assert first_size(available) == expected


def test_a_saved_rectangle_larger_than_the_screen_is_shrunk_and_moved_onto_it():
    available = QRect(0, 32, 1366, 736)
    assert kept_on_screen(QRect(300, 200, 1920, 1200), available) == QRect(0, 32, 1366, 736)
    assert kept_on_screen(QRect(900, 600, 800, 500), available) == QRect(566, 268, 800, 500)
    assert kept_on_screen(QRect(-50, 40, 800, 500), available) == QRect(0, 40, 800, 500)


def test_a_window_saved_larger_than_this_screen_opens_within_it(qtbot, context, store):
    big = MainWindow(context, store)
    big.complete()
    qtbot.addWidget(big)
    big.show()
    available = big.screen().availableGeometry()
    big.setGeometry(QRect(available.topLeft(), available.size() * 2))
    big.close()
    assert context.settings.get("ui.geometry")
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    assert available.contains(window.geometry())


def test_the_first_window_fits_the_screen(qtbot, context, store):
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    available = window.screen().availableGeometry()
    assert window.size() == first_size(available)
    assert available.contains(window.geometry())

