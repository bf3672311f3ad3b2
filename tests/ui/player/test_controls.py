"""The control bar on its own: what a click on the seek bar asks the player to do."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from smartcourse_desktop.ui.player.controls import Controls


def test_a_click_on_the_seek_bar_jumps_to_that_point(qtbot):
    controls = Controls()
    qtbot.addWidget(controls)
    controls.resize(800, 80)
    controls.show()
    qtbot.waitExposed(controls)
    controls.show_time(0.0, 200.0)
    bar = controls.seek_bar
    three_quarters = QPoint(bar.mark_x(150_000), bar.height() // 2)
    with qtbot.waitSignal(controls.seek_requested) as seek:
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=three_quarters)
    assert abs(seek.args[0] - 150.0) < 200.0 / 100  # within a pixel or two of the click, not a 10 s page step
