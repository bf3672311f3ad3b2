"""The player's More menu: choices are built once and follow the learner's settings."""

from __future__ import annotations

from smartcourse_desktop.ui.player.player_menu import CAPTION_SCALES, PlayerMenu


def test_choices_keep_their_actions_and_follow_the_current_value(qtbot):
    menu = PlayerMenu()
    qtbot.addWidget(menu)
    chosen: list[float] = []
    menu.fill_sizes(1.0, chosen.append)
    first = menu.sizes.group.actions()
    menu.fill_sizes(1.0, chosen.append)
    assert menu.sizes.group.actions() == first and len(first) == len(CAPTION_SCALES)
    next(a for a in first if a.text() == "150%").trigger()
    assert chosen == [1.5]
    menu.fill_sizes(1.5, chosen.append)
    assert [a.text() for a in menu.sizes.group.actions() if a.isChecked()] == ["150%"]


def test_caption_languages_change_with_the_lecture(qtbot):
    menu = PlayerMenu()
    qtbot.addWidget(menu)
    picked: list[str] = []
    menu.fill_languages(["en", "de"], "de", picked.append)
    assert [a.isChecked() for a in menu.languages.group.actions()] == [False, True]
    menu.fill_languages(["fr"], "fr", picked.append)
    (only,) = menu.languages.group.actions()
    only.trigger()
    assert picked == ["fr"] and menu.languages.menu.actions() == [only]
    menu.fill_languages([], "", picked.append)
    assert not menu.languages.menu.isEnabled() and menu.languages.group.actions() == []
