"""Edit ▸ Preferences as a learner uses it, and what a machine policy locks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from smartcourse_desktop.context import Context
from smartcourse_desktop.ui.i18n import available_languages
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.settings_dialog import FIELDS, SettingsDialog


def open_dialog(qtbot, settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, ["en"])
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_every_control_has_an_accessible_name(qtbot, context):
    dialog = open_dialog(qtbot, context.settings)
    assert {key for key, _, _ in FIELDS} == set(dialog.editors)
    assert all(editor.accessibleName() for editor in dialog.editors.values())


def test_learner_changes_are_saved_on_ok(qtbot, context, paths):
    dialog = open_dialog(qtbot, context.settings)
    qtbot.keyClicks(dialog.editors["learner.name"], "Ana Souza")
    dialog.editors["progress.completion_threshold"].setValue(75)
    dialog.editors["player.play_next"].setChecked(True)
    with qtbot.waitSignal(dialog.applied) as applied:
        click_ok(qtbot, dialog)
    assert set(applied.args[0]) == {"learner.name", "progress.completion_threshold", "player.play_next"}
    reread = Context.create(paths).settings
    assert reread.get("learner.name") == "Ana Souza"
    assert reread.get("progress.completion_threshold") == 0.75
    assert reread.get("player.play_next") is True


def test_cancel_changes_nothing(qtbot, context):
    dialog = open_dialog(qtbot, context.settings)
    qtbot.keyClicks(dialog.editors["learner.name"], "Somebody")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert context.settings.get("learner.name") == ""


def test_policy_locked_settings_are_disabled_with_a_note(qtbot, paths):
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text('[settings]\n"player.rate" = 1.5\n"ui.language" = "de"\n', encoding="utf-8")
    settings = Context.create(paths).settings
    dialog = open_dialog(qtbot, settings)
    rate = dialog.editors["player.rate"]
    assert not rate.isEnabled() and rate.value() == 1.5
    assert dialog.findChild(QLabel, "player.rate.lock").isVisible()
    assert not dialog.editors["ui.language"].isEnabled()
    assert dialog.editors["learner.name"].isEnabled()
    with qtbot.waitSignal(dialog.applied) as applied:
        click_ok(qtbot, dialog)
    assert applied.args[0] == []


def test_languages_come_from_the_translations(tmp_path: Path):
    (tmp_path / "smartcourse_de.qm").touch()
    (tmp_path / "smartcourse_pt_BR.qm").touch()
    assert available_languages(tmp_path) == ["en", "de", "pt_BR"]


def test_main_window_opens_preferences_with_ctrl_comma(qtbot, context, store):
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.preferences_action.shortcut() == QKeySequence("Ctrl+,")
    assert window.preferences_action in window.edit_menu.actions()
    window.preferences_action.trigger()
    def shown() -> bool:
        dialog = window.findChild(SettingsDialog)
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(shown)
    window.findChild(SettingsDialog).reject()


def allow_learner_endpoint(paths, extra: str = "") -> Context:
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(f"lrs_learner_endpoint = true\n{extra}", encoding="utf-8")
    return Context.create(paths)


def preferences_of(qtbot, window: MainWindow) -> SettingsDialog:
    window.preferences_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None
                    and window.findChild(SettingsDialog).isVisible())
    return window.findChild(SettingsDialog)


def test_the_lrs_address_is_offered_only_when_the_policy_allows_it(qtbot, context, store, paths):
    assert "lrs.endpoint" not in open_dialog(qtbot, context.settings).editors
    machine_set = allow_learner_endpoint(paths, 'lrs_endpoint = "https://lrs.example.org/xAPI"\n')
    window = MainWindow(machine_set, store)  # the machine's own LRS wins: nothing for the learner to set
    window.complete()
    qtbot.addWidget(window)
    assert "lrs.endpoint" not in preferences_of(qtbot, window).editors
    allowed = MainWindow(allow_learner_endpoint(paths), store)
    allowed.complete()
    qtbot.addWidget(allowed)
    dialog = preferences_of(qtbot, allowed)
    assert dialog.editors["lrs.endpoint"].isVisible() and dialog.editors["lrs.endpoint"].accessibleName()


@pytest.mark.parametrize("typed", ["lrs.example.org/xAPI", "ftp://lrs.example.org", "https://", "https://a b.org/x"])
def test_an_lrs_address_that_is_not_a_web_address_is_refused(qtbot, paths, typed):
    settings = allow_learner_endpoint(paths).settings
    dialog = SettingsDialog(settings, ["en"], lrs_endpoint_allowed=True)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.editors["lrs.endpoint"], typed)
    with qtbot.assertNotEmitted(dialog.applied):
        click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible() and "https://" in dialog.problem.text()
    assert settings.get("lrs.endpoint") == ""
    dialog.editors["lrs.endpoint"].clear()
    qtbot.keyClicks(dialog.editors["lrs.endpoint"], "https://lrs.city.example/xAPI/")
    with qtbot.waitSignal(dialog.applied) as applied:
        click_ok(qtbot, dialog)
    assert applied.args[0] == ["lrs.endpoint"]
    assert Context.create(paths).settings.get("lrs.endpoint") == "https://lrs.city.example/xAPI/"
