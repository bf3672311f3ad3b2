"""A learner with a keyboard only (issue #16): library → course → lesson → play → captions on and off
→ transcript jump → speed → mark done → notes → search hit → certificate.

Every action is a key event sent to the focused widget; no mouse, no method calls that act. The
course is small enough to be completed under the completion rules (docs/completion.md): a 4-second
lecture that is watched (after being marked done by hand, which watching then replaces) and a short
reading that is read (end reached after its plausible time; the study clock is sped up)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from smartcourse_desktop.courses.hashing import file_entries
from smartcourse_desktop.records.completion import CompletionKind, kind_of
from smartcourse_desktop.ui.certificate_dialog import CertificateDialog
from smartcourse_desktop.ui.main_window import MainWindow
from smartcourse_desktop.ui.player.vlc_player import PlaybackState
from tests.ui.test_main_window import activate

MEDIA = Path(__file__).parent.parent / "fixtures"
COURSE_ID = "org.example.keyboard"
READING = "# Procurement\n\nResidents' councils review every procurement before it is signed.\n\n" + \
    "\n\n".join(f"Paragraph {n} about budgets and people in the city." for n in range(40)) + "\n\nThe end.\n"


def make_course(folder: Path) -> None:
    folder.mkdir(parents=True)
    for name in ("lecture.mp4", "lecture.en.vtt"):
        shutil.copy(MEDIA / name, folder / name)
    (folder / "r1.md").write_text(READING, encoding="utf-8")
    manifest = {
        "format": 1, "id": COURSE_ID, "version": "1.0", "title": "Keys only", "languages": ["en"],
        "publisher": "Example", "authors": ["A. Author"], "license": "CC0", "description": "",
        "modules": [{"id": "m1", "title": "The only module", "lessons": [
            {"id": "l1", "kind": "video", "title": "Parking and the city", "duration": 4.0, "media": "lecture.mp4",
             "captions": {"en": "lecture.en.vtt"}},
            {"id": "r1", "kind": "reading", "title": "Procurement", "duration": 20, "reading": "r1.md"},
        ]}],
    }
    manifest["files"] = [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in file_entries(folder)]
    (folder / "course.json").write_text(json.dumps(manifest), encoding="utf-8")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifiers)


def certificate_dialog() -> CertificateDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, CertificateDialog) and w.isVisible()), None)


def tab_to(qtbot, target: QWidget, backwards: bool = False, limit: int = 40) -> None:
    """Press Tab (or Shift+Tab) until `target` has the focus, as a learner would."""
    for _ in range(limit):
        if focused() is target:
            return
        key(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
            Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}; stuck at {focused()}")


def test_library_to_certificate_with_the_keyboard_only(qtbot, context, store, paths):
    make_course(paths.user_library / COURSE_ID)
    context.settings.set("learner.name", "")
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window, before_close_func=lambda w: w.close())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)

    # library → course: the course list, arrows to the card, Enter
    cards = window.library.view.cards
    tab_to(qtbot, cards)
    for _ in range(cards.model().rowCount()):
        if window.library.view.selected_course_id() == COURSE_ID:
            break
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert window.courses.on_course_page()
    outline = window.courses.page.outline
    assert focused() is outline

    # → lesson: down to the lecture, Enter moves into it
    for _ in range(3):
        if outline.current_lesson_id() == "l1":
            break
        key(qtbot, Qt.Key.Key_Down)
    assert focused() is outline  # browsing the outline keeps the focus there
    key(qtbot, Qt.Key.Key_Return)
    player = window.courses.lesson_pane.player
    assert focused() is player.stage
    qtbot.waitUntil(lambda: player.player is not None and player.player.state == PlaybackState.READY, timeout=5000)

    # → play (Space on the picture)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.player.position >= 1.6, timeout=8000)

    # → captions off and on again (C)
    assert player.controls.captions_button.isChecked()
    qtbot.keyClicks(focused(), "c")
    assert not player.controls.captions_button.isChecked() and not context.settings.get("player.captions")
    qtbot.keyClicks(focused(), "c")
    assert player.controls.captions_button.isChecked()

    # → transcript jump: Tab to the transcript, Home, Enter goes back to the first line
    tab_to(qtbot, player.transcript.lines)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Return)
    assert player.player.position < 1.0

    # → speed: ] twice, from anywhere in the window
    qtbot.keyClicks(focused(), "]]")
    assert player.controls.speed.currentText() == "1.5×"

    # → mark done: Shift+Tab back to the button above the picture, Space
    pane = window.courses.lesson_pane
    tab_to(qtbot, pane.done_button, backwards=True)
    key(qtbot, Qt.Key.Key_Space)
    assert kind_of(window.courses.page.course.lesson("l1"), store.lesson(COURSE_ID, "l1")) == CompletionKind.MARKED
    qtbot.waitUntil(lambda: player.player.state == PlaybackState.ENDED, timeout=10000)
    qtbot.waitUntil(lambda: kind_of(window.courses.page.course.lesson("l1"), store.lesson(COURSE_ID, "l1"))
                    == CompletionKind.WATCHED, timeout=5000)  # watching it through replaces "marked"

    # → notes: Ctrl+Shift+N shows them, Tab reaches the editor, Ctrl+S adds the note
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    notes = window.progress.notes
    tab_to(qtbot, notes.editor)
    qtbot.keyClicks(notes.editor, "Ask the parking office")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [note.body for note in store.notes(COURSE_ID)] == ["Ask the parking office"]

    # → search hit: Ctrl+K, type, Enter opens the reading at the hit, with the focus in its text
    key(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.search.panel
    assert focused() is panel.field
    qtbot.keyClicks(panel.field, "procurement")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.results.currentIndex().isValid(), timeout=10000)
    key(qtbot, Qt.Key.Key_Return)
    assert pane.lesson is not None and pane.lesson.id == "r1"
    assert focused() is pane.reading.browser

    # the reading: its plausible time passes (the study clock runs fast), End reaches its end
    window.progress.clock.setInterval(20)
    key(qtbot, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: kind_of(window.courses.page.course.lesson("r1"), store.lesson(COURSE_ID, "r1"))
                    == CompletionKind.READ, timeout=10000)
    assert window.courses.page.progress.value() == 100

    # → certificate: the finish notice's default button (issue #12.8), where there is one, else
    # Alt+P opens the Progress menu and C its Certificate…; then type the name
    notice = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "courseFinished" and w.isVisible()),
                  None)
    if notice is not None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is notice, timeout=3000)
        key(qtbot, Qt.Key.Key_Return)
    else:
        key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu) and menu is window.progress.menu
        qtbot.keyClick(menu, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: certificate_dialog() is not None)
    dialog = certificate_dialog()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    assert "Keys only" in dialog.windowTitle()
    assert focused() is dialog.name
    qtbot.keyClicks(dialog.name, "Åsa Öberg")
    assert "Åsa Öberg" in dialog.preview.toPlainText()
    assert "Keys only" in dialog.preview.toPlainText()
    assert dialog.save_button.isEnabled()
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
