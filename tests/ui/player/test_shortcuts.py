"""The player's keys in the main window (issue #16): they work wherever the focus is while a lecture
is shown, except in a text field or on a control that uses the key itself, and never reach the
outline's type-ahead; single-key shortcuts can be turned off (WCAG 2.1.4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.player.player_widget import PlayerWidget
from smartcourse_desktop.ui.player.shortcuts import SHORTCUTS, is_single_key, shortcut_rows
from smartcourse_desktop.ui.player.vlc_player import PlaybackState
from tests.ui.test_main_window import activate
from tests.ui.test_player_window import open_first_lecture


def lecture_window(qtbot, context, store) -> tuple[MainWindow, PlayerWidget]:
    window = open_first_lecture(qtbot, context, store)
    window.resize(1366, 768)  # every pane shows (smaller windows collapse the transcript and the outline)
    activate(qtbot, window)
    player = window.courses.lesson_pane.player
    assert player is not None
    qtbot.waitUntil(lambda: player.player is not None and player.player.state == PlaybackState.READY, timeout=5000)
    return window, player


def test_letters_in_the_outline_go_to_the_player_not_to_type_ahead(qtbot, context, store):
    window, player = lecture_window(qtbot, context, store)
    outline = window.courses.page.outline
    outline.setFocus()
    lesson = window.courses.lesson_pane.lesson
    captions = player.controls.captions_button.isChecked()
    qtbot.keyClicks(outline, "c")  # "Citizens, Users…" is a lesson title starting with C
    assert player.controls.captions_button.isChecked() is not captions
    assert window.courses.lesson_pane.lesson is lesson and outline.current_lesson_id() == lesson.id
    qtbot.keyClicks(outline, "m")
    assert context.settings.get("player.muted") is True
    qtbot.keyClicks(outline, "]")
    assert player.controls.speed.currentText() == "1.25×"
    qtbot.keyClicks(outline, "[[")
    assert context.settings.get("player.rate") == 0.75


def test_arrows_seek_five_seconds_from_the_picture_and_jl_ten(qtbot, context, store):
    _window, player = lecture_window(qtbot, context, store)
    player.seek(30.0)
    player.focus_picture()
    assert QApplication.focusWidget() is player.stage
    qtbot.keyClick(player.stage, Qt.Key.Key_Right)
    assert player.player.position == pytest.approx(35.0)
    qtbot.keyClick(player.stage, Qt.Key.Key_Left)
    qtbot.keyClick(player.stage, Qt.Key.Key_Left)
    assert player.player.position == pytest.approx(25.0)
    qtbot.keyClicks(player.stage, "l")
    assert player.player.position == pytest.approx(35.0)
    qtbot.keyClicks(player.stage, "j")
    assert player.player.position == pytest.approx(25.0)


def test_a_focused_list_keeps_its_arrows_and_a_text_field_its_letters(qtbot, context, store):
    window, player = lecture_window(qtbot, context, store)
    outline = window.courses.page.outline
    first = window.courses.lesson_pane.lesson
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Down)  # the outline moves on (and opens the next lesson)
    assert outline.current_lesson_id() != first.id
    assert QApplication.focusWidget() is outline  # browsing the outline keeps the focus there
    window.courses.page.outline.select_lesson(first.id)
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.READY, timeout=5000)
    search = player.transcript.search
    search.setFocus()
    captions = player.controls.captions_button.isChecked()
    qtbot.keyClicks(search, "cm ]")
    assert search.text() == "cm ]"
    assert player.controls.captions_button.isChecked() is captions
    assert context.settings.get("player.muted") is False and context.settings.get("player.rate") == 1.0
    assert player.player.state == PlaybackState.READY  # Space typed a space, it did not play


def test_single_key_shortcuts_can_be_turned_off(qtbot, context, store):
    context.settings.set("ui.single_key_shortcuts", False)
    window, player = lecture_window(qtbot, context, store)
    outline = window.courses.page.outline
    outline.setFocus()
    captions = player.controls.captions_button.isChecked()
    qtbot.keyClicks(outline, "m")
    assert context.settings.get("player.muted") is False
    qtbot.keyClick(outline, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert player.controls.captions_button.isChecked() is not captions
    context.settings.set("ui.single_key_shortcuts", True)
    window.courses.apply_preferences(["ui.single_key_shortcuts"])
    player.focus_picture()
    qtbot.keyClicks(player.stage, "m")
    assert context.settings.get("player.muted") is True


def test_with_single_keys_off_the_focused_picture_still_plays_on_space(qtbot, context, store):
    context.settings.set("ui.single_key_shortcuts", False)
    _window, player = lecture_window(qtbot, context, store)
    player.focus_picture()
    qtbot.keyClick(player.stage, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PLAYING, timeout=5000)


def test_space_and_enter_on_the_picture_play_and_pause_and_a_click_only_focuses(qtbot, context, store):
    window, player = lecture_window(qtbot, context, store)
    window.courses.page.outline.setFocus()
    player.focus_picture()
    qtbot.keyClick(player.stage, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PLAYING, timeout=5000)
    qtbot.waitUntil(lambda: player.stage.surface.isVisible(), timeout=5000)
    window.courses.page.outline.setFocus()
    qtbot.mouseClick(player.stage.surface, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert QApplication.focusWidget() is player.stage
    qtbot.wait(300)
    assert player.player.state == PlaybackState.PLAYING  # the click did not pause
    qtbot.keyClick(player.stage, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PAUSED, timeout=5000)
    qtbot.keyClick(player.stage, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.PLAYING, timeout=5000)


def test_help_lists_every_key_of_the_one_table(qtbot, context, store):
    window, _player = lecture_window(qtbot, context, store)
    from smartcourse_desktop.ui.help_dialogs import ShortcutsDialog

    window.show_shortcuts()
    table = window.findChild(ShortcutsDialog).table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    for what, keys in shortcut_rows():
        assert shown[what] == keys
    assert shown["Play or pause the lecture"].split(", ")[:2] == ["Space", "K"]
    assert len(shortcut_rows()) == len(SHORTCUTS)
    assert all(any(not is_single_key(key) for key in entry.keys) for entry in SHORTCUTS
               if entry.command not in ("back_more", "forward_more")), "a Ctrl+… key for each, but J/L (arrows do it)"
