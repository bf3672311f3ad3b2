"""Start-up work that waits for the first picture."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smartcourse_desktop.ui.application import when_shown


def test_work_waits_until_the_window_is_on_screen(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.create()
    exposed_when_run: list[bool] = []
    when_shown(window, lambda: exposed_when_run.append(window.windowHandle().isExposed()))
    qtbot.wait(50)
    assert exposed_when_run == []
    window.show()
    qtbot.waitUntil(lambda: exposed_when_run != [], timeout=5000)
    assert exposed_when_run == [True]


def test_a_window_never_shown_still_gets_the_work(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.create()
    done: list[bool] = []
    when_shown(window, lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True], timeout=5000)
    assert not window.windowHandle().isExposed()
