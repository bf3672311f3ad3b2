"""A broken machine policy shows a banner naming the file and the problem, and imports are off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartcourse_desktop.context import Context
from smartcourse_desktop.ui.help_dialogs import about_text
from tests.ui.test_main_window import activate, make_window


def write_policy(paths, text: str) -> None:
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(text, encoding="utf-8")


def test_broken_policy_shows_a_banner_and_turns_imports_off(qtbot, paths, store):
    write_policy(paths, 'trusted_key = ["k"]\n')
    window = make_window(qtbot, Context.create(paths), store)
    banner = window.policy_banner
    assert banner.isVisible()
    text = banner.label.text()
    assert str(paths.policy_file) in text and "did you mean 'trusted_keys'" in text
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert not window.import_action.isEnabled()
    activate(qtbot, window)
    banner.label.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is banner.label and banner.label.accessibleName()


def test_no_banner_when_all_is_well(qtbot, context, store):
    window = make_window(qtbot, context, store)
    assert not window.policy_banner.isVisible()
    assert window.import_action.isEnabled()


def test_about_names_an_unreachable_share(qtbot, paths, store):
    share = paths.data.parent / "<server>" / "courses"
    write_policy(paths, f'extra_roots = ["{share}"]\n')
    window = make_window(qtbot, Context.create(paths), store)
    text = about_text(window, window.context.root_problems)
    assert f"library root {str(share).replace('<', '&lt;').replace('>', '&gt;')}: not reachable" in text
