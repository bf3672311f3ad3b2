"""The app in Swedish, as a learner whose language is Swedish sees it: chosen explicitly, never
inherited from the machine running the tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from smartcourse_desktop.courses.packer import pack
from smartcourse_desktop.system.i18n import set_language
from smartcourse_desktop.system.policy import policy_from
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.i18n import available_languages, install_translations, translations_dir
from smartcourse_desktop.ui.player.controls import rate_text
from smartcourse_desktop.ui.settings_dialog import SettingsDialog
from smartcourse_desktop.ui.text import duration_text, size_text
from tests.package_factory import make_source
from tests.ui.test_main_window import make_window


@pytest.fixture
def swedish(qapp):
    """Swedish from here on, as application.run_gui sets it; English again afterwards."""
    before = QLocale()
    set_language("sv")
    translators = install_translations(qapp, "sv")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    set_language("en")


def message_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())


def test_the_main_window_is_in_swedish(qtbot, swedish, context, store):
    window = make_window(qtbot, context, store)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Arkiv", "&Redigera", "&Visa", "&Kurs", "&Framsteg", "&Hjälp"]


def test_qt_and_the_app_translate_together(swedish):
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QApplication.translate("SearchPanel", "%n result(s)", None, 1) == "1 träff"
    assert QApplication.translate("SearchPanel", "%n result(s)", None, 3) == "3 träffar"


def test_sizes_and_durations_are_swedish(swedish):
    assert size_text(1_500_000) == "1,5\u00a0MB"
    assert duration_text(3900) == "1\u00a0h 05\u00a0min"
    assert rate_text(1.25) == "1,25×"
    assert QLocale().toString(QDate(2026, 11, 29), "d MMMM yyyy") == "29 november 2026"


def test_a_core_error_shown_in_the_window_is_swedish(qtbot, swedish, context, store, tmp_path):
    path = pack(make_source(tmp_path / "src", "1.0"), tmp_path / "demo.smartcourse").path
    window = make_window(qtbot, context, store)
    with qtbot.waitSignal(window.import_flow.imported, timeout=20000):
        window.import_flow.import_paths([path])
    window.import_flow.import_paths([path])
    box = message_box(qtbot)
    assert box.windowTitle() == "Kursen är redan installerad"
    assert "version 1.0 är redan installerad. Vill du installera kursen ändå?" in box.text()
    box.button(QMessageBox.StandardButton.No).click()


def test_the_language_can_be_chosen_and_policy_can_fix_it(qtbot, swedish, tmp_path):
    languages = available_languages(translations_dir())
    assert languages[:2] == ["en", "sv"]
    dialog = SettingsDialog(Settings(tmp_path / "a.json"), languages)
    qtbot.addWidget(dialog)
    combo = dialog.editors["ui.language"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Systemets språk", "English", "Svenska"]
    locked = SettingsDialog(Settings(tmp_path / "b.json", policy_from({"language": "sv"})), languages)
    qtbot.addWidget(locked)
    combo = locked.editors["ui.language"]
    assert not combo.isEnabled() and combo.currentData() == "sv"


def test_captions_follow_the_swedish_interface(qtbot, swedish, store, context):
    from tests.ui.test_main_window import BUNDLED_ID
    from tests.ui.test_player import make_player, open_ready

    course = context.library.find(BUNDLED_ID).course
    widget = make_player(qtbot, store, context)
    open_ready(qtbot, widget, course, course.lesson("m01-lecture"))
    assert widget.captions.language == "sv"
    assert widget.transcript.lines.item(0).text().endswith("Välkommen till den första modulen.")
    widget.set_caption_language("en")  # a choice in the player's menu wins from then on
    open_ready(qtbot, widget, course, course.lesson("m01-lecture"))
    assert widget.captions.language == "en"


def test_the_notes_moment_is_not_cut_off_in_swedish(qtbot, swedish, context, store):
    """"Vid 1:47 i föreläsningen" beside "Lägg till anteckning" was cut to "Vid 1:47 i föreläs" in the
    notes beside a lecture at 1366×768 (the walkthrough)."""
    from tests.ui.test_progress_ui import open_lesson

    context.settings.set("ui.show_notes", True)
    window = make_window(qtbot, context, store)
    window.resize(1366, 768)
    open_lesson(window, "video")
    panel = window.progress.notes
    qtbot.waitUntil(lambda: panel.at_moment.isVisible())
    assert panel.at_moment.text().startswith("Vid ")
    assert panel.at_moment.width() >= panel.at_moment.sizeHint().width(), (panel.at_moment.width(), panel.width())
